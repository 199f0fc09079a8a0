// onewindow-bench county: the county view's aggregate (GET /stats/v1/summary reads the server's
// county roll-up, CountyRollup, kept current by triggers as the cases are inserted) over N cases
// spread over a year and 20 places, on SQLite (a new file) or PostgreSQL (--db
// postgresql://..., an empty database).
// Target (issue 9): 10,000,000 cases on PostgreSQL <= 2 s for a year, key county_ms.

#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "countyrollup.h"
#include "databaseurl.h"
#include "serverdatabase.h"
#include "store/statisticsquery.h"

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

Samples measure(const QSqlDatabase &db, const StatisticsPeriod &period, int runs,
                QList<PlaceFigures> *last)
{
    Samples samples;
    for (int i = 0; i < runs + 1; ++i) {
        Stopwatch watch;
        // What the endpoint does: is the roll-up current, then every place's counts from it.
        const CountyRollup rollup(db);
        const auto stale = rollup.isStale();
        auto figures = stale && !stale.value()
                ? rollup.placeFigures(period, {})
                : Result<QList<PlaceFigures>>(
                        Error{QStringLiteral("stale"), QStringLiteral("the roll-up is stale"), {}});
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
    parser.addOptions({cases, runs, database});
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
    // The roll-up of the new, empty database with the built-in calendar (the working days):
    // from then on the triggers keep it current as the cases go in.
    const auto calendar = WorkCalendar::loadResource();
    if (!calendar) {
        err() << calendar.error().message << '\n';
        return 2;
    }
    if (Status s = CountyRollup(db).rebuild(calendar.value()); !s) {
        err() << s.error().message << ' ' << s.error().detail << '\n';
        return 2;
    }
    {
        Stopwatch gen;
        if (Status s = fill(db, n, postgres); !s) {
            err() << s.error().message << ' ' << s.error().detail.left(2000) << '\n';
            return 2;
        }
        report.add(QStringLiteral("fill_ms"), gen.elapsedMs(),
                   QStringLiteral("inserting the cases and ratings (diagnostic)"));
    }
    QList<PlaceFigures> month, year;
    const double cpuBefore = processCpuSeconds();
    const Samples m = measure(db, StatisticsPeriod::month(2025, 6), runCount, &month);
    report.addSamples(QStringLiteral("county_month"), m,
                      QStringLiteral("every place's figures for a month (June 2025)"),
                      QStringLiteral("<= 2000"));
    const Samples y = measure(db, StatisticsPeriod::year(2025), runCount, &year);
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
        if (!raw
            || StatisticsDefinitions::sum(raw.value()).counts.accepted
                    != StatisticsDefinitions::sum(year).counts.accepted) {
            err() << "county: the roll-up and the direct count differ\n";
            return 1;
        }
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
