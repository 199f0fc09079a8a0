#include "casequeuemodel.h"

namespace ow {

CaseQueueModel::CaseQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CaseQueueModel::~CaseQueueModel() = default;

void CaseQueueModel::setRows(const QList<QueueRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

int CaseQueueModel::rowOf(const QString &caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == caseId)
            return i;
    }
    return -1;
}

bool CaseQueueModel::isOverdue(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QueueRow &r = m_rows[row];
    // A suspended case's clock is paused: its due date moves when it resumes.
    return r.state != CaseState::Suspended && r.dueDate.isValid() && m_today.isValid()
            && r.dueDate < m_today;
}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return r.number;
        case ItemColumn:
            return r.childCount > 0 ? tr("%1 (%n part(s))", nullptr, r.childCount).arg(r.itemName)
                                    : r.itemName;
        case ApplicantColumn:
            return r.applicantName;
        case StateColumn:
            return CaseLifecycle::stateDisplayName(r.state);
        case DueColumn:
            if (!r.dueDate.isValid())
                return QString();
            return isOverdue(index.row()) ? tr("%1 (overdue)").arg(r.dueDate.toString(Qt::ISODate))
                                          : r.dueDate.toString(Qt::ISODate);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && isOverdue(index.row()))
            return tr("Overdue");
        return {};
    case CaseIdRole:
        return r.id;
    case CaseNumberRole:
        return r.number;
    case OverdueRole:
        return isOverdue(index.row());
    default:
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ItemColumn:
        return tr("Item");
    case ApplicantColumn:
        return tr("Applicant");
    case StateColumn:
        return tr("State");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace ow
