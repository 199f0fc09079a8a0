// onewindow-bench gen: the demo data generator's throughput, and the way to make a client store
// full of demo data (docs/performance.md).

#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "store/demogenerator.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ow::bench {

namespace {

int runGen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Cases (default 100000)."), QStringLiteral("N"),
                                   QStringLiteral("100000"));
    const QCommandLineOption places(QStringLiteral("places"),
                                    QStringLiteral("Township points (default 4)."),
                                    QStringLiteral("M"), QStringLiteral("4"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The client store to create and fill (must not "
                                               "exist). Default: a file under bench-data/, "
                                               "removed afterwards."),
                                QStringLiteral("PATH"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the default file."));
    parser.addOptions({cases, places, seed, db, keep});
    QStringList args = arguments;
    args.prepend(QStringLiteral("onewindow-bench gen"));
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << "Usage: onewindow-bench gen [options]\n\nCreates a client store "
                               "and fills it with generated demo data.\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    DemoOptions options;
    options.cases = parser.value(cases).toLongLong();
    options.townships = parser.value(places).toInt();
    options.seed = parser.value(seed).toUInt();
    const bool temporary = !parser.isSet(db);
    const QString path = temporary ? BenchData::folder()
                    + QStringLiteral("/gen-%1.sqlite").arg(BenchData::sizeLabel(options.cases))
                                   : parser.value(db);
    QFile::remove(path);
    if (QFileInfo::exists(path)) {
        QTextStream(stderr) << "cannot replace " << path << '\n';
        return 2;
    }
    {
        // The store as the application creates it: schema, catalogue, calendar, demo directory.
        auto workspace = Workspace::open(path);
        if (!workspace) {
            QTextStream(stderr) << workspace.error().message << '\n';
            return 2;
        }
    }
    const auto report = DemoGenerator::generate(path, options);
    if (!report) {
        QTextStream(stderr) << report.error().message << ' ' << report.error().detail << '\n';
        return 2;
    }
    const DemoReport &r = report.value();
    const double rows = double(r.cases + r.applicants + r.materials + r.history + r.tasks
                               + r.taskLog + r.ratings + r.followUps + r.appeals);
    Report out(QStringLiteral("gen"));
    out.setParameter(QStringLiteral("cases"), double(options.cases));
    out.setParameter(QStringLiteral("places"), options.townships);
    out.setParameter(QStringLiteral("seed"), double(options.seed));
    out.setParameter(QStringLiteral("period"),
                     QString(r.from.toString(Qt::ISODate) + QStringLiteral(" .. ")
                             + r.asOf.toString(Qt::ISODate)));
    out.add(QStringLiteral("gen_seconds_s"), r.seconds, QStringLiteral("generation time"));
    // 1,000,000 cases in under 60 s.
    out.add(QStringLiteral("gen_cases_per_s"), double(options.cases) / r.seconds,
            QStringLiteral("top-level cases per second"), QStringLiteral(">= 16667"));
    out.add(QStringLiteral("gen_cpu_s"), r.cpuSeconds,
            QStringLiteral("CPU time (all threads): the share of the machine it needed"));
    out.add(QStringLiteral("gen_rows_per_s"), rows / r.seconds,
            QStringLiteral("rows per second (cases, applicants, materials, history, tasks and"
                           " their log, ratings)"));
    out.add(QStringLiteral("case_rows_count"), double(r.cases),
            QStringLiteral("case rows, bundle parts included"));
    out.add(QStringLiteral("applicants_count"), double(r.applicants), QStringLiteral("applicants"));
    out.add(QStringLiteral("history_rows_count"), double(r.history),
            QStringLiteral("history rows"));
    out.add(QStringLiteral("tasks_count"), double(r.tasks),
            QStringLiteral("help-agent tasks (with %1 log rows)").arg(r.taskLog));
    out.add(QStringLiteral("ratings_count"), double(r.ratings),
            QStringLiteral("ratings (%1 followed up, %2 appealed)")
                    .arg(r.followUps)
                    .arg(r.appeals));
    out.add(QStringLiteral("db_size_mb"), double(QFileInfo(path).size()) / 1048576.0,
            QStringLiteral("database file size"));
    out.add(QStringLiteral("peak_rss_mb"), peakRssMb(), QStringLiteral("peak resident memory"));
    for (auto it = r.phases.cbegin(); it != r.phases.cend(); ++it)
        out.add(QStringLiteral("phase_%1_s").arg(it.key()), it.value(),
                QStringLiteral("of which: %1").arg(it.key()));
    for (auto it = r.states.cbegin(); it != r.states.cend(); ++it)
        out.note(QStringLiteral("%1: %2 cases").arg(it.key()).arg(it.value()));
    const bool met = out.print();
    if (temporary && !parser.isSet(keep))
        QFile::remove(path);
    return met ? 0 : 1;
}

const bool registered = registerBench(QStringLiteral("gen"),
                                      QStringLiteral("demo data generator throughput; makes a "
                                                     "client store (--db PATH)"),
                                      runGen);

} // namespace

} // namespace ow::bench
