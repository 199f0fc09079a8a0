#include "statisticsrollup.h"

#include "database.h"
#include "statisticsquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

StatisticsRollup::StatisticsRollup(const QSqlDatabase &db, const WorkCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
{ }

QString StatisticsRollup::workDaysJoin()
{
    // A case accepted more than a year before its decision is left out of the average (its
    // acceptance day finds no row); so is a day outside the calendar's years.
    return QStringLiteral(
            " LEFT JOIN temp.stat_work_days d ON d.day = date(decided_at, '+8 hours')"
            " LEFT JOIN temp.stat_work_days a ON a.day = date(accepted_at, '+8 hours')"
            " AND a.day >= date(decided_at, '+8 hours', '-1 year')");
}

QString StatisticsRollup::onTimeExpression()
{
    // On time: decided before the end of the due date's business day (16:00 UTC that day);
    // the due date has already moved by the working days the case was suspended. A case
    // without a due date had no time limit and counts as on time.
    // 1 or 0 (CASE, not a boolean: summed alike by SQLite and PostgreSQL).
    return QStringLiteral("CASE WHEN due_date IS NULL OR decided_at < due_date ||"
                          " 'T16:00:00.000Z' THEN 1 ELSE 0 END");
}

QString StatisticsRollup::notBundle()
{
    // A bundle (一件事一次办) counts by its department cases; the bundle case is a container.
    return QStringLiteral(" AND item_code NOT IN (SELECT bundle_code FROM item_bundle_parts)");
}

Status StatisticsRollup::prepareWorkDays(const QSqlDatabase &db, const WorkCalendar &calendar)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS stat_work_days (day TEXT"
                               " PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"))
        || !q.exec(QStringLiteral("DELETE FROM temp.stat_work_days")))
        return sqlError(tr("Cannot prepare the working-day table."), q.lastError().text());
    QVariantList days, numbers;
    workDayNumbers(calendar, days, numbers);
    if (days.isEmpty())
        return Status::success();
    q.prepare(QStringLiteral("INSERT INTO temp.stat_work_days (day, n) VALUES (?, ?)"));
    q.addBindValue(days);
    q.addBindValue(numbers);
    if (!q.execBatch())
        return sqlError(tr("Cannot prepare the working-day table."), q.lastError().text());
    return Status::success();
}

void StatisticsRollup::workDayNumbers(const WorkCalendar &calendar, QVariantList &days,
                                      QVariantList &numbers)
{
    const QList<int> years = calendar.years();
    if (years.isEmpty())
        return;
    int n = 0;
    for (QDate d(years.first(), 1, 1); d <= QDate(years.last(), 12, 31); d = d.addDays(1)) {
        const auto working = calendar.isWorkingDay(d);
        if (working && working.value())
            ++n;
        days << d.toString(Qt::ISODate);
        numbers << n;
    }
}

qint64 StatisticsRollup::dirtyDays() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM stat_dirty_days")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Status StatisticsRollup::rebuild(const QString &fromUtc, const QString &toUtc,
                                 const QString &fromDay, const QString &toDay) const
{
    // One row per case and measured act, summed per day and every dimension in a temporary
    // table, then per dimension into stat_daily.
    const QString base
            = QStringLiteral(
                      "INSERT INTO temp.stat_rollup_base SELECT day, item_code, department_code,"
                      " place_code, staff_id, channel, sum(acc), sum(comp), sum(ontime), sum(wdt),"
                      " sum(wdc), sum(rel), sum(rel1), sum(accdec) FROM ("
                      " SELECT date(accepted_at, '+8 hours') AS day, item_code, department_code,"
                      " place_code, staff_id, channel, 1 AS acc, 0 AS comp, 0 AS ontime, 0 AS wdt,"
                      " 0 AS wdc, 0 AS rel, 0 AS rel1, decided_at IS NOT NULL AS accdec"
                      " FROM cases WHERE accepted_at >= :f1 AND"
                      " accepted_at < :t1 AND state <> 'withdrawn'")
            + notBundle()
            + QStringLiteral(" UNION ALL SELECT date(decided_at, '+8 hours'), item_code,"
                             " department_code, place_code, staff_id, channel, 0, 1, ")
            + onTimeExpression()
            + QStringLiteral(", coalesce(d.n - a.n, 0), (d.n - a.n) IS NOT NULL, 0, 0, 0"
                             " FROM cases")
            + workDaysJoin() + QStringLiteral(" WHERE decided_at >= :f2 AND decided_at < :t2")
            + notBundle()
            + QStringLiteral(" UNION ALL SELECT date(released_at, '+8 hours'), item_code,"
                             " department_code, place_code, staff_id, channel, 0, 0, 0, 0, 0,"
                             " 1, trips <= 1, 0 FROM cases WHERE released_at >= :f3 AND"
                             " released_at < :t3 AND +parent_id IS NULL"
                             ") GROUP BY day, item_code, department_code, place_code, staff_id,"
                             " channel");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS stat_rollup_base (day, item_code,"
                               " department_code, place_code, staff_id, channel, acc, comp,"
                               " ontime, wdt, wdc, rel, rel1, accdec)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.stat_rollup_base")))
        return sqlError(tr("Cannot update the statistics."), q.lastError().text());
    q.prepare(base);
    q.bindValue(QStringLiteral(":f1"), fromUtc);
    q.bindValue(QStringLiteral(":t1"), toUtc);
    q.bindValue(QStringLiteral(":f2"), fromUtc);
    q.bindValue(QStringLiteral(":t2"), toUtc);
    q.bindValue(QStringLiteral(":f3"), fromUtc);
    q.bindValue(QStringLiteral(":t3"), toUtc);
    if (!q.exec())
        return sqlError(tr("Cannot update the statistics."), q.lastError().text());
    q.finish();
    const std::pair<const char *, const char *> dims[] = {{"item", "item_code"},
                                                          {"department", "department_code"},
                                                          {"staff", "staff_id"},
                                                          {"channel", "channel"}};
    for (const auto &[dim, column] : dims) {
        q.prepare(QStringLiteral("DELETE FROM stat_daily WHERE dim = ? AND day >= ? AND day <= ?"));
        q.addBindValue(QString::fromLatin1(dim));
        q.addBindValue(fromDay);
        q.addBindValue(toDay);
        if (!q.exec())
            return sqlError(tr("Cannot update the statistics."), q.lastError().text());
        q.prepare(QStringLiteral("INSERT INTO stat_daily (dim, day, place_code, key, accepted,"
                                 " completed, completed_on_time, working_days_total,"
                                 " working_days_counted, released, released_one_trip,"
                                 " accepted_decided) SELECT ?, day, place_code, ")
                  + QLatin1String(column)
                  + QStringLiteral(", sum(acc), sum(comp), sum(ontime), sum(wdt), sum(wdc),"
                                   " sum(rel), sum(rel1), sum(accdec) FROM temp.stat_rollup_base"
                                   " GROUP BY"
                                   " day, place_code, ")
                  + QLatin1String(column));
        q.addBindValue(QString::fromLatin1(dim));
        if (!q.exec())
            return sqlError(tr("Cannot update the statistics."), q.lastError().text());
    }
    // Emptied now, not at the next rebuild: after the whole store's build it holds a row per
    // day and dimension of every case, and clearing them would cost the next refresh (the
    // first after a write) most of its time.
    if (!q.exec(QStringLiteral("DELETE FROM temp.stat_rollup_base")))
        return sqlError(tr("Cannot update the statistics."), q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM stat_daily_ratings WHERE day >= ? AND day <= ?"));
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    if (!q.exec())
        return sqlError(tr("Cannot update the statistics."), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO stat_daily_ratings SELECT r.business_date,"
                             " r.place_code, r.level, count(*), count(a.rating_id) FROM ratings r"
                             " LEFT JOIN rating_appeals a ON a.rating_id = r.id"
                             " AND a.state = 'upheld' WHERE r.business_date >= ?"
                             " AND r.business_date <= ? GROUP BY r.business_date, r.place_code,"
                             " r.level"));
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    if (!q.exec())
        return sqlError(tr("Cannot update the statistics."), q.lastError().text());
    return Status::success();
}

Status StatisticsRollup::refresh() const
{
    QStringList days;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT day FROM stat_dirty_days ORDER BY day")))
            return sqlError(tr("Cannot update the statistics."), q.lastError().text());
        while (q.next())
            days << q.value(0).toString();
    }
    if (days.isEmpty())
        return Status::success();
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = prepareWorkDays(m_db, m_calendar); !s)
        return s;
    if (days.contains(QStringLiteral("all"))) {
        // Everything: the whole range of days, in one pass.
        if (Status s = rebuild(QStringLiteral("0000"), QStringLiteral("9999"),
                               QStringLiteral("0000"), QStringLiteral("9999"));
            !s)
            return s;
    } else {
        for (const QString &day : std::as_const(days)) {
            const QDate date = QDate::fromString(day, Qt::ISODate);
            if (!date.isValid())
                continue;
            if (Status s = rebuild(StatisticsQuery::dayStartUtc(date),
                                   StatisticsQuery::dayStartUtc(date.addDays(1)), day, day);
                !s)
                return s;
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM stat_dirty_days")))
        return sqlError(tr("Cannot update the statistics."), q.lastError().text());
    return tx.commit();
}

} // namespace ow
