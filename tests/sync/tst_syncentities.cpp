#include "domain/uuidv7.h"
#include "items/syncissuemodel.h"
#include "store/manifeststore.h"
#include "store/ratingstore.h"
#include "store/statisticsquery.h"
#include "store/taskstore.h"
#include "syncdevice.h"

using namespace ow;
using namespace synctest;

// Tasks, manifests and ratings through the real server: two devices each, offline work, sync.
namespace {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");
const QString soleTraderSetUp = QStringLiteral("621221-SCJG-0004"); // a township may accept it

struct Stores
{
    TaskStore tasks;
    ManifestStore manifests;
    RatingStore ratings;
    explicit Stores(Device &d)
        : tasks(d.workspace->database(), d.workspace->calendar())
        , manifests(d.workspace->database())
        , ratings(d.workspace->database(), d.workspace->calendar())
    { }
};

SyncOutcome syncOk(Device &d)
{
    const SyncOutcome outcome = d.syncNow();
    INFO(d.username.toStdString() << ": " << outcome.error.toStdString());
    REQUIRE(outcome.ok);
    return outcome;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

NewTask helpTask(const QString &place, const QString &title)
{
    NewTask t;
    t.kind = TaskKind::Help;
    t.title = title;
    t.placeCode = place;
    t.requesterName = QStringLiteral("王秀兰");
    t.requesterPhone = QStringLiteral("13893912345");
    t.priority = TaskPriority::Elderly;
    t.note = QStringLiteral("老人行动不便，需陪同办理");
    return t;
}

void addAgent(const ServerProcess &server, const QString &username, const QString &name)
{
    const auto run = server.run(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), username,
             QStringLiteral("--name"), name, QStringLiteral("--role"), QStringLiteral("agent"),
             QStringLiteral("--place"), hall, QStringLiteral("--db"), server.dbUrl()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

qint64 serverCount(const ServerProcess &server, const QString &sql)
{
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlQuery q(connection.db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A task created at a township point is claimed at the county hall", "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device point(QStringLiteral("township"));
    Device county(QStringLiteral("agent"));
    point.enroll(server, township);
    county.enroll(server, hall);
    Stores pointStores(point);
    Stores countyStores(county);

    // The township point puts a task into its hall's pool, offline.
    auto created = pointStores.tasks.create(helpTask(hall, QStringLiteral("陪同办理养老金领取")),
                                            point.actor(), now());
    INFO(created.error().message.toStdString());
    REQUIRE(created.ok());
    CHECK(syncOk(point).rejected == 0);
    CHECK(point.sync->pendingCount() == 0);
    CHECK(serverCount(server, QStringLiteral("SELECT count(*) FROM tasks")) == 1);

    // The county's agent sees it after a pull and claims it; the claim is provisional until the
    // server confirms it.
    syncOk(county);
    auto pooled = countyStores.tasks.load(created->id);
    REQUIRE(pooled.ok());
    CHECK(pooled->status == TaskStatus::Open);
    CHECK(pooled->log.size() == 1);
    auto claimed = countyStores.tasks.act(created->id, TaskEvent::Claim, {}, county.actor(), now());
    INFO(claimed.error().message.toStdString());
    REQUIRE(claimed.ok());
    CHECK(claimed->claimProvisional);
    const SyncOutcome pushed = syncOk(county);
    CHECK(pushed.rejected == 0);
    auto confirmed = countyStores.tasks.load(created->id);
    REQUIRE(confirmed.ok());
    CHECK(confirmed->status == TaskStatus::Claimed);
    CHECK(confirmed->ownerId == county.actor().userId);
    CHECK_FALSE(confirmed->claimProvisional);

    // The township sees who has it.
    syncOk(point);
    auto seen = pointStores.tasks.load(created->id);
    REQUIRE(seen.ok());
    CHECK(seen->status == TaskStatus::Claimed);
    CHECK(seen->ownerName == QStringLiteral("李强"));
    CHECK(seen->log.size() == 2);
    CHECK(seen->version == confirmed->version);
}

TEST_CASE("Two offline devices claim one task: one owner after both sync, the other sees who",
          "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    addAgent(server, QStringLiteral("agent2"), QStringLiteral("周敏"));
    Device first(QStringLiteral("agent"));
    Device second(QStringLiteral("agent"));
    first.enroll(server, hall);
    second.enroll(server, hall);
    Stores firstStores(first);
    Stores secondStores(second);

    auto created = firstStores.tasks.create(helpTask(hall, QStringLiteral("帮办企业开办")),
                                            first.actor(), now());
    REQUIRE(created.ok());
    syncOk(first);
    syncOk(second); // the task and the directory with agent2
    REQUIRE(second.workspace->setCurrentUser(QStringLiteral("agent2")).ok());

    // Both claim while offline.
    auto a = firstStores.tasks.act(created->id, TaskEvent::Claim, {}, first.actor(), now());
    auto b = secondStores.tasks.act(created->id, TaskEvent::Claim, {}, second.actor(), now());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->claimProvisional);
    CHECK(b->claimProvisional);

    const SyncOutcome winner = syncOk(first);
    CHECK(winner.rejected == 0);
    const SyncOutcome loser = second.syncNow(); // a processed rejection, not a failed sync
    CHECK(loser.rejected == 1);

    // The loser's task now belongs to the winner and has left "mine".
    auto lost = secondStores.tasks.load(created->id);
    REQUIRE(lost.ok());
    CHECK(lost->ownerId == first.actor().userId);
    CHECK(lost->ownerName == QStringLiteral("李强"));
    CHECK_FALSE(lost->claimProvisional);
    const QList<RejectedMutation> rejected = second.sync->rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].name == QStringLiteral("task.claim"));
    CHECK(rejected[0].code == QStringLiteral("task.already_claimed"));
    CHECK(rejected[0].message.contains(QStringLiteral("李强")));
    CHECK(rejected[0].serverState == QStringLiteral("claimed"));
    // The sync panel says it in the user's terms: who has the task now.
    SyncIssueModel issues(second.workspace->database());
    issues.refresh();
    REQUIRE(issues.rowCount() == 1);
    CHECK(issues.index(0, SyncIssueModel::ReasonColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("李强")));
    CHECK(issues.index(0, SyncIssueModel::AdviceColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("李强")));

    auto won = firstStores.tasks.load(created->id);
    REQUIRE(won.ok());
    CHECK(won->ownerId == first.actor().userId);
    CHECK_FALSE(won->claimProvisional);

    // Exactly one owner everywhere after both sync again.
    syncOk(first);
    syncOk(second);
    CHECK(serverCount(server, QStringLiteral("SELECT count(DISTINCT owner_id) FROM tasks")) == 1);
    CHECK(secondStores.tasks.load(created->id)->ownerId == first.actor().userId);
    CHECK(secondStores.tasks.load(created->id)->log.size() == 2);
    CHECK(firstStores.tasks.load(created->id)->log.size() == 2);
    // The server holds both claims' mutation ids: one applied, one rejected.
    CHECK(serverCount(server,
                      QStringLiteral("SELECT count(*) FROM mutations WHERE name = 'task.claim'"))
          == 2);
}

TEST_CASE("A rating taken offline at a township point reaches the county's dashboard",
          "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device point(QStringLiteral("township"));
    Device county(QStringLiteral("supervisor"));
    point.enroll(server, township);
    county.enroll(server, hall);
    Stores pointStores(point);
    Stores countyStores(county);

    const Case c = point.intake(soleTraderSetUp, QStringLiteral("62122119850612301"),
                                QStringLiteral("张伟"), CaseChannel::Township);
    RatingRequest request;
    request.caseId = c.id;
    request.level = RatingLevel::Dissatisfied;
    request.comment = QStringLiteral("等候时间太长");
    auto rating = pointStores.ratings.add(request, point.actor(), now());
    INFO(rating.error().message.toStdString());
    REQUIRE(rating.ok());
    CHECK(syncOk(point).rejected == 0);
    CHECK(serverCount(server, QStringLiteral("SELECT count(*) FROM ratings")) == 1);
    CHECK(serverCount(server, QStringLiteral("SELECT count(*) FROM rating_followups")) == 1);

    syncOk(county);
    const auto pulled = countyStores.ratings.rating(rating->id);
    REQUIRE(pulled.has_value());
    CHECK(pulled->level == RatingLevel::Dissatisfied);
    CHECK(pulled->comment == request.comment);
    REQUIRE(countyStores.ratings.followUp(rating->id).has_value());

    StatisticsQuery query(county.workspace->database()->connection(), county.workspace->calendar());
    const QDate today = CaseRules::businessDate(now());
    StatisticsPeriod period{today.addDays(-1), today.addDays(1), StatisticsGranularity::Day};
    const auto figures = query.dashboard(period, {}, today);
    REQUIRE(figures.ok());
    CHECK(figures->ratings.total() == 1);
    CHECK(figures->ratings.bad() == 1);

    // The county's supervisor calls back; the township sees the step after its pull.
    auto step = countyStores.ratings.recordFollowUp(rating->id, FollowUpStep::CallBack,
                                                    QStringLiteral("已电话回访，属实"),
                                                    county.actor(), now());
    INFO(step.error().message.toStdString());
    REQUIRE(step.ok());
    CHECK(syncOk(county).rejected == 0);
    syncOk(point);
    const auto followUp = pointStores.ratings.followUp(rating->id);
    REQUIRE(followUp.has_value());
    CHECK(followUp->callBackAt.isValid());
    CHECK(followUp->callBackNote == QStringLiteral("已电话回访，属实"));
}

TEST_CASE("A manifest sent at a township point is received at the county hall", "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device point(QStringLiteral("township"));
    Device county(QStringLiteral("counter"));
    point.enroll(server, township);
    county.enroll(server, hall);
    Stores pointStores(point);
    Stores countyStores(county);

    const Case c = point.intake(soleTraderSetUp, QStringLiteral("62122119770303303"),
                                QStringLiteral("王芳"), CaseChannel::Township);
    REQUIRE(c.state == CaseState::Accepted);
    auto routed = point.move(c.id, CaseEvent::Route);
    INFO(routed.error().message.toStdString());
    REQUIRE(routed.ok());

    ManifestDraft draft;
    draft.direction = ManifestDirection::Forward;
    draft.items = {{c.id, 2}};
    auto sent = pointStores.manifests.send(draft, point.actor(), point.workspace->deviceShortId(),
                                           now());
    INFO(sent.error().message.toStdString());
    REQUIRE(sent.ok());
    CHECK(sent->toPlace == hall);
    CHECK(syncOk(point).rejected == 0);

    syncOk(county);
    auto arrived = countyStores.manifests.byNumber(sent->number);
    INFO(arrived.error().message.toStdString());
    REQUIRE(arrived.ok());
    REQUIRE(arrived->entries.size() == 1);
    CHECK(arrived->entries[0].caseKnown);
    CHECK(arrived->status == ManifestStatus::Sent);

    // One of the two packets is missing: both sides see the mismatch after sync.
    auto received = countyStores.manifests.receive(
            sent->number, {1}, {QStringLiteral("缺营业执照原件袋")}, county.actor(), now());
    INFO(received.error().message.toStdString());
    REQUIRE(received.ok());
    CHECK(received->status == ManifestStatus::ReceivedWithMismatch);
    CHECK(syncOk(county).rejected == 0);
    syncOk(point);
    auto back = pointStores.manifests.load(sent->id);
    REQUIRE(back.ok());
    CHECK(back->status == ManifestStatus::ReceivedWithMismatch);
    CHECK(back->receivedBy == county.actor().userId);
    REQUIRE(back->entries.size() == 1);
    CHECK(back->entries[0].packetsReceived == 1);
    CHECK(back->entries[0].state() == ManifestEntry::State::Missing);
    CHECK(serverCount(server,
                      QStringLiteral("SELECT count(*) FROM manifests WHERE status ="
                                     " 'received_mismatch'"))
          == 1);

    // A second receipt of the same manifest (as a second county device would push it) is
    // refused by the rule with the manifest as the server has it.
    const auto enrollment = county.sync->enrollment();
    REQUIRE(enrollment.has_value());
    const qint64 lastSeq = serverCount(
            server,
            QStringLiteral("SELECT last_seq FROM device_streams WHERE device_id = '%1'"
                           " AND stream = %2")
                    .arg(enrollment->deviceId)
                    .arg(enrollment->stream));
    sync::ManifestReceivePayload again;
    again.manifestId = sent->id;
    again.number = sent->number;
    again.at = now();
    again.entries = {{0, c.id, 2, {}}};
    sync::PushMutation m;
    m.seq = lastSeq + 1;
    m.id = UuidV7::createString();
    m.name = sync::mutation::manifestReceive();
    m.entityId = sent->id;
    m.baseVersion = 1;
    m.userId = county.actor().userId;
    m.createdAt = again.at;
    m.payload = again.toJson();
    sync::PushRequest request;
    request.stream = enrollment->stream;
    request.mutations = {m};
    SyncHttp http{QUrl(enrollment->serverUrl)};
    http.setToken(enrollment->token);
    const SyncHttpAnswer answer = http.post(sync::path::push(), request.toJson());
    REQUIRE(answer.status == 200);
    const auto response = sync::PushResponse::fromJson(answer.body);
    REQUIRE(response.ok());
    REQUIRE(response->results.size() == 1);
    CHECK(response->results[0].status == sync::result::rejected());
    REQUIRE(response->results[0].current.has_value());
    auto current = sync::manifestFromJson(*response->results[0].current);
    REQUIRE(current.ok());
    CHECK(current->status == ManifestStatus::ReceivedWithMismatch);
    CHECK(current->entries[0].packetsReceived == 1);
}

TEST_CASE("One visit rated offline on two devices: the server keeps the first, sync goes on",
          "[sync][e2e]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device point(QStringLiteral("township"));
    Device county(QStringLiteral("supervisor"));
    point.enroll(server, township);
    county.enroll(server, hall);
    Stores pointStores(point);
    Stores countyStores(county);

    const Case c = point.intake(soleTraderSetUp, QStringLiteral("62122119900101302"),
                                QStringLiteral("李娜"), CaseChannel::Township);
    syncOk(point);
    syncOk(county);
    auto atCounty = county.cases->load(c.id);
    REQUIRE(atCounty.ok());
    REQUIRE_FALSE(atCounty->history.isEmpty());

    RatingRequest request;
    request.caseId = c.id;
    request.level = RatingLevel::Satisfied;
    request.visitId = atCounty->history.first().id;
    auto first = pointStores.ratings.add(request, point.actor(), now());
    REQUIRE(first.ok());
    request.level = RatingLevel::Basic;
    auto second = countyStores.ratings.add(request, county.actor(), now());
    REQUIRE(second.ok());

    CHECK(syncOk(point).rejected == 0);
    const SyncOutcome late = county.syncNow();
    INFO(late.error.toStdString());
    CHECK(late.rejected == 1);
    const QList<RejectedMutation> rejected = county.sync->rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].code == QStringLiteral("rating.duplicate"));
    // The pulled first rating is not added beside the local one; the next sync is clean.
    const SyncOutcome again = county.syncNow();
    INFO(again.error.toStdString());
    CHECK(again.ok);
    CHECK(serverCount(server, QStringLiteral("SELECT count(*) FROM ratings")) == 1);
    CHECK(countyStores.ratings.ratingsFor(c.id).size() == 1);
}
