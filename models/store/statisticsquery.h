#pragma once

#include "domain/result.h"
#include "domain/statistics.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace ow {

// Which cases the dashboard looks at: every place, or the listed places (a hall and its
// township points, or one township point).
struct StatisticsFilter
{
    QStringList placeCodes; // empty: all
};

// The dashboard's figures by SQL aggregation over the statistics indexes (docs/statistics.md):
// each figure is a range scan of the index on the moment it counts (accepted_at, decided_at,
// released_at, the rating's day), never a load of all rows. Runs on any connection; the
// dashboard runs it on a worker with its own.
class StatisticsQuery final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsQuery)
public:
    // Rollup: read the daily roll-up (StatisticsRollup), rebuilding its dirty days first; on
    // a connection that cannot write, dirty days make it count the raw tables instead. Raw:
    // count the cases and ratings themselves (the reference the roll-up is tested against).
    enum class Source { Rollup, Raw };

    StatisticsQuery(const QSqlDatabase &db, const WorkCalendar &calendar,
                    Source source = Source::Rollup);

    Result<DashboardFigures> dashboard(const StatisticsPeriod &period,
                                       const StatisticsFilter &filter, QDate today) const;

    // The parts, each one figure group (the dashboard calls them all).
    Status countAccepted(DashboardFigures &figures, const StatisticsFilter &filter) const;
    Status countCompleted(DashboardFigures &figures, const StatisticsFilter &filter) const;
    Status countRatings(DashboardFigures &figures, const StatisticsFilter &filter) const;
    Status countTrips(DashboardFigures &figures, const StatisticsFilter &filter) const;
    Status countDue(DashboardFigures &figures, const StatisticsFilter &filter) const;
    // Accepted, completed, trips and ratings from the roll-up (its days must be clean).
    Status countFromRollup(DashboardFigures &figures, const StatisticsFilter &filter) const;

    // Every place's figures (the county view: GET /stats/v1/summary on the server, which has
    // the same cases and ratings tables): accepted, completed, on time, completion of accepted,
    // trips and ratings per place, counted from the cases and ratings themselves by the same
    // definitions as the dashboard, in SQL that runs on SQLite and PostgreSQL alike. Names
    // from the places table; places without any figure are left out.
    static Result<QList<PlaceFigures>> placeFigures(const QSqlDatabase &db,
                                                    const StatisticsPeriod &period,
                                                    const StatisticsFilter &filter);

    // Today's overdue and near-due counts per place (DueStatus, the one deadline rule of the
    // lists and queues): the open cases with a running clock. Portable SQL: the server's
    // county view counts them too. `byPlace`: place code → (overdue, near due).
    static Status countDueByPlace(const QSqlDatabase &db, const WorkCalendar &calendar,
                                  const StatisticsFilter &filter, QDate today,
                                  QHash<QString, std::pair<qint64, qint64>> &byPlace);

    // The moment a business day begins, in UTC as stored ("2026-01-04T16:00:00.000Z").
    static QString dayStartUtc(QDate day);
    // The business day of a stored UTC hour prefix ("2026-01-04T16" → 2026-01-05).
    static QDate businessDayOfHour(const QString &utcHour);

private:
    // " AND column IN ('a', 'b')" (quoted), empty for every place.
    static QString placeIn(const StatisticsFilter &filter, const QString &column);
    QString placeClause(const StatisticsFilter &filter, const QString &column) const;
    void fillNames(DashboardFigures &figures) const;

    QSqlDatabase m_db;
    const WorkCalendar &m_calendar;
    Source m_source;
};

} // namespace ow
