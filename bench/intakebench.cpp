// onewindow-bench intake: the counter's hot path on a store of realistic size: the intake commit
// through the real CaseStore::intake, the look-ups, the case list (CaseListModel) and every
// search kind of CaseQuery through it. --scaling runs 10k, 100k and 1M cases and shows the
// growth.

#include "backgroundcheckpoint.h"
#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "domain/residentid.h"
#include "items/caselistmodel.h"
#include "sqlprofile.h"
#include "store/casequery.h"
#include "store/casestore.h"
#include "store/rawstatement.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <optional>
#include <sqlite3.h>
#include <sys/resource.h>

namespace ow::bench {

namespace {

struct Context
{
    Workspace *workspace = nullptr;
    CaseStore *cases = nullptr;
    QRandomGenerator rng{20261129};
    QDate day; // the business day intakes are made on: the generated data's last day
    QStringList caseIds;
    QStringList caseNumbers;
    QList<Applicant> applicants;
    int serial = 0;
};

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (q.exec(sql)) {
        while (q.next())
            values.append(q.value(0).toString());
    }
    return values;
}

// Samples of existing rows for the look-ups and the intakes (read before any timing).
void sample(Context &ctx)
{
    const QSqlDatabase db = ctx.workspace->database()->connection();
    // rowid ranges: spread over the whole table without a full scan.
    ctx.caseIds
            = column(db,
                     QStringLiteral("SELECT id FROM cases WHERE rowid IN (SELECT abs(random()) % "
                                    "(SELECT max(rowid) FROM cases) + 1 FROM cases LIMIT 1000)"));
    ctx.caseNumbers = column(db,
                             QStringLiteral("SELECT number FROM cases WHERE rowid IN (SELECT "
                                            "abs(random()) % (SELECT max(rowid) FROM cases) + 1"
                                            " FROM cases LIMIT 1000)"));
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, kind, name, id_number, phone, address, legal_representative,"
                          " contact_name FROM applicants WHERE rowid IN (SELECT abs(random()) % "
                          "(SELECT max(rowid) FROM applicants) + 1 FROM applicants LIMIT 1000)"));
    while (q.next()) {
        Applicant a;
        a.id = q.value(0).toString();
        ApplicantRules::kindFromKey(q.value(1).toString(), &a.kind);
        a.name = q.value(2).toString();
        a.idNumber = q.value(3).toString();
        a.phone = q.value(4).toString();
        a.address = q.value(5).toString();
        a.legalRepresentative = q.value(6).toString();
        a.contactName = q.value(7).toString();
        ctx.applicants.append(a);
    }
    const QString last = column(db, QStringLiteral("SELECT max(received_at) FROM cases")).value(0);
    ctx.day = CaseRules::businessDate(QDateTime::fromString(last, Qt::ISODateWithMs));
    if (!ctx.day.isValid())
        ctx.day = QDate(2026, 6, 30);
}

QString newResidentId(QRandomGenerator &rng, int serial)
{
    const QDate birth = QDate(1950, 1, 1).addDays(rng.bounded(20000));
    const QString first17 = QStringLiteral("621221") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

// Intake commits: a new applicant half of the time, one who came before the other half; every
// material handed in; accepted.
Samples runCommits(Context &ctx, int commits, int *failures, QString *firstError,
                   Samples *cpu = nullptr, Samples *sysMs = nullptr, Samples *userMs = nullptr,
                   Samples *pages = nullptr);

void measureCommits(Context &ctx, int commits, Report &report, bool profileSql)
{
    int failures = 0;
    QString firstError;
    Samples cpu;
    std::optional<SqlProfile> profile;
    if (profileSql)
        profile.emplace(ctx.workspace->database()->connection());
    Samples sys, user, pages;
    const Samples samples
            = runCommits(ctx, commits, &failures, &firstError, &cpu, &sys, &user, &pages);
    report.add(QStringLiteral("commit_sys_median_ms"), sys.median(),
               QStringLiteral("of which in the kernel (getrusage, 1 ms ticks may round), median"));
    report.add(QStringLiteral("commit_user_median_ms"), user.median(),
               QStringLiteral("of which in user space, median (diagnostic)"));
    if (profile) {
        for (const QString &line : profile->top(15, commits))
            report.note(QStringLiteral("commit SQL: ") + line);
        profile.reset();
    }
    report.addSamples(QStringLiteral("commit"), samples,
                      QStringLiteral("intake commit (case, materials, history, outbox, audit)"),
                      QStringLiteral("<= 5"));
    report.add(QStringLiteral("commit_cpu_p95_ms"), cpu.p95(),
               QStringLiteral("the same, CPU time of the thread (no disk wait), p95 "
                              "(diagnostic)"));
    report.add(QStringLiteral("commit_pages_median_count"), pages.median(),
               QStringLiteral("pages the commit writes to the write-ahead log, median "
                              "(SQLITE_DBSTATUS_CACHE_WRITE)"));
    report.add(QStringLiteral("commit_pages_p95_count"), pages.p95(),
               QStringLiteral("the same, p95"));
    report.add(QStringLiteral("commit_failures_count"), failures,
               QStringLiteral("intakes refused (must be 0)"), QStringLiteral("<= 0"));
    if (!firstError.isEmpty())
        report.note(QStringLiteral("first refusal: ") + firstError);

    // The same commits without the fsync of each WAL commit (synchronous=NORMAL): how much of
    // the commit is the disk's flush, and how much the work.
    QSqlQuery pragma(ctx.workspace->database()->connection());
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const Samples unsynced = runCommits(ctx, std::max(200, commits / 5), &failures, &firstError);
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    report.addSamples(QStringLiteral("commit_nosync"), unsynced,
                      QStringLiteral("the same commit with synchronous=NORMAL (diagnostic)"));
}

// Pages the connection has written to the write-ahead log so far (each a frame of the commit's
// write and of its fsync): SQLITE_DBSTATUS_CACHE_WRITE.
int pagesWritten(sqlite3 *db)
{
    int current = 0;
    int highwater = 0;
    if (!db || sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_WRITE, &current, &highwater, 0) != 0)
        return 0;
    return current;
}

Samples runCommits(Context &ctx, int commits, int *failures, QString *firstError, Samples *cpu,
                   Samples *sysMs, Samples *userMs, Samples *pages)
{
    sqlite3 *handle = sqliteHandle(ctx.workspace->database()->connection());
    const auto catalog = ctx.workspace->catalog().load();
    QList<ServiceItem> items;
    for (const ServiceItem &item : catalog->items) {
        if (!item.isBundle())
            items.append(item);
    }
    const Actor actor = ctx.workspace->actor();
    const QString device = ctx.workspace->deviceShortId();
    Samples samples;
    const int warmUp = 20;
    for (int i = 0; i < warmUp + commits; ++i) {
        IntakeRequest r;
        r.item = items[int(ctx.rng.bounded(quint32(items.size())))];
        if (ctx.applicants.isEmpty() || ctx.rng.bounded(2u) == 0) {
            r.applicant.name
                    = QStringLiteral("测试%1").arg(QChar(0x4E00 + int(ctx.rng.bounded(2000u))));
            r.applicant.idNumber = newResidentId(ctx.rng, ctx.serial++);
            r.applicant.phone = QStringLiteral("1389391%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
            r.applicant.address = QStringLiteral("成县城关镇东大街12号");
        } else {
            r.applicant = ctx.applicants[int(ctx.rng.bounded(quint32(ctx.applicants.size())))];
            r.applicant.id.clear();
        }
        r.materials = CaseRules::checklistFor(r.item);
        for (CaseMaterial &m : r.materials) {
            m.status = CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        const QDateTime now(ctx.day, QTime(2, 0).addSecs(ctx.serial % 25000), Qt::UTC);
        ThreadCpuStopwatch cpuWatch;
        rusage before{};
        getrusage(RUSAGE_THREAD, &before);
        const int pagesBefore = pagesWritten(handle);
        Stopwatch watch;
        const auto saved = ctx.cases->intake(r, actor, device, now);
        const double ms = watch.elapsedMs();
        const double cpuMs = cpuWatch.elapsedMs();
        const int pagesAfter = pagesWritten(handle);
        rusage after{};
        getrusage(RUSAGE_THREAD, &after);
        const auto tvMs = [](const timeval &a, const timeval &b) {
            return (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_usec - a.tv_usec) / 1e3;
        };
        if (i >= warmUp && sysMs) {
            sysMs->add(tvMs(before.ru_stime, after.ru_stime));
            userMs->add(tvMs(before.ru_utime, after.ru_utime));
        }
        if (!saved) {
            ++*failures;
            if (firstError->isEmpty())
                *firstError = saved.error().code + QStringLiteral(": ") + saved.error().message;
            continue;
        }
        if (i >= warmUp) {
            samples.add(ms);
            if (cpu)
                cpu->add(cpuMs);
            if (pages)
                pages->add(pagesAfter - pagesBefore);
        }
    }
    return samples;
}

// Which b-trees the intake's commits write, page by page (--page-detail): the checkpoints are
// held back, the log emptied, `commits` intakes made, and the log's frames read back: each
// commit's pages (a commit frame ends a transaction) named by the table or index they belong to
// (the dbstat table). Printed as notes: pages per intake, by b-tree, leaf and interior.
void measurePageDetail(Context &ctx, BackgroundCheckpoint &checkpoints, int commits, Report &report)
{
    QSqlDatabase db = ctx.workspace->database()->connection();
    const QString walPath = ctx.workspace->database()->filePath() + QStringLiteral("-wal");
    checkpoints.pause();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        report.note(QStringLiteral("page detail: cannot empty the log: ") + q.lastError().text());
        checkpoints.resume();
        return;
    }
    q.finish();
    int failures = 0;
    QString firstError;
    (void)runCommits(ctx, commits, &failures, &firstError);
    QFile wal(walPath);
    if (!wal.open(QIODevice::ReadOnly)) {
        report.note(QStringLiteral("page detail: cannot read ") + walPath);
        checkpoints.resume();
        return;
    }
    const QByteArray log = wal.readAll();
    checkpoints.resume();
    const auto u32 = [&log](qsizetype at) {
        const auto *b = reinterpret_cast<const uchar *>(log.constData() + at);
        return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3];
    };
    if (log.size() < 32)
        return;
    const quint32 pageSize = u32(8);
    const quint32 salt1 = u32(16);
    const quint32 salt2 = u32(20);
    QList<QSet<quint32>> transactions{{}};
    for (qsizetype at = 32; at + 24 + qsizetype(pageSize) <= log.size(); at += 24 + pageSize) {
        if (u32(at + 8) != salt1 || u32(at + 12) != salt2)
            break;
        transactions.last().insert(u32(at));
        if (u32(at + 4) != 0) // a commit frame
            transactions.append(QSet<quint32>());
    }
    transactions.removeLast();
    // The intakes' commits are the transactions of the run (the store's mark is a file).
    QHash<quint32, QString> owner;
    if (q.exec(QStringLiteral("SELECT pageno, name, pagetype FROM dbstat"))) {
        while (q.next())
            owner.insert(quint32(q.value(0).toLongLong()),
                         q.value(1).toString()
                                 + (q.value(2).toString() == QStringLiteral("leaf")
                                            ? QString()
                                            : QStringLiteral(" (") + q.value(2).toString()
                                                    + QLatin1Char(')')));
    }
    QHash<QString, int> pagesByTree;
    int total = 0;
    for (const QSet<quint32> &pages : std::as_const(transactions)) {
        for (quint32 page : pages) {
            ++pagesByTree[owner.value(page, QStringLiteral("(free or new)"))];
            ++total;
        }
    }
    const int n = int(transactions.size());
    if (n == 0)
        return;
    QList<QPair<int, QString>> sorted;
    for (auto it = pagesByTree.cbegin(); it != pagesByTree.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    report.note(QStringLiteral("page detail: %1 commits, %2 pages each on average")
                        .arg(n)
                        .arg(double(total) / n, 0, 'f', 2));
    for (const auto &[count, tree] : std::as_const(sorted))
        report.note(QStringLiteral("page detail: %1 per commit: %2")
                            .arg(double(count) / n, 5, 'f', 2)
                            .arg(tree));
}

// The look-ups the store has today: applicant by ID number, case by number, a whole case.
void measureLookups(Context &ctx, Report &report)
{
    Samples byId, byNumber, load;
    for (const Applicant &a : std::as_const(ctx.applicants)) {
        Stopwatch w;
        const auto found = ctx.cases->findApplicant(a.kind, a.idNumber);
        byId.add(w.elapsedMs());
        Q_UNUSED(found);
    }
    for (const QString &number : std::as_const(ctx.caseNumbers)) {
        Stopwatch w;
        const auto found = ctx.cases->idByNumber(number);
        byNumber.add(w.elapsedMs());
        Q_UNUSED(found);
    }
    for (const QString &id : std::as_const(ctx.caseIds)) {
        Stopwatch w;
        const auto loaded = ctx.cases->load(id);
        load.add(w.elapsedMs());
        Q_UNUSED(loaded);
    }
    report.addSamples(QStringLiteral("find_applicant"), byId,
                      QStringLiteral("applicant by ID number (CaseStore::findApplicant)"),
                      QStringLiteral("<= 20"));
    report.addSamples(QStringLiteral("case_by_number"), byNumber,
                      QStringLiteral("case by number (CaseStore::idByNumber)"),
                      QStringLiteral("<= 20"));
    report.addSamples(QStringLiteral("case_load"), load,
                      QStringLiteral("open one case with materials and history (CaseStore::load)"));
}

// The case list as the screen opens it (CaseListScreen): the model is made over the store and
// reads its first page, the screen's showEvent reads it again, and the view asks for the
// visible rows. Each sample on a new connection, so that SQLite's page cache starts empty (the
// operating system's file cache stays warm, as on a counter PC that has been in use).
void measureCaseListOpen(Context &ctx, Report &report)
{
    const QString path = ctx.workspace->database()->filePath();
    Samples open;
    Samples firstPage;
    int rows = 0;
    for (int i = 0; i < 12; ++i) {
        auto database = Database::open(path);
        if (!database) {
            report.note(QStringLiteral("case list: cannot open a second connection: ")
                        + database.error().message);
            return;
        }
        Stopwatch watch;
        CaseListModel model(database.value(), ctx.workspace->calendar());
        const double constructed = watch.elapsedMs();
        model.refresh(); // CaseListScreen::showEvent
        for (int row = 0; row < std::min(40, model.rowCount()); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                (void)model.data(model.index(row, column));
        }
        const double ms = watch.elapsedMs();
        rows = model.rowCount();
        if (i >= 2) { // the first opens warm the file cache
            open.add(ms);
            firstPage.add(constructed);
        }
    }
    report.add(QStringLiteral("list_open_ms"), open.median(),
               QStringLiteral("case list open: model, first page, refresh on show, 40 visible "
                              "rows (median of 10, new connection each)"),
               QStringLiteral("<= 300"));
    report.add(QStringLiteral("list_open_p95_ms"), open.p95(),
               QStringLiteral("case list open, p95 (of 10)"), QStringLiteral("<= 300"));
    report.add(QStringLiteral("list_first_page_ms"), firstPage.median(),
               QStringLiteral("of which: the model's first page on a cold connection"));
    report.add(QStringLiteral("list_first_page_rows_count"), rows,
               QStringLiteral("rows in the first page"));
}

// One kind of search: the filters to time, drawn from the store before timing.
struct SearchKindRun
{
    QString key;         // search_<kind>
    QString description; // for the table
    QList<CaseFilter> filters;
};

QString rareName(QRandomGenerator &rng, int length)
{
    // Characters no generated name or item uses: a search for them finds nothing.
    static const QString rare = QStringLiteral("龘靐齉爨驫麤纛灪籲鱻");
    QString s;
    for (int i = 0; i < length; ++i)
        s += rare[int(rng.bounded(quint32(rare.size())))];
    return s;
}

QList<SearchKindRun> searchRuns(Context &ctx, int perKind)
{
    QRandomGenerator rng(4242); // the same queries whatever ran before
    const QSqlDatabase db = ctx.workspace->database()->connection();
    const int existing = perKind * 3 / 4; // the rest find nothing
    const auto pick
            = [&rng](const auto &list) { return list[int(rng.bounded(quint32(list.size())))]; };
    const auto text = [](const QString &t) {
        CaseFilter f;
        f.text = t;
        return f;
    };
    QList<Applicant> persons, enterprises;
    for (const Applicant &a : std::as_const(ctx.applicants))
        (a.kind == Applicant::Kind::Person ? persons : enterprises).append(a);
    const auto catalog = ctx.workspace->catalog().load();
    QList<ServiceItem> items;
    if (catalog)
        items = catalog->items;
    const QList<QPair<QString, QString>> departments
            = CaseQuery(ctx.workspace->database()).departments();

    QList<SearchKindRun> runs;
    SearchKindRun number{QStringLiteral("search_number"), QStringLiteral("case number, whole"), {}};
    SearchKindRun prefix{QStringLiteral("search_number_prefix"),
                         QStringLiteral("case number, its beginning (place and day)"),
                         {}};
    SearchKindRun name{
            QStringLiteral("search_name"), QStringLiteral("applicant name, 2+ characters"), {}};
    SearchKindRun id{QStringLiteral("search_id"), QStringLiteral("ID number, whole"), {}};
    SearchKindRun tail{QStringLiteral("search_id_tail"),
                       QStringLiteral("ID number, last 4 to 8 characters"),
                       {}};
    SearchKindRun phone{QStringLiteral("search_phone"), QStringLiteral("phone, whole"), {}};
    SearchKindRun phonePrefix{
            QStringLiteral("search_phone_prefix"), QStringLiteral("phone, first 7 digits"), {}};
    SearchKindRun item{
            QStringLiteral("search_item"), QStringLiteral("item code or part of its name"), {}};
    SearchKindRun status{QStringLiteral("filter_status"),
                         QStringLiteral("filter by one status or open cases"),
                         {}};
    SearchKindRun department{
            QStringLiteral("filter_department"), QStringLiteral("filter by department"), {}};
    SearchKindRun channel{
            QStringLiteral("filter_channel"), QStringLiteral("filter by channel"), {}};
    SearchKindRun combined{QStringLiteral("search_combined"),
                           QStringLiteral("text with status, department and channel filters"),
                           {}};
    for (int i = 0; i < perKind; ++i) {
        const bool hit = i < existing;
        // Case numbers: a sampled one, or one with a sequence no device reached.
        const QString n = pick(ctx.caseNumbers);
        number.filters << text(hit ? n : n.left(n.lastIndexOf(u'-')) + QStringLiteral("-9999"));
        prefix.filters << text(hit ? n.left(n.indexOf(u'-') + 9) // 621221-20250312
                                   : n.left(n.indexOf(u'-') + 1) + QStringLiteral("19990101"));
        // Names: a person's whole name or two of its characters, part of an enterprise's name.
        QString nameText;
        if (!hit) {
            nameText = rareName(rng, 2 + int(rng.bounded(2u)));
        } else if (!enterprises.isEmpty() && rng.bounded(5u) == 0) {
            const QString e = pick(enterprises).name;
            nameText = e.mid(2, 2 + int(rng.bounded(3u))); // after 成县: the brand
        } else {
            const QString p = pick(persons).name;
            const int roll = int(rng.bounded(3u));
            nameText = roll == 0 || p.size() < 3 ? p : roll == 1 ? p.left(2) : p.right(2);
        }
        name.filters << text(nameText);
        // ID numbers: whole, the last 4 to 8 characters.
        const Applicant &a = pick(ctx.applicants);
        const QString absent = newResidentId(rng, 900 + int(rng.bounded(100u)));
        id.filters << text(hit ? a.idNumber : absent);
        const int tailLength = QList<int>{4, 4, 6, 8}[int(rng.bounded(4u))];
        tail.filters << text(hit ? a.idNumber.right(tailLength) : absent.right(8));
        phone.filters << text(hit ? a.phone
                                  : QStringLiteral("1990000%1")
                                              .arg(rng.bounded(10000u), 4, 10, QLatin1Char('0')));
        phonePrefix.filters << text(hit ? a.phone.left(7) : QStringLiteral("1990000"));
        // Items: a code, or two to four characters of a name.
        if (!items.isEmpty()) {
            const ServiceItem it = pick(items);
            QString t;
            if (!hit)
                t = rareName(rng, 2);
            else if (rng.bounded(3u) == 0)
                t = it.code;
            else
                t = it.name.mid(
                        int(rng.bounded(quint32(std::max<qsizetype>(1, it.name.size() - 2)))),
                        2 + int(rng.bounded(3u)));
            item.filters << text(t);
        }
        // Filters alone.
        const QList<CaseState> states = CaseLifecycle::allStates();
        CaseFilter f;
        if (rng.bounded(4u) == 0)
            f.openOnly = true;
        else
            f.states = {pick(states)};
        status.filters << f;
        CaseFilter d;
        if (!departments.isEmpty())
            d.departmentCode = pick(departments).first;
        department.filters << d;
        CaseFilter c;
        c.channel = pick(CaseLifecycle::allChannels());
        channel.filters << c;
        // Text and filters together: a name or an ID tail within open cases of a department.
        CaseFilter all = rng.bounded(2u) == 0 ? text(pick(persons).name.left(2))
                                              : text(a.idNumber.right(4));
        all.openOnly = rng.bounded(2u) == 0;
        if (!all.openOnly)
            all.states = {pick(states)};
        all.departmentCode = d.departmentCode;
        if (rng.bounded(2u) == 0)
            all.channel = c.channel;
        combined.filters << all;
    }
    Q_UNUSED(db);
    runs << number << prefix << name << id << tail << phone << phonePrefix << item << status
         << department << channel << combined;
    return runs;
}

QString describe(const CaseFilter &f)
{
    QStringList parts;
    if (!f.text.isEmpty())
        parts << QStringLiteral("text=\"%1\"").arg(f.text);
    for (CaseState s : f.states)
        parts << QStringLiteral("state=") + CaseLifecycle::stateKey(s);
    if (f.openOnly)
        parts << QStringLiteral("open");
    if (!f.departmentCode.isEmpty())
        parts << QStringLiteral("department=") + f.departmentCode;
    if (f.channel)
        parts << QStringLiteral("channel=") + CaseLifecycle::channelKey(*f.channel);
    return parts.join(QLatin1Char(' '));
}

// Every search kind of CaseQuery, as the case list screen runs it: CaseListModel::setFilter
// reads the first page (200 rows) and judges their deadlines. Target: p95 <= 20 ms each. Then
// browsing: the next pages of the unfiltered list, as the view scrolls.
// `detail`: the kinds (their keys, or "all") whose every query is listed on stderr with its
// wall-clock and CPU time and rows, the slowest five with the plan of each statement CaseQuery
// runs for it (EXPLAIN QUERY PLAN).
void measureSearchKinds(Context &ctx, Report &report, int perKind, const QStringList &detail)
{
    CaseListModel model(ctx.workspace->database(), ctx.workspace->calendar());
    model.setToday(ctx.day);
    const QList<SearchKindRun> runs = searchRuns(ctx, perKind);
    // Warm-up: a few of each kind, untimed.
    for (const SearchKindRun &run : runs) {
        for (int i = 0; i < std::min<int>(5, int(run.filters.size())); ++i)
            model.setFilter(run.filters[i]);
    }
    Samples all, allCpu;
    for (const SearchKindRun &run : runs) {
        Samples samples, cpu;
        double worst = -1;
        QString worstQuery;
        int found = 0;
        struct Timed
        {
            double ms;
            double cpuMs;
            int rows;
            int index;
        };
        QList<Timed> timed;
        for (const CaseFilter &filter : run.filters) {
            model.setFilter(CaseFilter{}); // a change each time: no early return in setFilter
            ThreadCpuStopwatch cpuWatch;
            Stopwatch watch;
            model.setFilter(filter);
            const double ms = watch.elapsedMs();
            const double cpuMs = cpuWatch.elapsedMs();
            samples.add(ms);
            all.add(ms);
            cpu.add(cpuMs);
            allCpu.add(cpuMs);
            found += model.rowCount() > 0 ? 1 : 0;
            timed.append({ms, cpuMs, model.rowCount(), int(timed.size())});
            if (ms > worst) {
                worst = ms;
                worstQuery = describe(filter);
            }
        }
        if (detail.contains(run.key) || detail.contains(QStringLiteral("all"))) {
            QTextStream err(stderr);
            for (const Timed &t : std::as_const(timed))
                err << run.key << " #" << t.index << ": " << QString::number(t.ms, 'f', 2)
                    << " ms, cpu " << QString::number(t.cpuMs, 'f', 2) << " ms, " << t.rows
                    << " rows: " << describe(run.filters[t.index]) << '\n';
            std::sort(timed.begin(), timed.end(),
                      [](const Timed &a, const Timed &b) { return a.ms > b.ms; });
            const CaseQuery query(ctx.workspace->database());
            for (const Timed &t : timed.mid(0, 5)) {
                err << run.key << " slow #" << t.index << " (" << QString::number(t.ms, 'f', 2)
                    << " ms): " << describe(run.filters[t.index]) << '\n';
                for (const QString &line :
                     query.explain(run.filters[t.index], CaseListModel::pageSize()))
                    err << "    " << line << '\n';
            }
        }
        report.addSamples(run.key, samples, run.description, QStringLiteral("<= 20"));
        report.add(run.key + QStringLiteral("_cpu_p95_ms"), cpu.p95(),
                   QStringLiteral("the same, CPU time of the thread, p95 (diagnostic)"));
        report.add(run.key + QStringLiteral("_found_count"), found,
                   QStringLiteral("of %1 queries, found cases").arg(samples.count()));
        if (worst > 20)
            report.note(QStringLiteral("%1: slowest %2 ms for %3")
                                .arg(run.key)
                                .arg(worst, 0, 'f', 1)
                                .arg(worstQuery));
    }
    report.addSamples(QStringLiteral("search_all"), all,
                      QStringLiteral("every search and filter above together"),
                      QStringLiteral("<= 20"));
    report.add(QStringLiteral("search_all_cpu_p95_ms"), allCpu.p95(),
               QStringLiteral("the same, CPU time of the thread, p95 (diagnostic)"));

    // Browsing: the whole list, page after page, as the view scrolls down.
    model.setFilter(CaseFilter{});
    Samples pages;
    for (int i = 0; i < 100 && model.canFetchMore({}); ++i) {
        Stopwatch watch;
        model.fetchMore({});
        pages.add(watch.elapsedMs());
    }
    report.addSamples(QStringLiteral("browse_next_page"), pages,
                      QStringLiteral("the next 200 rows while scrolling (100 pages)"),
                      QStringLiteral("<= 100"));
    report.add(QStringLiteral("browse_rows_count"), model.rowCount(),
               QStringLiteral("rows held by the list after scrolling"));
}

QJsonObject lastJsonLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

int runScaling(int commits, int searches, quint32 seed)
{
    const QList<qint64> sizes{10000, 100000, 1000000};
    Report report(QStringLiteral("intake_scaling"));
    report.setParameter(QStringLiteral("sizes"), QStringLiteral("10k, 100k, 1m"));
    report.setParameter(QStringLiteral("commits"), commits);
    report.setParameter(QStringLiteral("searches"), searches);
    const QStringList keys{QStringLiteral("commit_median_ms"),
                           QStringLiteral("commit_p95_ms"),
                           QStringLiteral("commit_nosync_p95_ms"),
                           QStringLiteral("find_applicant_p95_ms"),
                           QStringLiteral("case_by_number_p95_ms"),
                           QStringLiteral("case_load_p95_ms"),
                           QStringLiteral("list_open_ms"),
                           QStringLiteral("search_number_p95_ms"),
                           QStringLiteral("search_number_prefix_p95_ms"),
                           QStringLiteral("search_name_median_ms"),
                           QStringLiteral("search_name_p95_ms"),
                           QStringLiteral("search_id_p95_ms"),
                           QStringLiteral("search_id_tail_p95_ms"),
                           QStringLiteral("search_phone_p95_ms"),
                           QStringLiteral("search_phone_prefix_p95_ms"),
                           QStringLiteral("search_item_p95_ms"),
                           QStringLiteral("filter_status_p95_ms"),
                           QStringLiteral("filter_department_p95_ms"),
                           QStringLiteral("filter_channel_p95_ms"),
                           QStringLiteral("search_combined_p95_ms"),
                           QStringLiteral("search_all_median_ms"),
                           QStringLiteral("search_all_p95_ms"),
                           QStringLiteral("browse_next_page_p95_ms"),
                           QStringLiteral("store_open_ms"),
                           QStringLiteral("peak_rss_mb")};
    QMap<QString, QList<double>> values;
    bool met = true;
    for (qint64 size : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("intake"), QStringLiteral("--cases"), QString::number(size),
                     QStringLiteral("--commits"), QString::number(commits),
                     QStringLiteral("--searches"), QString::number(searches),
                     QStringLiteral("--seed"), QString::number(seed)});
        child.waitForFinished(-1);
        const QByteArray output = child.readAllStandardOutput();
        QTextStream(stdout) << output;
        const QJsonObject json = lastJsonLine(output);
        if (json.isEmpty())
            return 2;
        met = met && json.value(QStringLiteral("targets_met")).toBool();
        for (const QString &key : keys) {
            const double v = json.value(key).toDouble();
            values[key].append(v);
            const QString suffix = key.section(QLatin1Char('_'), -1); // the unit
            const QString base = key.left(key.size() - suffix.size() - 1);
            report.add(base + QLatin1Char('_') + BenchData::sizeLabel(size) + QLatin1Char('_')
                               + suffix,
                       v, key + QStringLiteral(" at ") + BenchData::sizeLabel(size));
        }
    }
    for (const QString &key : keys) {
        const QList<double> &v = values[key];
        if (v.size() == 3 && v[0] > 0)
            report.add(key.left(key.lastIndexOf(QLatin1Char('_')))
                               + QStringLiteral("_growth_10k_to_1m_x"),
                       v[2] / v[0], key + QStringLiteral(": 1m / 10k"));
    }
    report.note(
            QStringLiteral("sync push scaling: not measured, the sync push does not exist yet"));
    report.print();
    return met ? 0 : 1;
}

int runIntake(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Cases in the store (default 1000000)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption commits(QStringLiteral("commits"),
                                     QStringLiteral("Measured intakes (default 1000)."),
                                     QStringLiteral("K"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption searches(QStringLiteral("searches"),
                                      QStringLiteral("Timed searches of each kind (default 200; a "
                                                     "quarter find nothing)."),
                                      QStringLiteral("Q"), QStringLiteral("200"));
    const QCommandLineOption scaling(QStringLiteral("scaling"),
                                     QStringLiteral("Run at 10k, 100k and 1M cases."));
    const QCommandLineOption profileSql(
            QStringLiteral("profile-sql"),
            QStringLiteral("Note where the commits' SQL time goes, statement by statement."));
    const QCommandLineOption searchDetail(
            QStringLiteral("search-detail"),
            QStringLiteral("List every query of these search kinds (comma-separated keys such as "
                           "filter_status, or all) on stderr with its time, and the plans of "
                           "the slowest five."),
            QStringLiteral("KINDS"));
    const QCommandLineOption pageDetail(
            QStringLiteral("page-detail"),
            QStringLiteral("Note which tables and indexes the intake's commits write, pages per "
                           "commit (K more intakes, the checkpoints held back meanwhile)."),
            QStringLiteral("K"));
    parser.addOptions(
            {cases, commits, seed, searches, scaling, profileSql, searchDetail, pageDetail});
    QStringList args = arguments;
    args.prepend(QStringLiteral("onewindow-bench intake"));
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << "Usage: onewindow-bench intake [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    const int commitCount = std::max(1, parser.value(commits).toInt());
    const quint32 seedValue = parser.value(seed).toUInt();
    const int searchCount = std::max(4, parser.value(searches).toInt());
    if (parser.isSet(scaling))
        return runScaling(commitCount, searchCount, seedValue);

    const qint64 size = parser.value(cases).toLongLong();
    QString error;
    const QString cached = BenchData::clientStore(size, seedValue, &error);
    const QString copy = cached.isEmpty() ? QString() : BenchData::workingCopy(cached, &error);
    if (copy.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    Report report(QStringLiteral("intake"));
    report.setParameter(QStringLiteral("cases"), double(size));
    report.setParameter(QStringLiteral("commits"), commitCount);
    report.setParameter(QStringLiteral("searches"), searchCount);
    report.setParameter(QStringLiteral("seed"), double(seedValue));
    int result = 2;
    {
        Stopwatch open;
        auto workspace = Workspace::open(copy);
        if (!workspace) {
            QTextStream(stderr) << workspace.error().message << '\n';
        } else {
            report.add(QStringLiteral("store_open_ms"), open.elapsedMs(),
                       QStringLiteral("open the store (migrations, directory, calendar)"));
            // The sync worker's checkpoints, as in the application.
            BackgroundCheckpoint checkpoints(copy);
            CaseStore store(workspace.value()->database(), workspace.value()->calendar());
            Context ctx;
            ctx.workspace = workspace.value().get();
            ctx.cases = &store;
            sample(ctx);
            report.setParameter(QStringLiteral("business_day"), ctx.day.toString(Qt::ISODate));
            measureCommits(ctx, commitCount, report, parser.isSet(profileSql));
            if (parser.isSet(pageDetail))
                measurePageDetail(ctx, checkpoints, std::max(1, parser.value(pageDetail).toInt()),
                                  report);
            measureLookups(ctx, report);
            measureCaseListOpen(ctx, report);
            measureSearchKinds(
                    ctx, report, searchCount,
                    parser.value(searchDetail).split(QLatin1Char(','), Qt::SkipEmptyParts));
            // The client's target: under 200 MB while browsing and searching 1,000,000 cases.
            report.add(QStringLiteral("peak_rss_mb"), peakRssMb(),
                       QStringLiteral("peak resident memory: commits, list, searches, browsing"),
                       QStringLiteral("<= 200"));
            result = report.print() ? 0 : 1;
        }
    }
    BenchData::removeCopy(copy);
    return result;
}

const bool registered = registerBench(
        QStringLiteral("intake"),
        QStringLiteral("intake commit, look-ups, case list and search on N cases (--scaling)"),
        runIntake);

} // namespace

} // namespace ow::bench
