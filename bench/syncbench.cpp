// onewindow-bench sync: the sync paths end to end on loopback. Push: a client outbox of N
// mutations -> the real onewindow-server process (SQLite) -> acknowledgements. Pull: the pages a
// server sends, applied into a fresh client store. Each beside the raw rate at which the same
// rows can merely be inserted into the same kind of database.

#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "benchserver.h"
#include "domain/residentid.h"
#include "domain/uuidv7.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/outbox.h"
#include "store/pullbulkload.h"
#include "store/rawstatement.h"
#include "store/workspace.h"
#include "sync/syncengine.h"
#include "sync/synchttp.h"
#include "sync/syncprotocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <array>
#include <cstdlib>
#include <optional>
#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

namespace ow::bench {

namespace {

// CPU time of this thread: on a machine shared with other work, wall time measures the others.
class CpuWatch final
{
public:
    CpuWatch() { m_start = now(); }
    double elapsedMs() const { return now() - m_start; }

private:
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
    }
    double m_start = 0;
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QString kPlace = QStringLiteral("621221");
const QString kCounterId = QStringLiteral("0190f6a0-0000-7000-8000-000000000001");
const QString kItem = QStringLiteral("621221-SCJG-0001");

QString idNumber(qint64 n)
{
    const QDate birth = QDate(1950, 1, 1).addDays(n % 20000);
    const QString first17 = QStringLiteral("621221") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg((n / 20000) % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

QString personName(qint64 n)
{
    static const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"),
                                      QStringLiteral("张"), QStringLiteral("刘"),
                                      QStringLiteral("陈"), QStringLiteral("杨")};
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英");
    return surnames[n % surnames.size()] + given[(n / 6) % given.size()]
            + given[(n / 150) % given.size()];
}

// A case as the server would send it: received and accepted at the hall, three materials.
Case syntheticCase(const Case &model, qint64 i)
{
    Case c = model;
    c.id = UuidV7::createString();
    c.number = QStringLiteral("621221-20261127-B1-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
    const qint64 applicant = i * 2 / 3; // about 1.5 cases per applicant
    c.applicant.id.clear();
    c.applicant.name = personName(applicant);
    c.applicant.idNumber = idNumber(applicant);
    c.version = 2;
    for (CaseHistoryEntry &e : c.history)
        e.id = UuidV7::createString();
    return c;
}

// The model case: one real intake in a scratch store.
Result<Case> modelCase(const QString &dir)
{
    auto workspace = Workspace::open(dir + QStringLiteral("/model.sqlite"));
    if (!workspace)
        return workspace.error();
    CaseStore cases(workspace.value()->database(), workspace.value()->calendar());
    const Catalog catalog = workspace.value()->catalog().load().value();
    IntakeRequest r;
    r.item = *catalog.item(kItem);
    r.applicant.name = personName(0);
    r.applicant.idNumber = idNumber(0);
    r.applicant.phone = QStringLiteral("13893912345");
    r.applicant.address = QStringLiteral("成县城关镇东大街12号");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    return cases.intake(r, workspace.value()->actor(), QStringLiteral("B1"),
                        QDateTime::currentDateTimeUtc());
}

struct PullFigures
{
    double applyPerS = 0;
    double applyCpuPerS = 0;
    double rawCpuPerS = 0;
    double clientPerS = 0; // text of the page -> applied (parse + decode + write)
    double rawPerS = 0;
};

// Pages of synthetic snapshots, as JSON text the way they come over the wire.
QList<QByteArray> pullPages(const Case &model, qint64 changes, int pageSize)
{
    QList<QByteArray> pages;
    for (qint64 at = 0; at < changes; at += pageSize) {
        sync::PullResponse page;
        page.bucket = sync::placeBucket(kPlace);
        for (qint64 i = at; i < qMin(changes, at + pageSize); ++i) {
            const Case c = syntheticCase(model, i);
            page.changes.append(
                    {sync::entity::caseEntity(), c.id, c.version, sync::caseToJson(c, true)});
        }
        page.cursor = QString::number(at + page.changes.size());
        page.hasMore = at + pageSize < changes;
        page.serverTime = QDateTime::currentDateTimeUtc();
        pages.append(QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact));
    }
    return pages;
}

Result<PullFigures> measurePull(const QString &dir, const Case &model, qint64 changes)
{
    PullFigures figures;
    const QList<QByteArray> pages = pullPages(model, changes, sync::maxPullLimit);

    // Pull apply into a fresh client.
    {
        auto workspace = Workspace::open(dir + QStringLiteral("/pull-client.sqlite"));
        if (!workspace)
            return workspace.error();
        LocalSyncStore store(workspace.value()->database());
        const Actor actor = workspace.value()->actor();
        double parseMs = 0;
        double applyMs = 0;
        double applyCpuMs = 0;
        for (const QByteArray &text : pages) {
            Stopwatch parse;
            auto page = sync::PullResponse::fromJson(QJsonDocument::fromJson(text).object());
            if (!page)
                return page.error();
            parseMs += parse.elapsedMs();
            Stopwatch apply;
            CpuWatch applyCpu;
            auto applied = store.applyPage(page->bucket, page->changes, page->cursor, actor,
                                           page->hasMore);
            if (!applied)
                return applied.error();
            applyMs += apply.elapsedMs();
            applyCpuMs += applyCpu.elapsedMs();
        }
        figures.applyPerS = changes / (applyMs / 1000.0);
        figures.applyCpuPerS = changes / (applyCpuMs / 1000.0);
        figures.clientPerS = changes / ((applyMs + parseMs) / 1000.0);
    }

    // The same rows merely inserted (no decoding, no look-ups) into a fresh client store, in
    // the same mode as the pull's bulk load: the deferred indexes, name grams and statistics
    // triggers are dropped with the first page and built at the end (timed too).
    {
        QList<Case> cases;
        cases.reserve(changes);
        for (const QByteArray &text : pages) {
            auto page = sync::PullResponse::fromJson(QJsonDocument::fromJson(text).object());
            for (const sync::PullChange &change : page->changes)
                cases.append(sync::caseFromJson(change.data).value());
        }
        auto workspace = Workspace::open(dir + QStringLiteral("/raw-client.sqlite"));
        if (!workspace)
            return workspace.error();
        const QSqlDatabase db = workspace.value()->database()->connection();
        sqlite3 *h = sqliteHandle(db);
        RawStatement applicant, kase, material, history;
        if (!applicant.prepare(h,
                               "INSERT OR IGNORE INTO applicants (id, kind, name, id_number,"
                               " id_reversed, phone, address, legal_representative,"
                               " contact_name, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")
            || !kase.prepare(h,
                             "INSERT INTO cases (id, number, parent_id, item_code, item_name,"
                             " department_code, item_kind, promised_days,"
                             " township_acceptable, applicant_id, applicant_name,"
                             " applicant_id_number, applicant_phone, agent_name,"
                             " agent_id_number, channel, state, place_code,"
                             " release_place_code, staff_id, received_at, accepted_at,"
                             " notice_deadline, due_date, suspended_at,"
                             " suspended_working_days, decided_at, released_at, closed_at,"
                             " trips, delivery, reason, version, updated_at) VALUES"
                             " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                             "?,?,?)")
            || !material.prepare(h,
                                 "INSERT INTO case_materials (case_id, position, name, form,"
                                 " copies_expected, requirement, status, copies_received,"
                                 " supply_by, received_at, note) VALUES (?,?,?,?,?,?,?,?,?,"
                                 "?,?)")
            || !history.prepare(h,
                                "INSERT INTO case_history (id, case_id, event, from_state,"
                                " to_state, at_utc, business_date, user_id, place_code,"
                                " device_id, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            return Error{QStringLiteral("bench.prepare"), applicant.error(), {}};
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        double ms = 0;
        double cpuMs = 0;
        for (qint64 at = 0; at < cases.size(); at += sync::maxPullLimit) {
            Stopwatch watch;
            CpuWatch cpu;
            if (at == 0)
                PullBulkLoad::tune(db, true);
            WriteTransaction transaction(db);
            if (at == 0) {
                if (Status s = PullBulkLoad::begin(db); !s)
                    return s.error();
            }
            for (qint64 i = at; i < qMin<qint64>(cases.size(), at + sync::maxPullLimit); ++i) {
                const Case &c = cases[i];
                const QString applicantId = c.applicant.idNumber; // a stand-in surrogate id
                applicant.bind(applicantId)
                        .bind(QStringLiteral("person"))
                        .bind(c.applicant.name)
                        .bind(c.applicant.idNumber)
                        .bind(c.applicant.idNumber)
                        .bind(c.applicant.phone)
                        .bind(c.applicant.address)
                        .bind(c.applicant.legalRepresentative)
                        .bind(c.applicant.contactName)
                        .bind(now)
                        .step();
                kase.bind(c.id).bind(c.number).bindNull().bind(c.itemCode).bind(c.itemName);
                kase.bind(c.departmentCode).bind(itemKindKey(c.itemKind)).bind(qint64(5));
                kase.bind(qint64(1)).bind(applicantId).bind(c.applicant.name);
                kase.bind(c.applicant.idNumber).bind(c.applicant.phone).bind(c.agentName);
                kase.bind(c.agentIdNumber).bind(QStringLiteral("window"));
                kase.bind(CaseLifecycle::stateKey(c.state)).bind(c.placeCode);
                kase.bind(c.releasePlaceCode).bind(c.staffId).bind(now).bind(now).bindNull();
                kase.bind(now).bindNull().bind(qint64(0)).bindNull().bindNull().bindNull();
                kase.bind(qint64(1)).bind(QStringLiteral("counter")).bind(c.reason);
                kase.bind(c.version).bind(now).step();
                for (int m = 0; m < c.materials.size(); ++m) {
                    const CaseMaterial &mat = c.materials[m];
                    material.bind(c.id).bind(qint64(m)).bind(mat.name).bind(QStringLiteral("o"));
                    material.bind(qint64(mat.copiesExpected)).bind(QStringLiteral("r"));
                    material.bind(QStringLiteral("received")).bind(qint64(mat.copiesReceived));
                    material.bindNull().bind(now).bind(mat.note).step();
                }
                for (const CaseHistoryEntry &e : c.history) {
                    history.bind(e.id).bind(c.id).bind(CaseLifecycle::eventKey(e.event));
                    history.bind(QStringLiteral("received")).bind(CaseLifecycle::stateKey(e.to));
                    history.bind(now).bind(now).bind(e.userId).bind(e.placeCode);
                    history.bind(e.deviceId).bind(e.note).step();
                }
            }
            if (Status s = transaction.commit(); !s)
                return s.error();
            ms += watch.elapsedMs();
            cpuMs += cpu.elapsedMs();
        }
        {
            Stopwatch watch;
            CpuWatch cpu;
            if (Status s = PullBulkLoad::finish(db); !s)
                return s.error();
            ms += watch.elapsedMs();
            cpuMs += cpu.elapsedMs();
        }
        figures.rawPerS = changes / (ms / 1000.0);
        figures.rawCpuPerS = changes / (cpuMs / 1000.0);
    }
    return figures;
}

struct PushFigures
{
    double perS = 0;
    double cpuPerS = 0;       // client thread CPU only
    double serverCpuPerS = 0; // the server process's CPU
    double postgresCpuUs = 0; // PostgreSQL's CPU per mutation (its cluster on this machine)
    double cpuPerS2 = 0;      // client thread + server process CPU
    double rawPerS = 0;
    double rawCpuPerS = 0;
    int rejected = 0;
};

// A client with n queued mutations: n/2 intakes (case.receive + case.accept), cloned from one
// real intake with new ids, numbers and applicants.
Status fillOutbox(const std::shared_ptr<Database> &database, Workspace &workspace, qint64 n)
{
    CaseStore cases(database, workspace.calendar());
    const Catalog catalog = workspace.catalog().load().value();
    IntakeRequest r;
    r.item = *catalog.item(kItem);
    r.applicant.name = personName(0);
    r.applicant.idNumber = idNumber(0);
    r.applicant.phone = QStringLiteral("13893912345");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    auto model = cases.intake(r, workspace.actor(), workspace.deviceShortId(),
                              QDateTime::currentDateTimeUtc());
    if (!model)
        return model.error();
    const QList<OutboxMutation> templates = Outbox::pending(database->connection(), 2);
    if (templates.size() != 2)
        return Error{QStringLiteral("bench.template"), QStringLiteral("no template"), {}};
    const QString numberPrefix = model->number.section(QLatin1Char('-'), 0, 2);
    const QSqlDatabase db = database->connection();
    WriteTransaction transaction(db);
    RawStatement insert;
    if (!insert.prepare(sqliteHandle(db),
                        "INSERT INTO outbox (mutation_id, name, entity_id, base_version, payload,"
                        " user_id, created_at) VALUES (?,?,?,?,?,?,?)")) {
        return Error{QStringLiteral("bench.prepare"), insert.error(), {}};
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (qint64 i = 1; i < n / 2; ++i) {
        const QString caseId = UuidV7::createString();
        QJsonObject receive = templates[0].payload;
        receive.insert(QStringLiteral("id"), caseId);
        receive.insert(
                QStringLiteral("number"),
                QString(numberPrefix + QStringLiteral("-%1").arg(i + 1, 6, 10, QLatin1Char('0'))));
        QJsonObject applicant = receive.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("name"), personName(i * 2 / 3));
        applicant.insert(QStringLiteral("id_number"), idNumber(i * 2 / 3));
        applicant.remove(QStringLiteral("id"));
        receive.insert(QStringLiteral("applicant"), applicant);
        QJsonObject accept = templates[1].payload;
        accept.insert(QStringLiteral("case_id"), caseId);
        for (const auto &[m, payload] :
             {std::pair{templates[0], receive}, std::pair{templates[1], accept}}) {
            if (!insert.bind(UuidV7::createString())
                         .bind(m.name)
                         .bind(caseId)
                         .bind(m.baseVersion)
                         .bind(QJsonDocument(payload).toJson(QJsonDocument::Compact))
                         .bind(m.userId)
                         .bind(now)
                         .step()) {
                return Error{QStringLiteral("bench.outbox"), insert.error(), {}};
            }
        }
    }
    return transaction.commit();
}

Result<PushFigures> measurePush(const QString &dir, qint64 n, BenchServer &server)
{
    PushFigures figures;
    auto workspace = Workspace::open(dir + QStringLiteral("/push-client.sqlite"));
    if (!workspace)
        return workspace.error();
    const auto database = workspace.value()->database();
    auto enrolled = SyncEnroller::enroll(database, server.url(), server.enrollmentCode(kPlace),
                                         QStringLiteral("bench"), workspace.value()->actor());
    if (!enrolled)
        return enrolled.error();
    if (Status s = fillOutbox(database, *workspace.value(), n); !s)
        return s.error();
    LocalSyncStore store(database);
    const qint64 queued = store.pendingCount();
    SyncEngine engine(database, workspace.value()->actor());
    SyncHttp http(server.url());
    http.setToken(enrolled->token);
    SyncOutcome outcome;
    const double serverCpuBefore = server.cpuSeconds();
    const std::optional<PostgresCpu> postgres
            = server.database().startsWith(QLatin1String("postgres"))
            ? std::optional<PostgresCpu>(PostgresCpu(server.database()))
            : std::nullopt;
    const double postgresCpuBefore = postgres ? postgres->cpuSeconds() : 0;
    Stopwatch watch;
    CpuWatch cpu;
    if (!engine.push(http, outcome)) {
        return Error{QStringLiteral("bench.push"), outcome.error, outcome.errorCode};
    }
    const double ms = watch.elapsedMs();
    const double clientCpuMs = cpu.elapsedMs();
    const double serverCpuS = server.cpuSeconds() - serverCpuBefore;
    if (postgres && postgres->found())
        figures.postgresCpuUs = (postgres->cpuSeconds() - postgresCpuBefore) * 1e6 / queued;
    figures.perS = queued / (ms / 1000.0);
    figures.cpuPerS = queued / (clientCpuMs / 1000.0);
    if (serverCpuS > 0) {
        figures.serverCpuPerS = queued / serverCpuS;
        figures.cpuPerS2 = queued / (serverCpuS + clientCpuMs / 1000.0);
    }
    figures.rejected = outcome.rejected;
    if (store.pendingCount() != 0)
        return Error{QStringLiteral("bench.push"), QStringLiteral("mutations left"), {}};

    // The same mutation rows merely inserted into a new SQLite database like the server's.
    {
        auto raw = Database::open(dir + QStringLiteral("/push-raw.sqlite"));
        if (!raw)
            return raw.error();
        const QSqlDatabase db = raw.value()->connection();
        QSqlQuery(db).exec(QStringLiteral(
                "CREATE TABLE raw_mutations (mutation_id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                " entity_id TEXT NOT NULL, payload TEXT NOT NULL, at TEXT NOT NULL)"));
        QSqlQuery rows(database->connection());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT mutation_id, name, entity_id, payload FROM outbox"));
        QList<std::array<QString, 4>> all;
        while (rows.next())
            all.append({rows.value(0).toString(), rows.value(1).toString(),
                        rows.value(2).toString(), rows.value(3).toString()});
        RawStatement insert;
        insert.prepare(sqliteHandle(db), "INSERT INTO raw_mutations VALUES (?,?,?,?,?)");
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        Stopwatch rawWatch;
        CpuWatch rawCpu;
        for (qsizetype at = 0; at < all.size(); at += sync::maxBatchMutations) {
            WriteTransaction transaction(db);
            for (qsizetype i = at; i < qMin(all.size(), at + sync::maxBatchMutations); ++i)
                insert.bind(all[i][0])
                        .bind(all[i][1])
                        .bind(all[i][2])
                        .bind(all[i][3])
                        .bind(now)
                        .step();
            if (Status s = transaction.commit(); !s)
                return s.error();
        }
        figures.rawPerS = all.size() / (rawWatch.elapsedMs() / 1000.0);
        figures.rawCpuPerS = all.size() / (rawCpu.elapsedMs() / 1000.0);
    }
    return figures;
}

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mutations(QStringLiteral("mutations"),
                                       QStringLiteral("Mutations to push (default 100000); the "
                                                      "pull applies as many changes."),
                                       QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(mutations);
    const QCommandLineOption database(
            QStringLiteral("db"),
            QStringLiteral("The server's database: a new SQLite file (default) or an empty "
                           "PostgreSQL database, postgresql://USER@HOST:PORT/DB."),
            QStringLiteral("URL"));
    parser.addOption(database);
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Measure only one half: push or pull."),
                                  QStringLiteral("PART"));
    parser.addOption(only);
    QStringList args = arguments;
    args.prepend(QStringLiteral("onewindow-bench sync"));
    if (!parser.parse(args)) {
        err() << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const qint64 n = parser.value(mutations).toLongLong();
    const QString part = parser.value(only);
    if (!part.isEmpty() && part != QLatin1String("push") && part != QLatin1String("pull")) {
        err() << "--only takes push or pull\n";
        return 2;
    }
    const bool doPush = part != QLatin1String("pull");
    const bool doPull = part != QLatin1String("push");
    QDir().mkpath(BenchData::folder());
    QTemporaryDir dir(BenchData::folder() + QStringLiteral("/sync-XXXXXX"));
    if (!dir.isValid()) {
        err() << "cannot create a folder under " << BenchData::folder() << '\n';
        return 2;
    }
    auto model = modelCase(dir.path());
    if (!model) {
        err() << model.error().message << '\n';
        return 2;
    }

    const QString dbUrl = parser.value(database);
    const bool postgres = dbUrl.startsWith(QLatin1String("postgres"));
    Report report(postgres ? QStringLiteral("sync_postgresql") : QStringLiteral("sync"));
    report.setParameter(QStringLiteral("mutations"), n);
    report.setParameter(QStringLiteral("database"),
                        postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    BenchServer server;
    if (doPush) {
        if (!server.start(dir.path(), dbUrl)) {
            err() << "cannot start " << BenchServer::binary() << '\n';
            return 2;
        }
        auto push = measurePush(dir.path(), n, server);
        if (!push) {
            err() << "push: " << push.error().message << ' ' << push.error().detail << '\n';
            return 2;
        }
        report.add(QStringLiteral("push_mutations_per_s"), push->perS,
                   postgres ? QStringLiteral("push end to end: client outbox -> server (loopback, "
                                             "PostgreSQL through QPSQL) -> ack")
                            : QStringLiteral("push end to end: client outbox -> server (loopback, "
                                             "SQLite) -> ack"),
                   postgres ? QStringLiteral(">= 5000") : QStringLiteral(">= 20000"));
        report.add(QStringLiteral("push_client_cpu_per_s"), push->cpuPerS,
                   QStringLiteral("the same per CPU second of the client thread"));
        report.add(QStringLiteral("push_server_cpu_per_s"), push->serverCpuPerS,
                   QStringLiteral("the same per CPU second of the server process"));
        if (push->postgresCpuUs > 0)
            report.add(QStringLiteral("push_postgres_cpu_us"), push->postgresCpuUs,
                       QStringLiteral("PostgreSQL's own CPU per mutation (its cluster's "
                                      "processes on this machine, all of them), microseconds"));
        report.add(QStringLiteral("push_total_cpu_per_s"), push->cpuPerS2,
                   QStringLiteral("the same per CPU second of client thread + server: the rate on "
                                  "two free cores with no wait for the disk"));
        report.add(QStringLiteral("push_raw_per_s"), push->rawPerS,
                   QStringLiteral("the same mutation rows merely inserted (500 per commit)"));
        report.add(QStringLiteral("push_ratio"), push->perS / push->rawPerS,
                   QStringLiteral("push / raw insert"));
        report.add(QStringLiteral("push_raw_cpu_per_s"), push->rawCpuPerS,
                   QStringLiteral("the raw insert per CPU second of this thread"));
        report.add(QStringLiteral("push_cpu_ratio"), push->cpuPerS2 / push->rawCpuPerS,
                   QStringLiteral("push per CPU second (client + server) / raw insert per CPU "
                                  "second"));
        report.add(QStringLiteral("push_rejected"), push->rejected,
                   QStringLiteral("mutations the server refused (0 expected)"),
                   QStringLiteral("<= 0"));
    }
    if (doPull) {
        auto pull = measurePull(dir.path(), model.value(), n);
        if (!pull) {
            err() << "pull: " << pull.error().message << ' ' << pull.error().detail << '\n';
            return 2;
        }
        report.add(QStringLiteral("pull_changes_per_s"), pull->applyPerS,
                   QStringLiteral("pull apply into a fresh client (decode + write, page + cursor "
                                  "per transaction; a bulk load: the deferred indexes and name "
                                  "grams are built with the last page, included)"),
                   QStringLiteral(">= 50000"));
        report.add(QStringLiteral("pull_client_per_s"), pull->clientPerS,
                   QStringLiteral("the same including the page's JSON parse"));
        report.add(QStringLiteral("pull_raw_per_s"), pull->rawPerS,
                   QStringLiteral("the same rows merely inserted into a fresh client store (raw "
                                  "statements, 1000 per commit, no decoding or look-ups) in the "
                                  "same bulk-load mode: indexes, name grams and statistics "
                                  "triggers deferred and built at the end, included"));
        report.add(QStringLiteral("pull_ratio"), pull->applyPerS / pull->rawPerS,
                   QStringLiteral("pull apply / raw insert"));
        report.add(QStringLiteral("pull_cpu_changes_per_s"), pull->applyCpuPerS,
                   QStringLiteral("pull apply per CPU second of this thread"));
        report.add(QStringLiteral("pull_raw_cpu_per_s"), pull->rawCpuPerS,
                   QStringLiteral("raw insert per CPU second of this thread"));
    }
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0)
        report.note(QStringLiteral("load average %1 at the end (2 cores: above 2, wall-clock "
                                   "rates measure the other work too)")
                            .arg(load[0], 0, 'f', 1));
    report.add(QStringLiteral("peak_rss_mb"), peakRssMb(), QStringLiteral("peak resident memory"));
    return report.print() ? 0 : 1;
}

const bool registered = registerBench(
        QStringLiteral("sync"),
        QStringLiteral("push end to end through the real server and pull apply (--mutations N)"),
        runSync);

} // namespace

} // namespace ow::bench
