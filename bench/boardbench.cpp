// onewindow-bench board: the help-agent task board on a store with N tasks (default 100,000)
// linked to generated cases: opening the board (the first page of the open pool and the counts
// of every view, as TaskBoardScreen does) and the claim commit through TaskStore::act (task row,
// log, outbox, audit, one transaction).

#include "backgroundcheckpoint.h"
#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "domain/businessclock.h"
#include "domain/case.h"
#include "items/taskboardmodel.h"
#include "store/taskboard.h"
#include "store/taskgenerator.h"
#include "store/taskstore.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

namespace ow::bench {

namespace {

struct Setup
{
    QString placeCode;
    QStringList agents;
    QDate today;
};

BoardScope scopeFor(const Setup &setup, const QString &userId, const WorkCalendar &calendar)
{
    BoardScope s;
    s.userId = userId;
    s.placeCode = setup.placeCode;
    const auto next = calendar.addWorkingDays(setup.today, 1);
    s.nearDueLimit = next ? next.value() : setup.today.addDays(1);
    return s;
}

// What the board does when it opens: the first page of the pool and the count of each view.
double openBoard(Workspace &workspace, const BoardScope &scope, int *rows)
{
    Stopwatch watch;
    TaskBoardModel model(workspace.database(), workspace.calendar());
    model.setToday(scope.nearDueLimit.addDays(-1));
    model.setView(BoardView::Pool, scope);
    TaskBoard board(workspace.database());
    board.count(BoardView::Mine, scope); // the rail's count of my tasks
    for (BoardView view : TaskBoard::allViews()) {
        if (view != BoardView::Done)
            board.count(view, scope, 1000); // the tabs' capped counts (TaskBoardScreen)
    }
    // The rows a view shows at once are read too (display text of every cell).
    for (int r = 0; r < std::min(model.rowCount(), 40); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            model.index(r, c).data();
    }
    *rows = model.rowCount();
    return watch.elapsedMs();
}

int runBoard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tasksOption(QStringLiteral("tasks"),
                                         QStringLiteral("Tasks in the store (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption casesOption(
            QStringLiteral("cases"),
            QStringLiteral("Generated cases the tasks link to (default 100000)."),
            QStringLiteral("C"), QStringLiteral("100000"));
    const QCommandLineOption claimsOption(QStringLiteral("claims"),
                                          QStringLiteral("Measured claims (default 500)."),
                                          QStringLiteral("K"), QStringLiteral("500"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({tasksOption, casesOption, claimsOption, seedOption});
    QStringList args = arguments;
    args.prepend(QStringLiteral("onewindow-bench board"));
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << "Usage: onewindow-bench board [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    const qint64 taskCount = parser.value(tasksOption).toLongLong();
    const qint64 caseCount = parser.value(casesOption).toLongLong();
    const int claims = std::max(1, parser.value(claimsOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();

    QString error;
    const QString cached = BenchData::clientStore(caseCount, seed, &error);
    const QString copy = cached.isEmpty() ? QString() : BenchData::workingCopy(cached, &error);
    if (copy.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    Report report(QStringLiteral("board"));
    report.setParameter(QStringLiteral("tasks"), double(taskCount));
    report.setParameter(QStringLiteral("cases"), double(caseCount));
    report.setParameter(QStringLiteral("claims"), claims);
    report.setParameter(QStringLiteral("seed"), double(seed));
    int result = 2;
    Setup setup;
    {
        // Generate in a connection of its own, then measure on a freshly opened store.
        auto workspace = Workspace::open(copy);
        if (!workspace) {
            QTextStream(stderr) << workspace.error().message << '\n';
            return 2;
        }
        TaskGenOptions options;
        options.tasks = taskCount;
        options.seed = seed;
        options.placeCode = workspace.value()->currentPlace().kind == Place::Kind::Hall
                ? workspace.value()->currentPlace().code
                : workspace.value()->currentPlace().parentCode;
        auto generated = TaskGenerator::generate(workspace.value()->database(), options);
        if (!generated) {
            QTextStream(stderr) << generated.error().message << ' ' << generated.error().detail
                                << '\n';
            return 2;
        }
        report.add(QStringLiteral("generate_s"), generated->seconds,
                   QStringLiteral("generate the tasks and their log (setup)"));
        report.setParameter(QStringLiteral("linked_to_cases"), double(generated->linkedToCases));
        setup.placeCode = options.placeCode;
        setup.agents = generated->agentIds;
        QSqlQuery q(workspace.value()->database()->connection());
        q.exec(QStringLiteral("SELECT max(created_at) FROM tasks"));
        setup.today = q.next() ? CaseRules::businessDate(
                              QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs))
                               : BusinessClock::today();
    }
    {
        auto opened = Workspace::open(copy);
        if (!opened) {
            QTextStream(stderr) << opened.error().message << '\n';
            return 2;
        }
        Workspace &workspace = *opened.value();
        // The sync worker's checkpoints, as in the application.
        BackgroundCheckpoint checkpoints(copy);
        const QString agent = setup.agents.value(0);
        const BoardScope scope = scopeFor(setup, agent, workspace.calendar());
        TaskBoard board(workspace.database());
        report.setParameter(QStringLiteral("open_pool_tasks"),
                            double(board.count(BoardView::Pool, scope)));
        int rows = 0;
        const double first = openBoard(workspace, scope, &rows);
        Samples opens;
        for (int i = 0; i < 9; ++i)
            opens.add(openBoard(workspace, scope, &rows));
        report.add(QStringLiteral("open_first_ms"), first,
                   QStringLiteral("first board open after opening the store"));
        report.add(QStringLiteral("open_ms"), std::max(first, opens.median()),
                   QStringLiteral("board open: first pool page + counts of every view (the "
                                  "worse of the first and the median)"),
                   QStringLiteral("<= 200"));
        for (BoardView view : TaskBoard::allViews()) {
            Samples page;
            std::optional<BoardRow> after;
            for (int i = 0; i < 20; ++i) {
                Stopwatch w;
                const auto rowsRead = board.fetch(view, scope, TaskBoardModel::pageSize(), after);
                page.add(w.elapsedMs());
                after = rowsRead.isEmpty() ? std::nullopt : std::optional(rowsRead.last());
            }
            const QStringList keys{QStringLiteral("pool"), QStringLiteral("mine"),
                                   QStringLiteral("others"), QStringLiteral("due"),
                                   QStringLiteral("done")};
            report.addSamples(QStringLiteral("page_") + keys[int(view)], page,
                              QStringLiteral("a page of 100 of ") + TaskBoard::viewName(view)
                                      + QStringLiteral(" (keyset, 20 pages)"));
        }

        // Claims: open tasks of the pool, each by one of the agents, one transaction each.
        const QList<BoardRow> pool = board.fetch(BoardView::Pool, scope, claims + 20);
        TaskStore store(workspace.database(), workspace.calendar());
        Samples claimSamples;
        Samples claimCpuSamples;
        int failures = 0;
        QString firstError;
        const QDateTime now(setup.today, QTime(3, 0), Qt::UTC);
        for (int i = 0; i < pool.size(); ++i) {
            Actor actor = workspace.actor();
            actor.userId = setup.agents.value(i % std::max<qsizetype>(1, setup.agents.size()));
            actor.placeCode = setup.placeCode;
            Stopwatch w;
            ThreadCpuStopwatch cpu;
            const auto claimed = store.act(pool[i].id, TaskEvent::Claim, {}, actor, now);
            const double ms = w.elapsedMs();
            const double cpuMs = cpu.elapsedMs();
            if (!claimed) {
                ++failures;
                if (firstError.isEmpty())
                    firstError
                            = claimed.error().code + QStringLiteral(": ") + claimed.error().message;
                continue;
            }
            if (i >= 20) { // warm-up
                claimSamples.add(ms);
                claimCpuSamples.add(cpuMs);
            }
        }
        report.addSamples(QStringLiteral("claim"), claimSamples,
                          QStringLiteral("claim commit (task, log, outbox, audit; fsync)"),
                          QStringLiteral("<= 5"));
        // The CPU time of the same claims: what the claim costs apart from waiting for the disk's
        // flush and for a core (the machine is shared).
        report.addSamples(QStringLiteral("claim_cpu"), claimCpuSamples,
                          QStringLiteral("CPU time of the claim commit (diagnostic)"));
        // The same claims without the fsync of each WAL commit (synchronous=NORMAL): how much of
        // the commit is the disk's flush on this machine, and how much the work.
        {
            QSqlQuery pragma(workspace.database()->connection());
            pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            const QList<BoardRow> more = board.fetch(BoardView::Pool, scope, 200);
            Samples unsynced;
            for (int i = 0; i < more.size(); ++i) {
                Actor actor = workspace.actor();
                actor.userId = setup.agents.value(i % std::max<qsizetype>(1, setup.agents.size()));
                actor.placeCode = setup.placeCode;
                Stopwatch w;
                if (store.act(more[i].id, TaskEvent::Claim, {}, actor, now))
                    unsynced.add(w.elapsedMs());
            }
            pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
            report.addSamples(
                    QStringLiteral("claim_nosync"), unsynced,
                    QStringLiteral("the same claim with synchronous=NORMAL (diagnostic)"));
        }
        report.add(QStringLiteral("claim_failures_count"), failures,
                   QStringLiteral("claims refused (must be 0)"), QStringLiteral("<= 0"));
        if (!firstError.isEmpty())
            report.note(QStringLiteral("first refusal: ") + firstError);
        report.add(QStringLiteral("peak_rss_mb"), peakRssMb(),
                   QStringLiteral("peak resident memory of the measuring process"));
        result = report.print() ? 0 : 1;
    }
    BenchData::removeCopy(copy);
    return result;
}

const bool registered = registerBench(
        QStringLiteral("board"),
        QStringLiteral("help-agent task board: open with N tasks, claim commit (--tasks)"),
        runBoard);

} // namespace

} // namespace ow::bench
