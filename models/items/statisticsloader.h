#pragma once

#include "domain/statistics.h"
#include "domain/workcalendar.h"
#include "store/statisticsquery.h"

#include <QObject>

#include <memory>

namespace ow {

class Database;

// Runs the dashboard's queries off the GUI thread, on a connection of its own to the store's
// file, and reports back on the thread that asked; an answer overtaken by a newer request is
// dropped. An in-memory store (tests) has no second connection: it is queried in place.
class StatisticsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsLoader)
public:
    StatisticsLoader(std::shared_ptr<Database> database, WorkCalendar calendar,
                     QObject *parent = nullptr);
    ~StatisticsLoader() override;

    void load(const StatisticsPeriod &period, const StatisticsFilter &filter, QDate today);
    bool isBusy() const { return m_running > 0; }
    // Blocks until the running loads are done (tests, shutdown).
    void waitForIdle();

signals:
    void started();
    void loaded(const ow::DashboardFigures &figures);
    void failed(const QString &message);

private:
    void deliver(quint64 generation, const Result<DashboardFigures> &result);

    std::shared_ptr<Database> m_database;
    WorkCalendar m_calendar;
    quint64 m_generation = 0;
    int m_running = 0;
    QList<class QThread *> m_threads;
};

} // namespace ow
