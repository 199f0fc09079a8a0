#include "ratingfollowupmodels.h"

namespace ow {

FollowUpListModel::FollowUpListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

FollowUpListModel::~FollowUpListModel() = default;

void FollowUpListModel::setRows(const QList<FollowUpRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FollowUpListModel::overdueCount() const
{
    int n = 0;
    for (const FollowUpRow &row : m_rows)
        n += row.overdue ? 1 : 0;
    return n;
}

int FollowUpListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeadlineColumn:
            return row.followUp.deadline.toString(Qt::ISODate);
        case CaseColumn:
            return row.caseNumber;
        case LevelColumn:
            return RatingRules::displayName(row.rating.level);
        case StaffColumn:
            return m_names.value(row.rating.staffId, row.rating.staffId);
        case CommentColumn:
            return row.rating.comment;
        case NextStepColumn: {
            const auto next = row.followUp.nextStep();
            return next ? RatingRules::stepName(*next) : QString();
        }
        case StatusColumn:
            return row.overdue ? tr("Overdue") : tr("Open");
        }
        break;
    case RatingIdRole:
        return row.rating.id;
    case OverdueRole:
        return row.overdue;
    default:
        break;
    }
    return {};
}

QVariant FollowUpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeadlineColumn:
        return tr("Deadline");
    case CaseColumn:
        return tr("Case");
    case LevelColumn:
        return tr("Rating");
    case StaffColumn:
        return tr("Staff");
    case CommentColumn:
        return tr("Comment");
    case NextStepColumn:
        return tr("Next step");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

AppealListModel::AppealListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AppealListModel::~AppealListModel() = default;

void AppealListModel::setRows(const QList<AppealRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AppealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppealRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RatedOnColumn:
            return row.rating.businessDate.toString(Qt::ISODate);
        case CaseColumn:
            return row.caseNumber;
        case LevelColumn:
            return RatingRules::displayName(row.rating.level);
        case StaffColumn:
            return m_names.value(row.rating.staffId, row.rating.staffId);
        case CommentColumn:
            return row.rating.comment;
        case StateColumn:
            return row.appeal ? RatingRules::appealStateName(row.appeal->state)
                              : tr("Not appealed");
        case ReasonColumn:
            if (!row.appeal)
                return QString();
            return row.appeal->decisionReason.isEmpty()
                    ? row.appeal->reason
                    : tr("%1 — decision: %2").arg(row.appeal->reason, row.appeal->decisionReason);
        }
        break;
    case RatingIdRole:
        return row.rating.id;
    default:
        break;
    }
    return {};
}

QVariant AppealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RatedOnColumn:
        return tr("Rated on");
    case CaseColumn:
        return tr("Case");
    case LevelColumn:
        return tr("Rating");
    case StaffColumn:
        return tr("Staff");
    case CommentColumn:
        return tr("Comment");
    case StateColumn:
        return tr("Appeal");
    case ReasonColumn:
        return tr("Reasons");
    }
    return {};
}

} // namespace ow
