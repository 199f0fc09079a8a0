#pragma once

#include "domain/result.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ow {

// The statistics roll-up (docs/statistics.md, "Speed"): the dashboard's counts per business
// day, place and dimension (item, department, staff member, channel) in stat_daily, the ratings
// per day, place and level in stat_daily_ratings. Triggers mark the days a write changes in
// stat_dirty_days in the same transaction as the write (every writer: CaseStore, the sync pull,
// RatingStore, the catalogue and calendar loads); refresh() rebuilds exactly those days from
// the cases and ratings, by the same definitions as StatisticsQuery's raw counting, in one
// write transaction. A store with nothing dirty is not written.
class StatisticsRollup final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsRollup)
public:
    StatisticsRollup(const QSqlDatabase &db, const WorkCalendar &calendar);

    // Days waiting to be rebuilt ('all' counts as one); -1 when the store has no roll-up.
    qint64 dirtyDays() const;
    // Rebuild the dirty days. Fails on a read-only connection.
    Status refresh() const;

    // temp.stat_work_days: every day of the calendar's years → the number of working days up
    // to and including it, so working days between two days are one subtraction.
    static Status prepareWorkDays(const QSqlDatabase &db, const WorkCalendar &calendar);
    // The same numbers as bind lists: every day of the calendar's years ("YYYY-MM-DD") and the
    // working days up to and including it (the server's county_work_days holds them too).
    static void workDayNumbers(const WorkCalendar &calendar, QVariantList &days,
                               QVariantList &numbers);

    // The SQL of the working days of a decided case (columns of `cases`, joined to
    // temp.stat_work_days as a (acceptance) and d (decision)); shared with the raw counting.
    static QString workDaysJoin();
    static QString onTimeExpression();
    static QString notBundle();

private:
    Status rebuild(const QString &fromUtc, const QString &toUtc, const QString &fromDay,
                   const QString &toDay) const;

    QSqlDatabase m_db;
    const WorkCalendar &m_calendar;
};

} // namespace ow
