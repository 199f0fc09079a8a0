#pragma once

#include "domain/result.h"
#include "domain/statistics.h"
#include "domain/workcalendar.h"
#include "store/statisticsquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace ow {

class Database;

// The server's county roll-up (docs/statistics.md, "County view"): every place's counts per
// business day in county_daily (accepted, of those decided to date, completed, on time, working
// days, released, at most one trip) and county_daily_ratings (given and upheld per level), so
// GET /stats/v1/summary reads days × places rows instead of the cases.
//
// Kept current in the same transaction as every write of `cases`, `ratings` and
// `rating_appeals`, whoever writes (the push path, entity sync, the command line): triggers add
// the new row's contribution and take away the old one's. On SQLite they are row triggers, on
// PostgreSQL statement triggers over the transition tables; the case rows' contributions wait
// in a pending table until the end of the push batch or the next read (pendingSchema(),
// pendingSchemaPostgres()); those of ratings and appeals are added at once. The contributions are
// the raw definitions of StatisticsQuery::placeFigures in the same SQL
// (StatisticsRollup::onTimeExpression, notBundle): contributionsSql() writes them once for the
// triggers and the rebuild.
//
// Working days come from county_work_days (each calendar day → the number of working days up
// to it, from the shared WorkCalendar). A change of the calendar or of the bundle catalogue
// changes every day's figures: triggers mark the roll-up stale, and rebuildIfStale() builds it
// again from the cases (the server does so when it starts and before answering a summary).
class CountyRollup final
{
    Q_DECLARE_TR_FUNCTIONS(CountyRollup)
public:
    explicit CountyRollup(const QSqlDatabase &db);

    // Server migration 8: the tables, their triggers (both dialects), marked stale so that the
    // existing cases are rolled up.
    static QStringList schema();

    // Server migration 10 (SQLite): the row triggers on `cases` no longer add a row's counts
    // to county_daily themselves (two GROUP BYs and an upsert per case row written); they
    // append the row's counted columns with its sign (+1 new, -1 old) to pendingTable(), and
    // fold() adds them all to county_daily in one statement: at the end of every push batch
    // (SyncStore), in the batch's transaction, and before every read of the roll-up
    // (placeFigures) for rows other writers left (entity sync, the command line). A rebuild
    // drops them (it counts the cases).
    static QStringList pendingSchema();
    // Server migration 12 (PostgreSQL): the same there. The statement triggers on `cases`
    // append their transition tables' counted columns to pendingTable() instead of an
    // aggregate and an upsert into county_daily per statement (a push writes its cases one
    // statement each: that was about a sixth of PostgreSQL's CPU in a push, and every push of
    // a place held the lock of the place's day row in county_daily from its first case to its
    // commit); fold() adds them at the end of the batch.
    static QStringList pendingSchemaPostgres();
    static QString pendingTable();
    // Folds the pending rows into county_daily and deletes them, inside the caller's write
    // transaction.
    static Status fold(const QSqlDatabase &db);

    // True when the roll-up must be built again from the cases.
    Result<bool> isStale() const;
    // Builds the roll-up again from every case and rating, in one transaction (PostgreSQL:
    // writers of cases wait meanwhile).
    Status rebuild(const WorkCalendar &calendar) const;
    Status rebuildIfStale(const WorkCalendar &calendar) const;
    // The same with the database's own calendar (CalendarStore; none stored: no working days).
    static Status rebuildIfStale(const std::shared_ptr<Database> &database);

    // Every place's counts for the period from the roll-up (the same as
    // StatisticsQuery::placeFigures, plus working days). Places without any figure left out.
    Result<QList<PlaceFigures>> placeFigures(const StatisticsPeriod &period,
                                             const StatisticsFilter &filter) const;

    // GET /stats/v1/summary: the roll-up (built again first when stale), with today's overdue
    // and near-due counts per place (StatisticsQuery::countDueByPlace on the database's own
    // calendar; `today` a business day). Places with none of these figures left out.
    static Result<QList<PlaceFigures>> summary(const std::shared_ptr<Database> &database,
                                               const StatisticsPeriod &period,
                                               const StatisticsFilter &filter, QDate today);

    // The SELECT of (day, place_code, accepted, accepted_decided, completed, completed_on_time,
    // working_days_total, working_days_counted, released, released_one_trip) that the rows of
    // `source` (a table or a subquery with the columns of `cases`) contribute, times `sign`.
    static QString contributionsSql(bool postgres, const QString &source, int sign);
    // The same with each row's own sign, in `source`'s column `signColumn` (the pending rows).
    static QString contributionsSql(bool postgres, const QString &source,
                                    const QString &signColumn);

private:
    static QString contributions(bool postgres, const QString &source, const QString &sign,
                                 bool perRow);
    // fold() in a transaction of its own when rows are pending (a reader's first step).
    Status foldPending() const;

    QSqlDatabase m_db;
};

} // namespace ow
