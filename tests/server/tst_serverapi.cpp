#include "apiserver.h"
#include "serverprocess.h"
#include "serverschema.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace {

QUrl at(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

QJsonObject json(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

void checkCommon(const HttpReply &reply)
{
    CHECK(reply.header("Content-Type").startsWith("application/json"));
    CHECK_FALSE(reply.header("X-Request-Id").isEmpty());
    CHECK(QDateTime::fromString(json(reply).value(QStringLiteral("server_time")).toString(),
                                Qt::ISODateWithMs)
                  .isValid());
}

} // namespace

TEST_CASE("GET /health answers with the version, schema and server time", "[server]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const auto reply = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/health")));
    REQUIRE(reply.status == 200);
    checkCommon(reply);
    const QJsonObject body = json(reply);
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("database")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("version")).toString() == QStringLiteral(ONEWINDOW_VERSION));
    CHECK(body.value(QStringLiteral("schema_version")).toInt() == ow::serverSchema().version());
    const QDateTime serverTime = QDateTime::fromString(
            body.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs);
    CHECK(qAbs(serverTime.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    CHECK_FALSE(reply.header("X-Server-Time").isEmpty());

    // A client's request id is kept, a strange one replaced.
    const auto tagged = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/health")), {},
                                    {{"X-Request-Id", "probe-42"}});
    CHECK(tagged.header("X-Request-Id") == QByteArray("probe-42"));
    const auto odd = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/health")), {},
                                 {{"X-Request-Id", "a b\"c"}});
    CHECK(odd.header("X-Request-Id") != QByteArray("a b\"c"));

    // One JSON log line per request on stderr.
    server.kill();
    int requestLines = 0;
    for (const QByteArray &line : server.stderrSoFar().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (!entry.contains(QStringLiteral("request_id")))
            continue;
        ++requestLines;
        CHECK(entry.value(QStringLiteral("method")).toString() == QStringLiteral("GET"));
        CHECK(entry.value(QStringLiteral("path")).toString() == QStringLiteral("/health"));
        CHECK(entry.value(QStringLiteral("status")).toInt() == 200);
        CHECK(entry.contains(QStringLiteral("duration_ms")));
        CHECK(entry.contains(QStringLiteral("time")));
    }
    CHECK(requestLines == 3);
}

TEST_CASE("GET /api/v1/catalog returns the catalogue with an ETag", "[server]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const QUrl url = at(server.baseUrl(), QStringLiteral("/api/v1/catalog"));
    const auto reply = httpRequest("GET", url);
    REQUIRE(reply.status == 200);
    checkCommon(reply);
    const QJsonObject body = json(reply);
    const QString version = body.value(QStringLiteral("version")).toString();
    CHECK_FALSE(version.isEmpty());
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(items.isEmpty());
    CHECK_FALSE(items.first().toObject().value(QStringLiteral("code")).toString().isEmpty());
    CHECK_FALSE(body.value(QStringLiteral("departments")).toArray().isEmpty());
    const QByteArray etag = reply.header("ETag");
    CHECK(etag.contains(version.toUtf8()));

    const auto again = httpRequest("GET", url, {}, {{"If-None-Match", etag}});
    CHECK(again.status == 304);
    CHECK(again.body.isEmpty());
}

TEST_CASE("GET /api/v1/directory/places lists the demo hall and townships", "[server]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const auto reply
            = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/api/v1/directory/places")));
    REQUIRE(reply.status == 200);
    checkCommon(reply);
    const QJsonArray places = json(reply).value(QStringLiteral("places")).toArray();
    REQUIRE(places.size() == 3);
    int townships = 0;
    for (const auto &p : places)
        townships += p.toObject().value(QStringLiteral("kind")).toString()
                == QLatin1String("township");
    CHECK(townships == 2);
}

TEST_CASE("Unknown paths get 404 JSON, oversized bodies 413", "[server]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const auto missing = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/nowhere")));
    CHECK(missing.status == 404);
    checkCommon(missing);
    const QJsonObject error = json(missing).value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("not_found"));
    CHECK_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());

    const auto small = httpRequest("POST", at(server.baseUrl(), QStringLiteral("/nowhere")),
                                   QByteArray(1024, 'x'));
    CHECK(small.status == 404);

    const auto big = httpRequest("POST", at(server.baseUrl(), QStringLiteral("/health")),
                                 QByteArray(1024 * 1024 + 1, 'x'));
    CHECK(big.status == 413);
    checkCommon(big);
    CHECK(json(big).value(QStringLiteral("error")).toObject().value(QStringLiteral("code"))
          == QStringLiteral("request.too_large"));

    // The connection and the server survive it.
    CHECK(httpRequest("GET", at(server.baseUrl(), QStringLiteral("/health"))).status == 200);
}

TEST_CASE("GET /health is 503 when the database was never initialised", "[server]")
{
    QTemporaryDir dir;
    auto db = ow::Database::open(dir.filePath(QStringLiteral("half.sqlite")), ow::serverSchema());
    REQUIRE(db.ok());
    ow::ApiServer api(db.value(), {});
    api.setLogSink({});
    const quint16 port = api.listen(QHostAddress::LocalHost, 0);
    REQUIRE(port != 0);
    const auto reply
            = httpRequest("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port)));
    CHECK(reply.status == 503);
    checkCommon(reply);
    const QJsonObject body = json(reply);
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("unavailable"));
    CHECK(body.value(QStringLiteral("database")).toString() == QStringLiteral("unavailable"));
}

TEST_CASE("A sync request's log line says how long it waited for a thread and its CPU time",
          "[server]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const QList<QPair<QByteArray, QByteArray>> headers{
            {QByteArrayLiteral("OneWindow-Protocol"), QByteArrayLiteral("1")},
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer not-a-token")}};
    // A push (token and body read on the reader pool, then the writer's turn) and a pull, both
    // with a token the server does not know.
    const auto push = httpRequest("POST", at(server.baseUrl(), QStringLiteral("/sync/v1/push")),
                                  QByteArrayLiteral("{\"stream\":1,\"mutations\":[]}"), headers);
    CHECK(push.status == 401);
    CHECK(json(push).value(QStringLiteral("error")).toObject().value(QStringLiteral("code"))
          == QStringLiteral("auth.invalid_token"));
    const auto pull = httpRequest(
            "GET", at(server.baseUrl(), QStringLiteral("/sync/v1/pull")), {}, headers);
    CHECK(pull.status == 401);
    server.kill();
    QStringList logged;
    for (const QByteArray &line : server.stderrSoFar().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const QString path = entry.value(QStringLiteral("path")).toString();
        if (!path.startsWith(QLatin1String("/sync/")))
            continue;
        logged.append(path);
        CHECK(entry.value(QStringLiteral("status")).toInt() == 401);
        CHECK(entry.value(QStringLiteral("queued_ms")).toDouble(-1) >= 0);
        CHECK(entry.value(QStringLiteral("cpu_ms")).toDouble(-1) >= 0);
        CHECK(entry.value(QStringLiteral("queued_ms")).toDouble()
              <= entry.value(QStringLiteral("duration_ms")).toDouble());
    }
    CHECK(logged == QStringList{QStringLiteral("/sync/v1/push"), QStringLiteral("/sync/v1/pull")});
}

TEST_CASE("A client that closes its connection before a sync answer is ready does not take the "
          "server down",
          "[server]")
{
    ServerProcess server;
    REQUIRE(server.start());
    // Pushes (reader pool, then the writer's queue) and pulls, each connection cut right after
    // its request is sent: the answers become ready after their sockets are gone.
    const QByteArray body("{\"stream\":1,\"mutations\":[]}");
    for (int i = 0; i < 60; ++i) {
        QTcpSocket socket;
        socket.connectToHost(server.baseUrl().host(), quint16(server.baseUrl().port()));
        REQUIRE(socket.waitForConnected(5000));
        const QByteArray request = i % 2 == 0
                ? QByteArrayLiteral("POST /sync/v1/push HTTP/1.1\r\n")
                        + "Host: 127.0.0.1\r\nOneWindow-Protocol: 1\r\n"
                          "Authorization: Bearer not-a-token\r\nContent-Type: application/json\r\n"
                          "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body
                : QByteArrayLiteral("GET /sync/v1/pull?bucket=global HTTP/1.1\r\n"
                                    "Host: 127.0.0.1\r\nOneWindow-Protocol: 1\r\n"
                                    "Authorization: Bearer not-a-token\r\n\r\n");
        socket.write(request);
        socket.waitForBytesWritten(5000);
        socket.abort();
    }
    // The server is still there and answers.
    QTest::qWait(500);
    const auto health = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/health")));
    CHECK(health.status == 200);
    const auto push = httpRequest("POST", at(server.baseUrl(), QStringLiteral("/sync/v1/push")),
                                  body,
                                  {{"OneWindow-Protocol", "1"},
                                   {"Authorization", "Bearer not-a-token"}});
    CHECK(push.status == 401);
}
