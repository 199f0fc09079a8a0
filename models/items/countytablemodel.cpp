#include "countytablemodel.h"

#include "casecountcolumns.h"

namespace ow {

static_assert(CountyTableModel::AverageWorkingDaysColumn - CountyTableModel::AcceptedColumn
                      == CaseCountColumns::count - 1,
              "the case-count columns side by side, in CaseCountColumns' order");

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
        case CompletedColumn:
        case CompletionRateColumn:
        case CohortRateColumn:
        case OnTimeRateColumn:
        case AverageWorkingDaysColumn:
            return CaseCountColumns::display(c, index.column() - AcceptedColumn);
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
        case CompletedColumn:
        case CompletionRateColumn:
        case CohortRateColumn:
        case OnTimeRateColumn:
        case AverageWorkingDaysColumn:
            return CaseCountColumns::sortValue(c, index.column() - AcceptedColumn);
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
        case CompletedColumn:
        case CompletionRateColumn:
        case CohortRateColumn:
        case OnTimeRateColumn:
        case AverageWorkingDaysColumn:
            return CaseCountColumns::toolTip(section - AcceptedColumn);
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
    case CompletedColumn:
    case CompletionRateColumn:
    case CohortRateColumn:
    case OnTimeRateColumn:
    case AverageWorkingDaysColumn:
        return CaseCountColumns::header(section - AcceptedColumn);
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
