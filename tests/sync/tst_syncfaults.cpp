// Sync under faults (issue 6): the real server process, real client stores, a fault proxy between
// them and real client processes killed with SIGKILL. Every scenario ends with the convergence
// check (faultsupport.h checkConvergence): the server's mutation ids = the union of the outboxes;
// every device shows what the server holds; nothing lost, nothing twice.
#include "faultsupport.h"
#include "store/taskstore.h"
#include "sync/syncclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>

#include <sys/mount.h>

using namespace ow;
using namespace synctest;
using Fault = FaultProxy::Fault;

namespace {

FaultProxy::Rule rule(const QString &path, Fault fault, int times = 1)
{
    FaultProxy::Rule r;
    r.path = path;
    r.fault = fault;
    r.times = times;
    return r;
}

void intakes(Device &device, int count, int from, const QString &item = companySetUp,
             CaseChannel channel = CaseChannel::Window)
{
    for (int i = 0; i < count; ++i)
        device.intake(item, first17(from + i), nameFor(from + i), channel);
}

// The case ids of the server's pages of `bucket` from the start up to the page that ended with
// `cursor` (pages of `limit`, as the client pulled them).
QSet<QString> casesUpTo(const Device &device, const QString &bucket, int limit,
                        const QString &cursor)
{
    QSet<QString> ids;
    if (cursor.isEmpty())
        return ids;
    const auto enrollment = device.sync->enrollment();
    SyncHttp http{QUrl(enrollment->serverUrl)};
    http.setToken(enrollment->token);
    QString at;
    for (int page = 0; page < 10'000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("bucket"), bucket);
        query.addQueryItem(QStringLiteral("cursor"), at);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        const SyncHttpAnswer answer = http.get(sync::path::pull(), query);
        REQUIRE(answer.ok());
        auto response = sync::PullResponse::fromJson(answer.body);
        REQUIRE(response.ok());
        for (const sync::PullChange &c : response->changes) {
            if (c.entity == sync::entity::caseEntity())
                ids.insert(c.id);
        }
        at = response->cursor;
        if (at == cursor)
            return ids;
        REQUIRE(response->hasMore);
    }
    FAIL("the cursor is not one of the server's page ends");
    return ids;
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

TEST_CASE("Fault 1: the client is killed after its local commit and before the push",
          "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    county.close();
    Driver driver;
    driver.start(county,
                 {QStringLiteral("work"), QStringLiteral("8"), QStringLiteral("1"),
                  QStringLiteral("0")});
    REQUIRE(driver.waitFor(QStringLiteral("committed "), 3));
    driver.kill();
    county.reopen();
    CHECK(integrityOk(county.path()));
    const QStringList committed = driver.committed();
    REQUIRE(committed.size() >= 3);
    for (const QString &id : committed)
        CHECK(county.cases->load(id).ok()); // every change the clerk saw saved is here
    CHECK(net.proxy->forwarded(sync::path::push()) == 0);
    CHECK(county.sync->pendingCount() > 0);
    settle({&county});
    const auto view = county.serverView();
    for (const QString &id : committed)
        CHECK(view.contains(id));
    checkConvergence(net.server, {&county});
}

TEST_CASE("Fault 2: the client is killed mid-push (before and after the server has the batch)",
          "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    intakes(county, 3, 0);
    const qint64 queued = county.sync->pendingCount();

    // The server has committed the batch; the answer is on its way when the client dies.
    auto slowAnswer = rule(sync::path::push(), Fault::DelayResponse);
    slowAnswer.delayMs = 4000;
    net.proxy->addRule(slowAnswer);
    county.close();
    {
        Driver driver;
        driver.start(county, {QStringLiteral("sync")});
        REQUIRE(net.proxy->waitForwarded(sync::path::push(), 1, 20'000));
        QThread::msleep(300);
        driver.kill();
        CHECK(driver.committed().isEmpty());
    }
    county.reopen();
    CHECK(county.sync->pendingCount() == queued); // never acknowledged here
    CHECK(serverMutationIds(net.server).size() == queued);

    // The request is still on the way to the server when the client dies.
    intakes(county, 2, 10);
    auto slowRequest = rule(sync::path::push(), Fault::DelayRequest);
    slowRequest.delayMs = 1500;
    net.proxy->clearRules();
    net.proxy->addRule(slowRequest);
    county.close();
    {
        Driver driver;
        driver.start(county, {QStringLiteral("sync")});
        QDeadlineTimer deadline(20'000);
        const auto pushesSeen = [&] {
            int n = 0;
            for (const auto &s : net.proxy->seen())
                n += s.path == sync::path::push() ? 1 : 0;
            return n;
        };
        while (pushesSeen() < 2 && !deadline.hasExpired())
            QThread::msleep(10);
        REQUIRE(pushesSeen() >= 2);
        driver.kill();
    }
    // The proxy delivers it after the client has gone.
    REQUIRE(net.proxy->waitForwarded(sync::path::push(), 2, 10'000));
    county.reopen();
    net.proxy->clearRules();
    settle({&county});
    checkConvergence(net.server, {&county});
}

TEST_CASE("Fault 3: the server commits and the response is lost", "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    Device point(QStringLiteral("township"));
    net.enroll(county, hall);
    net.enroll(point, township);
    intakes(county, 3, 0);
    intakes(point, 2, 100, soleTraderSetUp, CaseChannel::Township);
    net.proxy->addRule(rule(sync::path::push(), Fault::LoseResponse, 2));
    net.proxy->addRule(rule(sync::path::pull(), Fault::LoseResponse, 1));
    (void)county.syncNow();
    (void)point.syncNow();
    settle({&county, &point});
    // Each lost answer made the client send the batch again; the server knew it.
    CHECK(net.proxy->forwarded(sync::path::push()) >= 4);
    checkConvergence(net.server, {&county, &point});

    // Two local moves the server refuses, and the refusal's answer is lost: the resent batch's
    // duplicates must still bring the server's state back over the local one.
    const QString t = point.caseIds().value(0);
    REQUIRE(county.cases->load(t).ok());
    REQUIRE(point.move(t, CaseEvent::Withdraw, QStringLiteral("申请人撤回申请")).ok());
    REQUIRE(point.syncNow().ok);
    REQUIRE(county.move(t, CaseEvent::Route).ok());
    // The hall's approver decides it on the same device.
    REQUIRE(county.workspace->setCurrentUser(QStringLiteral("approver")).ok());
    const auto approved = county.move(t, CaseEvent::Approve);
    INFO(approved.error().message.toStdString());
    REQUIRE(approved.ok());
    REQUIRE(county.workspace->setCurrentUser(QStringLiteral("counter")).ok());
    net.proxy->addRule(rule(sync::path::push(), Fault::LoseResponse, 1));
    (void)county.syncNow();
    settle({&county, &point});
    CHECK(county.sync->rejectedCount() == 2);
    CHECK(county.cases->load(t)->state == CaseState::Withdrawn);
    checkConvergence(net.server, {&county, &point});
}

TEST_CASE("Fault 4: the server is killed mid-batch", "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    QRandomGenerator random(faultSeed(4));
    int next = 0;
    for (int round = 0; round < 3; ++round) {
        intakes(county, 150, next);
        next += 150;
        county.close();
        const int pushesBefore = net.proxy->forwarded(sync::path::push());
        Driver driver;
        driver.start(county, {QStringLiteral("sync")});
        REQUIRE(net.proxy->waitForwarded(sync::path::push(), pushesBefore + 1, 20'000));
        QThread::msleep(random.bounded(0, 80));
        net.restartServer();
        INFO(driver.lines().join(QLatin1Char('\n')).toStdString());
        driver.finish(30'000);
        county.reopen();
        if (net.server.dbUrl().startsWith(QLatin1String("sqlite:")))
            CHECK(integrityOk(net.server.dbPath()));
    }
    settle({&county});
    checkConvergence(net.server, {&county});
}

TEST_CASE("Fault 5: the same batch replayed concurrently through two server processes",
          "[sync][faults]")
{
    Net net;
    SecondServe second;
    REQUIRE(second.start(net.server));
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    intakes(county, 5, 0);
    const QList<sync::PushMutation> batch = county.sync->pendingBatch(500, 1 << 24);
    REQUIRE(batch.size() == 10);
    const QByteArray body = pushBody(county, batch);

    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    const int copies = 6;
    for (int i = 0; i < copies; ++i) {
        QUrl url = i % 2 == 0 ? net.server.baseUrl() : second.baseUrl;
        url.setPath(sync::path::push());
        QNetworkRequest request(url);
        for (const auto &h : protocolHeaders(county))
            request.setRawHeader(h.first, h.second);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        replies.append(network.post(request, body));
    }
    QDeadlineTimer deadline(30'000);
    const auto allDone = [&] {
        return std::all_of(replies.cbegin(), replies.cend(),
                           [](QNetworkReply *r) { return r->isFinished(); });
    };
    while (!allDone() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(allDone());
    QHash<QString, int> applied;
    int answered = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        INFO(status << ' ' << data.left(300).toStdString());
        CHECK((status == 200 || status == 429 || status == 503));
        if (status == 200) {
            ++answered;
            auto response = sync::PushResponse::fromJson(QJsonDocument::fromJson(data).object());
            REQUIRE(response.ok());
            CHECK(response->results.size() == batch.size());
            for (const sync::PushResult &r : response->results) {
                if (r.status == sync::result::applied())
                    ++applied[r.id];
                else
                    CHECK(r.status == sync::result::duplicate());
            }
        }
        reply->deleteLater();
    }
    CHECK(answered >= 1);
    for (const sync::PushMutation &m : batch)
        CHECK(applied.value(m.id) <= 1); // applied once, whatever the number of copies
    CHECK(serverMutationIds(net.server).size() == batch.size());
    settle({&county});
    checkConvergence(net.server, {&county});
}

TEST_CASE("Fault 6: mutations out of seq order", "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    intakes(county, 3, 0);
    const QList<sync::PushMutation> batch = county.sync->pendingBatch(500, 1 << 24);
    REQUIRE(batch.size() == 6);

    // Seqs 3..6 before 1 and 2: a gap, nothing applied.
    const HttpReply later = rawPush(net.server.baseUrl(), county, batch.mid(2));
    REQUIRE(later.status == 200);
    auto response = sync::PushResponse::fromJson(QJsonDocument::fromJson(later.body).object());
    REQUIRE(response.ok());
    CHECK(response->results.isEmpty());
    REQUIRE(response->stopped.has_value());
    CHECK(response->stopped->code == sync::code::gap());
    CHECK(response->stopped->expectedSeq == 1);
    // 2 before 1 in one batch: refused whole.
    const HttpReply swapped = rawPush(net.server.baseUrl(), county, {batch.at(1), batch.at(0)});
    CHECK(swapped.status == 400);
    CHECK(serverMutationIds(net.server).isEmpty());

    settle({&county});
    checkConvergence(net.server, {&county});
}

TEST_CASE("Fault 7: the same mutation id with a different payload is refused with 422",
          "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    const Case c = county.intake(companySetUp, first17(1), QStringLiteral("张伟"));
    settle({&county});
    const QMap<QString, QJsonObject> before = county.serverView();

    QList<sync::PushMutation> all = outboxMutations(county);
    REQUIRE(all.size() == 2);
    sync::PushMutation forged = all.first();
    QJsonObject applicant = forged.payload.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("name"), QStringLiteral("王五"));
    forged.payload.insert(QStringLiteral("applicant"), applicant);
    const HttpReply reply = rawPush(net.server.baseUrl(), county, {forged, all.at(1)});
    CHECK(reply.status == 422);
    CHECK(errorCodeOf(reply) == sync::code::mutationConflict());
    CHECK(county.serverView() == before); // nothing of it applied
    CHECK(county.serverView()
                  .value(c.id)
                  .value(QStringLiteral("applicant"))
                  .toObject()
                  .value(QStringLiteral("name"))
          == QStringLiteral("张伟"));
    settle({&county});
    checkConvergence(net.server, {&county});
}

TEST_CASE("Fault 8: the client is killed while it applies a pulled page: the cursor stays with "
          "the data",
          "[sync][faults]")
{
    Net net;
    Device feeder(QStringLiteral("counter"));
    net.enroll(feeder, hall);
    intakes(feeder, 120, 0);
    settle({&feeder});

    QRandomGenerator random(faultSeed(8));
    std::vector<std::unique_ptr<Device>> readers;
    const int limit = 10;
    for (int run = 0; run < 3; ++run) {
        auto reader = std::make_unique<Device>(QStringLiteral("counter"));
        net.enroll(*reader, hall);
        reader->close();
        Driver driver;
        driver.start(*reader, {QStringLiteral("pull"), QString::number(limit)});
        const int pages = random.bounded(1, 12);
        REQUIRE(driver.waitFor(QStringLiteral("page "), pages));
        driver.kill();
        reader->reopen();
        CHECK(integrityOk(reader->path()));
        const QString bucket = sync::placeBucket(hall);
        const QString cursor = reader->sync->cursor(bucket);
        INFO("killed after " << pages << " pages; cursor " << cursor.toStdString());
        // Exactly the cases of the pages up to the stored cursor are here.
        CHECK(setOf(reader->caseIds()) == casesUpTo(*reader, bucket, limit, cursor));
        readers.push_back(std::move(reader));
    }
    QList<Device *> all{&feeder};
    for (auto &r : readers)
        all.append(r.get());
    settle(all);
    checkConvergence(net.server, all);
}

TEST_CASE("Fault 9: a long server transaction holds lower seqs while pulls run", "[sync][faults]")
{
    Net net;
    SecondServe second;
    REQUIRE(second.start(net.server));
    Device big(QStringLiteral("counter"));
    Device small(QStringLiteral("counter"));
    Device reader(QStringLiteral("counter"));
    net.enroll(big, hall);
    small.enroll(net.server, hall, second.baseUrl);
    reader.enroll(net.server, hall, second.baseUrl);
    intakes(big, 250, 0);
    big.close();
    Driver driver;
    driver.start(big, {QStringLiteral("sync")});
    REQUIRE(net.proxy->waitForwarded(sync::path::push(), 1, 20'000));
    int n = 1000;
    while (driver.process().state() != QProcess::NotRunning) {
        small.intake(companySetUp, first17(n), nameFor(n));
        ++n;
        (void)small.syncNow();
        (void)reader.syncNow();
    }
    INFO(driver.lines().join(QLatin1Char('\n')).toStdString());
    CHECK(driver.finish() == 0);
    big.reopen();
    settle({&big, &small, &reader});
    checkConvergence(net.server, {&big, &small, &reader});
}

TEST_CASE("Fault 10: the connection is cut in each direction", "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    Device point(QStringLiteral("township"));
    net.enroll(county, hall);
    net.enroll(point, township);
    intakes(county, 4, 0);
    intakes(point, 3, 100, soleTraderSetUp, CaseChannel::Township);
    for (const QString &path : {sync::path::push(), sync::path::pull()}) {
        for (const qint64 bytes : {1, 60, 200, 2000}) {
            auto up = rule(path, Fault::CutRequest);
            up.bytes = bytes;
            net.proxy->addRule(up);
            auto down = rule(path, Fault::CutResponse);
            down.bytes = bytes;
            net.proxy->addRule(down);
        }
    }
    for (int i = 0; i < 12; ++i) {
        for (Device *d : {&county, &point}) {
            const SyncOutcome outcome = d->syncNow();
            // A cut answer is a network failure, not an unreadable answer of the server.
            INFO(outcome.error.toStdString());
            CHECK(outcome.errorCode != QStringLiteral("sync.bad_answer"));
        }
    }
    int cuts = 0;
    for (const auto &s : net.proxy->seen())
        cuts += s.fault == Fault::CutRequest || s.fault == Fault::CutResponse ? 1 : 0;
    CHECK(cuts == 16);
    settle({&county, &point});
    checkConvergence(net.server, {&county, &point});
}

TEST_CASE("Fault 11: two offline devices claim one task: exactly one owner",
          "[sync][faults][entities]")
{
    Net net;
    Device a(QStringLiteral("counter"));
    Device b(QStringLiteral("counter"));
    net.enroll(a, hall);
    net.enroll(b, hall);
    // Two help agents, one on each device (a counter may not claim tasks).
    const ServerProcess::Run added = net.server.run(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
             QStringLiteral("agent2"), QStringLiteral("--name"), QStringLiteral("周敏"),
             QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--place"), hall,
             QStringLiteral("--db"), net.server.dbUrl()});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const Case c = a.intake(companySetUp, first17(1), QStringLiteral("张伟"));
    TaskStore tasksA(a.workspace->database(), a.workspace->calendar());
    NewTask task;
    task.title = QStringLiteral("帮办");
    task.caseId = c.id;
    task.caseNumber = c.number;
    auto created = tasksA.create(task, a.actor(), QDateTime::currentDateTimeUtc());
    REQUIRE(created.ok());
    settle({&a, &b});
    TaskStore tasksB(b.workspace->database(), b.workspace->calendar());
    REQUIRE(tasksB.load(created->id).ok()); // the task reached the other device
    REQUIRE(a.workspace->setCurrentUser(QStringLiteral("agent")).ok());
    REQUIRE(b.workspace->setCurrentUser(QStringLiteral("agent2")).ok());

    // Both claim it offline.
    REQUIRE(tasksA.act(created->id, TaskEvent::Claim, {}, a.actor(),
                       QDateTime::currentDateTimeUtc())
                    .ok());
    REQUIRE(tasksB.act(created->id, TaskEvent::Claim, {}, b.actor(),
                       QDateTime::currentDateTimeUtc())
                    .ok());
    settle({&a, &b});
    const auto ownerA = tasksA.load(created->id);
    const auto ownerB = tasksB.load(created->id);
    REQUIRE(ownerA.ok());
    REQUIRE(ownerB.ok());
    CHECK(TaskStore::toJson(ownerA.value()) == TaskStore::toJson(ownerB.value()));
    CHECK(a.sync->rejectedCount() + b.sync->rejectedCount() == 1); // the second claim lost
    checkConvergence(net.server, {&a, &b});
}

TEST_CASE("Fault 12: a township move races a county move: the state machine holds and the "
          "conflict is shown",
          "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    Device point(QStringLiteral("township"));
    net.enroll(county, hall);
    net.enroll(point, township);
    const Case t = point.intake(soleTraderSetUp, first17(1), QStringLiteral("张伟"),
                                CaseChannel::Township);
    settle({&point, &county});
    REQUIRE(county.cases->load(t.id)->state == CaseState::Accepted);

    REQUIRE(point.move(t.id, CaseEvent::Withdraw, QStringLiteral("申请人撤回申请")).ok());
    REQUIRE(county.move(t.id, CaseEvent::Route).ok());
    // Both pushes at once, each sent twice.
    net.proxy->addRule(rule(sync::path::push(), Fault::DuplicateRequest, -1));
    county.close();
    Driver driver;
    driver.start(county, {QStringLiteral("sync")});
    (void)point.syncNow();
    driver.finish();
    county.reopen();
    net.proxy->clearRules();
    settle({&county, &point});

    // One of the two moves won on the server; the other device lists its move as a conflict.
    const QMap<QString, QJsonObject> view = point.serverView();
    const QString state = view.value(t.id).value(QStringLiteral("state")).toString();
    CHECK((state == QStringLiteral("withdrawn") || state == QStringLiteral("in_review")));
    const qint64 rejected = county.sync->rejectedCount() + point.sync->rejectedCount();
    CHECK(rejected == 1);
    const QList<RejectedMutation> conflicts
            = county.sync->rejectedCount() == 1 ? county.sync->rejected() : point.sync->rejected();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].serverState == state);
    CHECK(conflicts[0].caseNumber == t.number);
    CHECK_FALSE(conflicts[0].message.isEmpty());
    checkConvergence(net.server, {&county, &point});
}

TEST_CASE("Fault 13: a device clock three days off: business dates kept and flagged in the "
          "server's order",
          "[sync][faults]")
{
    for (const int days : {3, -3}) {
        INFO("device clock off by " << days << " days");
        Net net;
        // The township's clock runs `days` ahead: to it, the server's time looks that far behind.
        FaultProxy skewed(quint16(net.server.baseUrl().port()));
        REQUIRE(skewed.start());
        auto shift = rule(QString(), Fault::ShiftServerTime, -1);
        shift.shiftMs = -qint64(days) * 24 * 3600 * 1000;
        skewed.addRule(shift);
        Device point(QStringLiteral("township"));
        Device county(QStringLiteral("counter"));
        point.enroll(net.server, township, skewed.url());
        net.enroll(county, hall);
        const QDateTime deviceNow = QDateTime::currentDateTimeUtc().addDays(days);
        const Case t = point.intake(soleTraderSetUp, first17(days + 10), QStringLiteral("张伟"),
                                    CaseChannel::Township, deviceNow);
        const SyncOutcome outcome = point.syncNow();
        REQUIRE(outcome.ok);
        REQUIRE(outcome.clockOffsetMs.has_value());
        CHECK(qAbs(*outcome.clockOffsetMs + qint64(days) * 24 * 3600 * 1000) < 60'000);
        CHECK(qAbs(point.sync->record().clockOffsetMs) > SyncStatus::clockWarningMs); // flagged

        // The county routes it (by its own, right clock: perhaps "before" the intake).
        settle({&county});
        REQUIRE(county.move(t.id, CaseEvent::Route).ok());
        settle({&county, &point});
        const QJsonObject onServer = county.serverView().value(t.id);
        auto c = sync::caseFromJson(onServer);
        REQUIRE(c.ok());
        CHECK(c->receivedAt == t.receivedAt); // the device's business time is kept
        CHECK(c->state == CaseState::InReview);
        REQUIRE(!c->history.isEmpty());
        CHECK(c->history.last().event == CaseEvent::Route); // in the server's order
        CHECK(c->history.first().businessDate == t.history.first().businessDate);
        checkConvergence(net.server, {&county, &point});
    }
}

TEST_CASE("Fault 14: an expired cursor gets 410 and the bucket is pulled again", "[sync][faults]")
{
    Net net;
    Device a(QStringLiteral("counter"));
    Device b(QStringLiteral("counter"));
    net.enroll(a, hall);
    net.enroll(b, hall);
    const Case x = b.intake(companySetUp, first17(1), QStringLiteral("张伟"));
    settle({&b, &a});
    const QString old = a.sync->cursor(sync::placeBucket(hall));
    REQUIRE_FALSE(old.isEmpty());
    // Two more changes of the case after a's cursor; compaction drops the first.
    REQUIRE(b.move(x.id, CaseEvent::Route).ok());
    REQUIRE(b.syncNow().ok);
    REQUIRE(b.move(x.id, CaseEvent::Withdraw, QStringLiteral("申请人撤回申请")).ok());
    REQUIRE(b.syncNow().ok);
    serverExec(net.server,
               QStringLiteral("UPDATE server_settings SET value = '0' WHERE key = "
                              "'pull_history_days'"));
    QThread::msleep(5);
    const auto compacted = net.server.run({QStringLiteral("sync"), QStringLiteral("compact"),
                                           QStringLiteral("--db"), net.server.dbUrl()});
    INFO(compacted.err.toStdString());
    REQUIRE(compacted.exitCode == 0);
    const QList<FaultProxy::Seen> before = net.proxy->seen();
    const SyncOutcome outcome = a.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    // a's pull of its place started over from an empty cursor.
    int fromStart = 0;
    for (qsizetype i = before.size(); i < net.proxy->seen().size(); ++i) {
        const auto s = net.proxy->seen().at(i);
        if (s.path == sync::path::pull() && s.target.contains(QStringLiteral("&cursor&"))
            && s.target.contains(QStringLiteral("621221&")))
            ++fromStart;
    }
    QStringList targets;
    for (qsizetype i = before.size(); i < net.proxy->seen().size(); ++i)
        targets.append(net.proxy->seen().at(i).target);
    INFO(targets.join(QLatin1Char('\n')).toStdString()
         << "\nold cursor " << old.toStdString() << "\n"
         << compacted.out.toStdString());
    CHECK(fromStart == 1);
    CHECK(a.cases->load(x.id)->state == CaseState::Withdrawn);
    checkConvergence(net.server, {&a, &b});
}

TEST_CASE("Fault 15: the client's schema is upgraded with a queued backlog", "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    intakes(county, 2, 0);
    settle({&county});
    intakes(county, 4, 10); // queued when the new version is installed
    const qint64 queued = county.sync->pendingCount();
    REQUIRE(queued == 8);
    // The store as the previous version left it: one migration less.
    // the last one (the partial index of bundle parts) is undone below
    REQUIRE(Database::schemaVersion() == 14);
    const int previous = Database::schemaVersion() - 1;
    county.close();
    {
        const QString name = QStringLiteral("downgrade");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(county.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"DROP INDEX cases_parent", "CREATE INDEX cases_parent ON cases(parent_id)"}) {
                INFO(sql);
                REQUIRE(q.exec(QString::fromLatin1(sql)));
            }
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(previous)));
        }
        QSqlDatabase::removeDatabase(name);
    }
    county.reopen(); // migrates
    CHECK(county.workspace->database()->version() == Database::schemaVersion());
    CHECK(county.sync->pendingCount() == queued);
    settle({&county});
    checkConvergence(net.server, {&county});
}

TEST_CASE("Fault 16: the local database is busy or full while the server's changes are applied",
          "[sync][faults]")
{
    Net net;
    Device feeder(QStringLiteral("counter"));
    net.enroll(feeder, hall);

    SECTION("busy")
    {
        Device county(QStringLiteral("counter"));
        net.enroll(county, hall);
        intakes(county, 3, 0);
        intakes(feeder, 20, 100);
        settle({&feeder});
        {
            // Another writer holds the store for longer than the busy timeout.
            const QString name = QStringLiteral("other-writer");
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                other.setDatabaseName(county.path());
                REQUIRE(other.open());
                QSqlQuery q(other);
                REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
                const SyncOutcome outcome = county.syncNow();
                CHECK_FALSE(outcome.ok);
                REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
            }
            QSqlDatabase::removeDatabase(name);
        }
        CHECK(integrityOk(county.path()));
        settle({&county, &feeder});
        checkConvergence(net.server, {&county, &feeder});
    }

    SECTION("disk full")
    {
        // A small tmpfs of its own when this runs as root; else SQLite's max_page_count.
        QTemporaryDir mountPoint;
        const bool mounted = ::geteuid() == 0
                && ::mount("tmpfs", mountPoint.path().toLocal8Bit().constData(), "tmpfs", 0,
                           "size=32m")
                        == 0;
        struct Unmount
        {
            QString path;
            bool active;
            ~Unmount()
            {
                if (active)
                    ::umount2(path.toLocal8Bit().constData(), MNT_DETACH);
            }
        } unmount{mountPoint.path(), mounted};
        WARN((mounted ? "disk full: a tmpfs of 32 MiB" : "disk full: max_page_count"));
        auto county = std::make_unique<Device>(
                QStringLiteral("counter"),
                mounted ? mountPoint.filePath(QStringLiteral("device.sqlite")) : QString());
        net.enroll(*county, hall);
        settle({county.get()});
        intakes(*county, 2, 0);
        intakes(feeder, 150, 100);
        settle({&feeder});
        const QString bucket = sync::placeBucket(hall);
        const QString cursorBefore = county->sync->cursor(bucket);
        const qint64 casesBefore = scalar(*county, QStringLiteral("SELECT count(*) FROM cases"));
        const QString filler = mountPoint.filePath(QStringLiteral("filler"));
        if (mounted) {
            QFile fill(filler);
            REQUIRE(fill.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'x');
            while (fill.write(block) == block.size() && fill.flush()) { }
            fill.close();
        } else {
            QSqlQuery q(county->workspace->database()->connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
            REQUIRE(q.next());
            const qint64 pages = q.value(0).toLongLong();
            REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        }
        const SyncOutcome outcome = county->syncNow();
        CHECK_FALSE(outcome.ok);
        INFO(outcome.error.toStdString());
        // Nothing half applied: the page and its cursor are there together or not at all.
        CHECK(county->sync->cursor(bucket) == cursorBefore);
        CHECK(scalar(*county, QStringLiteral("SELECT count(*) FROM cases")) == casesBefore);
        CHECK(integrityOk(county->path()));
        if (mounted) {
            REQUIRE(QFile::remove(filler));
        } else {
            QSqlQuery q(county->workspace->database()->connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        }
        settle({county.get(), &feeder});
        checkConvergence(net.server, {county.get(), &feeder});
        county.reset();
    }
}

TEST_CASE("Fault 17: thirty days offline with 10000 queued mutations", "[sync][faults]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    Device other(QStringLiteral("counter"));
    net.enroll(county, hall);
    net.enroll(other, hall);
    settle({&county, &other});
    // A month of work: 5,000 intakes (10,000 mutations), dated over the last thirty days.
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    {
        // One transaction around them all (each intake its savepoint): only to make the backlog
        // quickly; what is queued and pushed is the same.
        WriteTransaction month(county.workspace->database()->connection());
        REQUIRE(month.isActive());
        const int total = 5000;
        for (int i = 0; i < total; ++i) {
            county.intake(companySetUp, first17(i), nameFor(i % 500), CaseChannel::Window,
                          start.addSecs(qint64(i) * 30 * 24 * 3600 / total));
        }
        REQUIRE(month.commit().ok());
    }
    REQUIRE(county.sync->pendingCount() == 10'000);
    // Meanwhile the rest of the hall worked on; the county's cursor aged out.
    intakes(other, 5, 9000);
    settle({&other});
    const SyncOutcome outcome = county.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.pushed == 10'000);
    CHECK(outcome.rejected == 0);
    settle({&county, &other});
    checkConvergence(net.server, {&county, &other});
}

TEST_CASE("Fault 18: the device database restored from an old backup: detected and restreamed "
          "with nothing lost",
          "[sync][faults]")
{
    Net net;
    Device point(QStringLiteral("township"));
    net.enroll(point, township);
    QTemporaryDir keep;
    const QString backup = keep.filePath(QStringLiteral("backup.sqlite"));
    auto county = std::make_unique<Device>(QStringLiteral("counter"));
    net.enroll(*county, hall);
    const Case first = county->intake(companySetUp, first17(1), QStringLiteral("张伟"));
    settle({county.get()});
    county->intake(companySetUp, first17(2), QStringLiteral("李娜"));
    {
        QSqlQuery q(county->workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
    }
    // After the backup: more work, synced.
    const Case third = county->intake(companySetUp, first17(3), QStringLiteral("王芳"));
    REQUIRE(county->move(first.id, CaseEvent::Route).ok());
    intakes(point, 2, 50, soleTraderSetUp, CaseChannel::Township);
    settle({county.get(), &point});
    const QSet<QString> lostCopy = county->outboxIds();
    const QString oldShortId = county->workspace->deviceShortId();

    // The disk dies; the backup comes back.
    county->close();
    REQUIRE(QFile::remove(county->path()));
    QFile::remove(county->path() + QStringLiteral("-wal"));
    QFile::remove(county->path() + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(backup, county->path()));
    county->reopen();
    CHECK_FALSE(county->cases->load(third.id).ok());
    const QString second = county->caseIds().value(1);
    REQUIRE(county->move(second, CaseEvent::Route).ok()); // new work under a seq seen before

    const SyncOutcome outcome = county->syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.restreams == 1);
    CHECK(county->workspace->deviceShortId() != oldShortId);
    // Nothing lost: the work after the backup comes back from the server.
    CHECK(county->cases->load(third.id).ok());
    // New intakes number with the new short id.
    county->intake(companySetUp, first17(4), QStringLiteral("赵六"));
    settle({county.get(), &point});
    checkConvergence(net.server, {county.get(), &point}, lostCopy);
}

TEST_CASE("Fault 19: random devices with random operations and faults converge (seeded)",
          "[sync][faults]")
{
    const quint64 seed = faultSeed(19);
    const int rounds = envCount("ONEWINDOW_FAULT_ROUNDS", 8);
    INFO("seed " << seed << " (ONEWINDOW_FAULT_SEED) and " << rounds << " rounds");
    Net net;
    std::vector<std::unique_ptr<Device>> devices;
    devices.push_back(std::make_unique<Device>(QStringLiteral("counter")));
    devices.push_back(std::make_unique<Device>(QStringLiteral("counter")));
    devices.push_back(std::make_unique<Device>(QStringLiteral("township")));
    net.enroll(*devices[0], hall);
    net.enroll(*devices[1], hall);
    net.enroll(*devices[2], township);
    // (Enrollment itself is not retried: a lost answer uses up the one-time code.)
    net.proxy->setRandomFaults(seed, 30,
                               {Fault::DropRequest, Fault::DelayRequest, Fault::DelayResponse,
                                Fault::DuplicateRequest, Fault::CutRequest, Fault::CutResponse,
                                Fault::LoseResponse});
    QRandomGenerator random(seed);
    int applicant = 0;
    const QList<CaseEvent> events{CaseEvent::Route, CaseEvent::Withdraw, CaseEvent::Terminate,
                                  CaseEvent::PrepareRelease};
    int serverKills = 0;
    for (int round = 0; round < rounds; ++round) {
        if (random.bounded(100) < 15) {
            net.restartServer(); // SIGKILL between two rounds
            ++serverKills;
        }
        for (auto &d : devices) {
            const bool atTownship = d->username == QLatin1String("township");
            const int ops = random.bounded(1, 5);
            for (int i = 0; i < ops; ++i) {
                const QStringList ids = d->caseIds();
                if (ids.isEmpty() || random.bounded(100) < 55) {
                    d->intake(atTownship ? soleTraderSetUp : companySetUp, first17(applicant),
                              nameFor(applicant),
                              atTownship ? CaseChannel::Township : CaseChannel::Window);
                    ++applicant;
                } else {
                    const CaseEvent event = events[random.bounded(int(events.size()))];
                    (void)d->move(ids[random.bounded(int(ids.size()))], event,
                                  QStringLiteral("理由"));
                }
            }
            if (random.bounded(100) < 70)
                (void)d->syncNow();
        }
    }
    net.proxy->stopRandomFaults();
    INFO("the server was killed " << serverKills << " times");
    QList<Device *> all;
    for (auto &d : devices)
        all.append(d.get());
    settle(all);
    checkConvergence(net.server, all);
    int faults = 0;
    for (const auto &s : net.proxy->seen())
        faults += s.fault != Fault::None ? 1 : 0;
    CHECK(faults > 0);
}
