#pragma once

// A device for the end-to-end sync tests: its own local store, enrolled with the real server
// process (tests/server/serverprocess.h), working through the real CaseStore and SyncEngine.
#include "domain/residentid.h"
#include "serverprocess.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/workspace.h"
#include "sync/syncengine.h"
#include "sync/synchttp.h"
#include "sync/syncprotocol.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace synctest {

using namespace ow;

inline QString validId(const QString &first17)
{
    return first17 + ResidentId::checkCharacter(first17);
}

// A one-time code from `onewindow-server device enroll`.
inline QString enrollmentCode(const ServerProcess &server, const QString &place)
{
    const ServerProcess::Run run = server.run({QStringLiteral("device"), QStringLiteral("enroll"),
                                               QStringLiteral("--place"), place,
                                               QStringLiteral("--db"), server.dbUrl()});
    REQUIRE(run.exitCode == 0);
    return QString::fromUtf8(run.out).trimmed();
}

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<LocalSyncStore> sync;
    Catalog catalog;
    QString username;

    QString location; // the store's file when not in `dir`

    // `file`: where the store lives (default: a temporary folder of its own).
    explicit Device(const QString &user, const QString &file = {})
        : username(user)
        , location(file)
    {
        auto ws = Workspace::open(path());
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        REQUIRE(workspace->setCurrentUser(username).ok());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        sync = std::make_unique<LocalSyncStore>(workspace->database());
        catalog = workspace->catalog().load().value();
    }

    QString path() const
    {
        return location.isEmpty() ? dir.filePath(QStringLiteral("device.sqlite")) : location;
    }
    Actor actor() const { return workspace->actor(); }

    // Closes the store (another process may work on it now) ...
    void close()
    {
        cases.reset();
        sync.reset();
        workspace.reset();
    }
    // ... and opens it again.
    void reopen()
    {
        close();
        auto ws = Workspace::open(path());
        INFO(ws.error().message.toStdString());
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        REQUIRE(workspace->setCurrentUser(username).ok());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        sync = std::make_unique<LocalSyncStore>(workspace->database());
    }

    // Enrolls through `via` (a fault proxy in front of the server) when given.
    void enroll(const ServerProcess &server, const QString &place, const QUrl &via = {})
    {
        auto enrolled = SyncEnroller::enroll(
                workspace->database(), via.isEmpty() ? server.baseUrl() : via,
                enrollmentCode(server, place), QStringLiteral("test ") + username, actor());
        INFO(enrolled.error().message.toStdString()
             << ' ' << enrolled.error().detail.toStdString());
        REQUIRE(enrolled.ok());
        CHECK(enrolled->placeCode == place);
    }

    SyncOutcome syncNow()
    {
        SyncEngine engine(workspace->database(), actor());
        return engine.runCycle();
    }

    Case intake(const QString &itemCode, const QString &first17, const QString &name,
                CaseChannel channel = CaseChannel::Window, const QDateTime &at = {})
    {
        IntakeRequest r;
        r.item = *catalog.item(itemCode);
        for (const QString &part : r.item.bundleParts)
            r.bundleParts.append(*catalog.item(part));
        r.channel = channel;
        r.applicant.name = name;
        r.applicant.idNumber = validId(first17);
        r.applicant.phone = QStringLiteral("13893912345");
        r.applicant.address = QStringLiteral("成县城关镇东大街12号");
        r.materials = CaseRules::checklistFor(r.item);
        for (CaseMaterial &m : r.materials) {
            m.status = CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        auto c = cases->intake(r, actor(), workspace->deviceShortId(),
                               at.isValid() ? at : QDateTime::currentDateTimeUtc());
        INFO(c.error().message.toStdString());
        REQUIRE(c.ok());
        return c.value();
    }

    Result<Case> move(const QString &caseId, CaseEvent event, const QString &reason = {})
    {
        TransitionRequest t;
        t.event = event;
        t.reason = reason;
        return cases->transition(caseId, t, actor(), QDateTime::currentDateTimeUtc());
    }

    QSet<QString> outboxIds() const
    {
        QSet<QString> ids;
        QSqlQuery q(workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT mutation_id FROM outbox")));
        while (q.next())
            ids.insert(q.value(0).toString());
        return ids;
    }

    QStringList caseIds() const
    {
        QStringList ids;
        QSqlQuery q(workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id")));
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    }

    // What the server holds for this device's buckets: every case's latest snapshot, read with
    // a fresh pull from the start.
    QMap<QString, QJsonObject> serverView() const
    {
        const auto enrollment = sync->enrollment();
        REQUIRE(enrollment.has_value());
        SyncHttp http{QUrl(enrollment->serverUrl)};
        http.setToken(enrollment->token);
        // The server limits each device's requests per second: SyncHttp waits when it says so.
        const auto get = [&http](const QString &path, const QUrlQuery &query = {}) {
            return http.get(path, query);
        };
        const SyncHttpAnswer listed = get(sync::path::buckets());
        REQUIRE(listed.ok());
        const auto buckets = sync::BucketsResponse::fromJson(listed.body);
        REQUIRE(buckets.ok());
        QMap<QString, QJsonObject> view;
        QMap<QString, qint64> versions;
        for (const QString &bucket : buckets->buckets) {
            QString cursor;
            for (;;) {
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("bucket"), bucket);
                query.addQueryItem(QStringLiteral("cursor"), cursor);
                query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
                const SyncHttpAnswer answer = get(sync::path::pull(), query);
                INFO("pull answered " << answer.status);
                REQUIRE(answer.ok());
                auto page = sync::PullResponse::fromJson(answer.body);
                REQUIRE(page.ok());
                for (const sync::PullChange &change : page->changes) {
                    if (change.entity != sync::entity::caseEntity())
                        continue;
                    if (change.version >= versions.value(change.id, -1)) {
                        versions[change.id] = change.version;
                        view[change.id] = change.data;
                    }
                }
                cursor = page->cursor;
                if (!page->hasMore)
                    break;
            }
        }
        return view;
    }
};

// A case as both sides show it: the snapshot's fields, without the store's own applicant id.
inline QJsonObject comparable(QJsonObject snapshot)
{
    QJsonObject applicant = snapshot.value(QStringLiteral("applicant")).toObject();
    applicant.remove(QStringLiteral("id"));
    snapshot.insert(QStringLiteral("applicant"), applicant);
    return snapshot;
}

inline QJsonObject localView(const Device &device, const QString &caseId)
{
    auto c = device.cases->load(caseId);
    REQUIRE(c.ok());
    return comparable(sync::caseToJson(c.value(), true));
}

// Every mutation id the server has stored, read from its database.
inline QSet<QString> serverMutationIds(const ServerProcess &server)
{
    QSet<QString> ids;
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlQuery q(connection.db);
    REQUIRE(q.exec(QStringLiteral("SELECT mutation_id FROM mutations")));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

// Runs one statement on the server's database (settings the tests change).
inline void serverExec(const ServerProcess &server, const QString &sql)
{
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlQuery q(connection.db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace synctest
