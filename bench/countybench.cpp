// onewindow-bench county: the county view's aggregate (GET /stats/v1/summary: the server's
// county roll-up, CountyRollup, and today's overdue and near-due counts) over N cases spread over
// a year and 20 places, on SQLite (a new file) or PostgreSQL (--db postgresql://..., an empty
// database). On SQLite the cases go in through the roll-up's triggers; on PostgreSQL (10,000,000
// cases in make bench-large) they are loaded with the triggers disabled and the roll-up is built
// once from them, as migration 8 builds it for a database that has cases already.
// Target (issue 9): 10,000,000 cases on PostgreSQL <= 2 s for a year, key county_ms.

#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "countyrollup.h"
#include "databaseurl.h"
#include "serverdatabase.h"
#include "store/calendarstore.h"
#include "store/database.h"
#include "store/statisticsquery.h"
#include "systemactor.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace ow::bench {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// N cases accepted over 2025 (a case every few minutes of each business day), at 20 places;
// 97% decided 1 to 10 days later, released the next day; trips 1 or 2; one rating per released
// case, mostly satisfied. Inserted in chunks, each one statement.
Status fill(const QSqlDatabase &db, qint64 cases, bool postgres)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
                "INSERT INTO applicants (id, kind, name, id_number, id_reversed, phone, address,"
                " legal_representative, contact_name, updated_at) VALUES ('bench-a', 'person',"
                " '张伟', '1', '1', '', '', '', '', '')")))
        return sqlError(QStringLiteral("applicant"), q.lastError().text());
    const qint64 chunk = 500000;
    for (qint64 start = 1; start <= cases; start += chunk) {
        const qint64 end = std::min(cases, start + chunk - 1);
        // x: the case; day: x % 365 of 2025; minute of the day from x.
        const QString series = postgres
                ? QStringLiteral("SELECT x FROM generate_series(%1::bigint, %2) x")
                          .arg(start)
                          .arg(end)
                : QStringLiteral("WITH RECURSIVE n(x) AS (SELECT %1 UNION ALL SELECT"
                                 " x + 1 FROM n WHERE x < %2) SELECT x FROM n")
                          .arg(start)
                          .arg(end);
        // The moment `days` days after day x % 365 of 2025, 09:00 to 17:00 in Shanghai.
        const auto at = [postgres](const QString &days) -> QString {
            if (postgres)
                return QStringLiteral("to_char(timestamp '2025-01-01 01:00:00' + (x % 365 + ")
                        + days
                        + QStringLiteral(") * interval '1 day' + (x % 480) * interval '1 minute',"
                                         " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
            return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01 01:00:00', '+' ||"
                                  " (x % 365 + ")
                    + days + QStringLiteral(") || ' days', '+' || (x % 480) || ' minutes')");
        };
        const QString decided = QStringLiteral("CASE WHEN x % 33 <> 0 THEN ")
                + at(QStringLiteral("1 + x % 10")) + QStringLiteral(" END");
        const QString released = QStringLiteral("CASE WHEN x % 33 <> 0 THEN ")
                + at(QStringLiteral("2 + x % 10")) + QStringLiteral(" END");
        const QString due = postgres
                ? QStringLiteral("to_char(date '2025-01-01' + (x % 365 + 8) * interval '1 day',"
                                 " 'YYYY-MM-DD')")
                : QStringLiteral("date('2025-01-01', '+' || (x % 365 + 8) || ' days')");
        const QString sql
                = QStringLiteral(
                          "INSERT INTO cases (id, number, item_code, item_name, department_code,"
                          " item_kind, promised_days, township_acceptable, applicant_id,"
                          " applicant_name, applicant_id_number, applicant_phone, channel, state,"
                          " place_code, release_place_code, staff_id, received_at, accepted_at,"
                          " due_date, decided_at, released_at, trips, updated_at) SELECT 'b' ||"
                          " x, 'b' || x, 'ITEM-' || (x % 40), '', 'D' || (x % 12), 'licensing',"
                          " 5, 0, 'bench-a', '', '', '', 'window', CASE WHEN x % 33 <> 0 THEN"
                          " 'released' ELSE 'in_review' END, 'P' || (x % 20), 'P' || (x % 20),"
                          " 's' || (x % 50), %1, %1, %2, %3, %4, 1 + x % 2, '' FROM (%5) s")
                          .arg(at(QStringLiteral("0")), due, decided, released, series);
        QSqlQuery insert(db);
        if (!insert.exec(sql))
            return sqlError(QStringLiteral("cases"), insert.lastError().text() + sql);
        const QString ratings
                = QStringLiteral("INSERT INTO ratings (id, case_id, scope, visit_id,"
                                 " level, rated_at, business_date, place_code, staff_id,"
                                 " item_code, department_code, device_id) SELECT 'r' || x,"
                                 " 'b' || x, 'visit', 'v' || x, CASE WHEN x % 97 = 0 THEN"
                                 " 1 ELSE 5 - x % 3 END, '', substr(%1, 1, 10), 'P' ||"
                                 " (x % 20), 's' || (x % 50), '', '', 'd' FROM (%2) s"
                                 " WHERE x % 33 <> 0")
                          .arg(at(QStringLiteral("2 + x % 10")), series);
        if (!insert.exec(ratings))
            return sqlError(QStringLiteral("ratings"), insert.lastError().text());
        err() << "county: " << end << " cases\n";
        err().flush();
    }
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return Status::success();
}

Samples measure(const std::shared_ptr<Database> &database, const StatisticsPeriod &period, int runs,
                QList<PlaceFigures> *last)
{
    Samples samples;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < runs + 1; ++i) {
        Stopwatch watch;
        // What the endpoint does: the roll-up (built again first if stale), then today's
        // overdue and near-due counts per place from the open cases.
        auto figures = CountyRollup::summary(database, period, {}, today);
        const double ms = watch.elapsedMs();
        if (i > 0) // the first run warms the caches
            samples.add(ms);
        if (figures)
            *last = figures.value();
        else
            err() << figures.error().message << ' ' << figures.error().detail << '\n';
    }
    return samples;
}

// A bulk load on PostgreSQL, as an operator loads a province's history: the secondary indexes of
// cases and ratings dropped before and built again after (one sort each instead of ten million
// insertions), the roll-up's triggers off meanwhile (the roll-up is built once afterwards).
struct BulkLoad
{
    QStringList indexes; // their CREATE INDEX statements

    Status begin(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE"
                                   " i.schemaname = current_schema() AND i.tablename IN"
                                   " ('cases', 'ratings') AND NOT EXISTS (SELECT 1 FROM"
                                   " pg_constraint c WHERE c.conname = i.indexname)")))
            return sqlError(QStringLiteral("indexes"), q.lastError().text());
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            indexes << q.value(1).toString();
        }
        for (const QString &name : std::as_const(names)) {
            if (!q.exec(QStringLiteral("DROP INDEX ") + name))
                return sqlError(name, q.lastError().text());
        }
        return setTriggers(db, false);
    }

    Status end(const QSqlDatabase &db) const
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET maintenance_work_mem = '512MB'"));
        for (const QString &sql : indexes) {
            if (!q.exec(sql))
                return sqlError(sql, q.lastError().text());
        }
        q.exec(QStringLiteral("RESET maintenance_work_mem"));
        // The visibility map, as autovacuum sets it soon after a bulk load (PostgreSQL 13 and
        // later vacuum insert-only tables too): index-only scans need it.
        if (!q.exec(QStringLiteral("VACUUM cases, ratings")))
            return sqlError(QStringLiteral("VACUUM"), q.lastError().text());
        return setTriggers(db, true);
    }

    // The roll-up's triggers on cases and ratings, off or on again.
    static Status setTriggers(const QSqlDatabase &db, bool enabled)
    {
        for (const char *table : {"cases", "ratings"}) {
            QSqlQuery q(db);
            const QString sql
                    = QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER")
                              .arg(QString::fromLatin1(table),
                                   enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"));
            if (!q.exec(sql))
                return sqlError(sql, q.lastError().text());
        }
        return Status::success();
    }
};

int runCounty(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Cases in the server's database (default "
                                                  "100000)."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Measured queries per period (default 5)."),
                                  QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption database(
            QStringLiteral("db"),
            QStringLiteral("The server's database: a new SQLite file (default) or an empty "
                           "PostgreSQL database, postgresql://USER@HOST:PORT/DB."),
            QStringLiteral("URL"));
    const QCommandLineOption reuse(
            QStringLiteral("reuse"),
            QStringLiteral("Measure a database an earlier run filled with the same --cases (kept "
                           "with --keep): no fill, no rebuild; migrations added since run."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the filled database (for --reuse)."));
    parser.addOptions({cases, runs, database, reuse, keep});
    QStringList args = arguments;
    args.prepend(QStringLiteral("onewindow-bench county"));
    if (!parser.parse(args)) {
        err() << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const qint64 n = parser.value(cases).toLongLong();
    const int runCount = std::max(1, parser.value(runs).toInt());
    QDir().mkpath(BenchData::folder());
    QTemporaryDir dir(BenchData::folder() + QStringLiteral("/county-XXXXXX"));
    if (parser.isSet(keep) && !parser.isSet(database)) {
        dir.setAutoRemove(false); // a PostgreSQL database is the caller's anyway
        err() << "county: the database stays in " << dir.path() << '\n';
    }
    const QString text = parser.isSet(database)
            ? parser.value(database)
            : QDir(dir.path()).filePath(QStringLiteral("server.sqlite"));
    const bool postgres = text.startsWith(QLatin1String("postgres"));
    auto url = postgres ? DatabaseUrl::parse(text) : Result<DatabaseUrl>(DatabaseUrl::sqlite(text));
    if (!url) {
        err() << url.error().message << '\n';
        return 2;
    }
    auto opened = ServerDatabase::open(url.value(), ServerDatabase::Mode::CreateIfMissing);
    if (!opened) {
        err() << opened.error().message << ' ' << opened.error().detail << '\n';
        return 2;
    }
    const QSqlDatabase db = opened.value()->connection();
    Report report(postgres ? QStringLiteral("county_postgresql") : QStringLiteral("county"));
    report.setParameter(QStringLiteral("cases"), double(n));
    report.setParameter(QStringLiteral("runs"), runCount);
    report.setParameter(QStringLiteral("database"),
                        postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    // The database's calendar (the built-in one), as `calendar import` stores it: the roll-up
    // counts working days with it and the endpoint judges due dates by it.
    const auto calendar = WorkCalendar::loadResource();
    if (!calendar) {
        err() << calendar.error().message << '\n';
        return 2;
    }
    if (parser.isSet(reuse)) {
        // The cases of an earlier run, and its roll-up (a calendar stored again would mark it
        // stale and start a rebuild).
        QSqlQuery q(db);
        const auto stale = CountyRollup(db).isStale();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next()
            || q.value(0).toLongLong() != n || !stale || stale.value()) {
            err() << "county: --reuse needs a database filled by a run with --cases " << n
                  << " and its roll-up current\n";
            return 2;
        }
    } else {
        if (Status s = CalendarStore(opened.value()).replace(calendar.value(), systemActor()); !s) {
            err() << s.error().message << ' ' << s.error().detail << '\n';
            return 2;
        }
        // The roll-up of the new, empty database: on SQLite the triggers keep it current from
        // here on as the cases go in.
        if (Status s = CountyRollup(db).rebuild(calendar.value()); !s) {
            err() << s.error().message << ' ' << s.error().detail << '\n';
            return 2;
        }
        {
            Stopwatch gen;
            BulkLoad bulk;
            Status s = postgres ? bulk.begin(db) : Status::success();
            if (s)
                s = fill(db, n, postgres);
            if (s && postgres)
                s = bulk.end(db);
            if (!s) {
                err() << s.error().message << ' ' << s.error().detail.left(2000) << '\n';
                return 2;
            }
            report.add(QStringLiteral("fill_ms"), gen.elapsedMs(),
                       postgres ? QStringLiteral("inserting the cases and ratings, their "
                                                 "indexes built after, the roll-up's triggers off "
                                                 "(diagnostic)")
                                : QStringLiteral("inserting the cases and ratings through the "
                                                 "roll-up's triggers (diagnostic)"));
        }
        if (postgres) {
            // What migration 8 does for a database with cases already: the roll-up built once.
            Stopwatch rebuild;
            if (Status s = CountyRollup(db).rebuild(calendar.value()); !s) {
                err() << s.error().message << ' ' << s.error().detail << '\n';
                return 2;
            }
            report.add(QStringLiteral("rebuild_ms"), rebuild.elapsedMs(),
                       QStringLiteral("building the county roll-up of the whole database from the "
                                      "cases (diagnostic)"));
        }
    }
    QList<PlaceFigures> month, year;
    const double cpuBefore = processCpuSeconds();
    const Samples m = measure(opened.value(), StatisticsPeriod::month(2025, 6), runCount, &month);
    report.addSamples(QStringLiteral("county_month"), m,
                      QStringLiteral("every place's figures for a month (June 2025)"),
                      QStringLiteral("<= 2000"));
    const Samples y = measure(opened.value(), StatisticsPeriod::year(2025), runCount, &year);
    report.addSamples(QStringLiteral("county_year"), y,
                      QStringLiteral("every place's figures for the year 2025"),
                      QStringLiteral("<= 2000"));
    report.add(QStringLiteral("county_ms"), y.median(),
               QStringLiteral("county aggregate for a year (median)"), QStringLiteral("<= 2000"));
    report.add(QStringLiteral("county_cpu_ms"),
               (processCpuSeconds() - cpuBefore) * 1000.0 / (2.0 * (runCount + 1)),
               QStringLiteral("CPU time of this process per query (mean; PostgreSQL's own work "
                              "is in its server process)"));
    {
        // The direct count the roll-up replaces (the same figures; once, it is slow).
        Stopwatch direct;
        auto raw = StatisticsQuery::placeFigures(db, StatisticsPeriod::year(2025), {});
        report.add(QStringLiteral("county_direct_ms"), direct.elapsedMs(),
                   QStringLiteral("the same year counted from the cases, without the roll-up "
                                  "(diagnostic, one run)"));
        const auto same = [&](const PlaceFigures &a, const PlaceFigures &b) {
            return a.counts.accepted == b.counts.accepted
                    && a.counts.completed == b.counts.completed
                    && a.counts.completedOnTime == b.counts.completedOnTime
                    && a.counts.acceptedDecided == b.counts.acceptedDecided
                    && a.ratings.byLevel == b.ratings.byLevel
                    && a.trips.released == b.trips.released
                    && a.trips.atMostOne == b.trips.atMostOne;
        };
        if (!raw
            || !same(StatisticsDefinitions::sum(raw.value()), StatisticsDefinitions::sum(year))) {
            err() << "county: the roll-up and the direct count differ\n";
            return 1;
        }
        if (!postgres) {
            // What migration 8, a calendar import or a bundle change costs: the whole roll-up
            // built again from the cases.
            Stopwatch rebuild;
            if (Status s = CountyRollup(db).rebuild(calendar.value()); !s) {
                err() << s.error().message << ' ' << s.error().detail << '\n';
                return 1;
            }
            report.add(QStringLiteral("rebuild_ms"), rebuild.elapsedMs(),
                       QStringLiteral("building the county roll-up of the whole database again "
                                      "(diagnostic)"));
        }
    }
    const PlaceFigures total = StatisticsDefinitions::sum(year);
    report.add(QStringLiteral("year_accepted_count"), double(total.counts.accepted),
               QStringLiteral("accepted in the year (what was counted)"));
    report.note(QStringLiteral("%1 places; year: 办结率 %2, 本期受理办结率 %3, 满意率 %4; load "
                               "average %5")
                        .arg(year.size())
                        .arg(total.counts.completionRate().text(),
                             total.counts.cohortCompletionRate().text(),
                             total.ratings.satisfactionRate().text())
                        .arg(loadAverage(), 0, 'f', 1));
    report.add(QStringLiteral("peak_rss_mb"), peakRssMb(), QStringLiteral("peak resident memory"));
    return report.print() ? 0 : 1;
}

const bool registered = registerBench(
        QStringLiteral("county"),
        QStringLiteral("county view: every place's figures over N server cases (SQLite or "
                       "PostgreSQL)"),
        runCounty);

} // namespace

} // namespace ow::bench
