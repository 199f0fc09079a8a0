#pragma once

#include "domain/duplicateapplication.h"
#include "domain/result.h"
#include "store/database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace ow {

// The duplicate applications the server flagged (entity `case_flag`), on a device as on the
// server: one row per pair of cases.
class CaseFlagStore final
{
    Q_DECLARE_TR_FUNCTIONS(CaseFlagStore)
public:
    explicit CaseFlagStore(std::shared_ptr<Database> database);

    // Writes a flag inside the caller's transaction. replace: a pulled flag overwrites the row;
    // otherwise an existing flag is kept and *inserted says whether this one was new.
    static Status write(const QSqlDatabase &db, const DuplicateFlag &flag, bool replace,
                        bool *inserted = nullptr);

    // A flag is open while neither of its cases is closed, as far as this store knows (a case
    // of another place may not be here). Closed flags are kept but not returned.
    QList<DuplicateFlag> flagsFor(const QString &caseId) const;
    // The first open flag of each of these cases that has one (a page of the case list).
    QHash<QString, DuplicateFlag> flagsAmong(const QStringList &caseIds) const;
    // Every open flag with at least one of its cases here, newest first (the sync panel).
    QList<DuplicateFlag> openFlags(int limit = 500) const;

private:
    bool isOpen(const DuplicateFlag &flag) const;

    std::shared_ptr<Database> m_database;
};

} // namespace ow
