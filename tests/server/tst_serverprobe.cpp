#include "serverprocess.h"
#include "sync/serverprobe.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using ow::ServerProbe;

namespace {

// A port nobody listens on: bind one, note it, close it.
quint16 closedPort()
{
    QTcpServer socket;
    REQUIRE(socket.listen(QHostAddress::LocalHost, 0));
    const quint16 port = socket.serverPort();
    socket.close();
    return port;
}

ServerProbe::Intervals fastIntervals()
{
    ServerProbe::Intervals intervals;
    intervals.onlineMs = 200;
    intervals.offlineFirstMs = 100;
    intervals.offlineMaxMs = 400;
    intervals.timeoutMs = 2000;
    return intervals;
}

} // namespace

TEST_CASE("ServerProbe goes online against the server and offline when it dies", "[server]")
{
    ServerProcess server;
    REQUIRE(server.start());
    ServerProbe probe;
    probe.setIntervals(fastIntervals());
    CHECK(probe.state() == ServerProbe::State::Unknown);
    QSignalSpy changes(&probe, &ServerProbe::stateChanged);
    probe.setBaseUrl(server.baseUrl());
    probe.start();
    REQUIRE(QTest::qWaitFor([&] { return probe.state() == ServerProbe::State::Online; }, 3000));
    CHECK(probe.lastError().isEmpty());
    CHECK(probe.serverVersion() == QStringLiteral(ONEWINDOW_VERSION));
    CHECK(qAbs(probe.clockOffsetMs()) < 2000); // same machine, same clock
    CHECK(probe.lastContact().isValid());
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().first().value<ServerProbe::State>() == ServerProbe::State::Online);

    server.kill();
    REQUIRE(QTest::qWaitFor([&] { return probe.state() == ServerProbe::State::Offline; }, 3000));
    CHECK_FALSE(probe.lastError().isEmpty());
    CHECK(changes.size() == 2);
}

TEST_CASE("ServerProbe backs off while the server is down", "[server]")
{
    ServerProbe probe;
    probe.setIntervals(fastIntervals());
    probe.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())));
    QSignalSpy probed(&probe, &ServerProbe::probed);
    probe.start();
    REQUIRE(probed.wait(2000));
    CHECK(probe.state() == ServerProbe::State::Offline);
    CHECK(probe.lastError().contains(QStringLiteral("refused")));
    const int first = probe.nextProbeMs();
    // QTimer's coarse timers may run up to 5 % long.
    CHECK(first > 50);
    CHECK(first <= 110);
    REQUIRE(probed.wait(2000));
    const int second = probe.nextProbeMs();
    CHECK(second > 110);
    CHECK(second <= 220);
    REQUIRE(QTest::qWaitFor([&] { return probed.size() >= 5; }, 3000));
    CHECK(probe.nextProbeMs() <= 440); // capped

    probe.stop();
    CHECK(probe.nextProbeMs() == -1);
}

TEST_CASE("ServerProbe reports an address that is not a OneWindow server", "[server]")
{
    // A plain TCP server that answers every request with an HTML page.
    QTcpServer fake;
    REQUIRE(fake.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&fake, &QTcpServer::newConnection, &fake, [&fake] {
        QTcpSocket *socket = fake.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n"
                          "Connection: close\r\n\r\nhello");
            socket->disconnectFromHost();
        });
    });
    ServerProbe probe;
    probe.setIntervals(fastIntervals());
    probe.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(fake.serverPort())));
    QSignalSpy probed(&probe, &ServerProbe::probed);
    probe.probeNow();
    REQUIRE(probed.wait(3000));
    CHECK(probe.state() == ServerProbe::State::Offline);
    CHECK(probe.lastError().contains(QStringLiteral("not like a OneWindow server")));
    CHECK(probe.nextProbeMs() == -1); // not started: one probe only
}
