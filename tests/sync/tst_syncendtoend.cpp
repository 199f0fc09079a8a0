#include "syncdevice.h"

#include <QFile>
#include <QSqlQuery>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");
const QString companySetUp = QStringLiteral("621221-SCJG-0001");    // hall only
const QString soleTraderSetUp = QStringLiteral("621221-SCJG-0004"); // a township may accept it

void checkConverged(const Device &device, const QSet<QString> &mustHave = {})
{
    const QMap<QString, QJsonObject> server = device.serverView();
    const QStringList local = device.caseIds();
    // Every case here is the server's, as the server has it; and the server's cases of this
    // device's buckets are all here.
    CHECK(QSet<QString>(local.cbegin(), local.cend())
          == QSet<QString>(server.keyBegin(), server.keyEnd()));
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        INFO("case " << it.key().toStdString());
        CHECK(localView(device, it.key()) == comparable(it.value()));
    }
    for (const QString &id : mustHave)
        CHECK(server.contains(id));
}

} // namespace

TEST_CASE("A county window and a township point work offline, sync and converge", "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    Device point(QStringLiteral("township"));
    county.enroll(server, hall);
    point.enroll(server, township);

    // Offline work on both sides (the server is not asked until they sync).
    const Case c1 = county.intake(companySetUp, QStringLiteral("62122119850612301"),
                                  QStringLiteral("张伟"));
    const Case c2 = county.intake(companySetUp, QStringLiteral("62122119900101302"),
                                  QStringLiteral("李娜"));
    REQUIRE(county.move(c1.id, CaseEvent::Route).ok());
    const Case t1 = point.intake(soleTraderSetUp, QStringLiteral("62122119850612301"),
                                 QStringLiteral("张伟"), CaseChannel::Township);
    const Case t2 = point.intake(soleTraderSetUp, QStringLiteral("62122119770303303"),
                                 QStringLiteral("王芳"), CaseChannel::Township);
    CHECK(county.sync->pendingCount() == 5);
    CHECK(point.sync->pendingCount() == 4);

    const SyncOutcome first = point.syncNow();
    INFO(first.error.toStdString());
    REQUIRE(first.ok);
    CHECK(first.pushed == 4);
    CHECK(first.rejected == 0);
    const SyncOutcome second = county.syncNow();
    INFO(second.error.toStdString());
    REQUIRE(second.ok);
    CHECK(second.pushed == 5);
    // The hall holds the township's results for release: it receives its cases too.
    CHECK(county.cases->load(t1.id).ok());
    CHECK(county.cases->load(t2.id).ok());
    // The applicant entered at both places is one applicant here, with this store's own id.
    QSqlQuery q(county.workspace->database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM applicants")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);

    // The county routes the township's case; both sync again.
    REQUIRE(county.move(t1.id, CaseEvent::Route).ok());
    REQUIRE(county.syncNow().ok);
    REQUIRE(point.syncNow().ok);
    CHECK(point.cases->load(t1.id)->state == CaseState::InReview);
    CHECK(county.sync->pendingCount() == 0);
    CHECK(point.sync->pendingCount() == 0);

    checkConverged(county, {c1.id, c2.id, t1.id, t2.id});
    checkConverged(point, {t1.id, t2.id});
    CHECK_FALSE(point.cases->load(c1.id).ok()); // not in the township's buckets

    // The server holds exactly the mutations the two outboxes made.
    CHECK(serverMutationIds(server) == (county.outboxIds() | point.outboxIds()));
    CHECK(county.sync->record().lastSuccessAt.isValid());
    CHECK(county.sync->record().lastError.isEmpty());
}

TEST_CASE("A stale move is rejected with the server's state and listed as a conflict",
          "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    Device point(QStringLiteral("township"));
    county.enroll(server, hall);
    point.enroll(server, township);
    const Case t = point.intake(soleTraderSetUp, QStringLiteral("62122119850612301"),
                                QStringLiteral("张伟"), CaseChannel::Township);
    REQUIRE(point.syncNow().ok);
    REQUIRE(county.syncNow().ok);
    REQUIRE(county.cases->load(t.id)->state == CaseState::Accepted);

    // Offline at the same time: the applicant withdraws at the township; the county routes it.
    REQUIRE(point.move(t.id, CaseEvent::Withdraw, QStringLiteral("申请人撤回申请")).ok());
    REQUIRE(county.move(t.id, CaseEvent::Route).ok());
    REQUIRE(point.syncNow().ok);

    const SyncOutcome outcome = county.syncNow();
    INFO(outcome.error.toStdString());
    if (!outcome.ok)
        WARN(server.stderrSoFar().right(1500).toStdString());
    CHECK(outcome.ok); // a business rejection is a processed result, not a failed sync
    CHECK(outcome.rejected == 1);
    CHECK(county.sync->rejectedCount() == 1);
    const QList<RejectedMutation> rejected = county.sync->rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].caseNumber == t.number);
    CHECK(rejected[0].event == QStringLiteral("route"));
    CHECK(rejected[0].serverState == QStringLiteral("withdrawn"));
    CHECK_FALSE(rejected[0].message.isEmpty());
    // The county now shows what the server holds.
    CHECK(county.cases->load(t.id)->state == CaseState::Withdrawn);
    checkConverged(county);
    checkConverged(point);
    CHECK(serverMutationIds(server) == (county.outboxIds() | point.outboxIds()));
}

TEST_CASE("A case received and accepted in one batch is stored as one pushed move by move",
          "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    county.enroll(server, hall);
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    const auto acceptedOn = [&](const QString &day) {
        QSqlQuery q(connection.db);
        q.prepare(QStringLiteral("SELECT coalesce(sum(accepted), 0) FROM county_daily"
                                 " WHERE day = ? AND place_code = ?"));
        q.addBindValue(day);
        q.addBindValue(hall);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const QString today
            = CaseRules::businessDate(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
    const qint64 acceptedBefore = acceptedOn(today);

    // c1: its receive and accept in one batch (the server writes its row once, accepted);
    // c2: one mutation per batch (the row inserted received, then updated).
    const Case c1 = county.intake(companySetUp, QStringLiteral("62122119850612301"),
                                  QStringLiteral("张伟"));
    const SyncOutcome together = county.syncNow();
    INFO(together.error.toStdString());
    REQUIRE(together.ok);
    CHECK(together.pushed == 2);
    const Case c2 = county.intake(companySetUp, QStringLiteral("62122119900101302"),
                                  QStringLiteral("李娜"));
    {
        SyncEngine engine(county.workspace->database(), county.actor());
        SyncEngine::Limits limits;
        limits.batchMutations = 1;
        engine.setLimits(limits);
        const SyncOutcome apart = engine.runCycle();
        INFO(apart.error.toStdString());
        REQUIRE(apart.ok);
        CHECK(apart.pushed == 2);
    }
    if (CaseRules::businessDate(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate) == today)
        CHECK(acceptedOn(today) == acceptedBefore + 2); // the county roll-up counts both once

    // The rows the server stored say what it announced, the same for both.
    const QMap<QString, QJsonObject> announced = county.serverView();
    for (const Case &c : {c1, c2}) {
        INFO("case " << c.number.toStdString());
        const QJsonObject snapshot = announced.value(c.id);
        REQUIRE_FALSE(snapshot.isEmpty());
        CHECK(snapshot.value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
        QSqlQuery row(connection.db);
        row.prepare(QStringLiteral("SELECT state, version, accepted_at, due_date, updated_at,"
                                   " release_place_code, staff_id, trips, received_at FROM cases"
                                   " WHERE id = ?"));
        row.addBindValue(c.id);
        REQUIRE(row.exec());
        REQUIRE(row.next());
        int i = 0;
        for (const char *key : {"state", "version", "accepted_at", "due_date", "updated_at",
                                "release_place_code", "staff_id", "trips", "received_at"}) {
            INFO(key);
            CHECK(row.value(i++).toString()
                  == snapshot.value(QLatin1String(key)).toVariant().toString());
        }
        QSqlQuery history(connection.db);
        history.prepare(QStringLiteral("SELECT event, from_state, to_state FROM case_history"
                                       " WHERE case_id = ? ORDER BY event DESC"));
        history.addBindValue(c.id);
        REQUIRE(history.exec());
        QStringList events;
        while (history.next())
            events << history.value(0).toString() + QLatin1Char(':') + history.value(1).toString()
                            + QLatin1Char('>') + history.value(2).toString();
        CHECK(events
              == QStringList{QStringLiteral("receive:>received"),
                             QStringLiteral("accept:received>accepted")});
        QSqlQuery materials(connection.db);
        materials.prepare(QStringLiteral("SELECT count(*) FROM case_materials WHERE case_id = ?"));
        materials.addBindValue(c.id);
        REQUIRE(materials.exec());
        REQUIRE(materials.next());
        CHECK(materials.value(0).toLongLong()
              == snapshot.value(QStringLiteral("materials")).toArray().size());
    }
    checkConverged(county, {c1.id, c2.id});
    CHECK(serverMutationIds(server) == county.outboxIds());
}

TEST_CASE("A revoked device stops syncing and says why", "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    county.enroll(server, hall);
    REQUIRE(county.syncNow().ok);
    county.intake(companySetUp, QStringLiteral("62122119850612301"), QStringLiteral("张伟"));

    const ServerProcess::Run revoke = server.run(
            {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--device"),
             county.sync->enrollment()->deviceId, QStringLiteral("--db"), server.dbUrl()});
    REQUIRE(revoke.exitCode == 0);

    const SyncOutcome outcome = county.syncNow();
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.stop == SyncOutcome::Stop::Revoked);
    CHECK(outcome.error.contains(QStringLiteral("revoked")));
    CHECK(county.sync->enrollment()->revoked);
    CHECK(county.sync->pendingCount() == 2); // nothing is lost: the changes stay queued
    // The personal data it cached is gone: the case keeps its number and state, not who.
    {
        QSqlQuery q(county.workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE applicant_id_number <> ''"
                                      " OR applicant_name <> '' OR applicant_phone <> ''")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM applicants WHERE id_number NOT LIKE"
                                      " 'wiped:%' OR name <> '' OR phone <> ''")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM applicant_name_grams")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    CHECK(county.sync->record().lastError == outcome.error);
    // It does not try again.
    const SyncOutcome again = county.syncNow();
    CHECK(again.stop == SyncOutcome::Stop::Revoked);
    CHECK_FALSE(again.reachable);
}

TEST_CASE("A device restored from a backup starts a new stream and loses nothing", "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    QString backup;
    QSet<QString> before;
    QTemporaryDir keep;
    {
        Device county(QStringLiteral("counter"));
        county.enroll(server, hall);
        county.intake(companySetUp, QStringLiteral("62122119850612301"), QStringLiteral("张伟"));
        // The backup is taken with one intake queued, then more work is synced.
        backup = keep.filePath(QStringLiteral("backup.sqlite"));
        {
            QSqlQuery q(county.workspace->database()->connection());
            REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
        }
        county.intake(companySetUp, QStringLiteral("62122119900101302"), QStringLiteral("李娜"));
        REQUIRE(county.syncNow().ok);
        before = county.outboxIds();
    }
    // Restored: the store went back; its outbox numbers new work with seqs the server saw.
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
    const QString oldShortId = restored.workspace->deviceShortId();
    // New work on the restored copy (a move: a new intake would reuse a case number the lost
    // copy gave out before the new short id arrives).
    const QString first = restored.caseIds().value(0);
    REQUIRE(restored.move(first, CaseEvent::Route).ok());

    const SyncOutcome outcome = restored.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.restreams == 1);
    CHECK(restored.sync->enrollment()->stream == 2);
    CHECK(restored.workspace->deviceShortId() != oldShortId);
    CHECK(restored.sync->pendingCount() == 0);
    // Every mutation ever made on either copy is on the server once.
    CHECK(serverMutationIds(server) == (before | restored.outboxIds()));
    checkConverged(restored);
}
