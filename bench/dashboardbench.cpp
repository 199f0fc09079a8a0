// onewindow-bench dashboard: the statistics dashboard on a generated store of realistic size
// (ratings added by DemoRatings): every figure of the dashboard (StatisticsQuery::dashboard) for
// the last full month and the last full year of the data, as a refresh on the GUI's worker
// connection; the first open through StatisticsLoader (its own connection on a worker thread,
// as the dashboard screen does). Target (issue 9): refresh <= 300 ms on 1,000,000 cases.

#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "domain/businessclock.h"
#include "items/statisticsloader.h"
#include "sqlprofile.h"
#include "store/demoratings.h"
#include "store/statisticsquery.h"
#include "store/statisticsrollup.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

namespace ow::bench {

namespace {

QDate lastBusinessDay(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT max(received_at) FROM cases")) && q.next())
        return BusinessClock::dateOf(
                QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs));
    return {};
}

Samples measure(const StatisticsQuery &query, const StatisticsPeriod &period, QDate today, int runs,
                DashboardFigures *last)
{
    Samples samples;
    for (int i = 0; i < runs + 1; ++i) {
        Stopwatch watch;
        auto figures = query.dashboard(period, {}, today);
        const double ms = watch.elapsedMs();
        if (i > 0) // the first run warms the page cache
            samples.add(ms);
        if (figures)
            *last = figures.value();
    }
    return samples;
}

int runDashboard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Cases in the store (default 1000000)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Measured refreshes per period (default 7)."),
                                  QStringLiteral("K"), QStringLiteral("7"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({cases, runs, seed});
    QStringList args = arguments;
    args.prepend(QStringLiteral("onewindow-bench dashboard"));
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << "Usage: onewindow-bench dashboard [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    const qint64 size = parser.value(cases).toLongLong();
    const int runCount = std::max(1, parser.value(runs).toInt());
    QString error;
    const QString cached = BenchData::clientStore(size, parser.value(seed).toUInt(), &error);
    const QString copy = cached.isEmpty() ? QString() : BenchData::workingCopy(cached, &error);
    if (copy.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    Report report(QStringLiteral("dashboard"));
    report.setParameter(QStringLiteral("cases"), double(size));
    report.setParameter(QStringLiteral("runs"), runCount);
    int result = 2;
    {
        Stopwatch open;
        auto workspace = Workspace::open(copy);
        if (!workspace) {
            QTextStream(stderr) << workspace.error().message << '\n';
        } else {
            report.add(QStringLiteral("store_open_ms"), open.elapsedMs(),
                       QStringLiteral("open the store (migrations included)"));
            const QSqlDatabase db = workspace.value()->database()->connection();
            // The figures are read as the dashboard's worker reads them, on a connection of its
            // own (StatisticsLoader) with SQLite's default temporary store, not the counter's
            // (which keeps its statement journals in memory: Workspace::open).
            QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
            Stopwatch gen;
            const auto rated = DemoRatings::generate(db);
            if (!rated) {
                QTextStream(stderr) << rated.error().message << rated.error().detail << '\n';
                return 2;
            }
            report.add(QStringLiteral("ratings_count"), double(rated.value()),
                       QStringLiteral("ratings generated (DemoRatings)"));
            report.add(QStringLiteral("ratings_gen_ms"), gen.elapsedMs(),
                       QStringLiteral("generating them (diagnostic)"));
            QSqlQuery(db).exec(QStringLiteral("ANALYZE"));

            // The roll-up of the whole store (after the migration that adds it, or a calendar
            // change); afterwards only written days are rebuilt.
            {
                ThreadCpuStopwatch cpu;
                Stopwatch build;
                const Status built = StatisticsRollup(db, workspace.value()->calendar()).refresh();
                if (!built) {
                    QTextStream(stderr) << built.error().message << built.error().detail << '\n';
                    return 2;
                }
                report.add(QStringLiteral("rollup_build_ms"), build.elapsedMs(),
                           QStringLiteral("build the daily roll-up of the whole store (once)"));
                report.add(QStringLiteral("rollup_build_cpu_ms"), cpu.elapsedMs(),
                           QStringLiteral("its CPU time"));
                QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
            }

            const QDate today = lastBusinessDay(db);
            const QDate monthStart = QDate(today.year(), today.month(), 1).addMonths(-1);
            const StatisticsPeriod month
                    = StatisticsPeriod::month(monthStart.year(), monthStart.month());
            StatisticsPeriod year{today.addYears(-1).addDays(1), today,
                                  StatisticsGranularity::Month};
            report.setParameter(QStringLiteral("today"), today.toString(Qt::ISODate));
            report.setParameter(QStringLiteral("month"),
                                monthStart.toString(QStringLiteral("yyyy-MM")));
            report.setParameter(QStringLiteral("year"),
                                QString(year.from.toString(Qt::ISODate) + QStringLiteral("..")
                                        + year.to.toString(Qt::ISODate)));

            // The first open, as the screen does it: a worker thread with its own connection.
            {
                StatisticsLoader loader(workspace.value()->database(),
                                        workspace.value()->calendar());
                QEventLoop loop;
                DashboardFigures opened;
                QObject::connect(&loader, &StatisticsLoader::loaded, &loop,
                                 [&](const DashboardFigures &f) {
                                     opened = f;
                                     loop.quit();
                                 });
                QObject::connect(&loader, &StatisticsLoader::failed, &loop, [&](const QString &m) {
                    QTextStream(stderr) << m << '\n';
                    loop.quit();
                });
                Stopwatch first;
                loader.load(month, {}, today);
                loop.exec();
                report.add(QStringLiteral("dashboard_open_ms"), first.elapsedMs(),
                           QStringLiteral("first open of the month view on a worker (new "
                                          "connection, cold statement cache)"),
                           QStringLiteral("<= 1000"));
            }

            const StatisticsQuery query(db, workspace.value()->calendar());
            DashboardFigures m, y;
            report.addSamples(QStringLiteral("refresh_month"),
                              measure(query, month, today, runCount, &m),
                              QStringLiteral("every figure for the last full month"),
                              QStringLiteral("<= 300"));
            report.addSamples(QStringLiteral("refresh_year"),
                              measure(query, year, today, runCount, &y),
                              QStringLiteral("every figure for the last 12 months"),
                              QStringLiteral("<= 300"));
            ThreadCpuStopwatch refreshCpu;
            Samples refresh = measure(query, month, today, runCount, &m);
            report.add(QStringLiteral("refresh_cpu_ms"), refreshCpu.elapsedMs() / (runCount + 1),
                       QStringLiteral("CPU time of one month refresh (mean)"));
            report.add(QStringLiteral("refresh_ms"), refresh.median(),
                       QStringLiteral("dashboard refresh, month view (median)"),
                       QStringLiteral("<= 300"));
            {
                // A day written since the last refresh: one case decided today, then a refresh
                // that rebuilds that day first.
                QSqlQuery(db).exec(QStringLiteral(
                        "UPDATE cases SET state = 'approved', decided_at = updated_at WHERE id ="
                        " (SELECT id FROM cases WHERE state = 'in_review' LIMIT 1)"));
                std::optional<SqlProfile> profile;
                profile.emplace(db);
                Stopwatch dirty;
                const auto f = query.dashboard(month, {}, today);
                Q_UNUSED(f);
                const double afterWriteMs = dirty.elapsedMs();
                for (const QString &line : profile->top(6, 1))
                    report.note(QStringLiteral("refresh after a write, SQL: ") + line);
                profile.reset();
                report.add(QStringLiteral("refresh_after_write_ms"), afterWriteMs,
                           QStringLiteral("month refresh after a write (rebuilds the written "
                                          "days)"),
                           QStringLiteral("<= 300"));
            }
            report.add(QStringLiteral("month_accepted_count"), double(m.total.accepted),
                       QStringLiteral("accepted in the month (what was counted)"));
            report.add(QStringLiteral("year_accepted_count"), double(y.total.accepted),
                       QStringLiteral("accepted in the 12 months"));
            report.note(QStringLiteral("month: 办结率 %1, 按时 %2, 满意率 %3, 最多跑一次 %4, "
                                       "overdue %5, near due %6")
                                .arg(m.total.completionRate().text(), m.total.onTimeRate().text(),
                                     m.ratings.satisfactionRate().text(), m.trips.share().text())
                                .arg(m.overdue)
                                .arg(m.nearDue));
            report.add(QStringLiteral("peak_rss_mb"), peakRssMb(),
                       QStringLiteral("peak resident memory of the measuring process"));
            result = report.print() ? 0 : 1;
        }
    }
    BenchData::removeCopy(copy);
    return result;
}

const bool registered = registerBench(
        QStringLiteral("dashboard"),
        QStringLiteral("statistics dashboard: every figure for a month and a year on N cases"),
        runDashboard);

} // namespace

} // namespace ow::bench
