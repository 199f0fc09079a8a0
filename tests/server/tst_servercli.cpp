#include "serverprocess.h"
#include "store/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result.append(QString::fromUtf8(a));
    return result;
}

} // namespace

TEST_CASE("onewindow-server: usage errors exit 2, help exits 0", "[server]")
{
    ServerProcess server;
    const auto none = server.run({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains("no command given"));

    const auto help = server.run(args({"--help"}));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("init"));
    CHECK(help.out.contains("ONEWINDOW_SERVER_DB"));

    const auto serveHelp = server.run(args({"serve", "--help"}));
    CHECK(serveHelp.exitCode == 0);
    CHECK(serveHelp.out.contains("--port"));
    CHECK(server.run(args({"help", "init"})).out.contains("--force"));
    CHECK(server.run(args({"catalog", "export", "--help"})).out.contains("--format"));

    const auto unknown = server.run(args({"frobnicate"}));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("unknown command \"frobnicate\""));
    CHECK(server.run(args({"serve", "--port", "70000"})).exitCode == 2);
    CHECK(server.run(args({"serve", "--listen", "not-an-address"})).exitCode == 2);
    CHECK(server.run(args({"serve", "--bogus"})).exitCode == 2);
    CHECK(server.run(args({"serve", "--db", "mysql://x"})).exitCode == 2);
    CHECK(server.run(args({"catalog", "export", "--format", "xml"})).exitCode == 2);
    CHECK(server.run(args({"catalog", "import"})).exitCode == 2);
    CHECK(server.run(args({"init", "--config", "/nonexistent/onewindow.ini"})).exitCode == 2);
}

TEST_CASE("onewindow-server init creates the database and refuses a second init", "[server]")
{
    ServerProcess server;
    const auto first = server.run({QStringLiteral("init"), QStringLiteral("--demo"),
                                   QStringLiteral("--db"), server.dbUrl()});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains("Initialised"));
    CHECK(first.out.contains("demo directory: 3 places, 7 users"));
    REQUIRE(QFileInfo::exists(server.dbPath()));

    const QByteArray before = fileHash(server.dbPath());
    const auto second
            = server.run({QStringLiteral("init"), QStringLiteral("--db"), server.dbUrl()});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains("already initialised"));
    CHECK(second.err.contains("--force"));
    CHECK(fileHash(server.dbPath()) == before);

    const auto forced = server.run({QStringLiteral("init"), QStringLiteral("--force"),
                                    QStringLiteral("--db"), server.dbUrl()});
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains("Re-initialised"));
}

TEST_CASE("onewindow-server refuses a client database and a missing one", "[server]")
{
    ServerProcess server;
    const QString clientPath = server.dir() + QStringLiteral("/client.sqlite");
    {
        auto client = ow::Database::open(clientPath);
        REQUIRE(client.ok());
    }
    const QByteArray before = fileHash(clientPath);
    const auto init = server.run({QStringLiteral("init"), QStringLiteral("--db"),
                                  QStringLiteral("sqlite:") + clientPath});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains("another program"));
    CHECK(fileHash(clientPath) == before);

    const auto serve
            = server.run({QStringLiteral("serve"), QStringLiteral("--db"), server.dbUrl()});
    CHECK(serve.exitCode == 1);
    CHECK(serve.err.contains("does not exist"));
    CHECK_FALSE(QFileInfo::exists(server.dbPath()));
}

TEST_CASE("onewindow-server takes the database from ONEWINDOW_SERVER_DB or a config file",
          "[server]")
{
    ServerProcess server;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONEWINDOW_SERVER_DB"), server.dbPath()); // a plain path works
    process.setProcessEnvironment(env);
    process.start(ServerProcess::binary(), {QStringLiteral("init")});
    REQUIRE(process.waitForFinished(5000));
    CHECK(process.exitCode() == 0);
    CHECK(QFileInfo::exists(server.dbPath()));

    const QString ini = server.dir() + QStringLiteral("/server.ini");
    const QString otherDb = server.dir() + QStringLiteral("/other.sqlite");
    {
        QFile f(ini);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[database]\nurl=sqlite:" + otherDb.toUtf8() + "\n");
    }
    const auto init = server.run({QStringLiteral("init"), QStringLiteral("--config"), ini});
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo::exists(otherDb));
}

TEST_CASE("onewindow-server catalog export prints what the database holds", "[server]")
{
    ServerProcess server;
    REQUIRE(server.run({QStringLiteral("init"), QStringLiteral("--db"), server.dbUrl()}).exitCode
            == 0);
    const auto json = server.run({QStringLiteral("catalog"), QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--db"), server.dbUrl()});
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonObject catalog = QJsonDocument::fromJson(json.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK_FALSE(catalog.value(QStringLiteral("version")).toString().isEmpty());
    CHECK_FALSE(catalog.value(QStringLiteral("items")).toArray().isEmpty());

    const auto tsv = server.run({QStringLiteral("catalog"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("tsv"),
                                 QStringLiteral("--db"), server.dbUrl()});
    REQUIRE(tsv.exitCode == 0);
    const QList<QByteArray> lines = tsv.out.trimmed().split('\n');
    CHECK(lines.first().startsWith("code\tname\tdepartment"));
    CHECK(lines.size() == catalog.value(QStringLiteral("items")).toArray().size() + 1);

    const auto missing = server.run(
            {QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--db"),
             QStringLiteral("sqlite:") + server.dir() + QStringLiteral("/none.sqlite")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("--embedded"));
    CHECK(server.run(args({"catalog", "export", "--embedded"})).exitCode == 0);
}

// Needs the real catalogue (CatalogLoader); the placeholder has one item.
TEST_CASE("catalog export lists the whole built-in catalogue", "[server][catalog-data]")
{
    ServerProcess server;
    REQUIRE(server.run({QStringLiteral("init"), QStringLiteral("--db"), server.dbUrl()}).exitCode
            == 0);
    const auto json = server.run({QStringLiteral("catalog"), QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--db"), server.dbUrl()});
    REQUIRE(json.exitCode == 0);
    const QJsonObject catalog = QJsonDocument::fromJson(json.out).object();
    const QJsonArray items = catalog.value(QStringLiteral("items")).toArray();
    QSet<QString> departments;
    for (const auto &item : items)
        departments.insert(item.toObject().value(QStringLiteral("department")).toString());
    CHECK(items.size() >= 60);
    CHECK(departments.size() >= 10);
    CHECK(catalog.value(QStringLiteral("departments")).toArray().size() >= 10);
    CHECK_FALSE(items.first().toObject().value(QStringLiteral("materials")).toArray().isEmpty());
}
