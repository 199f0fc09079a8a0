#include "serverprocess.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

qint64 countCases(const QString &path)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("demo-check"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE parent_id IS NULL")));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-check"));
    return n;
}

} // namespace

TEST_CASE("onewindow-server demo seed fills a new client store and refuses what it cannot fill",
          "[server][generator]")
{
    ServerProcess server;
    const QString client = server.dir() + QStringLiteral("/client.sqlite");
    const auto seeded
            = server.run({QStringLiteral("demo"), QStringLiteral("seed"),
                          QStringLiteral("--client"), client, QStringLiteral("--cases"),
                          QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    CHECK(seeded.out.contains("Seeded"));
    CHECK(seeded.out.contains("released"));
    CHECK(countCases(client) == 300);

    // Never into a store that exists.
    const auto again = server.run(
            {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--client"), client});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("exists"));

    // The server database keeps cases since sync: it can be seeded too.
    REQUIRE(server.run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"),
                        server.dbUrl()})
                    .exitCode
            == 0);
    const auto onServer
            = server.run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--cases"),
                          QStringLiteral("50"), QStringLiteral("--db"), server.dbUrl()});
    INFO(onServer.err.toStdString());
    CHECK(onServer.exitCode == 0);
    CHECK(countCases(server.dbPath()) == 50);

    CHECK(server.run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--cases"),
                      QStringLiteral("many")})
                  .exitCode
          == 2);
    CHECK(server.run({QStringLiteral("demo"), QStringLiteral("plant")}).exitCode == 2);
    CHECK(server.run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--help")})
                  .out.contains("--client"));
}
