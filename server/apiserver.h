#pragma once

#include "store/database.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace ow {

class CatalogStore;
class DirectoryStore;
class ServerInfoStore;
class SyncStore;

// The HTTP API over the server's stores. Every response, routed or not, goes through finish():
// a JSON body with server_time, X-Request-Id and X-Server-Time headers, one JSON log line on
// stderr. Handlers are thin: they call a store and shape its answer.
//
// The sync routes (/sync/v1/...) run on a thread pool, each thread with its own database
// connection and SyncStore, and answer through QFuture<QHttpServerResponse>: a long push or pull
// never holds up the event loop and the other requests.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024; // QHttpServer 6.4 has no limit of its own
        int requestsPerSecond = 20;        // per device (per remote address for enroll)
        int burst = 40;
        int requestTimeLimitMs = 20000; // a push stops applying after this (stopped: timeout)
        int workerThreads = 4;
        // Pushes, enrollments, restreams and audit pushes run on a pool of their own, so that
        // pulls never wait for a thread behind writes. 0: one thread on SQLite (one writer at a
        // time anyway: a second would only sleep in SQLite's busy handler and hold its thread),
        // workerThreads on PostgreSQL (writers of different devices run at once).
        int writerThreads = 0;
    };

    ApiServer(std::shared_ptr<Database> database, Limits limits, QObject *parent = nullptr);
    ~ApiServer() override;

    // The bound port, or 0 when the address cannot be bound. Port 0 picks a free one.
    quint16 listen(const QHostAddress &address, quint16 port);

    // Where request logs go (one JSON object per line); stderr by default.
    void setLogSink(std::function<void(const QByteArray &line)> sink);

    // The HTTP status of a protocol error code (sync::code).
    static QHttpServerResponse::StatusCode statusFor(const QString &code);

private:
    struct Reply
    {
        QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok;
        QJsonObject body;   // empty: no body (304)
        QByteArray rawBody; // instead of body: a JSON document already written (a pull page)
        QList<QPair<QByteArray, QByteArray>> headers;
        // A sync route's: how long it waited for a pool thread, and the CPU time its handler
        // took on that thread (both logged; negative: not measured).
        double queuedMs = -1;
        double cpuMs = -1;
    };
    // What a handler needs of a request, copied: QHttpServerRequest cannot leave the event loop.
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString remote;
        QByteArray id;
        QElapsedTimer timer;
        QByteArray header(const QByteArray &name) const;
    };
    using Handler = Reply (ApiServer::*)(const Request &request);
    using SyncHandler = Reply (*)(SyncStore &store, const Request &request, const Limits &limits);

    void addRoutes();
    static Request copy(const QHttpServerRequest &request);
    QHttpServerResponse dispatch(const QHttpServerRequest &request, Handler handler);
    QFuture<QHttpServerResponse> dispatchSync(const QHttpServerRequest &request,
                                              SyncHandler handler, bool authenticated, bool writes);
    // A push in two steps: the device's token and the body's parse on the reader pool, then only
    // SyncStore::push on the writer pool (on SQLite one thread: it does nothing but apply).
    QFuture<QHttpServerResponse> dispatchPush(const QHttpServerRequest &request);
    // Writes the answer when it is ready, if the client is still connected.
    void answerLater(QFuture<QHttpServerResponse> future, QHttpServerResponder &&responder);
    // The checks every sync request meets before a pool thread: size, protocol, rate limit.
    std::optional<Reply> admit(const Request &request, bool authenticated);
    QHttpServerResponse finish(const Request &request, Reply reply);
    std::optional<Reply> rejectOversized(const Request &request) const;
    std::optional<Reply> checkProtocol(const Request &request) const;
    std::optional<Reply> rateLimit(const QByteArray &key);

    Reply health(const Request &request);
    Reply catalog(const Request &request);
    Reply places(const Request &request);
    Reply notFound(const Request &request);

    static Reply enroll(SyncStore &store, const Request &request, const Limits &limits);
    static Reply pull(SyncStore &store, const Request &request, const Limits &limits);
    static Reply buckets(SyncStore &store, const Request &request, const Limits &limits);
    static Reply restream(SyncStore &store, const Request &request, const Limits &limits);
    static Reply audit(SyncStore &store, const Request &request, const Limits &limits);
    // Users (docs/security.md): sign in on an enrolled device, then requests with the session.
    static Reply login(SyncStore &store, const Request &request, const Limits &limits);
    static Reply logout(SyncStore &store, const Request &request, const Limits &limits);
    static Reply whoami(SyncStore &store, const Request &request, const Limits &limits);
    static Reply changePassword(SyncStore &store, const Request &request, const Limits &limits);
    static Reply totpBegin(SyncStore &store, const Request &request, const Limits &limits);
    static Reply totpConfirm(SyncStore &store, const Request &request, const Limits &limits);
    static Reply offlineGrant(SyncStore &store, const Request &request, const Limits &limits);
    static Reply disableUser(SyncStore &store, const Request &request, const Limits &limits);
    static Reply revokeDevice(SyncStore &store, const Request &request, const Limits &limits);
    static Reply auditEntries(SyncStore &store, const Request &request, const Limits &limits);
    static Reply statsSummary(SyncStore &store, const Request &request, const Limits &limits);
    static Reply statsCases(SyncStore &store, const Request &request, const Limits &limits);

    static Reply error(QHttpServerResponse::StatusCode status, const QString &code,
                       const QString &message);
    static Reply error(const Error &error);
    SyncStore &threadStore() const;

    std::shared_ptr<Database> m_database;
    Limits m_limits;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<ServerInfoStore> m_info;
    std::function<void(const QByteArray &line)> m_logSink;
    QMutex m_logMutex;
    QThreadPool m_pool;       // reads: pulls, buckets, users' requests
    QThreadPool m_writerPool; // the sync writes (Limits::writerThreads)
    struct TokenBucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QHash<QByteArray, TokenBucket> m_rates; // event loop thread only
    QElapsedTimer m_clock;
};

} // namespace ow
