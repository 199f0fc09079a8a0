#include "auditlogmodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace ow {

AuditLogModel::AuditLogModel(std::shared_ptr<Database> database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{ }

void AuditLogModel::setUserNames(const QHash<QString, QString> &names)
{
    m_userNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, UserColumn), index(int(m_rows.size()) - 1, UserColumn));
}

bool AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_more = false;
    auto page = AuditLog::query(m_database->connection(), m_filter, 0, pageSize);
    if (page) {
        m_rows = page.value();
        m_more = m_rows.size() == pageSize;
        m_lastError.clear();
    } else {
        m_lastError = page.error().message;
    }
    endResetModel();
    return page.ok();
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

Result<QList<AuditChainReport>> AuditLogModel::verify() const
{
    return AuditLog::verify(m_database->connection());
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == SeqRole)
        return e->seq;
    if (role == DetailTextRole) {
        return tr("Row %1 · %2\nDevice: %3\nUser: %4\nPlace: %5\nAction: %6\nRecord: %7 %8\n"
                  "Result: %9\nDetail: %10\nPrevious hash: %11\nHash: %12")
                .arg(e->seq)
                .arg(e->id, e->deviceId, e->userId, e->placeCode, e->action, e->entity, e->entityId,
                     e->result)
                .arg(QString::fromUtf8(QJsonDocument(e->detail).toJson(QJsonDocument::Indented)),
                     e->prevHash, e->hash);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e->atUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return m_userNames.value(e->userId, e->userId);
    case ActionColumn:
        return e->action;
    case RecordColumn:
        return e->entityId.isEmpty() ? e->entity
                                     : QStringLiteral("%1 %2").arg(e->entity, e->entityId);
    case ResultColumn:
        return e->result;
    case DeviceColumn:
        return e->deviceId;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ResultColumn:
        return tr("Result");
    case DeviceColumn:
        return tr("Device");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    auto page = AuditLog::query(m_database->connection(), m_filter, m_rows.last().seq, pageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_more = false;
        return;
    }
    m_more = page->size() == pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace ow
