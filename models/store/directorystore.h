#pragma once

#include "database.h"
#include "domain/actor.h"
#include "domain/directory.h"

#include <optional>

namespace ow {

// Places and users in the local store.
class DirectoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryStore)
public:
    explicit DirectoryStore(std::shared_ptr<Database> database);

    // Adds or updates every place and user of the directory in one transaction, with an audit row.
    Status merge(const Directory &directory, const Actor &actor);
    // The same inside the caller's transaction (a pulled page applies in one).
    static Status mergeWithin(const QSqlDatabase &db, const Directory &directory,
                              const Actor &actor);
    Directory load() const;
    std::optional<Place> place(const QString &code) const;
    std::optional<User> user(const QString &id) const;
    std::optional<User> userByName(const QString &username) const;
    bool isEmpty() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace ow
