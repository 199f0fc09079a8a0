// onewindow-bench sync-ingest: the server's share of a push. Mutations as intake and the back
// office make them (case.receive, case.accept, case.transition route) are pushed in batches of
// 500 straight into SyncStore::push (JSON parse, validation, the shared rules through CaseStore,
// mutation rows, audit rows, the pull change log, one commit per batch with synchronous=FULL),
// beside the raw rate of inserting the same rows with the sqlite3 C API.

#include "benchregistry.h"
#include "benchreport.h"
#include "domain/residentid.h"
#include "domain/uuidv7.h"
#include "serverinit.h"
#include "serverschema.h"
#include "sqlprofile.h"
#include "store/casestore.h"
#include "store/workspace.h"
#include "syncstore.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <optional>
#include <sqlite3.h>

namespace ow::bench {

namespace {

const QString hall = QStringLiteral("621221");

// CPU time of this thread: the machine may be shared, wall time then says little.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1.0e6;
}
const QString counterId = QStringLiteral("0190f6a0-0000-7000-8000-000000000001");

// One case made by the real intake on a client store: the template of every receipt.
Result<Case> templateCase(const QString &dir)
{
    auto ws = Workspace::open(dir + QStringLiteral("/client.sqlite"));
    if (!ws)
        return ws.error();
    if (Status s = ws.value()->setCurrentUser(QStringLiteral("counter")); !s)
        return s.error();
    CaseStore cases(ws.value()->database(), ws.value()->calendar());
    const Catalog catalog = ws.value()->catalog().load().value();
    IntakeRequest r;
    r.item = *catalog.item(QStringLiteral("621221-SCJG-0001"));
    r.applicant.name = QStringLiteral("张伟");
    r.applicant.idNumber = QStringLiteral("621221198506123012");
    r.applicant.phone = QStringLiteral("13893912345");
    r.applicant.address = QStringLiteral("成县城关镇东大街12号");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    r.decision = IntakeDecision::ReceiveOnly;
    return cases.intake(r, ws.value()->actor(), QStringLiteral("A0"),
                        QDateTime::currentDateTimeUtc());
}

QString residentId(int n)
{
    const QDate born = QDate(1960, 1, 1).addDays(n % 15000);
    const QString first17 = hall + born.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(n / 15000 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

sync::PushMutation moveOf(const QString &caseId, CaseEvent event, qint64 seq, qint64 base,
                          const QDateTime &at)
{
    sync::TransitionPayload p;
    p.caseId = caseId;
    p.event = event;
    p.at = at;
    p.businessDate = CaseRules::businessDate(at);
    sync::PushMutation m;
    m.seq = seq;
    m.id = UuidV7::createString();
    m.name = event == CaseEvent::Accept ? sync::mutation::caseAccept()
                                        : sync::mutation::caseTransition();
    m.entityId = caseId;
    m.baseVersion = base;
    m.userId = counterId;
    m.createdAt = at;
    m.payload = p.toJson();
    return m;
}

// The mix intake and the back office produce: every case received; 80 % accepted at the
// counter; half of those routed to the department.
QList<sync::PushMutation> makeMutations(const Case &base, const QString &shortId, int count)
{
    QList<sync::PushMutation> list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString day = CaseRules::businessDate(now).toString(QStringLiteral("yyyyMMdd"));
    int n = 0;
    while (list.size() < count) {
        ++n;
        Case c = base;
        c.id = UuidV7::createString();
        c.number = QStringLiteral("%1-%2-%3-%4")
                           .arg(hall, day, shortId)
                           .arg(n, 5, 10, QLatin1Char('0'));
        c.applicant.id = UuidV7::createString();
        c.applicant.idNumber = residentId(n % 5000); // applicants come back
        c.receivedAt = now;
        c.updatedAt = now;
        c.history.clear();
        sync::PushMutation r;
        r.seq = list.size() + 1;
        r.id = UuidV7::createString();
        r.name = sync::mutation::caseReceive();
        r.entityId = c.id;
        r.userId = counterId;
        r.createdAt = now;
        r.payload = sync::caseToJson(c, false);
        list.append(r);
        if (n % 5 != 0 && list.size() < count)
            list.append(moveOf(c.id, CaseEvent::Accept, list.size() + 1, 1, now));
        if (n % 5 != 0 && n % 2 == 0 && list.size() < count)
            list.append(moveOf(c.id, CaseEvent::Route, list.size() + 1, 2, now));
    }
    return list;
}

QList<QByteArray> batches(const QList<sync::PushMutation> &mutations, qint64 stream)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < mutations.size(); i += sync::maxBatchMutations) {
        sync::PushRequest request;
        request.stream = stream;
        request.mutations = mutations.mid(i, sync::maxBatchMutations);
        out.append(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    }
    return out;
}

// The same rows inserted with the raw C API: per receipt a case, its materials, an applicant,
// a history row; per move an update and a history row; per mutation a mutation row, an audit
// row and a change row; one transaction per 500.
double rawRate(const QString &path, const QList<sync::PushMutation> &mutations)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return 0;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr,
                 nullptr);
    const auto prepare = [db](const char *sql) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
        return s;
    };
    sqlite3_stmt *applicant = prepare(
            "INSERT INTO applicants (id, kind, name, id_number, id_reversed, phone, address,"
            " legal_representative, contact_name, updated_at) VALUES (?1,'person',?2,?3,?3,?4,"
            "'','','',?5) ON CONFLICT(kind, id_number) DO UPDATE SET updated_at = "
            "excluded.updated_at");
    sqlite3_stmt *caseRow = prepare(
            "INSERT INTO cases (id, number, item_code, item_name, department_code, item_kind,"
            " promised_days, township_acceptable, applicant_id, applicant_name,"
            " applicant_id_number, applicant_phone, channel, state, place_code,"
            " release_place_code, staff_id, received_at, version, updated_at) VALUES"
            " (?1,?2,'621221-SCJG-0001','企业设立登记','SCJG','licensing',1,0,?3,'张伟',?4,"
            "'13893912345','window','received','621221','621221',?5,?6,1,?6)");
    sqlite3_stmt *material
            = prepare("INSERT INTO case_materials (case_id, position, name, form, copies_expected,"
                      " requirement, status, copies_received) VALUES (?1,?2,'申请书','original',1,"
                      "'required','received',1)");
    sqlite3_stmt *update = prepare("UPDATE cases SET state = ?1, version = version + 1,"
                                   " updated_at = ?2 WHERE id = ?3");
    sqlite3_stmt *history
            = prepare("INSERT INTO case_history (id, case_id, event, from_state, to_state, at_utc,"
                      " business_date, user_id, place_code, device_id) VALUES (?1,?2,?3,'',?4,?5,"
                      "'2026-11-29',?6,'621221','d')");
    sqlite3_stmt *mutation
            = prepare("INSERT INTO mutations (mutation_id, device_id, stream, seq, name, entity_id,"
                      " user_id, payload_hash, status, result, at) VALUES (?1,'d',1,?2,?3,?4,?5,?6,"
                      "'applied',?7,?8)");
    sqlite3_stmt *audit = prepare(
            "INSERT INTO audit_log (id, at_utc, device_id, user_id, place_code, action, entity,"
            " entity_id, detail, result, prev_hash, hash) VALUES (?1,?2,'d',?3,'621221',?4,"
            "'case',?5,'{}','ok',?6,?6)");
    sqlite3_stmt *change = prepare(
            "INSERT INTO change_log (bucket, seq, entity, entity_id, version, data, at) VALUES"
            " ('place:621221',?1,'case',?2,1,?3,?4)");
    const auto text = [](sqlite3_stmt *s, int i, const QByteArray &v) {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    };
    const auto step = [](sqlite3_stmt *s) {
        sqlite3_step(s);
        sqlite3_reset(s);
    };
    // What is not measured: turning the mutations into bytes.
    struct Row
    {
        QByteArray id, caseId, name, number, idNumber, hash, result, data, event;
        bool receive;
    };
    QList<Row> rows;
    for (const auto &m : mutations) {
        Row r;
        r.id = m.id.toUtf8();
        r.caseId = m.entityId.toUtf8();
        r.name = m.name.toUtf8();
        r.receive = m.name == sync::mutation::caseReceive();
        r.number = m.payload.value(QStringLiteral("number")).toString().toUtf8();
        r.idNumber = m.payload.value(QStringLiteral("applicant"))
                             .toObject()
                             .value(QStringLiteral("id_number"))
                             .toString()
                             .toUtf8();
        r.event = m.payload.value(QStringLiteral("event")).toString().toUtf8();
        r.hash = m.payloadHash();
        r.result = QByteArrayLiteral("{\"status\":\"applied\"}");
        r.data = QJsonDocument(m.payload).toJson(QJsonDocument::Compact);
        rows.append(r);
    }
    const QByteArray now = sync::isoTime(QDateTime::currentDateTimeUtc()).toUtf8();
    Stopwatch clock;
    qint64 seq = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i % sync::maxBatchMutations == 0)
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const Row &r = rows[i];
        if (r.receive) {
            const QByteArray applicantId = UuidV7::createString().toUtf8();
            text(applicant, 1, applicantId);
            text(applicant, 2, QByteArrayLiteral("张伟"));
            text(applicant, 3, r.idNumber);
            text(applicant, 4, QByteArrayLiteral("13893912345"));
            text(applicant, 5, now);
            step(applicant);
            text(caseRow, 1, r.caseId);
            text(caseRow, 2, r.number);
            text(caseRow, 3, applicantId);
            text(caseRow, 4, r.idNumber);
            text(caseRow, 5, counterId.toUtf8());
            text(caseRow, 6, now);
            step(caseRow);
            text(material, 1, r.caseId);
            sqlite3_bind_int(material, 2, 0);
            step(material);
        } else {
            text(update, 1, r.event);
            text(update, 2, now);
            text(update, 3, r.caseId);
            step(update);
        }
        text(history, 1, r.id);
        text(history, 2, r.caseId);
        text(history, 3, r.receive ? QByteArrayLiteral("receive") : r.event);
        text(history, 4, QByteArrayLiteral("received"));
        text(history, 5, now);
        text(history, 6, counterId.toUtf8());
        step(history);
        text(mutation, 1, r.id);
        sqlite3_bind_int64(mutation, 2, i + 1);
        text(mutation, 3, r.name);
        text(mutation, 4, r.caseId);
        text(mutation, 5, counterId.toUtf8());
        text(mutation, 6, r.hash);
        text(mutation, 7, r.result);
        text(mutation, 8, now);
        step(mutation);
        text(audit, 1, r.id);
        text(audit, 2, now);
        text(audit, 3, counterId.toUtf8());
        text(audit, 4, r.name);
        text(audit, 5, r.caseId);
        text(audit, 6, r.hash);
        step(audit);
        sqlite3_bind_int64(change, 1, ++seq);
        text(change, 2, r.caseId);
        text(change, 3, r.data);
        text(change, 4, now);
        step(change);
        if (i % sync::maxBatchMutations == sync::maxBatchMutations - 1 || i + 1 == rows.size())
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double ms = clock.elapsedMs();
    for (sqlite3_stmt *s : {applicant, caseRow, material, update, history, mutation, audit, change})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return rows.size() / (ms / 1000.0);
}

int runSyncIngest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("mutations"),
                                   QStringLiteral("How many mutations to push (default 20000)."),
                                   QStringLiteral("N"), QStringLiteral("20000"));
    parser.addOption(count);
    const QCommandLineOption profileSql(
            QStringLiteral("profile-sql"),
            QStringLiteral("Also list the server's SQL statements by their total time (diagnostic: "
                           "the tracing costs time of its own)."));
    parser.addOption(profileSql);
    parser.process(QStringList{QStringLiteral("onewindow-bench sync-ingest")} + arguments);
    const int n = std::max(1, parser.value(count).toInt());
    QTemporaryDir dir;
    QTextStream err(stderr);

    auto base = templateCase(dir.path());
    if (!base) {
        err << base.error().message << '\n';
        return 2;
    }
    const auto init = [&dir](const QString &name) -> Result<std::shared_ptr<Database>> {
        DatabaseUrl url;
        url.kind = DatabaseUrl::Kind::Sqlite;
        url.path = dir.filePath(name);
        if (auto report = ServerInit::run(url, {true, false}); !report)
            return report.error();
        return Database::open(url.path, serverSchema());
    };
    auto server = init(QStringLiteral("server.sqlite"));
    if (!server) {
        err << server.error().message << '\n';
        return 2;
    }
    SyncStore store(server.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto code = store.createEnrollmentCode(hall, QStringLiteral("bench"), now);
    auto device = code ? store.enroll({code.value(), QStringLiteral("bench"), {}}, now)
                       : Result<sync::EnrollResponse>(code.error());
    if (!device) {
        err << device.error().message << '\n';
        return 2;
    }
    auto record = store.authenticate("Bearer " + device->token.toLatin1(), now);
    if (!record) {
        err << record.error().message << '\n';
        return 2;
    }
    const QList<sync::PushMutation> mutations = makeMutations(base.value(), device->shortId, n);
    const QList<QByteArray> bodies = batches(mutations, device->stream);

    Report report(QStringLiteral("sync_ingest"));
    report.setParameter(QStringLiteral("mutations"), n);
    report.setParameter(QStringLiteral("batch"), sync::maxBatchMutations);
    Samples batchMs;
    qint64 applied = 0;
    std::optional<SqlProfile> profile;
    if (parser.isSet(profileSql))
        profile.emplace(server.value()->connection());
    const double cpuStart = threadCpuMs();
    Stopwatch total;
    for (const QByteArray &body : bodies) {
        Stopwatch one;
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        auto request = sync::PushRequest::fromJson(json);
        if (!request) {
            err << request.error().message << '\n';
            return 2;
        }
        auto response = store.push(record.value(), request.value(), QDateTime::currentDateTimeUtc(),
                                   QDeadlineTimer(60000));
        if (!response) {
            err << response.error().message << " " << response.error().detail << '\n';
            return 2;
        }
        for (const auto &r : response->results) {
            if (r.status == sync::result::applied())
                ++applied;
            else if (applied == 0)
                err << "rejected: " << r.code << " " << r.message << '\n';
        }
        (void)QJsonDocument(response->toJson()).toJson(QJsonDocument::Compact);
        batchMs.add(one.elapsedMs());
    }
    const double serverRate = mutations.size() / (total.elapsedMs() / 1000.0);
    const double serverCpuRate = mutations.size() / ((threadCpuMs() - cpuStart) / 1000.0);
    if (profile) {
        for (const QString &line : profile->top(25, int(mutations.size())))
            report.note(QStringLiteral("push SQL: ") + line);
        profile.reset();
    }

    auto raw = init(QStringLiteral("raw.sqlite"));
    if (!raw) {
        err << raw.error().message << '\n';
        return 2;
    }
    const QString rawPath = raw.value()->filePath();
    raw.value().reset();
    const double rawInsertRate = rawRate(rawPath, mutations);

    report.add(QStringLiteral("ingest_mutations_per_s"), serverRate,
               QStringLiteral("server applies pushed mutations (parse, rules, log, commit)"),
               QStringLiteral(">= 40000"));
    report.add(QStringLiteral("ingest_cpu_mutations_per_s"), serverCpuRate,
               QStringLiteral("the same per second of this thread's CPU time (load-independent)"));
    report.add(QStringLiteral("raw_insert_mutations_per_s"), rawInsertRate,
               QStringLiteral("the same rows inserted with the raw sqlite3 API"));
    report.add(QStringLiteral("ingest_to_raw_ratio"),
               rawInsertRate > 0 ? serverRate / rawInsertRate : 0,
               QStringLiteral("server rate / raw insert rate"));
    report.addSamples(QStringLiteral("batch"), batchMs,
                      QStringLiteral("one push of 500 mutations, server side"));
    report.add(QStringLiteral("applied"), double(applied),
               QStringLiteral("mutations applied (the rest: rejected)"));
    report.add(QStringLiteral("peak_rss_mb"), peakRssMb(),
               QStringLiteral("peak resident memory of the measuring process"));
    return report.print() ? 0 : 1;
}

const bool registered = registerBench(
        QStringLiteral("sync-ingest"),
        QStringLiteral("server applies pushed mutations vs raw sqlite3 inserts (--mutations N)"),
        runSyncIngest);

} // namespace

} // namespace ow::bench
