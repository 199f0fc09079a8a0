#include "taskboardmodel.h"

#include "domain/businessclock.h"
#include "domain/workcalendar.h"

namespace ow {

TaskBoardModel::TaskBoardModel(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_board(std::move(database))
    , m_calendar(calendar)
{ }

TaskBoardModel::~TaskBoardModel() = default;

QDate TaskBoardModel::today() const
{
    return m_today.isValid() ? m_today : BusinessClock::today();
}

void TaskBoardModel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void TaskBoardModel::setView(BoardView view, const BoardScope &scope)
{
    m_view = view;
    m_scope = scope;
    refresh();
}

void TaskBoardModel::refresh()
{
    m_changing = true;
    beginResetModel();
    m_rows = m_scope.placeCode.isEmpty() ? QList<BoardRow>()
                                         : m_board.fetch(m_view, m_scope, pageSize());
    m_atEnd = m_rows.size() < pageSize();
    endResetModel();
    m_changing = false;
}

bool TaskBoardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void TaskBoardModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing || m_rows.isEmpty())
        return;
    const QList<BoardRow> more = m_board.fetch(m_view, m_scope, pageSize(), m_rows.last());
    m_atEnd = more.size() < pageSize();
    if (more.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_changing = false;
}

const BoardRow *TaskBoardModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TaskBoardModel::rowOf(const QString &taskId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == taskId)
            return i;
    }
    return -1;
}

int TaskBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TaskRules::Due TaskBoardModel::dueOf(const BoardRow &row) const
{
    const auto add = [this](QDate from, int n) {
        const auto r = m_calendar.addWorkingDays(from, n);
        return r ? r.value() : QDate();
    };
    return TaskRules::dueState(row.status, row.dueDate, today(), add);
}

QVariant TaskBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardRow &r = m_rows[index.row()];
    // Only an open claim waits for the server's word; a closed task is settled by its events.
    const bool provisional = r.claimProvisional
            && (r.status == TaskStatus::Claimed || r.status == TaskStatus::InProgress);
    switch (role) {
    case TaskIdRole:
        return r.id;
    case DueRole:
        return int(dueOf(r));
    case StatusRole:
        return int(r.status);
    case ProvisionalRole:
        return provisional;
    case Qt::ToolTipRole:
        if (provisional)
            return tr("Claimed on this device; the server has not confirmed the claim yet.");
        if (dueOf(r) == TaskRules::Due::Overdue)
            return tr("Overdue: it was due on %1.").arg(r.dueDate.toString(Qt::ISODate));
        if (dueOf(r) == TaskRules::Due::NearDue)
            return tr("Due soon: by %1.").arg(r.dueDate.toString(Qt::ISODate));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PriorityColumn:
        return r.priority == TaskPriority::Normal ? QString() : TaskRules::priorityName(r.priority);
    case KindColumn:
        return TaskRules::kindName(r.kind);
    case TitleColumn:
        return r.title;
    case ApplicantColumn:
        return r.applicantName.isEmpty() ? r.requesterName : r.applicantName;
    case CaseColumn:
        return r.caseNumber;
    case StatusColumn:
        return provisional ? tr("%1 (not yet confirmed)").arg(TaskRules::statusName(r.status))
                           : TaskRules::statusName(r.status);
    case OwnerColumn:
        return r.ownerName;
    case DueColumn: {
        const QString date = r.dueDate.toString(Qt::ISODate);
        switch (dueOf(r)) {
        case TaskRules::Due::Overdue:
            return tr("%1 (overdue)").arg(date);
        case TaskRules::Due::NearDue:
            return tr("%1 (due soon)").arg(date);
        case TaskRules::Due::None:
        case TaskRules::Due::OnTime:
            break;
        }
        return date;
    }
    }
    return {};
}

QVariant TaskBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Task");
    case ApplicantColumn:
        return tr("Applicant");
    case CaseColumn:
        return tr("Case");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Agent");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

} // namespace ow
