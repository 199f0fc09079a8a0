// The files deploy/ ships (the packages' /etc/onewindow/server.conf, the nginx site) say what
// `onewindow-server serve --config` reads.
#include "servercommandline.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>

using namespace ow;

TEST_CASE("The shipped server.conf is what serve --config reads, and nginx allows the same body",
          "[server][deploy]")
{
    const QString conf = QStringLiteral(ONEWINDOW_SOURCE_DIR "/deploy/server.conf");
    const auto outcome
            = ServerCommandLine::parse({QStringLiteral("onewindow-server"), QStringLiteral("serve"),
                                        QStringLiteral("--config"), conf});
    INFO(outcome.text.toStdString());
    REQUIRE(outcome.action == ServerCommandLine::Outcome::Action::Run);
    const ServerConfig &config = outcome.config;
    CHECK(config.command == ServerConfig::Command::Serve);
    CHECK(config.database.kind == DatabaseUrl::Kind::Sqlite);
    CHECK(config.database.path == QStringLiteral("/var/lib/onewindow/server.sqlite"));
    CHECK(config.listenAddress == QHostAddress(QHostAddress::LocalHost));
    CHECK(config.port == ServerConfig::defaultPort);
    CHECK(config.maxBodyBytes == ServerConfig::defaultMaxBodyBytes);
    CHECK(config.deviceRequestsPerSecond == ServerConfig().deviceRequestsPerSecond);
    CHECK(config.deviceBurst == ServerConfig().deviceBurst);

    // Exactly the keys the command line reads, comments not taken for values.
    const QSettings ini(conf, QSettings::IniFormat);
    REQUIRE(ini.status() == QSettings::NoError);
    QStringList keys = ini.allKeys();
    keys.sort();
    CHECK(keys
          == QStringList{QStringLiteral("database/url"), QStringLiteral("http/device_burst"),
                         QStringLiteral("http/device_requests_per_second"),
                         QStringLiteral("http/listen"), QStringLiteral("http/max_body_bytes"),
                         QStringLiteral("http/port")});
    CHECK(ini.value(QStringLiteral("http/listen")).toString() == QStringLiteral("127.0.0.1"));
    CHECK(ini.value(QStringLiteral("http/port")).toString() == QStringLiteral("8470"));
    CHECK(ini.value(QStringLiteral("http/max_body_bytes")).toString() == QStringLiteral("1048576"));

    // The systemd unit for more processes overrides the port only.
    const auto second = ServerCommandLine::parse(
            {QStringLiteral("onewindow-server"), QStringLiteral("serve"),
             QStringLiteral("--config"), conf, QStringLiteral("--port"), QStringLiteral("8471")});
    REQUIRE(second.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(second.config.port == 8471);
    CHECK(second.config.database.path == config.database.path);

    // init reads the same database from it (the package's postinst runs init --config).
    const auto init
            = ServerCommandLine::parse({QStringLiteral("onewindow-server"), QStringLiteral("init"),
                                        QStringLiteral("--config"), conf});
    REQUIRE(init.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(init.config.database.path == config.database.path);

    // nginx refuses bigger bodies itself, with the same limit.
    QFile nginx(QStringLiteral(ONEWINDOW_SOURCE_DIR "/deploy/nginx/onewindow.conf"));
    REQUIRE(nginx.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(nginx.readAll());
    const auto match = QRegularExpression(QStringLiteral("client_max_body_size\\s+(\\d+)([km]?);"))
                               .match(text);
    REQUIRE(match.hasMatch());
    qint64 bytes = match.captured(1).toLongLong();
    if (match.captured(2) == QLatin1String("k"))
        bytes *= 1024;
    if (match.captured(2) == QLatin1String("m"))
        bytes *= 1024 * 1024;
    CHECK(bytes == config.maxBodyBytes);
    CHECK(text.contains(QStringLiteral("server 127.0.0.1:%1 ").arg(config.port)));
}
