#include "domain/uuidv7.h"
#include "serverschema.h"
#include "store/database.h"
#include "store/ratingstore.h"
#include "store/taskstore.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>

// The task, manifest and rating mutations on the real server: each applied, refused as
// malformed (400, nothing written), rejected by the shared rules with the server's `current`,
// and answered from the stored result when it comes again.
using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString enterpriseSetUp = QStringLiteral("621221-SCJG-0001");

struct Fixture
{
    ServerProcess server;
    QUrl base;

    Fixture()
    {
        REQUIRE(server.start());
        base = server.baseUrl();
    }

    Device device(const QString &place = hall)
    {
        auto d = enroll(server, base, place);
        REQUIRE(d.has_value());
        return *d;
    }

    qint64 serverCount(const QString &sql)
    {
        auto db = Database::open(server.dbPath(), serverSchema());
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QList<sync::PullChange> pullAll(const Device &d, const QString &bucket)
    {
        QList<sync::PullChange> changes;
        QString at;
        for (int page = 0; page < 100; ++page) {
            const auto reply = get(base, sync::path::pull(),
                                   QStringLiteral("bucket=%1&cursor=%2").arg(bucket, at), &d);
            REQUIRE(reply.status == 200);
            auto parsed = sync::PullResponse::fromJson(bodyOf(reply));
            REQUIRE(parsed.ok());
            changes += parsed->changes;
            at = parsed->cursor;
            if (!parsed->hasMore)
                break;
        }
        return changes;
    }
};

sync::PushResponse pushed(const HttpReply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto parsed = sync::PushResponse::fromJson(bodyOf(reply));
    REQUIRE(parsed.ok());
    return parsed.value();
}

// A 400 naming the field.
void refused(const HttpReply &reply, const QString &field)
{
    INFO(reply.body.toStdString());
    CHECK(reply.status == 400);
    CHECK(errorCode(reply) == sync::code::invalidField());
    CHECK(bodyOf(reply)
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(field));
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

NewTask helpTask()
{
    NewTask t;
    t.kind = TaskKind::Help;
    t.title = QStringLiteral("陪同办理企业开办");
    t.requesterName = QStringLiteral("王秀兰");
    t.priority = TaskPriority::Elderly;
    t.note = QStringLiteral("老人行动不便");
    return t;
}

QStringList statuses(const sync::PushResponse &r)
{
    QStringList list;
    for (const auto &x : r.results)
        list.append(x.status + (x.code.isEmpty() ? QString() : QLatin1Char(' ') + x.code));
    return list;
}

} // namespace

TEST_CASE("Task mutations: applied, duplicate, rejected with the server's task, malformed",
          "[sync]")
{
    Fixture f;
    const Device d1 = f.device();
    const Device d2 = f.device();
    Client first(QStringLiteral("agent"));
    Client second(QStringLiteral("agent"));
    TaskStore tasks1(first.workspace->database(), first.workspace->calendar());
    TaskStore tasks2(second.workspace->database(), second.workspace->calendar());

    auto created = tasks1.create(helpTask(), first.actor, now());
    REQUIRE(created.ok());
    // The second device has the task as it was created (as a pull would give it).
    REQUIRE(tasks2.applySnapshot(TaskStore::toJson(created.value())).ok());
    REQUIRE(tasks1.act(created->id, TaskEvent::Claim, {}, first.actor, now()).ok());
    TaskRequest note;
    note.text = QStringLiteral("已陪同到市场监管窗口");
    note.step = TaskStep::Accept;
    REQUIRE(tasks1.act(created->id, TaskEvent::Progress, note, first.actor, now()).ok());
    const auto mutations = first.mutations();
    REQUIRE(mutations.size() == 3);
    CHECK(mutations[0].name == QStringLiteral("task.create"));
    CHECK(mutations[1].name == QStringLiteral("task.claim"));

    const auto response = pushed(push(f.base, d1, mutations));
    CHECK(statuses(response) == QStringList(3, QStringLiteral("applied")));
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'in_progress'"))
          == 1);
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM task_log")) == 3);
    // The log lines are the mutations: the same ids on device and server.
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM task_log WHERE id = '%1'")
                                .arg(mutations[1].id))
          == 1);

    // One change row for the task in the place's bucket, its whole snapshot.
    const auto changes = f.pullAll(d1, sync::placeBucket(hall));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].entity == sync::entity::task());
    CHECK(changes[0].version == 3);
    auto snapshot = sync::taskFromJson(changes[0].data);
    REQUIRE(snapshot.ok());
    CHECK(snapshot->ownerName == QStringLiteral("李强"));
    CHECK(snapshot->log.size() == 3);
    CHECK(snapshot->lastStep == TaskStep::Accept);

    SECTION("the same batch again: the stored results, nothing written")
    {
        const auto again = pushed(push(f.base, d1, mutations));
        CHECK(statuses(again) == QStringList(3, QStringLiteral("duplicate")));
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM task_log")) == 3);
        CHECK(f.pullAll(d1, sync::placeBucket(hall)).size() == 1);
    }
    SECTION("a second device's offline claim is rejected with the task as the server has it")
    {
        REQUIRE(tasks2.act(created->id, TaskEvent::Claim, {}, second.actor, now()).ok());
        const auto claims = second.mutations();
        REQUIRE(claims.size() == 1);
        const auto answer = pushed(push(f.base, d2, claims));
        REQUIRE(answer.results.size() == 1);
        const auto &r = answer.results[0];
        CHECK(r.status == sync::result::rejected());
        CHECK(r.code == QStringLiteral("task.already_claimed"));
        REQUIRE(r.current.has_value());
        auto current = sync::taskFromJson(*r.current);
        REQUIRE(current.ok());
        CHECK(current->status == TaskStatus::InProgress);
        CHECK(current->ownerId == first.actor.userId);
        // Stored: the same claim again gets the same code, without a stale snapshot.
        const auto again = pushed(push(f.base, d2, claims));
        CHECK(again.results[0].status == sync::result::duplicate());
        CHECK(again.results[0].code == QStringLiteral("task.already_claimed"));
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM task_log")) == 3);
    }
    SECTION("malformed task mutations are 400 with the field, nothing applied")
    {
        REQUIRE(tasks2.act(created->id, TaskEvent::Claim, {}, second.actor, now()).ok());
        sync::PushMutation bad = second.mutations().at(0);
        bad.payload.remove(QStringLiteral("task_id"));
        refused(push(f.base, d2, {bad}), QStringLiteral("mutations[0].payload.task_id"));
        bad = second.mutations().at(0);
        bad.payload.insert(QStringLiteral("event"), QStringLiteral("release"));
        refused(push(f.base, d2, {bad}), QStringLiteral("mutations[0].payload.event"));
        bad = second.mutations().at(0);
        bad.name = QStringLiteral("task.fly");
        refused(push(f.base, d2, {bad}), QStringLiteral("mutations[0].name"));
        sync::PushMutation create = mutations[0];
        create.seq = 1;
        create.id = UuidV7::createString();
        QJsonObject payload = create.payload;
        payload.insert(QStringLiteral("kind"), QStringLiteral("errand"));
        create.payload = payload;
        refused(push(f.base, d2, {create}), QStringLiteral("mutations[0].payload.kind"));
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM mutations")) == 3);
    }
}

TEST_CASE("Rating mutations: applied, duplicate, rejected with the server's rating, malformed",
          "[sync]")
{
    Fixture f;
    const Device d1 = f.device();
    const Device d2 = f.device();
    Client first(QStringLiteral("counter"));
    Client second(QStringLiteral("counter"));
    RatingStore ratings1(first.workspace->database(), first.workspace->calendar());
    RatingStore ratings2(second.workspace->database(), second.workspace->calendar());

    auto c = first.intake(d1.shortId, enterpriseSetUp, IntakeDecision::Accept,
                          QStringLiteral("62122119850612301"));
    REQUIRE(c.ok());
    RatingRequest request;
    request.caseId = c->id;
    request.level = RatingLevel::VeryDissatisfied;
    request.comment = QStringLiteral("窗口人员态度差");
    auto rating = ratings1.add(request, first.actor, now());
    REQUIRE(rating.ok());
    const auto mutations = first.mutations();
    REQUIRE(mutations.size() == 3);
    CHECK(mutations[2].name == QStringLiteral("rating.add"));
    const auto response = pushed(push(f.base, d1, mutations));
    CHECK(statuses(response) == QStringList(3, QStringLiteral("applied")));
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM ratings WHERE level = 1")) == 1);
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM rating_followups")) == 1);
    bool pulled = false;
    for (const auto &change : f.pullAll(d1, sync::placeBucket(hall))) {
        if (change.entity != sync::entity::rating())
            continue;
        pulled = true;
        auto s = sync::RatingSnapshot::fromJson(change.data);
        REQUIRE(s.ok());
        CHECK(s->rating.id == rating->id);
        CHECK(s->followUp.has_value());
        CHECK_FALSE(s->appeal.has_value());
    }
    CHECK(pulled);

    SECTION("again: duplicate")
    {
        const auto again = pushed(push(f.base, d1, mutations));
        CHECK(statuses(again) == QStringList(3, QStringLiteral("duplicate")));
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM ratings")) == 1);
    }
    SECTION("a second rating of the same visit from another device is rejected with the first")
    {
        sync::PushMutation other = mutations[2];
        other.seq = 1;
        other.id = UuidV7::createString();
        other.entityId = UuidV7::createString();
        QJsonObject payload = other.payload;
        payload.insert(QStringLiteral("id"), other.entityId);
        payload.insert(QStringLiteral("level"), 5);
        other.payload = payload;
        other.userId = second.actor.userId;
        const auto answer = pushed(push(f.base, d2, {other}));
        REQUIRE(answer.results.size() == 1);
        CHECK(answer.results[0].status == sync::result::rejected());
        CHECK(answer.results[0].code == QStringLiteral("rating.duplicate"));
        REQUIRE(answer.results[0].current.has_value());
        CHECK(answer.results[0].current->value(QStringLiteral("id")).toString() == rating->id);
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM ratings")) == 1);
    }
    SECTION("a follow-up step by a counter is rejected with the rating as the server has it")
    {
        sync::FollowUpPayload p;
        p.ratingId = rating->id;
        p.step = FollowUpStep::CallBack;
        p.note = QStringLiteral("已回访");
        p.at = now();
        sync::PushMutation m;
        m.seq = 1;
        m.id = UuidV7::createString();
        m.name = sync::mutation::ratingFollowUp();
        m.entityId = rating->id;
        m.userId = second.actor.userId;
        m.createdAt = p.at;
        m.payload = p.toJson();
        const auto answer = pushed(push(f.base, d2, {m}));
        REQUIRE(answer.results.size() == 1);
        CHECK(answer.results[0].status == sync::result::rejected());
        REQUIRE(answer.results[0].current.has_value());
        CHECK(answer.results[0].current->value(QStringLiteral("id")).toString() == rating->id);
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM rating_followups"
                                           " WHERE call_back_at IS NULL"))
              == 1);
    }
    SECTION("malformed rating mutations are 400 with the field")
    {
        sync::PushMutation bad = mutations[2];
        bad.seq = 1;
        bad.id = UuidV7::createString();
        QJsonObject payload = bad.payload;
        payload.insert(QStringLiteral("level"), 9);
        bad.payload = payload;
        refused(push(f.base, d2, {bad}), QStringLiteral("mutations[0].payload.level"));
        payload.insert(QStringLiteral("level"), 2);
        payload.insert(QStringLiteral("scope"), QStringLiteral("forever"));
        bad.payload = payload;
        refused(push(f.base, d2, {bad}), QStringLiteral("mutations[0].payload.scope"));
        sync::AppealPayload decide;
        decide.ratingId = rating->id;
        decide.reason = QStringLiteral("不成立");
        decide.at = now();
        sync::PushMutation m = bad;
        m.name = sync::mutation::ratingAppealDecide();
        m.entityId = rating->id;
        m.payload = decide.toJson(); // no decision
        refused(push(f.base, d2, {m}), QStringLiteral("mutations[0].payload.decision"));
    }
}

TEST_CASE("Manifest mutations: rejected by the shared rules, malformed, duplicate", "[sync]")
{
    Fixture f;
    const Device d = f.device();
    Client client(QStringLiteral("counter"));
    auto c = client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept,
                           QStringLiteral("62122119850612301"));
    REQUIRE(c.ok());
    const auto intake = client.mutations();
    REQUIRE(pushed(push(f.base, d, intake)).results.size() == 2);

    // A hall counter "sends" a forward manifest: only a township point may.
    Manifest m;
    m.id = UuidV7::createString();
    m.number = QStringLiteral("LZ-621221-20261129-%1-001").arg(d.shortId);
    m.direction = ManifestDirection::Forward;
    m.fromPlace = hall;
    m.toPlace = hall;
    m.createdBy = client.actor.userId;
    m.createdAt = now();
    m.updatedAt = m.createdAt;
    ManifestEntry e;
    e.caseId = c->id;
    e.caseNumber = c->number;
    e.packets = 1;
    m.entries = {e};
    sync::PushMutation send;
    send.seq = 3;
    send.id = UuidV7::createString();
    send.name = sync::mutation::manifestSend();
    send.entityId = m.id;
    send.userId = client.actor.userId;
    send.createdAt = m.createdAt;
    send.payload = sync::manifestToJson(m);
    sync::ManifestReceivePayload receive;
    receive.manifestId = UuidV7::createString();
    receive.number = QStringLiteral("LZ-621221101-20261129-AA-001");
    receive.at = now();
    receive.entries = {{0, c->id, 1, {}}};
    sync::PushMutation take;
    take.seq = 4;
    take.id = UuidV7::createString();
    take.name = sync::mutation::manifestReceive();
    take.entityId = receive.manifestId;
    take.baseVersion = 1;
    take.userId = client.actor.userId;
    take.createdAt = receive.at;
    take.payload = receive.toJson();

    const auto answer = pushed(push(f.base, d, {send, take}));
    CHECK(statuses(answer)
          == QStringList{QStringLiteral("rejected role.forbidden"),
                         QStringLiteral("rejected manifest.not_found")});
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM manifests")) == 0);
    // The refused send is in the server's audit chain (who, what, which record, refused); a
    // business rejection (not found) is not an access refusal.
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE result = 'refused'"
                                       " AND action = 'manifest.send' AND entity_id = '%1'")
                                .arg(m.id))
          == 1);
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE result = 'refused'"
                                       " AND action = 'manifest.receive'"))
          == 0);
    const auto again = pushed(push(f.base, d, {send, take}));
    CHECK(statuses(again)
          == QStringList{QStringLiteral("duplicate role.forbidden"),
                         QStringLiteral("duplicate manifest.not_found")});

    sync::PushMutation bad = send;
    bad.seq = 5;
    bad.id = UuidV7::createString();
    QJsonObject payload = bad.payload;
    payload.insert(QStringLiteral("direction"), QStringLiteral("sideways"));
    bad.payload = payload;
    refused(push(f.base, d, {bad}), QStringLiteral("mutations[0].payload.direction"));
    payload = send.payload;
    payload.insert(QStringLiteral("entries"), QJsonArray());
    bad.payload = payload;
    refused(push(f.base, d, {bad}), QStringLiteral("mutations[0].payload.entries"));
    bad = take;
    bad.seq = 5;
    bad.id = UuidV7::createString();
    payload = take.payload;
    payload.remove(QStringLiteral("at"));
    bad.payload = payload;
    refused(push(f.base, d, {bad}), QStringLiteral("mutations[0].payload.at"));
}
