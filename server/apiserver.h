#pragma once

#include "store/database.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
QT_END_NAMESPACE

namespace ow {

class CatalogStore;
class DirectoryStore;
class ServerInfoStore;

// The HTTP API over the server's stores. Every response, routed or not, goes through finish():
// a JSON body with server_time, X-Request-Id and X-Server-Time headers, one JSON log line on
// stderr. Handlers are thin: they call a store and shape its answer.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024; // QHttpServer 6.4 has no limit of its own
    };

    ApiServer(std::shared_ptr<Database> database, Limits limits, QObject *parent = nullptr);
    ~ApiServer() override;

    // The bound port, or 0 when the address cannot be bound. Port 0 picks a free one.
    quint16 listen(const QHostAddress &address, quint16 port);

    // Where request logs go (one JSON object per line); stderr by default.
    void setLogSink(std::function<void(const QByteArray &line)> sink);

private:
    struct Reply
    {
        QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok;
        QJsonObject body; // empty: no body (304)
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Handler = Reply (ApiServer::*)(const QHttpServerRequest &request);

    void addRoutes();
    QHttpServerResponse dispatch(const QHttpServerRequest &request, Handler handler);
    QHttpServerResponse finish(const QHttpServerRequest &request, Reply reply,
                               const QElapsedTimer &timer);
    std::optional<Reply> rejectOversized(const QHttpServerRequest &request) const;

    Reply health(const QHttpServerRequest &request);
    Reply catalog(const QHttpServerRequest &request);
    Reply places(const QHttpServerRequest &request);
    Reply notFound(const QHttpServerRequest &request);

    static Reply error(QHttpServerResponse::StatusCode status, const QString &code,
                       const QString &message);

    std::shared_ptr<Database> m_database;
    Limits m_limits;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<ServerInfoStore> m_info;
    std::function<void(const QByteArray &line)> m_logSink;
};

} // namespace ow
