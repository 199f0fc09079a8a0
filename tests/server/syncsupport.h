#pragma once

// Helpers for the sync tests: a device enrolled with the real server, a client store that makes
// real mutations through CaseStore, and protocol requests.
#include "domain/residentid.h"
#include "serverprocess.h"
#include "store/casestore.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "sync/syncprotocol.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace synctest {

inline QUrl urlOf(const QUrl &base, const QString &path, const QString &query = {})
{
    QUrl url = base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

inline QJsonObject bodyOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

inline QString errorCode(const HttpReply &reply)
{
    return bodyOf(reply)
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
}

struct Device
{
    QString id;
    QString token;
    QString shortId;
    QString placeCode;
    qint64 stream = 1;
};

inline QList<QPair<QByteArray, QByteArray>> headersFor(const Device *device, int protocol = 1)
{
    QList<QPair<QByteArray, QByteArray>> headers{
            {QByteArrayLiteral("OneWindow-Protocol"), QByteArray::number(protocol)},
            {QByteArrayLiteral("OneWindow-Schema"), QByteArrayLiteral("4")}};
    if (device)
        headers.append({QByteArrayLiteral("Authorization"),
                        QByteArrayLiteral("Bearer ") + device->token.toLatin1()});
    return headers;
}

inline HttpReply post(const QUrl &base, const QString &path, const QJsonObject &body,
                      const Device *device)
{
    return httpRequest("POST", urlOf(base, path),
                       QJsonDocument(body).toJson(QJsonDocument::Compact), headersFor(device));
}

inline HttpReply get(const QUrl &base, const QString &path, const QString &query,
                     const Device *device)
{
    return httpRequest("GET", urlOf(base, path, query), {}, headersFor(device));
}

// `device enroll` on the command line, then POST /sync/v1/enroll.
inline std::optional<Device> enroll(ServerProcess &server, const QUrl &base, const QString &place)
{
    const auto run = server.run({QStringLiteral("device"), QStringLiteral("enroll"),
                                 QStringLiteral("--place"), place, QStringLiteral("--db"),
                                 server.dbUrl()});
    if (run.exitCode != 0)
        return std::nullopt;
    const QString code = QString::fromUtf8(run.out).trimmed();
    const auto reply = post(base, ow::sync::path::enroll(),
                            {{QStringLiteral("code"), code},
                             {QStringLiteral("device_name"), QStringLiteral("test")},
                             {QStringLiteral("client_version"), QStringLiteral("test")}},
                            nullptr);
    if (reply.status != 200)
        return std::nullopt;
    auto enrolled = ow::sync::EnrollResponse::fromJson(bodyOf(reply));
    if (!enrolled)
        return std::nullopt;
    return Device{enrolled->deviceId, enrolled->token, enrolled->shortId, enrolled->placeCode,
                  enrolled->stream};
}

// A client store whose CaseStore writes real outbox mutations.
struct Client
{
    QTemporaryDir dir;
    std::unique_ptr<ow::Workspace> workspace;
    std::unique_ptr<ow::CaseStore> cases;
    ow::Catalog catalog;
    ow::Actor actor;

    explicit Client(const QString &username = QStringLiteral("counter"))
    {
        auto ws = ow::Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        if (!ws)
            return;
        workspace = std::move(ws.value());
        cases = std::make_unique<ow::CaseStore>(workspace->database(), workspace->calendar());
        catalog = workspace->catalog().load().value();
        if (workspace->setCurrentUser(username))
            actor = workspace->actor();
    }

    ow::Result<ow::Case> intake(const QString &shortId, const QString &itemCode,
                                ow::IntakeDecision decision, const QString &first17,
                                ow::CaseChannel channel = ow::CaseChannel::Window)
    {
        ow::IntakeRequest r;
        r.channel = channel;
        r.item = *catalog.item(itemCode);
        for (const QString &part : r.item.bundleParts)
            r.bundleParts.append(*catalog.item(part));
        r.applicant.name = QStringLiteral("张伟");
        r.applicant.idNumber = first17 + ow::ResidentId::checkCharacter(first17);
        r.applicant.phone = QStringLiteral("13893912345");
        r.applicant.address = QStringLiteral("成县城关镇东大街12号");
        r.materials = ow::CaseRules::checklistFor(r.item);
        for (ow::CaseMaterial &m : r.materials) {
            m.status = ow::CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        r.decision = decision;
        return cases->intake(r, actor, shortId, QDateTime::currentDateTimeUtc());
    }

    // The outbox as push mutations, numbered by the outbox seq.
    QList<ow::sync::PushMutation> mutations() const
    {
        QList<ow::sync::PushMutation> list;
        for (const ow::OutboxMutation &m :
             ow::Outbox::pending(workspace->database()->connection(), 10000)) {
            ow::sync::PushMutation p;
            p.seq = m.seq;
            p.id = m.mutationId;
            p.name = m.name;
            p.entityId = m.entityId;
            p.baseVersion = m.baseVersion;
            p.userId = m.userId;
            p.createdAt = m.createdAt;
            p.payload = m.payload;
            list.append(p);
        }
        return list;
    }
};

inline HttpReply push(const QUrl &base, const Device &device,
                      const QList<ow::sync::PushMutation> &mutations, qint64 stream = -1)
{
    ow::sync::PushRequest request;
    request.stream = stream < 0 ? device.stream : stream;
    request.mutations = mutations;
    return post(base, ow::sync::path::push(), request.toJson(), &device);
}

// A second `serve` on the same database.
struct SecondServer
{
    QProcess process;
    QUrl baseUrl;

    bool start(const QString &dbUrl)
    {
        process.start(ServerProcess::binary(),
                      {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--db"), dbUrl});
        const QByteArray prefix("listening on ");
        QByteArray out;
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            const int at = out.indexOf(prefix);
            const int end = out.indexOf('\n', at);
            if (at >= 0 && end > at) {
                baseUrl = QUrl(
                        QString::fromLatin1(out.mid(at + prefix.size(), end - at - prefix.size())));
                return baseUrl.port() > 0;
            }
        }
        return false;
    }
    ~SecondServer()
    {
        process.kill();
        process.waitForFinished(3000);
    }
};

} // namespace synctest
