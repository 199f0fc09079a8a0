#pragma once

#include "store/auditlog.h"
#include "store/database.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace ow {

// The audit log for the auditor, newest first, one page at a time (fetchMore reads the next
// page by seq): time, user, action, record, result, device. Read only: nothing here writes.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordColumn,
        ResultColumn,
        DeviceColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1, DetailTextRole };

    explicit AuditLogModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    // User ids to names, for the user column (ids stay visible when unknown).
    void setUserNames(const QHash<QString, QString> &names);
    // Applies a filter and reads the first page; false (with lastError()) when reading failed.
    bool setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    QString lastError() const { return m_lastError; }

    const AuditEntry *entry(int row) const;
    // Every chain verified (AuditLog::verify).
    Result<QList<AuditChainReport>> verify() const;

    static constexpr int pageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::shared_ptr<Database> m_database;
    QHash<QString, QString> m_userNames;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_more = false;
    QString m_lastError;
};

} // namespace ow
