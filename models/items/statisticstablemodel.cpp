#include "statisticstablemodel.h"

#include "casecountcolumns.h"

namespace ow {

static_assert(StatisticsTableModel::AverageDaysColumn - StatisticsTableModel::AcceptedColumn
                      == CaseCountColumns::count - 1,
              "the case-count columns side by side, in CaseCountColumns' order");

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

StatisticsTableModel::~StatisticsTableModel() = default;

void StatisticsTableModel::setRows(const QList<StatisticsRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void StatisticsTableModel::setNameHeader(const QString &header)
{
    m_nameHeader = header;
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatisticsRow &row = m_rows.at(index.row());
    const CaseCounts &c = row.counts;
    const int counts = index.column() - AcceptedColumn; // the case-count columns' own number
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return row.name.isEmpty() ? row.key : row.name;
        return CaseCountColumns::display(c, counts);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case KeyRole:
        return row.key;
    case SortRole:
        if (index.column() == NameColumn)
            return row.name;
        return CaseCountColumns::sortValue(c, counts);
    default:
        break;
    }
    return {};
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Each column's definition (docs/statistics.md) as its tooltip.
    if (role == Qt::ToolTipRole)
        return section == NameColumn
                ? QVariant()
                : QVariant(CaseCountColumns::toolTip(section - AcceptedColumn));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return m_nameHeader.isEmpty() ? tr("Name") : m_nameHeader;
    return CaseCountColumns::header(section - AcceptedColumn);
}

StatisticsSeriesModel::StatisticsSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

StatisticsSeriesModel::~StatisticsSeriesModel() = default;

void StatisticsSeriesModel::setBuckets(const QList<StatisticsBucket> &buckets,
                                       StatisticsGranularity granularity)
{
    beginResetModel();
    m_buckets = buckets;
    m_granularity = granularity;
    endResetModel();
}

qint64 StatisticsSeriesModel::maximum() const
{
    qint64 most = 0;
    for (const StatisticsBucket &b : m_buckets)
        most = std::max({most, b.accepted, b.completed});
    return most;
}

int StatisticsSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int StatisticsSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatisticsSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatisticsBucket &b = m_buckets.at(index.row());
    if (role == BucketStartRole)
        return b.start;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return StatisticsDefinitions::bucketLabel(b.start, m_granularity);
    case AcceptedColumn:
        return b.accepted;
    case CompletedColumn:
        return b.completed;
    }
    return {};
}

QVariant StatisticsSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    using F = StatisticsDefinitions::Figure;
    switch (section) {
    case LabelColumn:
        return tr("Period");
    case AcceptedColumn:
        return StatisticsDefinitions::name(F::Accepted);
    case CompletedColumn:
        return StatisticsDefinitions::name(F::Completed);
    }
    return {};
}

RatingLevelsModel::RatingLevelsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RatingLevelsModel::~RatingLevelsModel() = default;

void RatingLevelsModel::setCounts(const RatingCounts &counts)
{
    m_counts = counts;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RatingLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

int RatingLevelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatingLevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RatingLevel level = RatingRules::levels().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LevelColumn:
            return RatingRules::displayName(level);
        case CountColumn:
            return m_counts.count(level);
        case ShareColumn:
            return Ratio{m_counts.count(level), m_counts.total()}.text();
        }
        break;
    case LevelValueRole:
        return RatingRules::value(level);
    case BadRole:
        return RatingRules::isBad(level);
    default:
        break;
    }
    return {};
}

QVariant RatingLevelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case CountColumn:
        return tr("Ratings");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace ow
