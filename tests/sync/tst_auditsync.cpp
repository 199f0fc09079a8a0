// The devices' audit chains reach the server with sync; the server verifies each chain, keeps
// its head, refuses a tampered chain (and records the refusal) and lets a device restored from
// a backup continue from where its copy ends.
#include "store/auditlog.h"
#include "store/auditsync.h"
#include "syncdevice.h"

#include <QFile>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString companySetUp = QStringLiteral("621221-SCJG-0001");

// Runs a query on the server's database and returns the first column of each row.
QStringList serverColumn(const ServerProcess &server, const QString &sql)
{
    QStringList values;
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlQuery q(connection.db);
    REQUIRE(q.exec(sql));
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QSet<QString> localAuditIds(const Device &device)
{
    QSet<QString> ids;
    QSqlQuery q(device.workspace->database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM audit_log")));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

QSet<QString> serverAuditIds(const ServerProcess &server)
{
    const QStringList ids = serverColumn(server, QStringLiteral("SELECT id FROM device_audit"));
    return QSet<QString>(ids.cbegin(), ids.cend());
}

void dropAuditTriggers(const Device &device)
{
    QSqlQuery q(device.workspace->database()->connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
}

int auditVerify(const ServerProcess &server, QByteArray *out = nullptr)
{
    const ServerProcess::Run run = server.run({QStringLiteral("audit"), QStringLiteral("verify"),
                                               QStringLiteral("--db"), server.dbUrl()});
    if (out)
        *out = run.out + run.err;
    return run.exitCode;
}

} // namespace

TEST_CASE("A device's audit rows reach the server, whose copy of the chain verifies",
          "[sync][audit]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    county.enroll(server, hall);
    county.intake(companySetUp, QStringLiteral("62122119850612301"), QStringLiteral("张伟"));
    SyncOutcome outcome = county.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.auditRows > 0);
    CHECK(serverAuditIds(server) == localAuditIds(county));

    county.intake(companySetUp, QStringLiteral("62122119900101302"), QStringLiteral("李娜"));
    outcome = county.syncNow();
    REQUIRE(outcome.ok);
    CHECK(serverAuditIds(server) == localAuditIds(county));
    // Nothing new: the next sync sends only the tail, and stores nothing.
    outcome = county.syncNow();
    REQUIRE(outcome.ok);
    CHECK(outcome.auditRows == 0);

    // The device's own check includes the head the server acknowledged.
    const auto local = AuditLog::verify(county.workspace->database()->connection());
    REQUIRE(local.ok());
    for (const AuditChainReport &r : local.value())
        CHECK(r.intact());
    const QStringList heads
            = serverColumn(server, QStringLiteral("SELECT row_id FROM device_audit_heads"));
    REQUIRE(heads.size() == 1);
    QByteArray report;
    CHECK(auditVerify(server, &report) == 0);
    CHECK(report.contains("chain(s) verified"));
}

TEST_CASE("A changed audit row is refused by the server, which records the refusal",
          "[sync][audit]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    county.enroll(server, hall);
    REQUIRE(county.syncNow().ok);
    const QSet<QString> stored = serverAuditIds(server);

    const Case c = county.intake(companySetUp, QStringLiteral("62122119850612301"),
                                 QStringLiteral("张伟"));
    dropAuditTriggers(county);
    {
        QSqlQuery q(county.workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET result = 'ok-edited'"
                                      " WHERE seq = (SELECT max(seq) FROM audit_log)")));
    }
    const SyncOutcome outcome = county.syncNow();
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.errorCode == QStringLiteral("audit.altered"));
    CHECK_FALSE(outcome.error.isEmpty());
    // Cases still sync: the intake reached the server.
    CHECK(serverMutationIds(server) == county.outboxIds());
    CHECK(county.serverView().contains(c.id));
    // None of the refused request is stored; the refusal itself is.
    CHECK(serverAuditIds(server) == stored);
    const QStringList refusals
            = serverColumn(server,
                           QStringLiteral("SELECT detail FROM audit_log WHERE action = 'audit.push'"
                                          " AND result = 'refused'"));
    REQUIRE(refusals.size() == 1);
    CHECK(refusals.first().contains(QStringLiteral("audit.altered")));
}

TEST_CASE("Audit rows deleted at the end after the server stored them are found", "[sync][audit]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    county.enroll(server, hall);
    county.intake(companySetUp, QStringLiteral("62122119850612301"), QStringLiteral("张伟"));
    REQUIRE(county.syncNow().ok);

    dropAuditTriggers(county);
    {
        QSqlQuery q(county.workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2"
                                      " FROM audit_log)")));
    }
    const auto local = AuditLog::verify(county.workspace->database()->connection());
    REQUIRE(local.ok());
    REQUIRE(local->size() == 1);
    CHECK(local->first().problem == AuditChainVerifier::Problem::Truncated);

    const SyncOutcome outcome = county.syncNow();
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.errorCode == QStringLiteral("audit.truncated"));
}

TEST_CASE("A device restored from a backup continues its audit chain from its copy",
          "[sync][audit]")
{
    ServerProcess server;
    REQUIRE(server.start());
    QTemporaryDir keep;
    const QString backup = keep.filePath(QStringLiteral("backup.sqlite"));
    {
        Device county(QStringLiteral("counter"));
        county.enroll(server, hall);
        county.intake(companySetUp, QStringLiteral("62122119850612301"), QStringLiteral("张伟"));
        REQUIRE(county.syncNow().ok);
        {
            QSqlQuery q(county.workspace->database()->connection());
            REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
        }
        // Work after the backup: its audit rows reach the server, then the copy is lost.
        county.intake(companySetUp, QStringLiteral("62122119900101302"), QStringLiteral("李娜"));
        REQUIRE(county.syncNow().ok);
    }
    Device restored(QStringLiteral("counter"));
    restored.workspace.reset();
    restored.cases.reset();
    restored.sync.reset();
    QFile::remove(restored.path());
    REQUIRE(QFile::copy(backup, restored.path()));
    auto ws = Workspace::open(restored.path());
    REQUIRE(ws.ok());
    restored.workspace = std::move(ws.value());
    REQUIRE(restored.workspace->setCurrentUser(QStringLiteral("counter")).ok());
    restored.cases = std::make_unique<CaseStore>(restored.workspace->database(),
                                                 restored.workspace->calendar());
    restored.sync = std::make_unique<LocalSyncStore>(restored.workspace->database());

    // Nothing queued on the restored copy: the audit push itself finds the regression.
    const SyncOutcome outcome = restored.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.restreams == 1);
    // The chain goes on from the copy; the server recorded the fork and still verifies.
    CHECK(serverColumn(server,
                       QStringLiteral("SELECT id FROM audit_log WHERE action ="
                                      " 'audit.fork'"))
                  .size()
          == 1);
    QByteArray report;
    CHECK(auditVerify(server, &report) == 0);
    INFO(report.toStdString());
    const QSet<QString> local = localAuditIds(restored);
    CHECK(serverAuditIds(server).contains(local));
}
