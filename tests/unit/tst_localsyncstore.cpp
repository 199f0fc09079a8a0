#include "domain/residentid.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "sync/syncprotocol.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2024, month, day), QTime(hour - 8, 0), Qt::UTC); // hour in Shanghai
}

const QString enterpriseSetUp = QStringLiteral("621221-SCJG-0001");

// A local store as a device (or, for the tests, as the server that made the snapshots) has it.
struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<LocalSyncStore> sync;
    Catalog catalog;

    Store()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("store.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        sync = std::make_unique<LocalSyncStore>(workspace->database());
        catalog = workspace->catalog().load().value();
    }

    Actor actor(const QString &username = QStringLiteral("counter"))
    {
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    Case intake(const QString &first17, const QString &name, int hour = 10)
    {
        IntakeRequest r;
        r.item = *catalog.item(enterpriseSetUp);
        r.applicant.name = name;
        r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
        r.applicant.phone = QStringLiteral("13893912345");
        r.materials = CaseRules::checklistFor(r.item);
        for (CaseMaterial &m : r.materials) {
            m.status = CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        auto c = cases->intake(r, actor(), QStringLiteral("A1"), at(9, 27, hour));
        REQUIRE(c.ok());
        return c.value();
    }

    Case move(const QString &caseId, CaseEvent event, int hour)
    {
        TransitionRequest t;
        t.event = event;
        auto c = cases->transition(caseId, t, actor(), at(9, 27, hour));
        REQUIRE(c.ok());
        return c.value();
    }

    sync::PullChange change(const QString &caseId)
    {
        auto c = cases->load(caseId);
        REQUIRE(c.ok());
        return {sync::entity::caseEntity(), c->id, c->version, sync::caseToJson(c.value(), true)};
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(workspace->database()->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    void enroll()
    {
        SyncEnrollment e;
        e.serverUrl = QStringLiteral("http://127.0.0.1:1");
        e.deviceId = QStringLiteral("0190f6a0-0000-7000-8000-0000000000d1");
        e.shortId = QStringLiteral("B7");
        e.placeCode = QStringLiteral("621221");
        e.token = QStringLiteral("token");
        e.stream = 1;
        REQUIRE(sync->enroll(e, actor()).ok());
    }
};

// The case as a list or a detail shows it: what must be equal after a pull.
QJsonObject viewOf(const Case &c)
{
    QJsonObject o = sync::caseToJson(c, true);
    QJsonObject applicant = o.value(QStringLiteral("applicant")).toObject();
    applicant.remove(QStringLiteral("id")); // each store keeps its own surrogate id
    o.insert(QStringLiteral("applicant"), applicant);
    return o;
}

} // namespace

TEST_CASE("A pulled page fills a fresh store: cases, applicants, materials, history and the "
          "cursor, without outbox rows",
          "[sync]")
{
    Store server;
    const Case a = server.intake(QStringLiteral("62122119850612301"), QStringLiteral("张伟"), 9);
    const Case b = server.intake(QStringLiteral("62122119900101302"), QStringLiteral("李娜"), 10);
    const Case a2 = server.intake(QStringLiteral("62122119850612301"), QStringLiteral("张伟"), 11);
    server.move(a.id, CaseEvent::Route, 12);

    Store client;
    const Actor actor = client.actor();
    auto applied = client.sync->applyPage(
            QStringLiteral("place:621221"),
            {server.change(a.id), server.change(b.id), server.change(a2.id)}, QStringLiteral("c-3"),
            actor);
    REQUIRE(applied.ok());
    CHECK(applied->applied == 3);
    CHECK(applied->deferred == 0);
    CHECK(client.sync->cursor(QStringLiteral("place:621221")) == QStringLiteral("c-3"));
    CHECK(client.sync->cursor(QStringLiteral("global")).isEmpty());
    CHECK(client.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    // One applicant per (kind, ID number), with this store's own id.
    CHECK(client.count(QStringLiteral("SELECT count(*) FROM applicants")) == 2);
    for (const QString &id : {a.id, b.id, a2.id}) {
        const Case here = client.cases->load(id).value();
        const Case there = server.cases->load(id).value();
        CHECK(viewOf(here) == viewOf(there));
    }
    // Found by name like any local case.
    CHECK(client.count(
                  QStringLiteral("SELECT count(*) FROM applicant_name_grams WHERE gram = '张伟'"))
          == 1);

    SECTION("the same page again changes nothing")
    {
        auto again = client.sync->applyPage(QStringLiteral("place:621221"), {server.change(a.id)},
                                            QStringLiteral("c-4"), actor);
        REQUIRE(again.ok());
        CHECK(client.count(QStringLiteral("SELECT count(*) FROM case_history")) == 7);
        CHECK(client.count(QStringLiteral("SELECT count(*) FROM cases")) == 3);
    }
    SECTION("an older snapshot of a case (from another bucket) does not overwrite a newer one")
    {
        sync::PullChange older = server.change(a.id);
        older.version = 1;
        QJsonObject data = older.data;
        data.insert(QStringLiteral("version"), 1);
        data.insert(QStringLiteral("state"), QStringLiteral("accepted"));
        older.data = data;
        auto stale = client.sync->applyPage(QStringLiteral("place:621221101"), {older},
                                            QStringLiteral("t-1"), actor);
        REQUIRE(stale.ok());
        CHECK(stale->skipped == 1);
        CHECK(client.cases->load(a.id)->state == CaseState::InReview);
    }
}

TEST_CASE("A page and its cursor are one transaction: a bad change leaves neither", "[sync]")
{
    Store server;
    const Case a = server.intake(QStringLiteral("62122119850612301"), QStringLiteral("张伟"), 9);
    Store client;
    const Actor actor = client.actor();
    REQUIRE(client.sync
                    ->applyPage(QStringLiteral("place:621221"), {server.change(a.id)},
                                QStringLiteral("c-1"), actor)
                    .ok());
    const Case b = server.intake(QStringLiteral("62122119900101302"), QStringLiteral("李娜"), 10);
    sync::PullChange broken = server.change(b.id);
    broken.id = QStringLiteral("0190f6a0-0000-7000-8000-00000000beef");
    QJsonObject data = broken.data;
    data.insert(QStringLiteral("id"), broken.id);
    data.insert(QStringLiteral("number"), a.number); // clashes with the case already here
    broken.data = data;
    auto failed
            = client.sync->applyPage(QStringLiteral("place:621221"), {server.change(b.id), broken},
                                     QStringLiteral("c-3"), actor);
    REQUIRE_FALSE(failed.ok());
    CHECK(client.sync->cursor(QStringLiteral("place:621221")) == QStringLiteral("c-1"));
    CHECK(client.count(QStringLiteral("SELECT count(*) FROM cases")) == 1);
    CHECK_FALSE(client.cases->load(b.id).ok());
}

TEST_CASE("A pulled case with pending local changes waits until they are acknowledged", "[sync]")
{
    Store client;
    client.enroll();
    const Case local
            = client.intake(QStringLiteral("62122119850612301"), QStringLiteral("张伟"), 9);
    client.move(local.id, CaseEvent::Route, 10); // pending: receive, accept, route
    REQUIRE(client.sync->pendingCount() == 3);

    // The server has the case further along (another window approved it meanwhile).
    Case server = client.cases->load(local.id).value();
    server.state = CaseState::Approved;
    server.version = 9;
    server.reason = QStringLiteral("经审查符合条件");
    const sync::PullChange change{sync::entity::caseEntity(), server.id, server.version,
                                  sync::caseToJson(server, true)};
    auto applied = client.sync->applyPage(QStringLiteral("place:621221"), {change},
                                          QStringLiteral("c-1"), client.actor());
    REQUIRE(applied.ok());
    CHECK(applied->deferred == 1);
    CHECK(client.cases->load(local.id)->state == CaseState::InReview); // the local row stays
    CHECK(client.sync->cursor(QStringLiteral("place:621221")) == QStringLiteral("c-1"));

    const QList<sync::PushMutation> batch = client.sync->pendingBatch(500, 512 * 1024);
    REQUIRE(batch.size() == 3);
    CHECK(batch[0].seq == 1);
    CHECK(batch[2].seq == 3);

    // The first two acknowledged: the route is still pending, the snapshot still waits.
    QList<sync::PushResult> first;
    for (int i = 0; i < 2; ++i)
        first.append({batch[i].id, batch[i].seq, sync::result::applied(), {}, {}, std::nullopt});
    auto ack = client.sync->acknowledge(first);
    REQUIRE(ack.ok());
    CHECK(ack->snapshots == 0);
    CHECK(client.cases->load(local.id)->state == CaseState::InReview);

    auto last = client.sync->acknowledge(
            {{batch[2].id, batch[2].seq, sync::result::duplicate(), {}, {}, std::nullopt}});
    REQUIRE(last.ok());
    CHECK(last->snapshots == 1);
    const Case now = client.cases->load(local.id).value();
    CHECK(now.state == CaseState::Approved);
    CHECK(now.version == 9);
    CHECK(client.sync->pendingCount() == 0);
    CHECK(client.count(QStringLiteral("SELECT count(*) FROM sync_deferred")) == 0);
    CHECK(client.count(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'applied'"))
          == 3);
}

TEST_CASE("A rejected move takes the server's current state and is listed with its reason",
          "[sync]")
{
    Store client;
    client.enroll();
    const Case local
            = client.intake(QStringLiteral("62122119850612301"), QStringLiteral("张伟"), 9);
    client.move(local.id, CaseEvent::Route, 10);
    const QList<sync::PushMutation> batch = client.sync->pendingBatch(500, 512 * 1024);
    REQUIRE(batch.size() == 3);

    Case current = client.cases->load(local.id).value();
    current.state = CaseState::Withdrawn;
    current.version = 3;
    current.history.removeLast();
    const QJsonObject currentJson = sync::caseToJson(current, true);
    auto ack = client.sync->acknowledge(
            {{batch[0].id, 1, sync::result::applied(), {}, {}, std::nullopt},
             {batch[1].id, 2, sync::result::applied(), {}, {}, std::nullopt},
             {batch[2].id, 3, sync::result::rejected(), QStringLiteral("transition.refused"),
              QStringLiteral("The case was withdrawn meanwhile."), currentJson}});
    REQUIRE(ack.ok());
    CHECK(ack->applied == 2);
    CHECK(ack->rejected == 1);
    CHECK(ack->snapshots == 1);
    const Case now = client.cases->load(local.id).value();
    CHECK(now.state == CaseState::Withdrawn);
    CHECK(now.history.size() == current.history.size());

    CHECK(client.sync->rejectedCount() == 1);
    const QList<RejectedMutation> rejected = client.sync->rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].caseNumber == local.number);
    CHECK(rejected[0].event == QStringLiteral("route"));
    CHECK(rejected[0].code == QStringLiteral("transition.refused"));
    CHECK(rejected[0].message == QStringLiteral("The case was withdrawn meanwhile."));
    CHECK(rejected[0].serverState == QStringLiteral("withdrawn"));
    CHECK(rejected[0].localState == QStringLiteral("withdrawn"));
}

TEST_CASE("Enrollment numbers the queue for the push - a new stream numbers it again from 1",
          "[sync]")
{
    Store client;
    // Practice work before the device was enrolled goes with the enrollment, never pushed
    // (tests/sync/tst_practicemode.cpp); the queue starts from 1 after it.
    (void)client.intake(QStringLiteral("62122119900101302"), QStringLiteral("李娜"), 8);
    client.enroll();
    CHECK(client.workspace->deviceShortId() == QStringLiteral("B7"));
    CHECK(client.sync->pendingCount() == 0);
    const Case early
            = client.intake(QStringLiteral("62122119850612301"), QStringLiteral("张伟"), 9);
    client.move(early.id, CaseEvent::Route, 10);
    QList<sync::PushMutation> batch = client.sync->pendingBatch(500, 512 * 1024);
    REQUIRE(batch.size() == 3);
    CHECK(batch[0].seq == 1);
    CHECK(batch[0].name == QStringLiteral("case.receive"));
    CHECK(batch[0].payload.value(QStringLiteral("id")).toString() == early.id);
    CHECK(client.sync->pendingBatch(2, 512 * 1024).size() == 2);
    CHECK(client.sync->pendingBatch(500, 100).size() == 1); // at least one, within the bytes

    REQUIRE(client.sync
                    ->acknowledge({{batch[0].id, 1, sync::result::applied(), {}, {}, std::nullopt}})
                    .ok());
    REQUIRE(client.sync->restream(2, QStringLiteral("C4"), client.actor()).ok());
    batch = client.sync->pendingBatch(500, 512 * 1024);
    REQUIRE(batch.size() == 2);
    CHECK(batch[0].seq == 1);
    CHECK(batch[1].seq == 2);
    CHECK(client.sync->enrollment()->stream == 2);
    CHECK(client.workspace->deviceShortId() == QStringLiteral("C4"));
}

TEST_CASE("Global changes replace the directory, the calendar and the catalogue in the page's "
          "transaction",
          "[sync]")
{
    Store client;
    const Actor actor = client.actor();
    Directory directory = client.workspace->directory().load();
    directory.users[0].displayName = QStringLiteral("王丽丽");
    const QString userId = directory.users[0].id;
    const sync::PullChange people{sync::entity::directory(), QStringLiteral("directory"), 2,
                                  DirectoryJson::toJson(directory)};
    const sync::PullChange days{
            sync::entity::calendar(),
            QStringLiteral("calendar"),
            1,
            {{QStringLiteral("document"), client.workspace->calendar().serialize()}}};
    auto applied = client.sync->applyPage(sync::globalBucket(), {people, days},
                                          QStringLiteral("g-2"), actor);
    REQUIRE(applied.ok());
    CHECK(applied->applied == 2);
    CHECK(client.workspace->directory().user(userId)->displayName == QStringLiteral("王丽丽"));
    CHECK(client.sync->cursor(sync::globalBucket()) == QStringLiteral("g-2"));

    const sync::PullChange bad{sync::entity::catalog(),
                               QStringLiteral("catalog"),
                               3,
                               {{QStringLiteral("nonsense"), true}}};
    REQUIRE_FALSE(
            client.sync->applyPage(sync::globalBucket(), {bad}, QStringLiteral("g-3"), actor).ok());
    CHECK(client.sync->cursor(sync::globalBucket()) == QStringLiteral("g-2"));
}
