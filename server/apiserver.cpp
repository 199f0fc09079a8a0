#include "apiserver.h"

#include "authstore.h"
#include "countycaselist.h"
#include "countyrollup.h"
#include "deviceaudit.h"
#include "domain/businessclock.h"
#include "domain/directory.h"
#include "domain/totp.h"
#include "domain/uuidv7.h"
#include "embeddeddata.h"
#include "serverinfostore.h"
#include "serverschema.h"
#include "store/auditlog.h"
#include "store/catalogstore.h"
#include "store/directorystore.h"
#include "store/sqldialect.h"
#include "store/statisticsquery.h"
#include "sync/auditprotocol.h"
#include "sync/syncprotocol.h"
#include "syncstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtConcurrent>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <variant>

namespace ow {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QString serverTime()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

// A client's own X-Request-Id is kept when it is short and plain; otherwise we make one.
QByteArray requestId(const QHttpServerRequest &request)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QByteArray given = request.value(QByteArrayLiteral("X-Request-Id"));
    if (!given.isEmpty() && plain.match(QString::fromLatin1(given)).hasMatch())
        return given;
    return UuidV7::createString().toLatin1();
}

// CPU time of the calling thread, ms.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void writeToStderr(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace

ApiServer::ApiServer(std::shared_ptr<Database> database, Limits limits, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_limits(limits)
    , m_http(std::make_unique<QHttpServer>())
    , m_catalog(std::make_unique<CatalogStore>(m_database))
    , m_directory(std::make_unique<DirectoryStore>(m_database))
    , m_info(std::make_unique<ServerInfoStore>(m_database))
    , m_logSink(&writeToStderr)
{
    m_pool.setMaxThreadCount(qMax(1, m_limits.workerThreads));
    m_pool.setExpiryTimeout(-1); // each thread keeps its database connection
    const int writers = m_limits.writerThreads > 0
            ? m_limits.writerThreads
            : (sqldialect::isPostgres(m_database->connection()) ? m_limits.workerThreads : 1);
    m_writerPool.setMaxThreadCount(qMax(1, writers));
    m_writerPool.setExpiryTimeout(-1);
    m_clock.start();
    addRoutes();
}

ApiServer::~ApiServer()
{
    m_pool.waitForDone();
    m_writerPool.waitForDone();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http->listen(address, port);
}

void ApiServer::setLogSink(std::function<void(const QByteArray &line)> sink)
{
    m_logSink = std::move(sink);
}

void ApiServer::addRoutes()
{
    const auto get = [this](const char *path, Handler handler) {
        m_http->route(QString::fromLatin1(path), QHttpServerRequest::Method::Get,
                      [this, handler](const QHttpServerRequest &request) {
                          return dispatch(request, handler);
                      });
    };
    get("/health", &ApiServer::health);
    get("/api/v1/catalog", &ApiServer::catalog);
    get("/api/v1/directory/places", &ApiServer::places);
    const auto sync = [this](const QString &path, QHttpServerRequest::Method method,
                             SyncHandler handler, bool authenticated, bool writes = false) {
        m_http->route(path, method,
                      [this, handler, authenticated, writes](const QHttpServerRequest &r,
                                                             QHttpServerResponder &&responder) {
                          answerLater(dispatchSync(r, handler, authenticated, writes),
                                      std::move(responder));
                      });
    };
    const bool writes = true;
    sync(sync::path::enroll(), QHttpServerRequest::Method::Post, &ApiServer::enroll, false, writes);
    m_http->route(sync::path::push(), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                      answerLater(dispatchPush(r), std::move(responder));
                  });
    sync(sync::path::pull(), QHttpServerRequest::Method::Get, &ApiServer::pull, true);
    sync(sync::path::buckets(), QHttpServerRequest::Method::Get, &ApiServer::buckets, true);
    sync(sync::path::restream(), QHttpServerRequest::Method::Post, &ApiServer::restream, true,
         writes);
    sync(sync::path::audit(), QHttpServerRequest::Method::Post, &ApiServer::audit, true, writes);
    const auto post = QHttpServerRequest::Method::Post;
    sync(QStringLiteral("/auth/v1/login"), post, &ApiServer::login, true);
    sync(QStringLiteral("/auth/v1/logout"), post, &ApiServer::logout, true);
    sync(QStringLiteral("/auth/v1/session"), QHttpServerRequest::Method::Get, &ApiServer::whoami,
         true);
    sync(QStringLiteral("/auth/v1/password"), post, &ApiServer::changePassword, true);
    sync(QStringLiteral("/auth/v1/totp/begin"), post, &ApiServer::totpBegin, true);
    sync(QStringLiteral("/auth/v1/totp/confirm"), post, &ApiServer::totpConfirm, true);
    sync(QStringLiteral("/auth/v1/offline"), post, &ApiServer::offlineGrant, true);
    sync(QStringLiteral("/admin/v1/users/disable"), post, &ApiServer::disableUser, true);
    sync(QStringLiteral("/admin/v1/devices/revoke"), post, &ApiServer::revokeDevice, true);
    sync(QStringLiteral("/audit/v1/entries"), QHttpServerRequest::Method::Get,
         &ApiServer::auditEntries, true);
    sync(QStringLiteral("/stats/v1/summary"), QHttpServerRequest::Method::Get,
         &ApiServer::statsSummary, true);
    sync(QStringLiteral("/stats/v1/cases"), QHttpServerRequest::Method::Get, &ApiServer::statsCases,
         true);
    m_http->setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(request, &ApiServer::notFound).write(std::move(responder));
            });
}

void ApiServer::answerLater(QFuture<QHttpServerResponse> future, QHttpServerResponder &&responder)
{
    // Not QHttpServer's own QFuture route: Qt 6.4 writes the late answer to the connection even
    // when the client has closed it meanwhile (a device's timeout while its push waited for the
    // writer), into a deleted socket, and the server crashes. Here the answer is written on the
    // event loop only while the socket is still there.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    auto *watcher = new QFutureWatcher<QHttpServerResponse>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, held, socket]() {
        watcher->deleteLater();
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qWarning("sync: the client closed the connection before its answer was ready");
            return;
        }
        QFuture<QHttpServerResponse> done = watcher->future();
        QHttpServerResponse response = done.takeResult();
        response.write(std::move(*held));
    });
    watcher->setFuture(future);
}

QByteArray ApiServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiServer::Request ApiServer::copy(const QHttpServerRequest &request)
{
    Request r;
    r.timer.start();
    r.method = methodName(request.method());
    r.url = request.url();
    r.body = request.body();
    r.headers = request.headers();
    r.remote = request.remoteAddress().toString();
    r.id = requestId(request);
    return r;
}

QHttpServerResponse ApiServer::dispatch(const QHttpServerRequest &httpRequest, Handler handler)
{
    const Request request = copy(httpRequest);
    if (auto rejected = rejectOversized(request))
        return finish(request, std::move(*rejected));
    m_database->reconnectIfLost(); // PostgreSQL restarted: connect again
    return finish(request, (this->*handler)(request));
}

std::optional<ApiServer::Reply> ApiServer::admit(const Request &request, bool authenticated)
{
    std::optional<Reply> early = rejectOversized(request);
    if (!early)
        early = checkProtocol(request);
    if (!early) {
        // Per device (its token) or, before enrollment, per remote address.
        const QByteArray key = authenticated
                ? QCryptographicHash::hash(request.header(sync::header::authorization()),
                                           QCryptographicHash::Sha256)
                : request.remote.toUtf8();
        early = rateLimit(key);
    }
    return early;
}

QFuture<QHttpServerResponse> ApiServer::dispatchSync(const QHttpServerRequest &httpRequest,
                                                     SyncHandler handler, bool authenticated,
                                                     bool writes)
{
    Request request = copy(httpRequest);
    if (std::optional<Reply> early = admit(request, authenticated)) {
        QHttpServerResponse response = finish(request, std::move(*early));
        return QtFuture::makeReadyFuture(std::move(response));
    }
    const Limits limits = m_limits;
    QThreadPool *pool = writes ? &m_writerPool : &m_pool;
    return QtConcurrent::run(pool, [this, request = std::move(request), handler, limits]() {
        const double queuedMs = double(request.timer.nsecsElapsed() / 1000) / 1000.0;
        const double cpuBefore = threadCpuMs();
        Reply reply = handler(threadStore(), request, limits);
        reply.queuedMs = queuedMs;
        reply.cpuMs = threadCpuMs() - cpuBefore;
        return finish(request, std::move(reply));
    });
}

namespace {

// A push between its two steps.
struct PushJob
{
    std::optional<DeviceRecord> device;
    sync::PushRequest parsed;
    std::optional<Error> refused; // the token or the body: answered with nothing applied
    double queuedMs = 0;
    double cpuMs = 0;
    qint64 preparedNs = 0; // the request's timer when the first step ended
};

} // namespace

QFuture<QHttpServerResponse> ApiServer::dispatchPush(const QHttpServerRequest &httpRequest)
{
    auto request = std::make_shared<Request>(copy(httpRequest));
    if (std::optional<Reply> early = admit(*request, true)) {
        QHttpServerResponse response = finish(*request, std::move(*early));
        return QtFuture::makeReadyFuture(std::move(response));
    }
    // The writer's task waits for the first step's result (done by then unless the writer was
    // idle). Not QFuture::then() nor a QPromise: in Qt 6.4 their promise, destroyed on the pool
    // thread, takes QHttpServer's pending continuation with it, and the server crashes.
    const QFuture<std::shared_ptr<PushJob>> prepared
            = QtConcurrent::run(&m_pool, [this, request]() {
                  auto job = std::make_shared<PushJob>();
                  job->queuedMs = double(request->timer.nsecsElapsed() / 1000) / 1000.0;
                  const double cpuBefore = threadCpuMs();
                  auto device = threadStore().authenticate(
                          request->header(sync::header::authorization()),
                          QDateTime::currentDateTimeUtc());
                  if (!device) {
                      job->refused = device.error();
                  } else if (auto body = sync::parseBody(request->body); !body) {
                      job->refused = body.error();
                  } else if (auto parsed = sync::PushRequest::fromJson(body.value()); !parsed) {
                      job->refused = parsed.error();
                  } else {
                      job->device = device.value();
                      job->parsed = std::move(parsed.value());
                  }
                  job->cpuMs = threadCpuMs() - cpuBefore;
                  job->preparedNs = request->timer.nsecsElapsed();
                  return job;
              });
    const Limits limits = m_limits;
    return QtConcurrent::run(&m_writerPool, [this, request, limits, prepared]() {
        const std::shared_ptr<PushJob> job = prepared.result();
        const double writerCpuBefore = threadCpuMs();
        const double waitedMs
                = double(qMax<qint64>(0, request->timer.nsecsElapsed() - job->preparedNs) / 1000)
                / 1000.0;
        Reply reply;
        if (job->refused) {
            reply = error(*job->refused);
        } else {
            auto pushed
                    = threadStore().push(*job->device, job->parsed, QDateTime::currentDateTimeUtc(),
                                         QDeadlineTimer(limits.requestTimeLimitMs));
            if (!pushed)
                reply = error(pushed.error());
            else
                reply.body = pushed->toJson();
        }
        reply.queuedMs = job->queuedMs + waitedMs;
        reply.cpuMs = job->cpuMs + threadCpuMs() - writerCpuBefore;
        return finish(*request, std::move(reply));
    });
}

SyncStore &ApiServer::threadStore() const
{
    // One connection per worker thread (QSqlDatabase connections belong to their thread).
    thread_local std::unique_ptr<SyncStore> store;
    thread_local QString path;
    if (!store || path != m_database->filePath()) {
        auto opened = m_database->reopen();
        store = std::make_unique<SyncStore>(opened ? opened.value() : m_database);
        path = m_database->filePath();
        if (!opened)
            qWarning("sync worker: %s", qPrintable(opened.error().detail));
    }
    // PostgreSQL restarted: this thread's connection is opened again (the request that met the
    // loss answered 503; the device retries).
    store->database()->reconnectIfLost();
    return *store;
}

std::optional<ApiServer::Reply> ApiServer::rejectOversized(const Request &request) const
{
    // QHttpServer 6.4 has read the whole body by now: the reverse proxy's client_max_body_size
    // keeps memory bounded; this keeps the API's contract the same without one.
    bool declared = false;
    const qint64 length = request.header(QByteArrayLiteral("Content-Length")).toLongLong(&declared);
    if (request.body.size() <= m_limits.maxBodyBytes
        && (!declared || length <= m_limits.maxBodyBytes)) {
        return std::nullopt;
    }
    return error(
            StatusCode::PayloadTooLarge, QStringLiteral("request.too_large"),
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
}

std::optional<ApiServer::Reply> ApiServer::checkProtocol(const Request &request) const
{
    const QByteArray given = request.header(sync::header::protocol());
    bool ok = false;
    const int version = given.trimmed().toInt(&ok);
    if (given.isEmpty() || !ok)
        return error(StatusCode::BadRequest, sync::code::malformed(),
                     QStringLiteral("The header OneWindow-Protocol (the protocol version, %1) "
                                    "is missing or not a number.")
                             .arg(sync::protocolVersion));
    if (version < sync::oldestProtocolVersion) {
        Reply reply = error(StatusCode::UpgradeRequired, sync::code::upgradeRequired(),
                            QStringLiteral("This OneWindow is too old for the server (protocol "
                                           "%1; the server serves %2 to %3). Install the "
                                           "current version; nothing was lost.")
                                    .arg(version)
                                    .arg(sync::oldestProtocolVersion)
                                    .arg(sync::protocolVersion));
        reply.headers.append({QByteArrayLiteral("Upgrade"),
                              QByteArrayLiteral("OneWindow-Protocol/")
                                      + QByteArray::number(sync::protocolVersion)});
        return reply;
    }
    if (version > sync::protocolVersion)
        return error(StatusCode::BadRequest, sync::code::invalidField(),
                     QStringLiteral("Protocol %1 is newer than this server's (%2). Update the "
                                    "server.")
                             .arg(version)
                             .arg(sync::protocolVersion));
    return std::nullopt;
}

std::optional<ApiServer::Reply> ApiServer::rateLimit(const QByteArray &key)
{
    // A token bucket per key, in this process (each server process limits on its own).
    const qint64 now = m_clock.elapsed();
    if (m_rates.size() > 100000)
        m_rates.clear();
    TokenBucket &bucket = m_rates[key];
    if (bucket.lastMs == 0 && bucket.tokens == 0)
        bucket.tokens = m_limits.burst;
    bucket.tokens
            = qMin(double(m_limits.burst),
                   bucket.tokens + (now - bucket.lastMs) * m_limits.requestsPerSecond / 1000.0);
    bucket.lastMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    const int wait = qMax(1, int(std::ceil((1.0 - bucket.tokens) / m_limits.requestsPerSecond)));
    Reply reply
            = error(StatusCode::TooManyRequests, sync::code::rateLimited(),
                    QStringLiteral("Too many requests from this device; retry in %1 s.").arg(wait));
    reply.headers.append({sync::header::retryAfter(), QByteArray::number(wait)});
    return reply;
}

QHttpServerResponse ApiServer::finish(const Request &request, Reply reply)
{
    const QString now = serverTime();
    QHttpServerResponse response = [&] {
        if (!reply.rawBody.isEmpty())
            return QHttpServerResponse(QByteArrayLiteral("application/json"), reply.rawBody,
                                       reply.status);
        if (reply.body.isEmpty())
            return QHttpServerResponse(reply.status);
        reply.body.insert(QStringLiteral("server_time"), now);
        return QHttpServerResponse(reply.body, reply.status);
    }();
    response.addHeader(QByteArrayLiteral("X-Request-Id"), request.id);
    response.addHeader(QByteArrayLiteral("X-Server-Time"), now.toLatin1());
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    for (const auto &header : std::as_const(reply.headers))
        response.addHeader(header.first, header.second);

    if (m_logSink) {
        QJsonObject line{
                {QStringLiteral("time"), now},
                {QStringLiteral("request_id"), QString::fromLatin1(request.id)},
                {QStringLiteral("method"), QString::fromLatin1(request.method)},
                {QStringLiteral("path"), request.url.path()},
                {QStringLiteral("status"), int(reply.status)},
                {QStringLiteral("duration_ms"),
                 double(request.timer.nsecsElapsed() / 1000) / 1000.0},
                {QStringLiteral("remote"), request.remote},
        };
        if (reply.queuedMs >= 0)
            line.insert(QStringLiteral("queued_ms"), std::round(reply.queuedMs * 1000) / 1000);
        if (reply.cpuMs >= 0)
            line.insert(QStringLiteral("cpu_ms"), std::round(reply.cpuMs * 1000) / 1000);
        const QJsonValue code = reply.body.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("code"));
        if (code.isString())
            line.insert(QStringLiteral("error"), code);
        const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
        QMutexLocker locker(&m_logMutex);
        m_logSink(bytes);
    }
    return response;
}

ApiServer::Reply ApiServer::error(StatusCode status, const QString &code, const QString &message)
{
    Reply reply;
    reply.status = status;
    reply.body.insert(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    return reply;
}

QHttpServerResponse::StatusCode ApiServer::statusFor(const QString &code)
{
    static const QHash<QString, StatusCode> statuses{
            {sync::code::malformed(), StatusCode::BadRequest},
            {sync::code::invalidField(), StatusCode::BadRequest},
            {sync::code::authMissing(), StatusCode::Unauthorized},
            {sync::code::invalidToken(), StatusCode::Unauthorized},
            {sync::code::tokenExpired(), StatusCode::Unauthorized},
            {sync::code::invalidCode(), StatusCode::Forbidden},
            {sync::code::deviceRevoked(), StatusCode::Forbidden},
            {sync::code::notFound(), StatusCode::NotFound},
            {sync::code::deviceRegressed(), StatusCode::Conflict},
            {sync::code::wrongStream(), StatusCode::Conflict},
            {sync::code::cursorExpired(), StatusCode::Gone},
            {sync::code::tooLarge(), StatusCode::PayloadTooLarge},
            {sync::code::mutationConflict(), StatusCode::UnprocessableEntity},
            {sync::code::upgradeRequired(), StatusCode::UpgradeRequired},
            {sync::code::rateLimited(), StatusCode::TooManyRequests},
            {sync::code::dbUnavailable(), StatusCode::ServiceUnavailable},
            {QStringLiteral("db.busy"), StatusCode::ServiceUnavailable},
            {sync::code::auditAltered(), StatusCode::UnprocessableEntity},
            {sync::code::auditUnlinked(), StatusCode::Conflict},
            {sync::code::auditTruncated(), StatusCode::Conflict},
            {sync::code::auditForeignChain(), StatusCode::Conflict},
            {QStringLiteral("auth.failed"), StatusCode::Unauthorized},
            {QStringLiteral("auth.session_missing"), StatusCode::Unauthorized},
            {QStringLiteral("auth.session_invalid"), StatusCode::Unauthorized},
            {QStringLiteral("auth.session_expired"), StatusCode::Unauthorized},
            {QStringLiteral("auth.password_change_required"), StatusCode::Forbidden},
            {QStringLiteral("auth.totp_enrollment_required"), StatusCode::Forbidden},
            {QStringLiteral("auth.offline_not_allowed"), StatusCode::Forbidden},
            {QStringLiteral("role.forbidden"), StatusCode::Forbidden},
            {QStringLiteral("place.forbidden"), StatusCode::Forbidden},
            {QStringLiteral("password.policy"), StatusCode::BadRequest},
            {QStringLiteral("password.unchanged"), StatusCode::BadRequest},
            {QStringLiteral("totp.wrong_code"), StatusCode::BadRequest},
            {QStringLiteral("user.not_found"), StatusCode::NotFound},
            {QStringLiteral("device.not_found"), StatusCode::NotFound},
    };
    return statuses.value(code, StatusCode::InternalServerError);
}

ApiServer::Reply ApiServer::error(const Error &e)
{
    const StatusCode status = statusFor(e.code);
    if (status == StatusCode::InternalServerError || status == StatusCode::ServiceUnavailable)
        qWarning("sync: %s: %s (%s)", qPrintable(e.code), qPrintable(e.message),
                 qPrintable(e.detail));
    Reply reply = error(status,
                        status == StatusCode::InternalServerError ? QStringLiteral("server.error")
                                                                  : e.code,
                        e.message);
    if (e.code == sync::code::deviceRegressed() || e.code == sync::code::wrongStream())
        reply.body.insert(QStringLiteral("last_seq"), e.detail.toLongLong());
    if (e.code == sync::code::mutationConflict())
        reply.body.insert(QStringLiteral("mutation_id"), e.detail);
    if (e.code.startsWith(QLatin1String("audit.")))
        reply.body.insert(QStringLiteral("row_id"), e.detail);
    if (status == StatusCode::ServiceUnavailable)
        reply.headers.append({sync::header::retryAfter(), QByteArrayLiteral("5")});
    return reply;
}

ApiServer::Reply ApiServer::enroll(SyncStore &store, const Request &request, const Limits &)
{
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    auto parsed = sync::EnrollRequest::fromJson(body.value());
    if (!parsed)
        return error(parsed.error());
    auto enrolled = store.enroll(parsed.value(), QDateTime::currentDateTimeUtc());
    if (!enrolled)
        return error(enrolled.error());
    Reply reply;
    reply.body = enrolled->toJson();
    return reply;
}

ApiServer::Reply ApiServer::audit(SyncStore &store, const Request &request, const Limits &)
{
    auto device = store.authenticate(request.header(sync::header::authorization()),
                                     QDateTime::currentDateTimeUtc());
    if (!device)
        return error(device.error());
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    auto parsed = sync::AuditPushRequest::fromJson(body.value());
    if (!parsed)
        return error(parsed.error());
    DeviceAuditStore audit(store.database());
    auto pushed = audit.push(device.value(), parsed.value(), QDateTime::currentDateTimeUtc());
    if (!pushed)
        return error(pushed.error());
    Reply reply;
    reply.body = pushed->toJson();
    return reply;
}

ApiServer::Reply ApiServer::pull(SyncStore &store, const Request &request, const Limits &)
{
    auto device = store.authenticate(request.header(sync::header::authorization()),
                                     QDateTime::currentDateTimeUtc());
    if (!device)
        return error(device.error());
    const QUrlQuery query(request.url);
    const QString bucket = query.queryItemValue(QStringLiteral("bucket"), QUrl::FullyDecoded);
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    int limit = sync::defaultPullLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > sync::maxPullLimit)
            return error(sync::invalidField(
                    QStringLiteral("limit"),
                    QStringLiteral("not a number from 1 to %1").arg(sync::maxPullLimit)));
    }
    if (bucket.isEmpty())
        return error(sync::invalidField(QStringLiteral("bucket"), QStringLiteral("missing")));
    auto page = store.pull(device.value(), bucket, cursor, limit);
    if (!page)
        return error(page.error());
    Reply reply;
    page->serverTime = QDateTime::currentDateTimeUtc();
    reply.rawBody = page->toJsonBytes(); // the stored snapshots as they are, not parsed again
    return reply;
}

ApiServer::Reply ApiServer::buckets(SyncStore &store, const Request &request, const Limits &)
{
    auto device = store.authenticate(request.header(sync::header::authorization()),
                                     QDateTime::currentDateTimeUtc());
    if (!device)
        return error(device.error());
    sync::BucketsResponse response;
    response.buckets = store.buckets(device.value());
    Reply reply;
    reply.body = response.toJson();
    return reply;
}

ApiServer::Reply ApiServer::restream(SyncStore &store, const Request &request, const Limits &)
{
    auto device = store.authenticate(request.header(sync::header::authorization()),
                                     QDateTime::currentDateTimeUtc());
    if (!device)
        return error(device.error());
    auto restreamed = store.restream(device.value(), QDateTime::currentDateTimeUtc());
    if (!restreamed)
        return error(restreamed.error());
    Reply reply;
    reply.body = restreamed->toJson();
    return reply;
}

namespace {

QByteArray sessionHeader()
{
    return sync::header::session();
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), Roles::key(user.role)},
            {QStringLiteral("place_code"), user.placeCode},
            {QStringLiteral("department_code"), user.departmentCode}};
}

QJsonObject sessionJson(const SessionRecord &session)
{
    return {{QStringLiteral("user"), userJson(session.user)},
            {QStringLiteral("device_id"), session.deviceId},
            {QStringLiteral("expires_at"), session.expiresAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("scope"), AuthStore::scopeKey(session.scope)}};
}

// The device, its user's session, and (when given) the matrix's word on the action.
struct SessionCheck
{
    std::optional<SessionRecord> session;
    std::optional<Error> error;
};

} // namespace

// Every user request: the device's token, then the session made on that device, then its scope
// (a first password change or a second factor come first), then the role × action matrix.
// The request's two headers: the device's token and the session's. (A template only because
// ApiServer::Request is the server's private type.)
template<typename Request>
static SessionCheck checkSession(SyncStore &store, const Request &request,
                                 std::optional<Action> action, bool anyScope)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto device = store.authenticate(request.header(sync::header::authorization()), now);
    if (!device)
        return {std::nullopt, device.error()};
    AuthStore auth(store.database());
    auto session = auth.session(request.header(sessionHeader()), now);
    if (!session)
        return {std::nullopt, session.error()};
    if (session->deviceId != device->id)
        return {std::nullopt,
                Error{QStringLiteral("auth.session_invalid"),
                      QStringLiteral("The session belongs to another device; sign in again."),
                      {}}};
    if (!anyScope && session->scope == SessionScope::ChangePassword)
        return {std::nullopt,
                Error{QStringLiteral("auth.password_change_required"),
                      QStringLiteral("Choose a new password first (POST /auth/v1/password)."),
                      {}}};
    if (!anyScope && session->scope == SessionScope::EnrollTotp)
        return {std::nullopt,
                Error{QStringLiteral("auth.totp_enrollment_required"),
                      QStringLiteral("Set up the second factor first (POST /auth/v1/totp/begin)."),
                      {}}};
    if (action) {
        // Requests are not tied to one place's records: the actor's own place is where they act.
        const Error refused = Permissions::check(session->user.role, *action, PlaceRelation::Own);
        if (refused.isError()) {
            if (Status s = auth.auditRefusal(session.value(), *action, refused.code); !s)
                return {std::nullopt, s.error()};
            return {std::nullopt, refused};
        }
    }
    return {session.value(), std::nullopt};
}

ApiServer::Reply ApiServer::login(SyncStore &store, const Request &request, const Limits &)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto device = store.authenticate(request.header(sync::header::authorization()), now);
    if (!device)
        return error(device.error());
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    const QJsonObject json = body.value();
    const QString username = json.value(QStringLiteral("username")).toString();
    const QString password = json.value(QStringLiteral("password")).toString();
    if (username.isEmpty() || username.size() > 64)
        return error(sync::invalidField(QStringLiteral("username"),
                                        QStringLiteral("missing or longer than 64 characters")));
    if (password.size() > 1024)
        return error(sync::invalidField(QStringLiteral("password"),
                                        QStringLiteral("longer than 1024 characters")));
    // Hashing takes a good part of a second: this runs on the worker pool, not the event loop.
    auto result = AuthStore(store.database())
                          .login(username, password, json.value(QStringLiteral("totp")).toString(),
                                 device.value(), now);
    if (!result)
        return error(result.error());
    Reply reply;
    reply.body = sessionJson(result->session);
    reply.body.insert(QStringLiteral("token"), result->token);
    // The device keeps it sealed under the password, to check codes offline (docs/security.md).
    if (!result->totpSecret.isEmpty()
        && json.value(QStringLiteral("offline_second_factor")).toBool())
        reply.body.insert(QStringLiteral("totp_secret"), Totp::base32(result->totpSecret));
    return reply;
}

ApiServer::Reply ApiServer::logout(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, std::nullopt, true);
    if (check.error)
        return error(*check.error);
    if (Status s
        = AuthStore(store.database())
                  .logout(request.header(sessionHeader()), QDateTime::currentDateTimeUtc());
        !s)
        return error(s.error());
    Reply reply;
    reply.body.insert(QStringLiteral("status"), QStringLiteral("signed_out"));
    return reply;
}

ApiServer::Reply ApiServer::whoami(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, std::nullopt, true);
    if (check.error)
        return error(*check.error);
    Reply reply;
    reply.body = sessionJson(*check.session);
    return reply;
}

ApiServer::Reply ApiServer::changePassword(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, std::nullopt, true);
    if (check.error)
        return error(*check.error);
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    const QJsonObject json = body.value();
    AuthStore auth(store.database());
    if (Status s = auth.changePassword(*check.session, request.header(sessionHeader()),
                                       json.value(QStringLiteral("old_password")).toString(),
                                       json.value(QStringLiteral("new_password")).toString(),
                                       QDateTime::currentDateTimeUtc());
        !s)
        return error(s.error());
    return whoami(store, request, {});
}

ApiServer::Reply ApiServer::totpBegin(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, std::nullopt, true);
    if (check.error)
        return error(*check.error);
    if (check.session->scope == SessionScope::ChangePassword)
        return error(Error{QStringLiteral("auth.password_change_required"),
                           QStringLiteral("Choose a new password first."),
                           {}});
    auto secret = AuthStore(store.database()).beginTotp(*check.session);
    if (!secret)
        return error(secret.error());
    Reply reply;
    reply.body = {{QStringLiteral("secret"), Totp::base32(secret.value())},
                  {QStringLiteral("uri"), Totp::uri(secret.value(), check.session->user.username)}};
    return reply;
}

ApiServer::Reply ApiServer::totpConfirm(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, std::nullopt, true);
    if (check.error)
        return error(*check.error);
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    if (Status s = AuthStore(store.database())
                           .confirmTotp(*check.session, request.header(sessionHeader()),
                                        body.value().value(QStringLiteral("code")).toString(),
                                        QDateTime::currentDateTimeUtc());
        !s)
        return error(s.error());
    return whoami(store, request, {});
}

ApiServer::Reply ApiServer::offlineGrant(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, std::nullopt, false);
    if (check.error)
        return error(*check.error);
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    auto grant = AuthStore(store.database())
                         .offlineGrant(*check.session,
                                       body.value().value(QStringLiteral("verifier")).toString(),
                                       QDateTime::currentDateTimeUtc());
    if (!grant)
        return error(grant.error());
    Reply reply;
    reply.body = {{QStringLiteral("payload"), QString::fromLatin1(grant->payload.toBase64())},
                  {QStringLiteral("signature"), QString::fromLatin1(grant->signature.toBase64())},
                  {QStringLiteral("public_key"), QString::fromLatin1(grant->publicKey.toBase64())}};
    return reply;
}

ApiServer::Reply ApiServer::disableUser(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, Action::UserAdmin, false);
    if (check.error)
        return error(*check.error);
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    const QString username = body.value().value(QStringLiteral("username")).toString();
    const Actor actor{check.session->user.id, check.session->user.username,
                      check.session->user.placeCode, QStringLiteral("server")};
    if (Status s
        = AuthStore(store.database()).disable(username, actor, QDateTime::currentDateTimeUtc());
        !s)
        return error(s.error());
    Reply reply;
    reply.body.insert(QStringLiteral("status"), QStringLiteral("disabled"));
    return reply;
}

ApiServer::Reply ApiServer::revokeDevice(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, Action::DeviceAdmin, false);
    if (check.error)
        return error(*check.error);
    const auto body = sync::parseBody(request.body);
    if (!body)
        return error(body.error());
    if (Status s = store.revoke(body.value().value(QStringLiteral("device")).toString(),
                                QDateTime::currentDateTimeUtc());
        !s)
        return error(s.error());
    Reply reply;
    reply.body.insert(QStringLiteral("status"), QStringLiteral("revoked"));
    return reply;
}

ApiServer::Reply ApiServer::auditEntries(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, Action::AuditRead, false);
    if (check.error)
        return error(*check.error);
    const QUrlQuery query(request.url);
    bool ok = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        limit = 100;
    QSqlQuery q(store.database()->connection());
    q.prepare(QStringLiteral("SELECT at_utc, device_id, user_id, place_code, action, entity,"
                             " entity_id, result FROM audit_log ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    QJsonArray rows;
    if (q.exec()) {
        while (q.next()) {
            rows.append(QJsonObject{{QStringLiteral("at"), q.value(0).toString()},
                                    {QStringLiteral("device_id"), q.value(1).toString()},
                                    {QStringLiteral("user_id"), q.value(2).toString()},
                                    {QStringLiteral("place_code"), q.value(3).toString()},
                                    {QStringLiteral("action"), q.value(4).toString()},
                                    {QStringLiteral("entity"), q.value(5).toString()},
                                    {QStringLiteral("entity_id"), q.value(6).toString()},
                                    {QStringLiteral("result"), q.value(7).toString()}});
        }
    }
    Reply reply;
    reply.body.insert(QStringLiteral("entries"), rows);
    return reply;
}

namespace {

// The period of a statistics request: ?from=YYYY-MM-DD&to=YYYY-MM-DD, at most three years.
Result<StatisticsPeriod> statsPeriod(const QUrlQuery &query)
{
    StatisticsPeriod period;
    period.from = QDate::fromString(query.queryItemValue(QStringLiteral("from")), Qt::ISODate);
    period.to = QDate::fromString(query.queryItemValue(QStringLiteral("to")), Qt::ISODate);
    if (!period.isValid() || period.from.daysTo(period.to) > 3 * 366)
        return sync::invalidField(QStringLiteral("from"),
                                  QStringLiteral("from and to: dates (YYYY-MM-DD), from not after "
                                                 "to, at most three years apart"));
    return period;
}

} // namespace

// The county view (docs/statistics.md): every place's counts for a period of business days,
// by the client's own definitions and SQL (StatisticsQuery::placeFigures) over the server's
// cases and ratings. ?from=YYYY-MM-DD&to=YYYY-MM-DD[&place=code: that place and its township
// points].
ApiServer::Reply ApiServer::statsSummary(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, Action::StatisticsCounty, false);
    if (check.error)
        return error(*check.error);
    const QUrlQuery query(request.url);
    const auto parsed = statsPeriod(query);
    if (!parsed)
        return error(parsed.error());
    StatisticsPeriod period = parsed.value();
    period.granularity = StatisticsPeriod::granularityFor(period.from, period.to);
    QSqlDatabase db = store.database()->connection();
    StatisticsFilter filter;
    const QString place = query.queryItemValue(QStringLiteral("place"));
    if (!place.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT code FROM places WHERE code = ? OR parent_code = ?"));
        q.addBindValue(place);
        q.addBindValue(place);
        if (q.exec()) {
            while (q.next())
                filter.placeCodes << q.value(0).toString();
        }
        if (filter.placeCodes.isEmpty())
            return error(QHttpServerResponse::StatusCode::NotFound,
                         QStringLiteral("place.not_found"),
                         QStringLiteral("No place has the code %1.").arg(place));
    }
    // The roll-up (CountyRollup), built again first when the calendar or the bundles changed;
    // overdue and near due as of the business day today.
    auto figures = CountyRollup::summary(store.database(), period, filter, BusinessClock::today());
    if (!figures)
        return error(figures.error());
    QJsonArray places;
    for (const PlaceFigures &p : figures.value())
        places.append(StatisticsDefinitions::toJson(p));
    Reply reply;
    reply.body = {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                  {QStringLiteral("places"), places}};
    return reply;
}

// The cases behind one place's figure in the county view (docs/statistics.md):
// ?place=code&figure=accepted|completed|overdue|near_due&from=&to=[&offset=0][&limit=100], a page
// at a time, ID numbers and phones masked.
ApiServer::Reply ApiServer::statsCases(SyncStore &store, const Request &request, const Limits &)
{
    const auto check = checkSession(store, request, Action::StatisticsCounty, false);
    if (check.error)
        return error(*check.error);
    const QUrlQuery query(request.url);
    const auto parsed = statsPeriod(query);
    if (!parsed)
        return error(parsed.error());
    const StatisticsPeriod period = parsed.value();
    const QString figure = query.queryItemValue(QStringLiteral("figure"));
    if (!CountyCases::figures().contains(figure))
        return error(sync::invalidField(
                QStringLiteral("figure"),
                QStringLiteral("one of ") + CountyCases::figures().join(QStringLiteral(", "))));
    const auto number = [&query](const char *key, int fallback, int low, int high) {
        const QString text = query.queryItemValue(QLatin1String(key));
        if (text.isEmpty())
            return std::optional<int>(fallback);
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok && value >= low && value <= high ? std::optional<int>(value) : std::nullopt;
    };
    const auto offset = number("offset", 0, 0, 100'000'000);
    if (!offset)
        return error(sync::invalidField(QStringLiteral("offset"),
                                        QStringLiteral("a number, 0 or more")));
    const auto limit = number("limit", CountyCases::defaultLimit, 1, CountyCases::maxLimit);
    if (!limit)
        return error(sync::invalidField(
                QStringLiteral("limit"),
                QStringLiteral("a number from 1 to %1").arg(CountyCases::maxLimit)));
    const QString place = query.queryItemValue(QStringLiteral("place"));
    QSqlQuery q(store.database()->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM places WHERE code = ?"));
    q.addBindValue(place);
    if (place.isEmpty() || !q.exec() || !q.next() || q.value(0).toInt() == 0)
        return error(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("place.not_found"),
                     QStringLiteral("No place has the code %1.").arg(place));
    q.finish();
    auto page = CountyCaseList::page(store.database(), place, figure, period, *offset, *limit,
                                     BusinessClock::today());
    if (!page)
        return error(page.error());
    Reply reply;
    reply.body = CountyCases::toJson(page.value());
    return reply;
}

ApiServer::Reply ApiServer::health(const Request &)
{
    Reply reply;
    reply.body = {{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("version"), QStringLiteral(ONEWINDOW_VERSION)},
                  {QStringLiteral("schema_version"), m_database->version()},
                  {QStringLiteral("protocol"),
                   QJsonObject{{QStringLiteral("current"), sync::protocolVersion},
                               {QStringLiteral("oldest"), sync::oldestProtocolVersion}}},
                  {QStringLiteral("schema"), m_database->version()},
                  {QStringLiteral("database"), QStringLiteral("ok")}};
    const auto info = m_info->info();
    if (!info || !info->has_value()) {
        reply.status = StatusCode::ServiceUnavailable;
        reply.body.insert(QStringLiteral("status"), QStringLiteral("unavailable"));
        reply.body.insert(QStringLiteral("database"), QStringLiteral("unavailable"));
        reply.body.insert(
                QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"),
                             info ? QStringLiteral("db.not_initialised") : info.error().code},
                            {QStringLiteral("message"),
                             info ? QStringLiteral("The database was never initialised.")
                                  : QStringLiteral("The database does not answer.")}});
        if (!info)
            qWarning("health: %s", qPrintable(info.error().detail));
        return reply;
    }
    reply.body.insert(QStringLiteral("catalog_version"), m_catalog->version());
    return reply;
}

ApiServer::Reply ApiServer::catalog(const Request &request)
{
    const QString version = m_catalog->version();
    if (version.isEmpty()) {
        return error(StatusCode::ServiceUnavailable, QStringLiteral("catalog.empty"),
                     QStringLiteral("The server holds no service catalogue yet."));
    }
    // Weak: the body carries server_time, so equal versions are equal, not byte-identical.
    const QByteArray etag = QByteArrayLiteral("W/\"") + version.toUtf8() + '"';
    if (request.header(QByteArrayLiteral("If-None-Match")) == etag) {
        Reply reply;
        reply.status = StatusCode::NotModified;
        reply.headers.append({QByteArrayLiteral("ETag"), etag});
        return reply;
    }
    const auto loaded = m_catalog->load();
    if (!loaded) {
        qWarning("catalog: %s", qPrintable(loaded.error().detail));
        return error(StatusCode::ServiceUnavailable, loaded.error().code,
                     QStringLiteral("The service catalogue cannot be read."));
    }
    Reply reply;
    reply.body = EmbeddedData::catalogJson(loaded.value());
    reply.headers.append({QByteArrayLiteral("ETag"), etag});
    return reply;
}

ApiServer::Reply ApiServer::places(const Request &)
{
    Reply reply;
    const Directory directory{m_directory->load().places, {}};
    reply.body.insert(QStringLiteral("places"),
                      DirectoryJson::toJson(directory).value(QStringLiteral("places")));
    return reply;
}

ApiServer::Reply ApiServer::notFound(const Request &request)
{
    return error(StatusCode::NotFound, QStringLiteral("not_found"),
                 QStringLiteral("No resource at %1 %2.")
                         .arg(QString::fromLatin1(request.method), request.url.path()));
}

} // namespace ow
