#pragma once

#include "store/caseflagstore.h"
#include "store/localsyncstore.h"

#include <QAbstractTableModel>

namespace ow {

// The changes the server refused (conflicts and other rejections), newest first: the case, what
// was attempted, the server's reason and state, and what the user can do. Reads the local store
// (a few indexed rows) when refreshed.
class SyncIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIssueModel)
public:
    enum Column {
        CaseColumn,
        AttemptColumn,
        ReasonColumn,
        ServerStateColumn,
        AdviceColumn,
        ColumnCount
    };
    enum Role { MutationIdRole = Qt::UserRole + 1, CaseIdRole, DetailRole };

    explicit SyncIssueModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    void refresh();
    const RejectedMutation *issue(int row) const;
    // Duplicate applications the server flagged whose case here is still open (read by
    // refresh()).
    const QList<DuplicateFlag> &duplicates() const { return m_duplicates; }

    // What the user can do about a refused change, in words (one rule for every screen).
    static QString advice(const RejectedMutation &issue);
    // What was attempted, e.g. "Route to the department" or "Intake (receive)".
    static QString attempted(const RejectedMutation &issue);
    static QString stateName(const QString &stateKey);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LocalSyncStore m_store;
    QList<RejectedMutation> m_issues;
    CaseFlagStore m_flags;
    QList<DuplicateFlag> m_duplicates;
};

} // namespace ow
