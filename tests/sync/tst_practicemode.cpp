// Practice mode (PracticeMode): a device that is not enrolled works for training only, and its
// first enrollment clears that work before anything is pushed, all or nothing.
#include "store/auditlog.h"
#include "store/practicemode.h"
#include "sync/signinclient.h"
#include "syncdevice.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString companySetUp = QStringLiteral("621221-SCJG-0001");

qint64 countOf(const Device &device, const QString &sql)
{
    QSqlQuery q(device.workspace->database()->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 serverCount(const ServerProcess &server, const QString &sql, const QStringList &ids)
{
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    qint64 total = 0;
    for (const QString &id : ids) {
        QSqlQuery q(connection.db);
        q.prepare(sql);
        q.addBindValue(id);
        INFO(sql.toStdString() << ' ' << q.lastError().text().toStdString());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        total += q.value(0).toLongLong();
    }
    return total;
}

// Practice work of every kind the tables hold: two intakes (one accepted, one routed on).
QStringList practiceWork(Device &device)
{
    const Case a = device.intake(companySetUp, QStringLiteral("62122119850612301"),
                                 QStringLiteral("张伟"));
    const Case b = device.intake(companySetUp, QStringLiteral("62122119900101302"),
                                 QStringLiteral("李娜"));
    REQUIRE(device.move(a.id, CaseEvent::Route).ok());
    return {a.id, b.id};
}

} // namespace

TEST_CASE("Practice work is cleared at enrollment and never reaches the server", "[sync][practice]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device device(QStringLiteral("counter"));
    REQUIRE(device.workspace->practiceMode());

    const QStringList practiceCases = practiceWork(device);
    const QSet<QString> practiceMutations = device.outboxIds();
    REQUIRE(practiceMutations.size() >= 3);
    const auto counts = PracticeMode::count(device.workspace->database()->connection());
    REQUIRE(counts.ok());
    CHECK(counts->cases == 2);
    CHECK(counts->applicants == 2);
    CHECK(counts->outbox == practiceMutations.size());
    CHECK_FALSE(counts->isEmpty());
    // Nothing syncs before the enrollment.
    CHECK(device.syncNow().stop == SyncOutcome::Stop::NotEnrolled);

    device.enroll(server, hall);
    CHECK_FALSE(device.workspace->practiceMode());

    // Gone from the store, in the enrollment's own transaction.
    for (const QString &table :
         {QStringLiteral("cases"), QStringLiteral("case_materials"), QStringLiteral("case_history"),
          QStringLiteral("applicants"), QStringLiteral("applicant_name_grams"),
          QStringLiteral("outbox"), QStringLiteral("tasks"), QStringLiteral("manifests"),
          QStringLiteral("ratings"), QStringLiteral("stat_daily")}) {
        INFO(table.toStdString());
        CHECK(countOf(device, QStringLiteral("SELECT count(*) FROM ") + table) == 0);
    }
    CHECK(device.sync->pendingCount() == 0);
    // The audit chain starts again: the clearing (with what it removed), then the enrollment.
    const QSqlDatabase db = device.workspace->database()->connection();
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT action, prev_hash, detail FROM audit_log"
                                      " ORDER BY seq")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("device.practice_cleared"));
        CHECK(q.value(1).toString() == AuditLog::genesisHash());
        CHECK(q.value(2).toString().contains(QStringLiteral("\"cases\":2")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("device.enroll"));
        CHECK_FALSE(q.next());
    }
    const auto verified = AuditLog::verify(db);
    REQUIRE(verified.ok());
    for (const AuditChainReport &report : verified.value())
        CHECK(report.intact());
    // Append-only again after the clearing.
    QSqlQuery del(db);
    CHECK_FALSE(del.exec(QStringLiteral("DELETE FROM audit_log")));

    // The first sync pushes nothing of the practice work; the server holds none of it.
    const SyncOutcome first = device.syncNow();
    INFO(first.error.toStdString());
    REQUIRE(first.ok);
    CHECK(first.pushed == 0);
    CHECK(first.auditRows >= 2);
    CHECK_FALSE(serverMutationIds(server).intersects(practiceMutations));
    const QMap<QString, QJsonObject> view = device.serverView();
    for (const QString &id : practiceCases)
        CHECK_FALSE(view.contains(id));
    CHECK(serverCount(server, QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"),
                      practiceCases)
          == 0);
    CHECK(serverCount(server, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ?"),
                      practiceCases)
          == 0);

    // Real work after the enrollment goes through, numbered from the start of the stream.
    const Case real = device.intake(companySetUp, QStringLiteral("62122119770303303"),
                                    QStringLiteral("王芳"));
    const qint64 queued = device.sync->pendingCount();
    REQUIRE(queued > 0);
    const SyncOutcome second = device.syncNow();
    INFO(second.error.toStdString());
    REQUIRE(second.ok);
    CHECK(second.pushed == queued);
    CHECK(second.rejected == 0);
    CHECK(device.serverView().contains(real.id));
}

TEST_CASE("A refused enrollment keeps the practice work", "[sync][practice]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device device(QStringLiteral("counter"));
    const QStringList practiceCases = practiceWork(device);
    const qint64 pending = device.sync->pendingCount();
    const qint64 auditRows = AuditLog::count(device.workspace->database()->connection());

    auto refused = SyncEnroller::enroll(device.workspace->database(), server.baseUrl(),
                                        QStringLiteral("AAAA-BBBB-CCCC-DDDD"),
                                        QStringLiteral("test"), device.actor());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("enroll.refused"));
    // A server that does not answer: the same.
    auto unreachable = SyncEnroller::enroll(
            device.workspace->database(), QUrl(QStringLiteral("http://127.0.0.1:9")),
            enrollmentCode(server, hall), QStringLiteral("test"), device.actor());
    REQUIRE_FALSE(unreachable.ok());

    CHECK(device.workspace->practiceMode());
    CHECK(device.caseIds().size() == practiceCases.size());
    CHECK(device.sync->pendingCount() == pending);
    CHECK(AuditLog::count(device.workspace->database()->connection()) == auditRows);
}

TEST_CASE("Clearing practice work that fails records no enrollment", "[practice]")
{
    Device device(QStringLiteral("counter"));
    const QStringList practiceCases = practiceWork(device);
    const QSqlDatabase db = device.workspace->database()->connection();
    const qint64 pending = device.sync->pendingCount();
    const qint64 auditRows = AuditLog::count(db);
    // Something in the store refuses the clearing half way (after the guards were lifted).
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER test_keep_cases BEFORE DELETE ON cases"
                                  " BEGIN SELECT RAISE(ABORT, 'kept'); END")));

    SyncEnrollment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:8470");
    e.deviceId = QStringLiteral("server-device");
    e.shortId = QStringLiteral("A01");
    e.placeCode = hall;
    e.token = QStringLiteral("token");
    const Status s = device.sync->enroll(e, device.actor());
    REQUIRE_FALSE(s.ok());
    CHECK_FALSE(device.sync->enrollment().has_value());
    CHECK(device.workspace->practiceMode());
    CHECK(device.workspace->deviceShortId().startsWith(QLatin1Char('Z')));
    CHECK(device.caseIds().size() == practiceCases.size());
    CHECK(device.sync->pendingCount() == pending);
    CHECK(AuditLog::count(db) == auditRows);
    // The append-only guards are back (the rollback restored them).
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(AuditLog::count(db) == auditRows);

    // Once nothing is in the way, the enrollment clears it all.
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER test_keep_cases")));
    REQUIRE(device.sync->enroll(e, device.actor()).ok());
    CHECK_FALSE(device.workspace->practiceMode());
    CHECK(device.caseIds().isEmpty());
    CHECK(device.sync->pendingCount() == 0);
    // A later enrollment (a new code for the same device) clears nothing: that work was real.
    const Case real = device.intake(companySetUp, QStringLiteral("62122119770303303"),
                                    QStringLiteral("王芳"));
    e.token = QStringLiteral("token2");
    REQUIRE(device.sync->enroll(e, device.actor()).ok());
    CHECK(device.caseIds() == QStringList{real.id});
    CHECK(device.sync->pendingCount() > 0);
}

TEST_CASE("Only practice mode signs in without a password, a revoked device signs in nobody",
          "[practice]")
{
    Device device(QStringLiteral("counter"));
    {
        SignInClient client(device.workspace->database(), SignInOptions{});
        const auto practice = client.signIn(QStringLiteral("counter"), QString(), QString());
        REQUIRE(practice.ok());
        CHECK(practice->demo);
    }
    SyncEnrollment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:9");
    e.deviceId = QStringLiteral("server-device");
    e.shortId = QStringLiteral("A01");
    e.placeCode = hall;
    e.token = QStringLiteral("token");
    REQUIRE(device.sync->enroll(e, device.actor()).ok());
    REQUIRE(device.sync->markRevoked(device.actor()).ok());
    CHECK_FALSE(device.workspace->practiceMode());
    SignInClient client(device.workspace->database(), SignInOptions{});
    const auto refused = client.signIn(QStringLiteral("counter"), QString(), QString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("auth.device_revoked"));
}
