#include "apiserver.h"

#include "domain/directory.h"
#include "domain/uuidv7.h"
#include "embeddeddata.h"
#include "serverinfostore.h"
#include "store/catalogstore.h"
#include "store/directorystore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRegularExpression>

#include <cstdio>

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
    addRoutes();
}

ApiServer::~ApiServer() = default;

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
    m_http->setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(request, &ApiServer::notFound).write(std::move(responder));
            });
}

QHttpServerResponse ApiServer::dispatch(const QHttpServerRequest &request, Handler handler)
{
    QElapsedTimer timer;
    timer.start();
    if (auto rejected = rejectOversized(request))
        return finish(request, std::move(*rejected), timer);
    return finish(request, (this->*handler)(request), timer);
}

std::optional<ApiServer::Reply> ApiServer::rejectOversized(const QHttpServerRequest &request) const
{
    // QHttpServer 6.4 has read the whole body by now: the reverse proxy's client_max_body_size
    // keeps memory bounded; this keeps the API's contract the same without one.
    bool declared = false;
    const qint64 length = request.value(QByteArrayLiteral("Content-Length")).toLongLong(&declared);
    if (request.body().size() <= m_limits.maxBodyBytes
        && (!declared || length <= m_limits.maxBodyBytes)) {
        return std::nullopt;
    }
    return error(
            StatusCode::PayloadTooLarge, QStringLiteral("request.too_large"),
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
}

QHttpServerResponse ApiServer::finish(const QHttpServerRequest &request, Reply reply,
                                      const QElapsedTimer &timer)
{
    const QString now = serverTime();
    const QByteArray id = requestId(request);
    QHttpServerResponse response = [&] {
        if (reply.body.isEmpty())
            return QHttpServerResponse(reply.status);
        reply.body.insert(QStringLiteral("server_time"), now);
        return QHttpServerResponse(reply.body, reply.status);
    }();
    response.addHeader(QByteArrayLiteral("X-Request-Id"), id);
    response.addHeader(QByteArrayLiteral("X-Server-Time"), now.toLatin1());
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    for (const auto &header : std::as_const(reply.headers))
        response.addHeader(header.first, header.second);

    if (m_logSink) {
        const QJsonObject line{
                {QStringLiteral("time"), now},
                {QStringLiteral("request_id"), QString::fromLatin1(id)},
                {QStringLiteral("method"), QString::fromLatin1(methodName(request.method()))},
                {QStringLiteral("path"), request.url().path()},
                {QStringLiteral("status"), int(reply.status)},
                {QStringLiteral("duration_ms"), double(timer.nsecsElapsed() / 1000) / 1000.0},
                {QStringLiteral("remote"), request.remoteAddress().toString()},
        };
        m_logSink(QJsonDocument(line).toJson(QJsonDocument::Compact));
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

ApiServer::Reply ApiServer::health(const QHttpServerRequest &)
{
    Reply reply;
    reply.body = {{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("version"), QStringLiteral(ONEWINDOW_VERSION)},
                  {QStringLiteral("schema_version"), m_database->version()},
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

ApiServer::Reply ApiServer::catalog(const QHttpServerRequest &request)
{
    const QString version = m_catalog->version();
    if (version.isEmpty()) {
        return error(StatusCode::ServiceUnavailable, QStringLiteral("catalog.empty"),
                     QStringLiteral("The server holds no service catalogue yet."));
    }
    // Weak: the body carries server_time, so equal versions are equal, not byte-identical.
    const QByteArray etag = QByteArrayLiteral("W/\"") + version.toUtf8() + '"';
    if (request.value(QByteArrayLiteral("If-None-Match")) == etag) {
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

ApiServer::Reply ApiServer::places(const QHttpServerRequest &)
{
    Reply reply;
    const Directory directory{m_directory->load().places, {}};
    reply.body.insert(QStringLiteral("places"),
                      DirectoryJson::toJson(directory).value(QStringLiteral("places")));
    return reply;
}

ApiServer::Reply ApiServer::notFound(const QHttpServerRequest &request)
{
    return error(
            StatusCode::NotFound, QStringLiteral("not_found"),
            QStringLiteral("No resource at %1 %2.")
                    .arg(QString::fromLatin1(methodName(request.method())), request.url().path()));
}

} // namespace ow
