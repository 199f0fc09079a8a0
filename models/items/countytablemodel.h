#pragma once

#include "domain/statistics.h"

#include <QAbstractTableModel>

namespace ow {

// The county view's table: a row per place (the hall and every township point) with the
// dashboard's figures from the server's counts (PlaceFigures, rates by the shared Ratio), and a
// total row last (StatisticsDefinitions::sum). Headers carry the figures' definitions as
// tooltips. Overdue and near due are today's, whatever the period.
class CountyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountyTableModel)
public:
    enum Column {
        PlaceColumn,
        AcceptedColumn,
        CompletedColumn,
        CompletionRateColumn,
        CohortRateColumn,
        OnTimeRateColumn,
        AverageWorkingDaysColumn,
        OverdueColumn,
        NearDueColumn,
        RatingsColumn,
        SatisfactionRateColumn,
        ReleasedColumn,
        OneTripColumn,
        ColumnCount
    };
    enum Roles { KeyRole = Qt::UserRole + 1, TotalRole, SortRole };

    explicit CountyTableModel(QObject *parent = nullptr);
    ~CountyTableModel() override;

    void setPlaces(const QList<PlaceFigures> &places);
    void clear();
    const QList<PlaceFigures> &places() const { return m_places; }
    const PlaceFigures &total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PlaceFigures> m_places;
    PlaceFigures m_total;
};

} // namespace ow
