#pragma once

#include "domain/directory.h"
#include "domain/result.h"
#include "domain/statistics.h"
#include "periodpicker.h"
#include "store/statisticsquery.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ow {

class Database;
class RatingLevelsModel;
class StatisticsLoader;
class StatisticsSeriesModel;
class StatisticsTableModel;
class WorkCalendar;

// The statistics dashboard (统计): the period's figures as cards with their definitions as
// tooltips, charts fed by the item models through Qt Charts' model mappers, and tables per
// item, department, place and staff member, each exportable as CSV. The queries run on a
// worker (StatisticsLoader); the window stays responsive and shows that it is busy.
class DashboardScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardScreen)
public:
    using PeriodChoice = PeriodPicker::Choice;

    DashboardScreen(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                    QWidget *parent = nullptr);
    ~DashboardScreen() override;

    // The places the filter offers (halls with their township points, township points alone).
    void setPlaces(const QList<Place> &places);
    // The day "this month" and overdue counts refer to (default: the business day today).
    void setToday(QDate today);
    void setPeriod(PeriodChoice choice);
    void setCustomPeriod(QDate from, QDate to);
    StatisticsPeriod period() const;
    StatisticsFilter filter() const;

    void refresh();
    bool isBusy() const;
    void waitForIdle(); // tests
    const DashboardFigures &figures() const { return m_figures; }
    QString figureText(StatisticsDefinitions::Figure figure) const; // what a card shows
    StatisticsTableModel *tableModel(int tab) const; // 0 items, 1 departments, 2 places, 3 staff
    QTabWidget *tables() const { return m_tables; }
    // Writes the current table as CSV (UTF-8 with BOM); false with a message on failure.
    Status exportCsv(const QString &path) const;
    // Writes the report of the figures shown (StatisticsReport) as a PDF.
    Status exportReport(const QString &path) const;
    // Practice mode (Workspace::practiceMode): the report and the CSV exports carry the mark.
    void setPractice(bool practice) { m_practice = practice; }

signals:
    // A row was opened: dimension "item", "department", "place" or "staff", and its key.
    void openCases(const QString &dimension, const QString &key,
                   const ow::StatisticsPeriod &period);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCharts();
    void showFigures(const DashboardFigures &figures);
    void periodChanged();
    void exportCurrent();
    void exportReportAs();

    std::unique_ptr<StatisticsLoader> m_loader;
    QDate m_today;
    QList<Place> m_places;
    DashboardFigures m_figures;
    bool m_loadedOnce = false;
    bool m_practice = false;

    PeriodPicker *m_period = nullptr;
    QComboBox *m_place = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_report = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QMap<StatisticsDefinitions::Figure, QLabel *> m_cards;
    StatisticsSeriesModel *m_series = nullptr;
    RatingLevelsModel *m_ratings = nullptr;
    StatisticsTableModel *m_channels = nullptr;
    QList<StatisticsTableModel *> m_tableModels;
    QList<QTableView *> m_tableViews;
    QTabWidget *m_tables = nullptr;
    QWidget *m_seriesChart = nullptr; // QChartView; Qt Charts stays out of this header
    QWidget *m_ratingChart = nullptr;
    QWidget *m_channelChart = nullptr;
};

} // namespace ow
