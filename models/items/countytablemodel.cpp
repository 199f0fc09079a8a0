#include "countytablemodel.h"

namespace ow {

namespace {

using Figure = StatisticsDefinitions::Figure;

} // namespace

CountyTableModel::CountyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CountyTableModel::~CountyTableModel() = default;

void CountyTableModel::setPlaces(const QList<PlaceFigures> &places)
{
    beginResetModel();
    m_places = places;
    m_total = StatisticsDefinitions::sum(places);
    endResetModel();
}

void CountyTableModel::clear()
{
    setPlaces({});
}

int CountyTableModel::rowCount(const QModelIndex &parent) const
{
    // The total row follows the places (none without places).
    return parent.isValid() || m_places.isEmpty() ? 0 : int(m_places.size()) + 1;
}

int CountyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isTotal = index.row() == m_places.size();
    const PlaceFigures &p = isTotal ? m_total : m_places.at(index.row());
    const CaseCounts &c = p.counts;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PlaceColumn:
            if (isTotal)
                return tr("Total");
            return p.name.isEmpty() ? p.placeCode : p.name;
        case AcceptedColumn:
            return c.accepted;
        case CompletedColumn:
            return c.completed;
        case CompletionRateColumn:
            return c.completionRate().text();
        case CohortRateColumn:
            return c.cohortCompletionRate().text();
        case OnTimeRateColumn:
            return c.onTimeRate().text();
        case AverageWorkingDaysColumn:
            return StatisticsDefinitions::averageText(c.averageWorkingDays());
        case OverdueColumn:
            return p.overdue;
        case NearDueColumn:
            return p.nearDue;
        case RatingsColumn:
            return p.ratings.total();
        case SatisfactionRateColumn:
            return p.ratings.satisfactionRate().text();
        case ReleasedColumn:
            return p.trips.released;
        case OneTripColumn:
            return p.trips.share().text();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == PlaceColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case KeyRole:
        return isTotal ? QString() : p.placeCode;
    case TotalRole:
        return isTotal;
    case SortRole:
        switch (index.column()) {
        case PlaceColumn:
            return isTotal ? QString() : p.placeCode;
        case AcceptedColumn:
            return c.accepted;
        case CompletedColumn:
            return c.completed;
        case CompletionRateColumn:
            return c.completionRate().basisPoints();
        case CohortRateColumn:
            return c.cohortCompletionRate().basisPoints();
        case OnTimeRateColumn:
            return c.onTimeRate().basisPoints();
        case AverageWorkingDaysColumn:
            return c.averageWorkingDays();
        case OverdueColumn:
            return p.overdue;
        case NearDueColumn:
            return p.nearDue;
        case RatingsColumn:
            return p.ratings.total();
        case SatisfactionRateColumn:
            return p.ratings.satisfactionRate().basisPoints();
        case ReleasedColumn:
            return p.trips.released;
        case OneTripColumn:
            return p.trips.share().basisPoints();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CountyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        // Each column's definition (docs/statistics.md), the dashboard's words.
        switch (section) {
        case PlaceColumn:
            return tr("Where the cases were received (ratings: where they were given). The "
                      "total row adds up the places shown.");
        case AcceptedColumn:
            return StatisticsDefinitions::definition(Figure::Accepted);
        case CompletedColumn:
            return StatisticsDefinitions::definition(Figure::Completed);
        case CompletionRateColumn:
            return StatisticsDefinitions::definition(Figure::CompletionRate);
        case CohortRateColumn:
            return StatisticsDefinitions::definition(Figure::CohortCompletionRate);
        case OnTimeRateColumn:
            return StatisticsDefinitions::definition(Figure::OnTimeRate);
        case AverageWorkingDaysColumn:
            return StatisticsDefinitions::definition(Figure::AverageWorkingDays);
        case OverdueColumn:
            return StatisticsDefinitions::definition(Figure::Overdue);
        case NearDueColumn:
            return StatisticsDefinitions::definition(Figure::NearDue);
        case RatingsColumn:
            return StatisticsDefinitions::definition(Figure::RatingLevels);
        case SatisfactionRateColumn:
            return StatisticsDefinitions::definition(Figure::SatisfactionRate);
        case ReleasedColumn:
            return tr("Applicants' matters whose result went out in the period (a bundle "
                      "once).");
        case OneTripColumn:
            return StatisticsDefinitions::definition(Figure::OneTrip);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlaceColumn:
        return tr("Place");
    case AcceptedColumn:
        return StatisticsDefinitions::name(Figure::Accepted);
    case CompletedColumn:
        return StatisticsDefinitions::name(Figure::Completed);
    case CompletionRateColumn:
        return StatisticsDefinitions::name(Figure::CompletionRate);
    case CohortRateColumn:
        return StatisticsDefinitions::name(Figure::CohortCompletionRate);
    case OnTimeRateColumn:
        return StatisticsDefinitions::name(Figure::OnTimeRate);
    case AverageWorkingDaysColumn:
        return StatisticsDefinitions::name(Figure::AverageWorkingDays);
    case OverdueColumn:
        return StatisticsDefinitions::name(Figure::Overdue);
    case NearDueColumn:
        return StatisticsDefinitions::name(Figure::NearDue);
    case RatingsColumn:
        return StatisticsDefinitions::name(Figure::RatingLevels);
    case SatisfactionRateColumn:
        return StatisticsDefinitions::name(Figure::SatisfactionRate);
    case ReleasedColumn:
        return tr("Released");
    case OneTripColumn:
        return StatisticsDefinitions::name(Figure::OneTrip);
    }
    return {};
}

} // namespace ow
