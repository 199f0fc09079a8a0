#include "apiserver.h"

#include "domain/directory.h"
#include "domain/uuidv7.h"
#include "embeddeddata.h"
#include "serverinfostore.h"
#include "serverschema.h"
#include "store/catalogstore.h"
#include "store/directorystore.h"
#include "sync/syncprotocol.h"
#include "syncstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtConcurrent>

#include <cmath>
#include <cstdio>
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
    m_clock.start();
    addRoutes();
}

ApiServer::~ApiServer()
{
    m_pool.waitForDone();
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
                             SyncHandler handler, bool authenticated) {
        m_http->route(path, method, [this, handler, authenticated](const QHttpServerRequest &r) {
            return dispatchSync(r, handler, authenticated);
        });
    };
    sync(sync::path::enroll(), QHttpServerRequest::Method::Post, &ApiServer::enroll, false);
    sync(sync::path::push(), QHttpServerRequest::Method::Post, &ApiServer::push, true);
    sync(sync::path::pull(), QHttpServerRequest::Method::Get, &ApiServer::pull, true);
    sync(sync::path::buckets(), QHttpServerRequest::Method::Get, &ApiServer::buckets, true);
    sync(sync::path::restream(), QHttpServerRequest::Method::Post, &ApiServer::restream, true);
    m_http->setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(request, &ApiServer::notFound).write(std::move(responder));
            });
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

QFuture<QHttpServerResponse> ApiServer::dispatchSync(const QHttpServerRequest &httpRequest,
                                                     SyncHandler handler, bool authenticated)
{
    Request request = copy(httpRequest);
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
    if (early) {
        QHttpServerResponse response = finish(request, std::move(*early));
        return QtFuture::makeReadyFuture(std::move(response));
    }
    const Limits limits = m_limits;
    return QtConcurrent::run(&m_pool, [this, request = std::move(request), handler, limits]() {
        return finish(request, handler(threadStore(), request, limits));
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
    if (status == StatusCode::ServiceUnavailable)
        reply.headers.append({sync::header::retryAfter(), QByteArrayLiteral("5")});
    return reply;
}

namespace {

// The request's JSON object, or the 400 that says why not.
std::variant<QJsonObject, Error> jsonBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{sync::code::malformed(),
                     QStringLiteral("The body is not JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                     {}};
    if (!doc.isObject())
        return Error{sync::code::malformed(), QStringLiteral("The body is not a JSON object."), {}};
    return doc.object();
}

} // namespace

ApiServer::Reply ApiServer::enroll(SyncStore &store, const Request &request, const Limits &)
{
    auto body = jsonBody(request.body);
    if (auto *e = std::get_if<Error>(&body))
        return error(*e);
    auto parsed = sync::EnrollRequest::fromJson(std::get<QJsonObject>(body));
    if (!parsed)
        return error(parsed.error());
    auto enrolled = store.enroll(parsed.value(), QDateTime::currentDateTimeUtc());
    if (!enrolled)
        return error(enrolled.error());
    Reply reply;
    reply.body = enrolled->toJson();
    return reply;
}

ApiServer::Reply ApiServer::push(SyncStore &store, const Request &request, const Limits &limits)
{
    auto device = store.authenticate(request.header(sync::header::authorization()),
                                     QDateTime::currentDateTimeUtc());
    if (!device)
        return error(device.error());
    auto body = jsonBody(request.body);
    if (auto *e = std::get_if<Error>(&body))
        return error(*e);
    auto parsed = sync::PushRequest::fromJson(std::get<QJsonObject>(body));
    if (!parsed)
        return error(parsed.error());
    auto pushed = store.push(device.value(), parsed.value(), QDateTime::currentDateTimeUtc(),
                             QDeadlineTimer(limits.requestTimeLimitMs));
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
    reply.body = page->toJson();
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
