#include "countyrollup.h"

#include "store/calendarstore.h"
#include "store/database.h"
#include "store/sqldialect.h"
#include "store/statisticsrollup.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace ow {

namespace {

const char *const countColumns[]
        = {"accepted",           "accepted_decided",     "completed", "completed_on_time",
           "working_days_total", "working_days_counted", "released",  "released_one_trip"};

// The columns of `cases` the contributions read.
const char *const caseColumns[]
        = {"accepted_at", "decided_at", "released_at", "state",    "item_code",
           "place_code",  "due_date",   "trips",       "parent_id"};

// The business day (Asia/Shanghai, UTC+8 all year) of a stored UTC moment, as YYYY-MM-DD;
// NULL for NULL or text that is not a moment.
QString businessDay(bool postgres, const QString &column, bool yearBefore = false)
{
    if (!postgres)
        return yearBefore ? QStringLiteral("date(%1, '+8 hours', '-1 year')").arg(column)
                          : QStringLiteral("date(%1, '+8 hours')").arg(column);
    return QStringLiteral("CASE WHEN %1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}'"
                          " THEN to_char(substr(%1, 1, 19)::timestamp + interval '8 hours'%2,"
                          " 'YYYY-MM-DD') END")
            .arg(column, yearBefore ? QStringLiteral(" - interval '1 year'") : QString());
}

QString columnList()
{
    QStringList list;
    for (const char *c : countColumns)
        list << QString::fromLatin1(c);
    return list.join(QStringLiteral(", "));
}

// INSERT … SELECT summed per day and place … ON CONFLICT add: the upsert of the triggers.
QString upsertDaily(const QString &select)
{
    QStringList sums, nonZero, add;
    for (const char *c : countColumns) {
        const QString column = QString::fromLatin1(c);
        sums << QStringLiteral("sum(%1)").arg(column);
        nonZero << QStringLiteral("sum(%1) <> 0").arg(column);
        add << QStringLiteral("%1 = county_daily.%1 + excluded.%1").arg(column);
    }
    return QStringLiteral("INSERT INTO county_daily (day, place_code, ") + columnList()
            + QStringLiteral(") SELECT day, place_code, ") + sums.join(QStringLiteral(", "))
            + QStringLiteral(" FROM (") + select
            + QStringLiteral(") y GROUP BY day, place_code HAVING ")
            + nonZero.join(QStringLiteral(" OR "))
            + QStringLiteral(" ON CONFLICT (day, place_code) DO UPDATE SET ")
            + add.join(QStringLiteral(", "));
}

// What ratings rows (`source`, the columns of `ratings`) contribute: given, and upheld by an
// appeal already recorded.
QString ratingContributions(const QString &source, int sign)
{
    return QStringLiteral("SELECT r.business_date AS day, r.place_code, r.level, %1 AS given,"
                          " %1 * (SELECT count(*) FROM rating_appeals a WHERE a.rating_id = r.id"
                          " AND a.state = 'upheld') AS upheld FROM %2 r")
            .arg(sign)
            .arg(source);
}

// What appeal rows (`source`, the columns of `rating_appeals`) contribute: upheld.
QString appealContributions(const QString &source, int sign)
{
    return QStringLiteral("SELECT r.business_date AS day, r.place_code, r.level, 0 AS given,"
                          " %1 * CASE WHEN a.state = 'upheld' THEN 1 ELSE 0 END AS upheld"
                          " FROM %2 a JOIN ratings r ON r.id = a.rating_id")
            .arg(sign)
            .arg(source);
}

QString upsertRatings(const QString &select)
{
    return QStringLiteral("INSERT INTO county_daily_ratings (day, place_code, level, given,"
                          " upheld) SELECT day, place_code, level, sum(given), sum(upheld) FROM (")
            + select
            + QStringLiteral(") y GROUP BY day, place_code, level HAVING sum(given) <> 0 OR"
                             " sum(upheld) <> 0 ON CONFLICT (day, place_code, level) DO UPDATE"
                             " SET given = county_daily_ratings.given + excluded.given, upheld ="
                             " county_daily_ratings.upheld + excluded.upheld");
}

// SQLite: the NEW or OLD row as a one-row subquery with the named columns.
QString rowSource(const QString &row, const char *const *columns, size_t count)
{
    QStringList list;
    for (size_t i = 0; i < count; ++i)
        list << QStringLiteral("%1.%2 AS %2").arg(row, QString::fromLatin1(columns[i]));
    return QStringLiteral("(SELECT ") + list.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString caseRow(const QString &row)
{
    return rowSource(row, caseColumns, std::size(caseColumns));
}

// The columns of caseColumns, by name ("accepted_at, decided_at, …") or of a row
// ("NEW.accepted_at, NEW.decided_at, …").
QString caseColumnList(const QString &row = QString())
{
    QStringList list;
    for (const char *c : caseColumns)
        list << (row.isEmpty() ? QString::fromLatin1(c)
                               : row + QLatin1Char('.') + QLatin1String(c));
    return list.join(QStringLiteral(", "));
}

// SQLite: the WHEN of an update trigger on cases that changes a column the roll-up counts.
QString caseColumnsChanged()
{
    QStringList changed;
    for (const char *c : caseColumns)
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(QString::fromLatin1(c));
    return changed.join(QStringLiteral(" OR "));
}

// Whether a case row counts for any act: contributionsSql adds nothing for a row without a
// moment, so it is not kept pending.
QString countedCase(const QString &row)
{
    return QStringLiteral("(%1.accepted_at IS NOT NULL OR %1.decided_at IS NOT NULL OR"
                          " %1.released_at IS NOT NULL)")
            .arg(row);
}

// The pending contributions' table (migrations 10 and 12), `integer` the type of its trips.
QString pendingTableSql(const QString &pendingTable, const QString &integer)
{
    return QStringLiteral("CREATE TABLE %1 (accepted_at TEXT, decided_at TEXT, released_at TEXT,"
                          " state TEXT, item_code TEXT, place_code TEXT, due_date TEXT, trips"
                          " %2, parent_id TEXT, sign INTEGER NOT NULL)")
            .arg(pendingTable, integer);
}

// A PostgreSQL statement trigger with its function: `body` runs once per statement over the
// transition tables new_rows / old_rows.
QStringList pgStatementTrigger(const QString &name, const QString &event, const QString &table,
                               const QString &referencing, const QString &body)
{
    return {sqldialect::postgresOnly(
                    QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE"
                                   " plpgsql AS $$BEGIN %2; RETURN NULL; END$$")
                            .arg(name, body)),
            sqldialect::postgresOnly(QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3%4 FOR"
                                                    " EACH STATEMENT EXECUTE FUNCTION %1_fn()")
                                             .arg(name, event, table, referencing))};
}

} // namespace

CountyRollup::CountyRollup(const QSqlDatabase &db)
    : m_db(db)
{ }

QString CountyRollup::contributionsSql(bool postgres, const QString &source, int sign)
{
    return contributions(postgres, source, QString::number(sign), false);
}

QString CountyRollup::contributionsSql(bool postgres, const QString &source,
                                       const QString &signColumn)
{
    return contributions(postgres, source, signColumn, true);
}

QString CountyRollup::contributions(bool postgres, const QString &source, const QString &sign,
                                    bool perRow)
{
    const QString day = businessDay(postgres, QStringLiteral("c.accepted_at"));
    const QString decidedDay = businessDay(postgres, QStringLiteral("c.decided_at"));
    const QString releasedDay = businessDay(postgres, QStringLiteral("c.released_at"));
    const QString yearBefore = businessDay(postgres, QStringLiteral("c.decided_at"), true);
    QStringList sums;
    for (const char *c : countColumns) {
        // perRow: each row's sign (the column `sign` each select below carries) times its
        // counts; else one sign for all rows.
        sums << (perRow ? QStringLiteral("sum(sign * %1) AS %1")
                        : QStringLiteral("%1 * sum(%2) AS %2").arg(sign))
                        .arg(QString::fromLatin1(c));
    }
    const QString signOf = perRow ? QStringLiteral(", c.%1 AS sign").arg(sign) : QString();
    // The three acts a case is counted by (StatisticsQuery::placeFigures): acceptance,
    // decision, release.
    return QStringLiteral("SELECT day, place_code, ") + sums.join(QStringLiteral(", "))
            + QStringLiteral(" FROM (SELECT ") + day
            + QStringLiteral(" AS day, c.place_code, 1 AS accepted, CASE WHEN c.decided_at IS"
                             " NULL THEN 0 ELSE 1 END AS accepted_decided, 0 AS completed, 0 AS"
                             " completed_on_time, 0 AS working_days_total, 0 AS"
                             " working_days_counted, 0 AS released, 0 AS released_one_trip")
            + signOf + QStringLiteral(" FROM ") + source
            + QStringLiteral(" c WHERE c.accepted_at IS NOT NULL AND c.state <> 'withdrawn'")
            + StatisticsRollup::notBundle() + QStringLiteral(" UNION ALL SELECT ") + decidedDay
            + QStringLiteral(", c.place_code, 0, 0, 1, ") + StatisticsRollup::onTimeExpression()
            + QStringLiteral(", coalesce(d.n - a.n, 0), CASE WHEN d.n - a.n IS NULL THEN 0 ELSE 1"
                             " END, 0, 0")
            + signOf + QStringLiteral(" FROM ") + source
            + QStringLiteral(" c LEFT JOIN county_work_days d ON d.day = ") + decidedDay
            + QStringLiteral(" LEFT JOIN county_work_days a ON a.day = ") + day
            + QStringLiteral(" AND a.day >= ") + yearBefore
            + QStringLiteral(" WHERE c.decided_at IS NOT NULL") + StatisticsRollup::notBundle()
            + QStringLiteral(" UNION ALL SELECT ") + releasedDay
            + QStringLiteral(", c.place_code, 0, 0, 0, 0, 0, 0, 1, CASE WHEN c.trips <= 1 THEN 1"
                             " ELSE 0 END")
            + signOf + QStringLiteral(" FROM ") + source
            + QStringLiteral(" c WHERE c.released_at IS NOT NULL AND c.parent_id IS NULL) x"
                             " WHERE day IS NOT NULL GROUP BY day, place_code");
}

QStringList CountyRollup::schema()
{
    QStringList sql{
            QStringLiteral("CREATE TABLE county_daily ("
                           " day TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " accepted INTEGER NOT NULL,"
                           " accepted_decided INTEGER NOT NULL,"
                           " completed INTEGER NOT NULL,"
                           " completed_on_time INTEGER NOT NULL,"
                           " working_days_total INTEGER NOT NULL,"
                           " working_days_counted INTEGER NOT NULL,"
                           " released INTEGER NOT NULL,"
                           " released_one_trip INTEGER NOT NULL,"
                           " PRIMARY KEY (day, place_code)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE county_daily_ratings ("
                           " day TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " level INTEGER NOT NULL,"
                           " given INTEGER NOT NULL,"
                           " upheld INTEGER NOT NULL,"
                           " PRIMARY KEY (day, place_code, level)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE county_work_days (day TEXT PRIMARY KEY, n INTEGER NOT"
                           " NULL) WITHOUT ROWID"),
            // stale = 1: build again from the cases (the calendar or the bundles changed; the
            // cases already here when this migration ran).
            QStringLiteral("CREATE TABLE county_rollup_state (id INTEGER PRIMARY KEY CHECK (id ="
                           " 1), stale INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO county_rollup_state (id, stale) VALUES (1, 1)"),
            // A place's cases accepted or decided in a period, a page at a time
            // (GET /stats/v1/cases, CountyCaseList).
            QStringLiteral("CREATE INDEX cases_place_accepted ON cases(place_code, accepted_at)"),
            QStringLiteral("CREATE INDEX cases_place_decided ON cases(place_code, decided_at)"),
    };
    // SQLite: row triggers.
    sql << sqldialect::sqliteOnly(
            QStringLiteral("CREATE TRIGGER county_cases_insert AFTER INSERT ON cases"
                           " BEGIN %1; END")
                    .arg(upsertDaily(contributionsSql(false, caseRow(QStringLiteral("NEW")), 1))))
        << sqldialect::sqliteOnly(
                   QStringLiteral("CREATE TRIGGER county_cases_delete AFTER DELETE ON cases"
                                  " BEGIN %1; END")
                           .arg(upsertDaily(
                                   contributionsSql(false, caseRow(QStringLiteral("OLD")), -1))))
        << sqldialect::sqliteOnly(
                   QStringLiteral("CREATE TRIGGER county_cases_update AFTER UPDATE OF %1 ON cases"
                                  " WHEN %2 BEGIN %3; END")
                           .arg(caseColumnList(), caseColumnsChanged(),
                                upsertDaily(
                                        contributionsSql(false, caseRow(QStringLiteral("NEW")), 1)
                                        + QStringLiteral(" UNION ALL ")
                                        + contributionsSql(false, caseRow(QStringLiteral("OLD")),
                                                           -1))));
    const char *const ratingColumns[] = {"id", "business_date", "place_code", "level"};
    const char *const appealColumns[] = {"rating_id", "state"};
    const auto ratingRow = [&](const char *row) {
        return rowSource(QString::fromLatin1(row), ratingColumns, std::size(ratingColumns));
    };
    const auto appealRow = [&](const char *row) {
        return rowSource(QString::fromLatin1(row), appealColumns, std::size(appealColumns));
    };
    sql << sqldialect::sqliteOnly(
            QStringLiteral("CREATE TRIGGER county_ratings_insert AFTER INSERT ON ratings"
                           " BEGIN %1; END")
                    .arg(upsertRatings(ratingContributions(ratingRow("NEW"), 1))))
        << sqldialect::sqliteOnly(
                   QStringLiteral("CREATE TRIGGER county_appeals_insert AFTER INSERT ON"
                                  " rating_appeals BEGIN %1; END")
                           .arg(upsertRatings(appealContributions(appealRow("NEW"), 1))))
        << sqldialect::sqliteOnly(
                   QStringLiteral("CREATE TRIGGER county_appeals_update AFTER UPDATE ON"
                                  " rating_appeals WHEN OLD.state IS NOT NEW.state OR"
                                  " OLD.rating_id IS NOT NEW.rating_id BEGIN %1; END")
                           .arg(upsertRatings(appealContributions(appealRow("NEW"), 1)
                                              + QStringLiteral(" UNION ALL ")
                                              + appealContributions(appealRow("OLD"), -1))))
        << sqldialect::sqliteOnly(
                   QStringLiteral("CREATE TRIGGER county_appeals_delete AFTER DELETE ON"
                                  " rating_appeals BEGIN %1; END")
                           .arg(upsertRatings(appealContributions(appealRow("OLD"), -1))));
    const QString markStale = QStringLiteral("UPDATE county_rollup_state SET stale = 1");
    for (const char *table : {"item_bundle_parts", "calendar_info"}) {
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            sql << sqldialect::sqliteOnly(
                    QStringLiteral("CREATE TRIGGER county_stale_%1_%2 AFTER %3 ON %1 BEGIN %4;"
                                   " END")
                            .arg(QString::fromLatin1(table), QString::fromLatin1(event).toLower(),
                                 QString::fromLatin1(event), markStale));
        }
    }

    // PostgreSQL: statement triggers over the transition tables.
    const QString newRows = QStringLiteral(" REFERENCING NEW TABLE AS new_rows");
    const QString oldRows = QStringLiteral(" REFERENCING OLD TABLE AS old_rows");
    const QString bothRows = QStringLiteral(" REFERENCING OLD TABLE AS old_rows NEW TABLE AS"
                                            " new_rows");
    const QString news = QStringLiteral("new_rows");
    const QString olds = QStringLiteral("old_rows");
    const QString cases = QStringLiteral("cases");
    sql << pgStatementTrigger(QStringLiteral("county_cases_insert"), QStringLiteral("INSERT"),
                              cases, newRows, upsertDaily(contributionsSql(true, news, 1)))
        << pgStatementTrigger(QStringLiteral("county_cases_delete"), QStringLiteral("DELETE"),
                              cases, oldRows, upsertDaily(contributionsSql(true, olds, -1)))
        << pgStatementTrigger(
                   QStringLiteral("county_cases_update"), QStringLiteral("UPDATE"), cases, bothRows,
                   upsertDaily(contributionsSql(true, news, 1) + QStringLiteral(" UNION ALL ")
                               + contributionsSql(true, olds, -1)))
        << pgStatementTrigger(QStringLiteral("county_ratings_insert"), QStringLiteral("INSERT"),
                              QStringLiteral("ratings"), newRows,
                              upsertRatings(ratingContributions(news, 1)))
        << pgStatementTrigger(QStringLiteral("county_appeals_insert"), QStringLiteral("INSERT"),
                              QStringLiteral("rating_appeals"), newRows,
                              upsertRatings(appealContributions(news, 1)))
        << pgStatementTrigger(QStringLiteral("county_appeals_update"), QStringLiteral("UPDATE"),
                              QStringLiteral("rating_appeals"), bothRows,
                              upsertRatings(appealContributions(news, 1)
                                            + QStringLiteral(" UNION ALL ")
                                            + appealContributions(olds, -1)))
        << pgStatementTrigger(QStringLiteral("county_appeals_delete"), QStringLiteral("DELETE"),
                              QStringLiteral("rating_appeals"), oldRows,
                              upsertRatings(appealContributions(olds, -1)));
    for (const char *table : {"item_bundle_parts", "calendar_info"}) {
        const QString name = QStringLiteral("county_stale_%1").arg(QString::fromLatin1(table));
        sql << pgStatementTrigger(name, QStringLiteral("INSERT OR UPDATE OR DELETE"),
                                  QString::fromLatin1(table), {}, markStale);
    }
    return sql;
}

QStringList CountyRollup::pendingSchema()
{
    const QString columns = caseColumnList();
    const auto append = [&](const QString &row, int sign) {
        return QStringLiteral("INSERT INTO %1 (%2, sign) SELECT %3, %4 WHERE %5")
                .arg(pendingTable(), columns, caseColumnList(row))
                .arg(sign)
                .arg(countedCase(row));
    };
    const QString news = QStringLiteral("NEW");
    const QString olds = QStringLiteral("OLD");
    QStringList sql{
            QStringLiteral("DROP TRIGGER county_cases_insert"),
            QStringLiteral("DROP TRIGGER county_cases_update"),
            QStringLiteral("DROP TRIGGER county_cases_delete"),
            pendingTableSql(pendingTable(), QStringLiteral("INTEGER")),
            QStringLiteral("CREATE TRIGGER county_cases_insert AFTER INSERT ON cases WHEN %1"
                           " BEGIN %2; END")
                    .arg(countedCase(news), append(news, 1)),
            QStringLiteral("CREATE TRIGGER county_cases_delete AFTER DELETE ON cases WHEN %1"
                           " BEGIN %2; END")
                    .arg(countedCase(olds), append(olds, -1)),
            QStringLiteral("CREATE TRIGGER county_cases_update AFTER UPDATE OF %1 ON cases WHEN"
                           " %2 BEGIN %3; %4; END")
                    .arg(columns, caseColumnsChanged(), append(olds, -1), append(news, 1)),
    };
    for (QString &statement : sql)
        statement = sqldialect::sqliteOnly(statement);
    return sql;
}

QStringList CountyRollup::pendingSchemaPostgres()
{
    const QString columns = caseColumnList();
    const auto append = [&](const QString &rows, int sign) {
        return QStringLiteral("INSERT INTO %1 (%2, sign) SELECT %3, %4 FROM %5 r WHERE %6")
                .arg(pendingTable(), columns, caseColumnList(QStringLiteral("r")))
                .arg(sign)
                .arg(rows, countedCase(QStringLiteral("r")));
    };
    // An update: only the rows whose counted columns changed (as SQLite's trigger's WHEN), the
    // old row's counts taken away and the new one's added; old and new paired by rowid.
    const QString changed = QStringLiteral("(%1) IS DISTINCT FROM (%2)")
                                    .arg(caseColumnList(QStringLiteral("o")),
                                         caseColumnList(QStringLiteral("n")));
    const QString update
            = QStringLiteral("INSERT INTO %1 (%2, sign) SELECT %3, -1 FROM old_rows o JOIN"
                             " new_rows n ON n.rowid = o.rowid WHERE %5 AND %6 UNION ALL SELECT"
                             " %4, 1 FROM old_rows o JOIN new_rows n ON n.rowid = o.rowid WHERE"
                             " %5 AND %7")
                      .arg(pendingTable(), columns, caseColumnList(QStringLiteral("o")),
                           caseColumnList(QStringLiteral("n")), changed,
                           countedCase(QStringLiteral("o")), countedCase(QStringLiteral("n")));
    const QString news = QStringLiteral("new_rows");
    const QString olds = QStringLiteral("old_rows");
    // The triggers themselves stay (statement triggers over the transition tables): only their
    // functions' bodies change.
    const auto function = [](const QString &name, const QString &body) {
        return sqldialect::postgresOnly(
                QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE"
                               " plpgsql AS $$BEGIN %2; RETURN NULL; END$$")
                        .arg(name, body));
    };
    return {sqldialect::postgresOnly(pendingTableSql(pendingTable(), QStringLiteral("BIGINT"))),
            function(QStringLiteral("county_cases_insert"), append(news, 1)),
            function(QStringLiteral("county_cases_delete"), append(olds, -1)),
            function(QStringLiteral("county_cases_update"), update)};
}

QString CountyRollup::pendingTable()
{
    return QStringLiteral("county_cases_pending");
}

Status CountyRollup::fold(const QSqlDatabase &db)
{
    if (sqldialect::isPostgres(db)) {
        // The rows taken out and summed in one statement (one snapshot): rows another
        // transaction appends meanwhile are neither deleted nor counted here.
        PreparedQuery q(
                db,
                QStringLiteral("WITH pending AS (DELETE FROM %1 RETURNING *) ").arg(pendingTable())
                        + upsertDaily(contributionsSql(true, QStringLiteral("pending"),
                                                       QStringLiteral("sign"))));
        if (!q->exec())
            return sqlError(tr("Cannot update the county statistics."), q->lastError().text());
        return Status::success();
    }
    for (const QString &sql :
         {upsertDaily(contributionsSql(false, pendingTable(), QStringLiteral("sign"))),
          QString(QStringLiteral("DELETE FROM ") + pendingTable())}) {
        PreparedQuery q(db, sql);
        if (!q->exec())
            return sqlError(tr("Cannot update the county statistics."), q->lastError().text());
    }
    return Status::success();
}

Status CountyRollup::foldPending() const
{
    {
        PreparedQuery q(m_db,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(pendingTable()));
        if (!q->exec() || !q->next())
            return sqlError(tr("Cannot read the county statistics."), q->lastError().text());
        if (q->value(0).toInt() == 0)
            return Status::success();
    }
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = fold(m_db); !s)
        return s;
    return tx.commit();
}

Result<bool> CountyRollup::isStale() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT stale FROM county_rollup_state WHERE id = 1")) || !q.next())
        return sqlError(tr("Cannot read the county statistics."), q.lastError().text());
    return q.value(0).toInt() != 0;
}

Status CountyRollup::rebuild(const WorkCalendar &calendar) const
{
    const bool postgres = sqldialect::isPostgres(m_db);
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    const auto exec = [&](const QString &sql) -> Status {
        if (!q.exec(sql))
            return sqlError(tr("Cannot update the county statistics."),
                            q.lastError().text() + QStringLiteral(" in: ") + sql.left(300));
        return Status::success();
    };
    // PostgreSQL: writers of cases wait until the roll-up is whole again (their triggers would
    // otherwise add to rows this transaction is replacing).
    // The pending rows first: a writer appends to them before it folds into county_daily
    // (the other order could deadlock with it), and one that appended before this lock has
    // committed (its rows deleted below, its cases counted) when the lock is granted.
    if (postgres) {
        if (Status s = exec(QStringLiteral("LOCK TABLE county_cases_pending, county_daily,"
                                           " county_daily_ratings, county_rollup_state IN"
                                           " EXCLUSIVE MODE"));
            !s)
            return s;
    }
    if (Status s = exec(QStringLiteral("DELETE FROM county_work_days")); !s)
        return s;
    QVariantList days, numbers;
    StatisticsRollup::workDayNumbers(calendar, days, numbers);
    if (!days.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO county_work_days (day, n) VALUES (?, ?)"));
        q.addBindValue(days);
        q.addBindValue(numbers);
        if (!q.execBatch())
            return sqlError(tr("Cannot update the county statistics."), q.lastError().text());
    }
    const QString rebuilt = QStringLiteral("INSERT INTO county_daily (day, place_code, ")
            + columnList() + QStringLiteral(") ")
            + contributionsSql(postgres, QStringLiteral("cases"), 1);
    // The rows not folded yet are counted again from the cases.
    if (Status s = exec(QStringLiteral("DELETE FROM ") + pendingTable()); !s)
        return s;
    for (const QString &sql :
         {QStringLiteral("DELETE FROM county_daily"), rebuilt,
          QStringLiteral("DELETE FROM county_daily_ratings"),
          QStringLiteral("INSERT INTO county_daily_ratings (day, place_code, level, given, upheld)"
                         " SELECT r.business_date, r.place_code, r.level, count(*),"
                         " count(a.rating_id) FROM ratings r LEFT JOIN rating_appeals a ON"
                         " a.rating_id = r.id AND a.state = 'upheld' GROUP BY r.business_date,"
                         " r.place_code, r.level"),
          QStringLiteral("UPDATE county_rollup_state SET stale = 0")}) {
        if (Status s = exec(sql); !s)
            return s;
    }
    if (postgres)
        (void)exec(QStringLiteral("ANALYZE county_daily"));
    return tx.commit();
}

Status CountyRollup::rebuildIfStale(const WorkCalendar &calendar) const
{
    const auto stale = isStale();
    if (!stale)
        return stale.error();
    if (!stale.value())
        return Status::success();
    return rebuild(calendar);
}

namespace {

Result<WorkCalendar> storedCalendar(const std::shared_ptr<Database> &database)
{
    CalendarStore store(database);
    return store.isEmpty() ? Result<WorkCalendar>(WorkCalendar()) : store.load();
}

} // namespace

Status CountyRollup::rebuildIfStale(const std::shared_ptr<Database> &database)
{
    const CountyRollup rollup(database->connection());
    const auto stale = rollup.isStale();
    if (!stale)
        return stale.error();
    if (!stale.value())
        return Status::success();
    const auto calendar = storedCalendar(database);
    if (!calendar)
        return calendar.error();
    return rollup.rebuild(calendar.value());
}

Result<QList<PlaceFigures>> CountyRollup::summary(const std::shared_ptr<Database> &database,
                                                  const StatisticsPeriod &period,
                                                  const StatisticsFilter &filter, QDate today)
{
    if (Status s = rebuildIfStale(database); !s)
        return s.error();
    const QSqlDatabase db = database->connection();
    auto figures = CountyRollup(db).placeFigures(period, filter);
    if (!figures)
        return figures;
    const auto calendar = storedCalendar(database);
    if (!calendar)
        return calendar.error();
    QHash<QString, std::pair<qint64, qint64>> due;
    if (Status s = StatisticsQuery::countDueByPlace(db, calendar.value(), filter, today, due); !s)
        return s.error();
    QMap<QString, PlaceFigures> places;
    for (const PlaceFigures &p : std::as_const(figures).value())
        places.insert(p.placeCode, p);
    bool unnamed = false;
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        if (it->first == 0 && it->second == 0)
            continue;
        PlaceFigures &p = places[it.key()];
        if (p.placeCode.isEmpty()) {
            p.placeCode = it.key();
            unnamed = true;
        }
        p.overdue = it->first;
        p.nearDue = it->second;
    }
    if (unnamed) {
        QSqlQuery names(db);
        if (names.exec(QStringLiteral("SELECT code, name FROM places"))) {
            while (names.next()) {
                const auto it = places.find(names.value(0).toString());
                if (it != places.end() && it->name.isEmpty())
                    it->name = names.value(1).toString();
            }
        }
    }
    return places.values();
}

Result<QList<PlaceFigures>> CountyRollup::placeFigures(const StatisticsPeriod &period,
                                                       const StatisticsFilter &filter) const
{
    if (!period.isValid())
        return Error{QStringLiteral("statistics.period"),
                     tr("Choose a period whose start is not after its end."),
                     {}};
    QString place;
    if (!filter.placeCodes.isEmpty()) {
        QStringList quoted;
        for (QString code : filter.placeCodes)
            quoted << QLatin1Char('\'') + code.replace(QLatin1Char('\''), QStringLiteral("''"))
                            + QLatin1Char('\'');
        place = QStringLiteral(" AND place_code IN (") + quoted.join(u',') + QLatin1Char(')');
    }
    // The case rows written since the last push batch (another writer, the command line)
    // counted first.
    if (Status s = foldPending(); !s)
        return s.error();
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    QMap<QString, PlaceFigures> places;
    QSqlDatabase db = m_db;
    const bool began = !WriteTransaction::inTransaction(db) && db.transaction();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList sums;
    for (const char *c : countColumns)
        sums << QStringLiteral("sum(%1)").arg(QString::fromLatin1(c));
    q.prepare(QStringLiteral("SELECT place_code, ") + sums.join(QStringLiteral(", "))
              + QStringLiteral(" FROM county_daily WHERE day >= ? AND day <= ?") + place
              + QStringLiteral(" GROUP BY place_code"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        if (began)
            db.rollback();
        return sqlError(tr("Cannot count the accepted cases."), q.lastError().text());
    }
    while (q.next()) {
        PlaceFigures p;
        p.placeCode = q.value(0).toString();
        p.counts.accepted = q.value(1).toLongLong();
        p.counts.acceptedDecided = q.value(2).toLongLong();
        p.counts.completed = q.value(3).toLongLong();
        p.counts.completedOnTime = q.value(4).toLongLong();
        p.counts.workingDaysTotal = q.value(5).toLongLong();
        p.counts.workingDaysCounted = q.value(6).toLongLong();
        p.trips.released = q.value(7).toLongLong();
        p.trips.atMostOne = q.value(8).toLongLong();
        if (p.counts.accepted != 0 || p.counts.completed != 0 || p.trips.released != 0)
            places.insert(p.placeCode, p);
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT place_code, level, sum(given), sum(upheld) FROM"
                             " county_daily_ratings WHERE day >= ? AND day <= ?")
              + place + QStringLiteral(" GROUP BY place_code, level"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        if (began)
            db.rollback();
        return sqlError(tr("Cannot count the ratings."), q.lastError().text());
    }
    while (q.next()) {
        const int level = q.value(1).toInt();
        const qint64 given = q.value(2).toLongLong();
        if (level < 1 || level > 5 || given == 0)
            continue;
        PlaceFigures &p = places[q.value(0).toString()];
        p.placeCode = q.value(0).toString();
        const qint64 excluded = q.value(3).toLongLong();
        p.ratings.byLevel[size_t(level - 1)] += given - excluded;
        p.ratings.excludedByAppeal += excluded;
    }
    if (began)
        db.rollback();
    QSqlQuery names(db);
    if (names.exec(QStringLiteral("SELECT code, name FROM places"))) {
        while (names.next()) {
            const auto it = places.find(names.value(0).toString());
            if (it != places.end())
                it->name = names.value(1).toString();
        }
    }
    return places.values();
}

} // namespace ow
