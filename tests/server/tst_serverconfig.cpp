#include "databaseurl.h"
#include "servercommandline.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ow;

namespace {

ServerCommandLine::Outcome parse(const QStringList &arguments)
{
    return ServerCommandLine::parse(QStringList{QStringLiteral("onewindow-server")} + arguments);
}

} // namespace

TEST_CASE("DatabaseUrl reads sqlite paths and PostgreSQL URLs", "[server]")
{
    const auto relative = DatabaseUrl::parse(QStringLiteral("sqlite:run/server.sqlite"));
    REQUIRE(relative.ok());
    CHECK(relative->kind == DatabaseUrl::Kind::Sqlite);
    CHECK(relative->path == QDir::current().absoluteFilePath(QStringLiteral("run/server.sqlite")));

    const auto absolute = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/ow/server.sqlite"));
    REQUIRE(absolute.ok());
    CHECK(absolute->path == QStringLiteral("/var/lib/ow/server.sqlite"));
    CHECK(absolute->toString() == QStringLiteral("sqlite:/var/lib/ow/server.sqlite"));

    const auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://ow:secret@db.local:5432/ow"));
    REQUIRE(pg.ok());
    CHECK(pg->kind == DatabaseUrl::Kind::PostgreSql);
    CHECK_FALSE(pg->toString().contains(QStringLiteral("secret")));

    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("sqlite:")).ok());
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("postgresql://")).ok());
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("/plain/path.sqlite")).ok());
}

TEST_CASE("serve options: defaults, config file, command line wins", "[server]")
{
    const auto defaults = parse({QStringLiteral("serve"), QStringLiteral("--db"),
                                 QStringLiteral("sqlite:/tmp/x.sqlite")});
    REQUIRE(defaults.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(defaults.config.command == ServerConfig::Command::Serve);
    CHECK(defaults.config.port == 8470);
    CHECK(defaults.config.listenAddress == QHostAddress(QHostAddress::LocalHost));
    CHECK(defaults.config.maxBodyBytes == 1024 * 1024);

    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("server.ini"));
    {
        QFile f(ini);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[database]\nurl=sqlite:/srv/ow/server.sqlite\n"
                "[http]\nlisten=0.0.0.0\nport=9000\nmax_body_bytes=4096\n");
    }
    const auto fromFile = parse({QStringLiteral("serve"), QStringLiteral("--config"), ini});
    REQUIRE(fromFile.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(fromFile.config.database.path == QStringLiteral("/srv/ow/server.sqlite"));
    CHECK(fromFile.config.listenAddress == QHostAddress(QStringLiteral("0.0.0.0")));
    CHECK(fromFile.config.port == 9000);
    CHECK(fromFile.config.maxBodyBytes == 4096);

    const auto overridden = parse({QStringLiteral("serve"), QStringLiteral("--config"), ini,
                                   QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--db"), QStringLiteral("sqlite:/tmp/y.sqlite")});
    REQUIRE(overridden.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(overridden.config.port == 0);
    CHECK(overridden.config.database.path == QStringLiteral("/tmp/y.sqlite"));
}

TEST_CASE("serve: the per-device request limit comes from the config file, checked", "[server]")
{
    const auto defaults = parse({QStringLiteral("serve"), QStringLiteral("--db"),
                                 QStringLiteral("sqlite:/tmp/x.sqlite")});
    REQUIRE(defaults.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(defaults.config.deviceRequestsPerSecond == 20);
    CHECK(defaults.config.deviceBurst == 40);

    QTemporaryDir dir;
    const auto withIni = [&](const QByteArray &text) {
        const QString ini = dir.filePath(QStringLiteral("server.ini"));
        QFile f(ini);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        return parse({QStringLiteral("serve"), QStringLiteral("--db"),
                      QStringLiteral("sqlite:/tmp/x.sqlite"), QStringLiteral("--config"), ini});
    };
    const auto tuned = withIni("[http]\ndevice_requests_per_second=50\ndevice_burst=200\n");
    REQUIRE(tuned.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(tuned.config.deviceRequestsPerSecond == 50);
    CHECK(tuned.config.deviceBurst == 200);

    for (const QByteArray &bad :
         {QByteArray("[http]\ndevice_requests_per_second=0\n"),
          QByteArray("[http]\ndevice_burst=many\n"), QByteArray("[http]\ndevice_burst=-3\n")}) {
        INFO(bad.toStdString());
        const auto refused = withIni(bad);
        CHECK(refused.action == ServerCommandLine::Outcome::Action::UsageError);
        CHECK(refused.text.contains(QStringLiteral("is not a whole number")));
    }
}

TEST_CASE("init and catalog export options", "[server]")
{
    const auto init = parse({QStringLiteral("init"), QStringLiteral("--demo"),
                             QStringLiteral("--db"), QStringLiteral("sqlite:/tmp/x.sqlite")});
    REQUIRE(init.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(init.config.command == ServerConfig::Command::Init);
    CHECK(init.config.demo);
    CHECK_FALSE(init.config.force);

    const auto tsv = parse({QStringLiteral("catalog"), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("tsv"),
                            QStringLiteral("--embedded")});
    REQUIRE(tsv.action == ServerCommandLine::Outcome::Action::Run);
    CHECK(tsv.config.command == ServerConfig::Command::CatalogExport);
    CHECK(tsv.config.exportFormat == ServerConfig::ExportFormat::Tsv);
    CHECK(tsv.config.embedded);

    const auto misplaced = parse({QStringLiteral("--demo"), QStringLiteral("init")});
    CHECK(misplaced.action == ServerCommandLine::Outcome::Action::UsageError);
    CHECK(misplaced.text.contains(QStringLiteral("options come after the command")));
}
