#pragma once

#include "domain/statistics.h"

#include <QAbstractTableModel>

namespace ow {

// One statistics table (items, departments, places, staff, channels): a row per key with its
// counts and rates. Column 0 names the row, column 1 is the accepted count (what a pie or bar
// mapper reads).
class StatisticsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsTableModel)
public:
    enum Column {
        NameColumn,
        AcceptedColumn,
        CompletedColumn,
        CompletionRateColumn,
        CohortRateColumn, // 本期受理办结率: of those accepted in the period, decided to date
        OnTimeRateColumn,
        AverageDaysColumn,
        ColumnCount
    };
    enum Roles { KeyRole = Qt::UserRole + 1, SortRole };

    explicit StatisticsTableModel(QObject *parent = nullptr);
    ~StatisticsTableModel() override;

    void setRows(const QList<StatisticsRow> &rows);
    const QList<StatisticsRow> &rows() const { return m_rows; }
    void setNameHeader(const QString &header);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StatisticsRow> m_rows;
    QString m_nameHeader;
};

// The accepted and completed series: a row per day, week or month (for a bar mapper: column 1
// accepted, column 2 completed).
class StatisticsSeriesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsSeriesModel)
public:
    enum Column { LabelColumn, AcceptedColumn, CompletedColumn, ColumnCount };
    enum Roles { BucketStartRole = Qt::UserRole + 1 };

    explicit StatisticsSeriesModel(QObject *parent = nullptr);
    ~StatisticsSeriesModel() override;

    void setBuckets(const QList<StatisticsBucket> &buckets, StatisticsGranularity granularity);
    qint64 maximum() const; // the largest value, for the axis

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StatisticsBucket> m_buckets;
    StatisticsGranularity m_granularity = StatisticsGranularity::Day;
};

// The five rating levels with their counts, best first (for a pie or bar mapper: column 0 the
// level, column 1 the count).
class RatingLevelsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingLevelsModel)
public:
    enum Column { LevelColumn, CountColumn, ShareColumn, ColumnCount };
    enum Roles { LevelValueRole = Qt::UserRole + 1, BadRole };

    explicit RatingLevelsModel(QObject *parent = nullptr);
    ~RatingLevelsModel() override;

    void setCounts(const RatingCounts &counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RatingCounts m_counts;
};

} // namespace ow
