#include "domain/casenumber.h"
#include "domain/residentid.h"
#include "domain/uuidv7.h"
#include "serverschema.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <map>

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
        const ServerProcess::Connection connection(server);
        REQUIRE(connection.db.isOpen());
        QSqlQuery q(connection.db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    void serverExec(const QString &sql)
    {
        const ServerProcess::Connection connection(server);
        REQUIRE(connection.db.isOpen());
        QSqlQuery q(connection.db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

    // Every change of a bucket from the start, page by page.
    QList<sync::PullChange> pullAll(const Device &d, const QString &bucket, QString *cursor,
                                    int limit = 500)
    {
        QList<sync::PullChange> changes;
        QString at = cursor ? *cursor : QString();
        for (int page = 0; page < 1000; ++page) {
            const auto reply = get(
                    base, sync::path::pull(),
                    QStringLiteral("bucket=%1&cursor=%2&limit=%3").arg(bucket, at).arg(limit), &d);
            REQUIRE(reply.status == 200);
            auto parsed = sync::PullResponse::fromJson(bodyOf(reply));
            REQUIRE(parsed.ok());
            changes += parsed->changes;
            at = parsed->cursor;
            if (!parsed->hasMore)
                break;
        }
        if (cursor)
            *cursor = at;
        return changes;
    }
};

QString first17(int n)
{
    return QStringLiteral("621221198506%1").arg(12301 + n, 5, 10, QLatin1Char('0'));
}

sync::PushResponse pushed(const HttpReply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto parsed = sync::PushResponse::fromJson(bodyOf(reply));
    REQUIRE(parsed.ok());
    return parsed.value();
}

sync::PushMutation acceptOf(const sync::PushMutation &receive, qint64 seq, const QString &userId)
{
    sync::TransitionPayload p;
    p.caseId = receive.entityId;
    p.event = CaseEvent::Accept;
    p.at = QDateTime::currentDateTimeUtc();
    p.businessDate = CaseRules::businessDate(p.at);
    sync::PushMutation m;
    m.seq = seq;
    m.id = UuidV7::createString();
    m.name = sync::mutation::caseAccept();
    m.entityId = receive.entityId;
    m.baseVersion = 1;
    m.userId = userId;
    m.createdAt = p.at;
    m.payload = p.toJson();
    return m;
}

} // namespace

TEST_CASE("A device enrolls, pushes intake's mutations and pulls the cases back", "[sync]")
{
    Fixture f;
    const Device d = f.device();
    CHECK(d.placeCode == hall);
    CHECK(CaseNumber::isValidDeviceId(d.shortId));
    Client client;
    REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(1)).ok());
    REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(2)).ok());
    const auto mutations = client.mutations();
    REQUIRE(mutations.size() == 4);

    const auto response = pushed(push(f.base, d, mutations));
    CHECK(response.lastSeq == 4);
    CHECK_FALSE(response.stopped.has_value());
    REQUIRE(response.results.size() == 4);
    for (const auto &r : response.results) {
        INFO(r.code.toStdString() << " " << r.message.toStdString());
        CHECK(r.status == sync::result::applied());
    }

    // The buckets: the catalogue etc., and the place's cases.
    const auto buckets
            = sync::BucketsResponse::fromJson(bodyOf(get(f.base, sync::path::buckets(), {}, &d)));
    REQUIRE(buckets.ok());
    CHECK(buckets->buckets == QStringList{sync::globalBucket(), sync::placeBucket(hall)});
    QString globalCursor;
    const auto global = f.pullAll(d, sync::globalBucket(), &globalCursor);
    QSet<QString> entities;
    for (const auto &c : global)
        entities.insert(c.entity);
    CHECK(entities
          == QSet<QString>{sync::entity::catalog(), sync::entity::calendar(),
                           sync::entity::directory()});

    QString cursor;
    const auto changes = f.pullAll(d, sync::placeBucket(hall), &cursor, 1);
    REQUIRE(changes.size() == 2);
    QSet<QString> historyIds;
    for (const auto &change : changes) {
        CHECK(change.entity == sync::entity::caseEntity());
        auto c = sync::caseFromJson(change.data);
        REQUIRE(c.ok());
        CHECK(c->state == CaseState::Accepted);
        CHECK(c->version == 2);
        REQUIRE(c->history.size() == 2);
        for (const auto &h : c->history)
            historyIds.insert(h.id);
        CHECK(c->dueDate.isValid());
    }
    // The history entry ids are the mutation ids: pulled rows replace the device's own.
    QSet<QString> mutationIds;
    for (const auto &m : mutations)
        mutationIds.insert(m.id);
    CHECK(historyIds == mutationIds);
    // Nothing new after the cursor.
    CHECK(f.pullAll(d, sync::placeBucket(hall), &cursor).isEmpty());

    SECTION("the same batch again returns the stored results and changes nothing")
    {
        const auto again = pushed(push(f.base, d, mutations));
        CHECK(again.lastSeq == 4);
        REQUIRE(again.results.size() == 4);
        for (const auto &r : again.results)
            CHECK(r.status == sync::result::duplicate());
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM mutations")) == 4);
        CHECK(f.pullAll(d, sync::placeBucket(hall), &cursor).isEmpty());
    }
    SECTION("a gap stops the batch; what came before it is committed")
    {
        REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(3)).ok());
        const auto more = client.mutations();
        REQUIRE(more.size() == 6);
        // Seq 5 then 7 (6 left out).
        const auto gap = pushed(push(f.base, d, {more[4]}));
        CHECK(gap.lastSeq == 5);
        sync::PushMutation late = more[5];
        late.seq = 7;
        const auto stopped = pushed(push(f.base, d, {late}));
        REQUIRE(stopped.stopped.has_value());
        CHECK(stopped.stopped->code == sync::code::gap());
        CHECK(stopped.stopped->expectedSeq == 6);
        CHECK(stopped.results.isEmpty());
        CHECK(stopped.lastSeq == 5);
        CHECK(pushed(push(f.base, d, {more[5]})).lastSeq == 6);
    }
    SECTION("the same id with another payload is refused whole")
    {
        REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::ReceiveOnly, first17(4))
                        .ok());
        const auto more = client.mutations();
        sync::PushMutation changed = more[1];
        changed.payload.insert(QStringLiteral("reason"), QStringLiteral("changed"));
        changed.seq = 6;
        const auto reply = push(f.base, d, {more[4], changed});
        CHECK(reply.status == 422);
        CHECK(errorCode(reply) == sync::code::mutationConflict());
        CHECK(bodyOf(reply).value(QStringLiteral("mutation_id")).toString() == changed.id);
        // Nothing of the batch was applied: the new case is not there.
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM cases")) == 2);
        CHECK(pushed(push(f.base, d, {more[4]})).results.first().status == sync::result::applied());
    }
    SECTION("a device whose data went back in time restreams and pushes again without loss")
    {
        // The device was restored from a backup taken after seq 2: it numbers new mutations 3,
        // 4 again, with new ids.
        // (Its case numbers went back too: the third is one the server has not seen.)
        Client restored;
        for (int i = 0; i < 3; ++i)
            REQUIRE(restored.intake(d.shortId, enterpriseSetUp, IntakeDecision::ReceiveOnly,
                                    first17(5 + i))
                            .ok());
        QList<sync::PushMutation> fresh = restored.mutations().mid(2);
        REQUIRE(fresh.size() == 1);
        fresh[0].seq = 3;
        const auto refused = push(f.base, d, fresh);
        CHECK(refused.status == 409);
        CHECK(errorCode(refused) == sync::code::deviceRegressed());
        CHECK(bodyOf(refused).value(QStringLiteral("last_seq")).toInt() == 4);
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM cases")) == 2);

        const auto restreamReply = post(f.base, sync::path::restream(), {}, &d);
        REQUIRE(restreamReply.status == 200);
        auto restream = sync::RestreamResponse::fromJson(bodyOf(restreamReply));
        REQUIRE(restream.ok());
        CHECK(restream->stream == 2);
        CHECK(restream->lastSeq == 0);
        CHECK(restream->shortId != d.shortId);
        // The old stream is closed.
        CHECK(push(f.base, d, fresh, 1).status == 409);
        Device next = d;
        next.stream = restream->stream;
        // Re-push what the device believes unacknowledged: an old one (known) and the new one.
        sync::PushMutation old = mutations[3];
        old.seq = 1;
        fresh[0].seq = 2;
        const auto repushed = pushed(push(f.base, next, {old, fresh[0]}));
        REQUIRE(repushed.results.size() == 2);
        CHECK(repushed.results[0].status == sync::result::duplicate());
        CHECK(repushed.results[1].status == sync::result::applied());
        CHECK(repushed.lastSeq == 2);
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM mutations")) == 5);
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM cases")) == 3);
    }
    SECTION("a revoked device is refused at once")
    {
        const auto run = f.server.run({QStringLiteral("device"), QStringLiteral("revoke"),
                                       QStringLiteral("--device"), d.id, QStringLiteral("--db"),
                                       f.server.dbUrl()});
        REQUIRE(run.exitCode == 0);
        const auto reply = push(f.base, d, mutations);
        CHECK(reply.status == 403);
        CHECK(errorCode(reply) == sync::code::deviceRevoked());
        CHECK(get(f.base, sync::path::pull(), QStringLiteral("bucket=global"), &d).status == 403);
        const auto list = f.server.run({QStringLiteral("device"), QStringLiteral("list"),
                                        QStringLiteral("--db"), f.server.dbUrl()});
        CHECK(list.out.contains("revoked"));
    }
    SECTION("an expired cursor is answered with 410 and the bucket is pulled again")
    {
        CHECK(get(f.base, sync::path::pull(),
                  QStringLiteral("bucket=%1&cursor=other:1").arg(sync::placeBucket(hall)), &d)
                      .status
              == 410);
        CHECK(get(f.base, sync::path::pull(),
                  QStringLiteral("bucket=%1&cursor=%2")
                          .arg(sync::placeBucket(hall),
                               cursor.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":99")),
                  &d)
                      .status
              == 410);
        // Compaction: the accept superseded nothing (one row per case per batch), so move a
        // case again and compact with no retention.
        Client second;
        const QString oldCursor = cursor;
        sync::PushMutation withdraw;
        sync::TransitionPayload p;
        p.caseId = mutations[0].entityId;
        p.event = CaseEvent::Withdraw;
        p.reason = QStringLiteral("申请人撤回");
        p.at = QDateTime::currentDateTimeUtc();
        withdraw.seq = 5;
        withdraw.id = UuidV7::createString();
        withdraw.name = sync::mutation::caseTransition();
        withdraw.entityId = p.caseId;
        withdraw.baseVersion = 2;
        withdraw.userId = client.actor.userId;
        withdraw.payload = p.toJson();
        const auto moved = pushed(push(f.base, d, {withdraw}));
        INFO(moved.results.first().message.toStdString());
        REQUIRE(moved.results.first().status == sync::result::applied());
        f.serverExec(QStringLiteral(
                "UPDATE server_settings SET value = '-1' WHERE key = 'pull_history_days'"));
        const auto compacted = f.server.run({QStringLiteral("sync"), QStringLiteral("compact"),
                                             QStringLiteral("--db"), f.server.dbUrl()});
        REQUIRE(compacted.exitCode == 0);
        CHECK(compacted.out.contains("Removed 1 "));
        const auto expired = get(
                f.base, sync::path::pull(),
                QStringLiteral("bucket=%1&cursor=%2")
                        .arg(sync::placeBucket(hall),
                             globalCursor.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":0")),
                &d);
        CHECK(expired.status == 410);
        CHECK(errorCode(expired) == sync::code::cursorExpired());
        // The client drops the cursor and pulls the bucket again: the latest of every case.
        QString fresh;
        const auto again = f.pullAll(d, sync::placeBucket(hall), &fresh);
        REQUIRE(again.size() == 2);
        bool withdrawn = false;
        for (const auto &c : again)
            withdrawn |= c.data.value(QStringLiteral("state")).toString()
                    == QStringLiteral("withdrawn");
        CHECK(withdrawn);
        // A cursor at or after the floor still works.
        CHECK(get(f.base, sync::path::pull(),
                  QStringLiteral("bucket=%1&cursor=%2").arg(sync::placeBucket(hall), oldCursor), &d)
                      .status
              == 200);
    }
}

TEST_CASE("The server writes for its own readers only: no name grams, no index of the counter's "
          "searches",
          "[sync]")
{
    Fixture f;
    const Device d = f.device();
    Client client;
    REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(1)).ok());
    REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(2)).ok());
    const auto response = pushed(push(f.base, d, client.mutations()));
    REQUIRE(response.results.size() == 4);
    for (const auto &r : response.results)
        CHECK(r.status == sync::result::applied());
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM applicants")) == 2);
    // Nothing on the server searches by name (server migration 11).
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM applicant_name_grams")) == 0);

    const ServerProcess::Connection connection(f.server);
    REQUIRE(connection.db.isOpen());
    const bool postgres = connection.db.driverName() == QLatin1String("QPSQL");
    QSqlQuery q(connection.db);
    REQUIRE(q.exec(
            postgres ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname ="
                                      " current_schema()")
                     : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'")));
    QSet<QString> indexes;
    while (q.next())
        indexes.insert(q.value(0).toString());
    // What the server's statements read (docs/performance.md, "What the server writes per
    // pushed mutation").
    for (const char *kept : {"cases_applicant", "cases_parent", "cases_state", "cases_open_due",
                             "cases_place_accepted", "cases_place_decided", "case_history_case",
                             "change_log_entity", "audit_log_device"}) {
        INFO(kept);
        CHECK(indexes.contains(QString::fromLatin1(kept)));
    }
    // The counter's case list, dashboard, applicant and audit searches.
    for (const char *dropped :
         {"cases_received", "cases_item", "cases_state_received", "cases_department",
          "cases_department_received", "cases_stat_accepted", "cases_stat_decided",
          "cases_stat_released", "applicants_id_reversed", "applicants_phone",
          "applicant_name_grams_applicant", "audit_log_entity", "mutations_device"}) {
        INFO(dropped);
        CHECK_FALSE(indexes.contains(QString::fromLatin1(dropped)));
    }
    if (!postgres) {
        // The county view's open cases by due date: read through an index, not a scan of
        // every case (the plan SQLite chooses without statistics).
        REQUIRE(q.exec(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT place_code, count(*) FROM cases WHERE state IN"
                " ('accepted', 'in_review') AND item_code NOT IN (SELECT bundle_code FROM"
                " item_bundle_parts) AND due_date < '2026-01-01' GROUP BY place_code")));
        QStringList plan;
        while (q.next())
            plan.append(q.value(3).toString());
        INFO(plan.join(QLatin1Char('\n')).toStdString());
        CHECK(plan.filter(QStringLiteral("SEARCH cases USING")).size() == 1);
    }
}

TEST_CASE("A stale move is rejected with the case as the server has it and the queue goes on",
          "[sync]")
{
    Fixture f;
    const Device a = f.device();
    const Device b = f.device();
    CHECK(a.shortId != b.shortId);
    Client client;
    REQUIRE(client.intake(a.shortId, enterpriseSetUp, IntakeDecision::ReceiveOnly, first17(1))
                    .ok());
    const auto receive = client.mutations().first();
    REQUIRE(pushed(push(f.base, a, {receive})).results.first().status == sync::result::applied());
    // Both devices accept the received case offline; A reaches the server first.
    CHECK(pushed(push(f.base, a, {acceptOf(receive, 2, client.actor.userId)}))
                  .results.first()
                  .status
          == sync::result::applied());
    // B's accept is judged against the server's state (accepted): refused, and B's next
    // mutation is still applied.
    Client other;
    REQUIRE(other.intake(b.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(2)).ok());
    auto next = other.mutations();
    next[0].seq = 2;
    next[1].seq = 3;
    const auto staleAccept = acceptOf(receive, 1, client.actor.userId);
    const auto response = pushed(push(f.base, b, {staleAccept, next[0], next[1]}));
    REQUIRE(response.results.size() == 3);
    const auto &stale = response.results[0];
    CHECK(stale.status == sync::result::rejected());
    CHECK_FALSE(stale.code.isEmpty());
    CHECK_FALSE(stale.message.isEmpty());
    REQUIRE(stale.current.has_value());
    CHECK(stale.current->value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
    CHECK(response.results[1].status == sync::result::applied());
    CHECK(response.results[2].status == sync::result::applied());
    CHECK(response.lastSeq == 3);
    // The rejection is a processed result: the same mutation again is a duplicate.
    const auto again = pushed(push(f.base, b, {staleAccept}));
    REQUIRE(again.results.size() == 1);
    CHECK(again.results.first().status == sync::result::duplicate());
    CHECK(again.results.first().code == stale.code);
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM mutations WHERE status = 'rejected'"))
          == 1);
}

TEST_CASE("Sync requests that are malformed, too large, unauthenticated or too old are refused "
          "before anything is written",
          "[sync]")
{
    Fixture f;
    const Device d = f.device();
    const QUrl pushUrl = urlOf(f.base, sync::path::push());
    SECTION("no protocol header, or an old protocol")
    {
        const auto none = httpRequest("POST", pushUrl, "{}",
                                      {{"Authorization", "Bearer " + d.token.toLatin1()}});
        CHECK(none.status == 400);
        CHECK(errorCode(none) == sync::code::malformed());
        auto headers = headersFor(&d, 0);
        const auto old = httpRequest("POST", pushUrl, "{}", headers);
        CHECK(old.status == 426);
        CHECK(errorCode(old) == sync::code::upgradeRequired());
        const auto health = bodyOf(httpRequest("GET", urlOf(f.base, sync::path::health())));
        CHECK(health.value(QStringLiteral("protocol"))
                      .toObject()
                      .value(QStringLiteral("current"))
                      .toInt()
              == sync::protocolVersion);
        CHECK(health.value(QStringLiteral("protocol"))
                      .toObject()
                      .value(QStringLiteral("oldest"))
                      .toInt()
              == sync::oldestProtocolVersion);
    }
    SECTION("authentication")
    {
        CHECK(errorCode(post(f.base, sync::path::push(), {}, nullptr))
              == sync::code::authMissing());
        Device wrong = d;
        wrong.token = QStringLiteral("nope");
        const auto reply = post(f.base, sync::path::push(), {}, &wrong);
        CHECK(reply.status == 401);
        CHECK(errorCode(reply) == sync::code::invalidToken());
        // An enrollment code works once.
        const auto bad
                = post(f.base, sync::path::enroll(),
                       {{QStringLiteral("code"), QStringLiteral("AAAA-BBBB-CCCC-DDDD")}}, nullptr);
        CHECK(bad.status == 403);
        CHECK(errorCode(bad) == sync::code::invalidCode());
    }
    SECTION("bodies that are not the protocol's")
    {
        const auto notJson = httpRequest("POST", pushUrl, "{\"stream\": 1,", headersFor(&d));
        CHECK(notJson.status == 400);
        CHECK(errorCode(notJson) == sync::code::malformed());
        const auto array = httpRequest("POST", pushUrl, "[]", headersFor(&d));
        CHECK(errorCode(array) == sync::code::malformed());
        const auto noList = post(f.base, sync::path::push(), {{QStringLiteral("stream"), 1}}, &d);
        CHECK(noList.status == 400);
        CHECK(errorCode(noList) == sync::code::invalidField());
        CHECK(bodyOf(noList)
                      .value(QStringLiteral("error"))
                      .toObject()
                      .value(QStringLiteral("message"))
                      .toString()
                      .contains(QStringLiteral("mutations")));

        Client client;
        REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(1)).ok());
        auto mutations = client.mutations();
        auto unknown = mutations;
        unknown[1].name = QStringLiteral("case.teleport");
        CHECK(errorCode(push(f.base, d, unknown)) == sync::code::invalidField());
        auto stranger = mutations;
        stranger[1].userId = QStringLiteral("no-such-user");
        CHECK(errorCode(push(f.base, d, stranger)) == sync::code::invalidField());
        auto broken = mutations;
        broken[0].payload.remove(QStringLiteral("applicant"));
        CHECK(errorCode(push(f.base, d, broken)) == sync::code::invalidField());
        QList<sync::PushMutation> tooMany;
        for (int i = 0; i <= sync::maxBatchMutations; ++i) {
            sync::PushMutation m = mutations[1];
            m.seq = i + 1;
            m.id = UuidV7::createString();
            tooMany.append(m);
        }
        CHECK(errorCode(push(f.base, d, tooMany)) == sync::code::invalidField());
        // None of it was written.
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM mutations")) == 0);
        CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM cases")) == 0);
        CHECK(pushed(push(f.base, d, mutations)).lastSeq == 2);
    }
    SECTION("a body over the limit")
    {
        const QByteArray big(sync::maxRequestBytes + 10, ' ');
        const auto reply = httpRequest("POST", pushUrl, big, headersFor(&d));
        CHECK(reply.status == 413);
        CHECK(errorCode(reply) == sync::code::tooLarge());
    }
    SECTION("pull parameters")
    {
        CHECK(get(f.base, sync::path::pull(), QStringLiteral("bucket=place:621221101"), &d).status
              == 400);
        CHECK(get(f.base, sync::path::pull(), QStringLiteral("bucket=global&limit=5000"), &d).status
              == 400);
        CHECK(get(f.base, sync::path::pull(), {}, &d).status == 400);
    }
    SECTION("too many requests")
    {
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 80 && limited == 0; ++i) {
            const auto reply = get(f.base, sync::path::buckets(), {}, &d);
            if (reply.status == 429) {
                ++limited;
                retryAfter = reply.header("Retry-After");
                CHECK(errorCode(reply) == sync::code::rateLimited());
            }
        }
        CHECK(limited == 1);
        CHECK(retryAfter.toInt() >= 1);
    }
}

TEST_CASE("Two server processes serve one database", "[sync]")
{
    Fixture f;
    SecondServer second;
    REQUIRE(second.start(f.server.dbUrl()));
    const Device a = f.device();
    const Device b = f.device();
    Client clientA;
    Client clientB;
    for (int i = 0; i < 5; ++i) {
        REQUIRE(clientA.intake(a.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(i))
                        .ok());
        REQUIRE(clientB.intake(b.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(i + 10))
                        .ok());
    }
    // A pushes through the first server, B through the second, in small interleaved batches.
    const auto ma = clientA.mutations();
    const auto mb = clientB.mutations();
    for (int i = 0; i < ma.size(); i += 3) {
        CHECK(pushed(push(f.base, a, ma.mid(i, 3))).lastSeq == qMin(qsizetype(i + 3), ma.size()));
        CHECK(pushed(push(second.baseUrl, b, mb.mid(i, 3))).lastSeq
              == qMin(qsizetype(i + 3), mb.size()));
    }
    // A's retry through the other server is recognised.
    for (const auto &r : pushed(push(second.baseUrl, a, ma.mid(0, 2))).results)
        CHECK(r.status == sync::result::duplicate());
    // Both servers hand out the same history.
    Fixture *fp = &f;
    QString c1;
    const auto one = fp->pullAll(a, sync::placeBucket(hall), &c1);
    const QUrl firstBase = f.base;
    f.base = second.baseUrl;
    QString c2;
    const auto two = fp->pullAll(b, sync::placeBucket(hall), &c2);
    f.base = firstBase;
    QSet<QString> cases;
    for (const auto &c : one)
        cases.insert(c.id);
    CHECK(cases.size() == 10); // a case split over two batches has two rows
    REQUIRE(two.size() == one.size());
    for (int i = 0; i < one.size(); ++i)
        CHECK(one[i].data == two[i].data);
    CHECK(c1 == c2);
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM mutations")) == 20);
}

// Pulls one bucket from the cursor to its end; false on any failure. Safe in any thread (no
// Catch2 assertions).
bool pullUntilEnd(const QUrl &base, const Device &d, const QString &bucket, QString *cursor,
                  QList<sync::PullChange> *changes)
{
    for (int page = 0; page < 1000; ++page) {
        const auto reply
                = get(base, sync::path::pull(),
                      QStringLiteral("bucket=%1&cursor=%2&limit=7").arg(bucket, *cursor), &d);
        if (reply.status == 429) { // the device's rate limit
            QThread::msleep(200);
            continue;
        }
        if (reply.status != 200)
            return false;
        auto parsed = sync::PullResponse::fromJson(bodyOf(reply));
        if (!parsed)
            return false;
        changes->append(parsed->changes);
        *cursor = parsed->cursor;
        if (!parsed->hasMore)
            return true;
    }
    return false;
}

TEST_CASE("Two server processes take concurrent pushes of several devices and pulls miss nothing",
          "[sync]")
{
    Fixture f;
    SecondServer second;
    REQUIRE(second.start(f.server.dbUrl()));
    const QList<QUrl> servers{f.base, second.baseUrl};
    constexpr int deviceCount = 4;
    QList<Device> devices;
    QList<QList<sync::PushMutation>> outboxes;
    for (int d = 0; d < deviceCount; ++d) {
        devices.append(f.device());
        Client client;
        for (int i = 0; i < 6; ++i) {
            REQUIRE(client.intake(devices[d].shortId, enterpriseSetUp, IntakeDecision::Accept,
                                  first17(100 * d + i))
                            .ok());
        }
        outboxes.append(client.mutations());
    }
    // Every device pushes its outbox in batches of 2 through both servers at once (503: again),
    // while another device pulls its place's bucket over and over.
    std::atomic<int> pushersLeft{deviceCount};
    std::atomic<int> failures{0};
    std::atomic<int> rejected{0};
    QList<QThread *> threads;
    for (int d = 0; d < deviceCount; ++d) {
        threads.append(QThread::create([&, d] {
            const auto &outbox = outboxes[d];
            for (int i = 0; i < outbox.size(); i += 2) {
                bool done = false;
                for (int attempt = 0; attempt < 20 && !done; ++attempt) {
                    const auto reply = push(servers[(i / 2 + d) % 2], devices[d], outbox.mid(i, 2));
                    if (reply.status == 503 || reply.status == 429) {
                        QThread::msleep(20);
                        continue;
                    }
                    auto response = sync::PushResponse::fromJson(bodyOf(reply));
                    done = reply.status == 200 && response
                            && response->lastSeq == qMin(qsizetype(i + 2), outbox.size());
                    if (response) {
                        for (const auto &r : response->results)
                            rejected += r.status == sync::result::rejected() ? 1 : 0;
                    }
                }
                if (!done)
                    ++failures;
            }
            --pushersLeft;
        }));
    }
    QString readerCursor;
    QList<sync::PullChange> readerChanges;
    std::atomic<bool> readerOk{true};
    const Device reader = f.device();
    threads.append(QThread::create([&] {
        int round = 0;
        while (pushersLeft > 0) {
            if (!pullUntilEnd(servers[round++ % 2], reader, sync::placeBucket(hall), &readerCursor,
                              &readerChanges))
                readerOk = false;
            QThread::msleep(30);
        }
        if (!pullUntilEnd(servers[round % 2], reader, sync::placeBucket(hall), &readerCursor,
                          &readerChanges))
            readerOk = false;
    }));
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        REQUIRE(t->wait(120000));
        delete t;
    }
    CHECK(failures == 0);
    CHECK(rejected == 0);
    CHECK(readerOk);

    qsizetype total = 0;
    for (const auto &outbox : outboxes)
        total += outbox.size();
    CHECK(f.serverCount(QStringLiteral("SELECT count(*) FROM mutations")) == total);
    // The reader saw every change row exactly once: no cursor skipped a row committed later.
    CHECK(readerChanges.size()
          == f.serverCount(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = '")
                           + sync::placeBucket(hall) + QStringLiteral("'")));
    std::map<QString, qint64> serverState;
    {
        const ServerProcess::Connection connection(f.server);
        QSqlQuery q(connection.db);
        REQUIRE(q.exec(QStringLiteral("SELECT id, version FROM cases")));
        while (q.next())
            serverState[q.value(0).toString()] = q.value(1).toLongLong();
    }
    CHECK(serverState.size() == size_t(deviceCount * 6));
    const auto latest = [](const QList<sync::PullChange> &changes) {
        std::map<QString, qint64> state;
        for (const auto &c : changes)
            state[c.id] = c.version; // in server order: the last row is the newest
        return state;
    };
    CHECK(latest(readerChanges) == serverState);
    // Every device pulling from the start, through either server, gets the server's state.
    for (int d = 0; d < deviceCount; ++d) {
        QString cursor;
        QList<sync::PullChange> changes;
        REQUIRE(pullUntilEnd(servers[d % 2], devices[d], sync::placeBucket(hall), &cursor,
                             &changes));
        CHECK(latest(changes) == serverState);
        CHECK(cursor == readerCursor);
    }
}

TEST_CASE("A write transaction inside another is a savepoint on the server's database", "[sync]")
{
    // The server's push holds its batch in one transaction and each mutation in a nested one:
    // a nested COMMIT must not end the batch (on PostgreSQL a second BEGIN is only a warning).
    ServerProcess server;
    REQUIRE(server.start());
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlDatabase db = connection.db;
    CHECK_FALSE(WriteTransaction::inTransaction(db));
    WriteTransaction outer(db);
    REQUIRE(outer.isActive());
    CHECK_FALSE(outer.isNested());
    CHECK(WriteTransaction::inTransaction(db));
    {
        WriteTransaction kept(db);
        REQUIRE(kept.isNested());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral(
                "INSERT INTO server_settings (key, value) VALUES ('test.kept', '1')")));
        REQUIRE(kept.commit());
    }
    {
        WriteTransaction dropped(db);
        REQUIRE(dropped.isNested());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral(
                "INSERT INTO server_settings (key, value) VALUES ('test.dropped', '1')")));
        dropped.rollback();
    }
    CHECK(WriteTransaction::inTransaction(db));
    outer.rollback();
    CHECK_FALSE(WriteTransaction::inTransaction(db));
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM server_settings WHERE key LIKE 'test.%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // the outer rollback took the released savepoint too
}

TEST_CASE("Inside an optimistic batch a nested write transaction takes no savepoint and its "
          "rollback is remembered",
          "[sync]")
{
    // The server's push applies a batch first without a savepoint per mutation; a step that
    // rolls back cannot undo its writes there, so the batch must learn of it and start again.
    ServerProcess server;
    REQUIRE(server.start());
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlDatabase db = connection.db;
    const auto count = [&db](const QString &where) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM server_settings WHERE ") + where));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    WriteTransaction outer(db);
    REQUIRE(outer.isActive());
    {
        OptimisticBatch batch(db);
        CHECK(OptimisticBatch::current(db) == &batch);
        {
            WriteTransaction step(db);
            REQUIRE(step.isActive());
            CHECK(step.isNested());
            REQUIRE(QSqlQuery(db).exec(QStringLiteral(
                    "INSERT INTO server_settings (key, value) VALUES ('test.kept', '1')")));
            REQUIRE(step.commit());
        }
        CHECK_FALSE(batch.rolledBack());
        {
            WriteTransaction step(db);
            REQUIRE(step.isActive());
            REQUIRE(QSqlQuery(db).exec(QStringLiteral(
                    "INSERT INTO server_settings (key, value) VALUES ('test.left', '1')")));
            step.rollback();
        }
        CHECK(batch.rolledBack());
        CHECK(WriteTransaction::inTransaction(db));
        // No savepoint: the step's write is still there; only the whole batch takes it back.
        CHECK(count(QStringLiteral("key LIKE 'test.%'")) == 2);
        // The audit chain goes on from the batch's own last row, not read back.
        const Actor actor{QStringLiteral("u1"), QStringLiteral("u1"), QStringLiteral("621221"),
                          QStringLiteral("device-test")};
        REQUIRE(AuditLog::record(db, actor, QStringLiteral("test.one"), QStringLiteral("test"),
                                 QStringLiteral("1")));
        REQUIRE(AuditLog::record(db, actor, QStringLiteral("test.two"), QStringLiteral("test"),
                                 QStringLiteral("2")));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT action, prev_hash, hash FROM audit_log"
                                      " WHERE device_id = 'device-test' ORDER BY seq")));
        QStringList actions, prev, hash;
        while (q.next()) {
            actions << q.value(0).toString();
            prev << q.value(1).toString();
            hash << q.value(2).toString();
        }
        REQUIRE(actions == QStringList{QStringLiteral("test.one"), QStringLiteral("test.two")});
        CHECK(prev[0] == AuditLog::genesisHash());
        CHECK(prev[1] == hash[0]);
    }
    CHECK(OptimisticBatch::current(db) == nullptr);
    {
        WriteTransaction step(db); // a savepoint again
        REQUIRE(step.isActive());
        CHECK(step.isNested());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral(
                "INSERT INTO server_settings (key, value) VALUES ('test.dropped', '1')")));
        step.rollback();
    }
    CHECK(count(QStringLiteral("key = 'test.dropped'")) == 0);
    outer.rollback();
    CHECK(count(QStringLiteral("key LIKE 'test.%'")) == 0);
}

TEST_CASE("A long push runs beside other requests: the event loop stays free", "[sync]")
{
    Fixture f;
    const Device d = f.device();
    Client client;
    REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::ReceiveOnly, first17(1))
                    .ok());
    const sync::PushMutation receive = client.mutations().first();
    const QString day = CaseRules::businessDate(QDateTime::currentDateTimeUtc())
                                .toString(QStringLiteral("yyyyMMdd"));
    // A large batch of receipts (copies of the real one with their own ids and numbers), under
    // the 1 MiB body limit.
    const int count = 350;
    sync::PushRequest request;
    request.stream = d.stream;
    for (int i = 0; i < count; ++i) {
        sync::PushMutation m = receive;
        m.seq = i + 1;
        m.id = UuidV7::createString();
        m.entityId = UuidV7::createString();
        m.payload.insert(QStringLiteral("id"), m.entityId);
        m.payload.insert(QStringLiteral("number"),
                         QStringLiteral("%1-%2-%3-%4")
                                 .arg(hall, day, d.shortId)
                                 .arg(i + 1, 4, 10, QLatin1Char('0')));
        request.mutations.append(m);
    }
    QNetworkAccessManager network;
    QNetworkRequest slowRequest(urlOf(f.base, sync::path::push()));
    for (const auto &h : headersFor(&d))
        slowRequest.setRawHeader(h.first, h.second);
    slowRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *slow = network.post(
            slowRequest, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    // Let the push reach the server, then ask for the health while it is applied.
    QElapsedTimer started;
    started.start();
    while (started.elapsed() < 150)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QElapsedTimer timer;
    timer.start();
    const auto health = httpRequest("GET", urlOf(f.base, sync::path::health()));
    const qint64 healthMs = timer.elapsed();
    CHECK(health.status == 200);
    const bool pushStillRunning = !slow->isFinished();
    QEventLoop loop;
    QObject::connect(slow, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!slow->isFinished())
        loop.exec();
    const qint64 pushMs = started.elapsed();
    INFO("health " << healthMs << " ms, push " << pushMs << " ms");
    REQUIRE(slow->isFinished());
    CHECK(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    const auto response
            = sync::PushResponse::fromJson(QJsonDocument::fromJson(slow->readAll()).object());
    REQUIRE(response.ok());
    CHECK(response->lastSeq == count);
    // The health answer did not wait for the push.
    if (pushStillRunning)
        CHECK(healthMs < pushMs);
    CHECK(healthMs < 1000);
    delete slow;
}

TEST_CASE("Operator commands: users, catalogue and calendar reach the devices through the global "
          "bucket, and a backup is taken while serving",
          "[sync]")
{
    Fixture f;
    const Device d = f.device();
    QString cursor;
    const auto before = f.pullAll(d, sync::globalBucket(), &cursor);
    CHECK(before.size() == 3);

    const QString db = f.server.dbUrl();
    const auto added = f.server.run({QStringLiteral("user"), QStringLiteral("add"),
                                     QStringLiteral("--username"), QStringLiteral("wangxy"),
                                     QStringLiteral("--name"), QStringLiteral("王晓燕"),
                                     QStringLiteral("--role"), QStringLiteral("counter"),
                                     QStringLiteral("--place"), hall, QStringLiteral("--db"), db});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    // The catalogue as exported, imported again; the calendar file built in.
    const auto exported = f.server.run(
            {QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--db"), db});
    REQUIRE(exported.exitCode == 0);
    const QString catalogFile = f.server.dir() + QStringLiteral("/catalog.json");
    {
        QFile file(catalogFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(exported.out);
    }
    const auto imported = f.server.run({QStringLiteral("catalog"), QStringLiteral("import"),
                                        catalogFile, QStringLiteral("--db"), db});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    const QString calendarFile = f.server.dir() + QStringLiteral("/calendar.txt");
    REQUIRE(QFile::copy(WorkCalendar::resourcePath(), calendarFile));
    const auto calendar = f.server.run({QStringLiteral("calendar"), QStringLiteral("import"),
                                        calendarFile, QStringLiteral("--db"), db});
    INFO(calendar.err.toStdString());
    CHECK(calendar.exitCode == 0);

    const auto after = f.pullAll(d, sync::globalBucket(), &cursor);
    QStringList entities;
    for (const auto &c : after)
        entities << c.entity;
    CHECK(entities
          == QStringList{sync::entity::directory(), sync::entity::catalog(),
                         sync::entity::calendar()});
    REQUIRE(!after.isEmpty());
    CHECK(after.first().version == 2);
    CHECK(QJsonDocument(after.first().data).toJson().contains("wangxy"));

    // A consistent copy while the server runs.
    Client client;
    REQUIRE(client.intake(d.shortId, enterpriseSetUp, IntakeDecision::Accept, first17(1)).ok());
    REQUIRE(pushed(push(f.base, d, client.mutations())).lastSeq == 2);
    const QString backupFile = f.server.dir() + QStringLiteral("/backup.sqlite");
    const auto backup = f.server.run({QStringLiteral("backup"), QStringLiteral("--to"), backupFile,
                                      QStringLiteral("--db"), db});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    if (ServerProcess::backend() == ServerProcess::Backend::PostgreSql) {
        // pg_dump's custom format, with the case in it (pg_restore lists the archive).
        QFile file(backupFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == "PGDMP");
        QProcess list;
        list.start(QStringLiteral("pg_restore"), {QStringLiteral("--list"), backupFile});
        REQUIRE(list.waitForFinished(20000));
        CHECK(list.exitCode() == 0);
        CHECK(list.readAllStandardOutput().contains("TABLE DATA public cases"));
    } else {
        auto copy = Database::open(backupFile, serverSchema());
        REQUIRE(copy.ok());
        QSqlQuery q(copy.value()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    // Never over an existing file.
    CHECK(f.server.run({QStringLiteral("backup"), QStringLiteral("--to"), backupFile,
                        QStringLiteral("--db"), db})
                  .exitCode
          == 1);
}
