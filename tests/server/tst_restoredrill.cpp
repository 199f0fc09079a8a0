// The restore drill of docs/deployment.md: back up the database of a server that is serving
// (and being written to), restore the copy into a fresh folder, serve it, and find the data.
#include "databaseurl.h"
#include "serverbackup.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <atomic>
#include <sqlite3.h>
#include <thread>

namespace {

QUrl at(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

qint64 count(const QString &dbPath, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return value;
}

// `serve` on an existing database; the bound address, or an empty URL.
QUrl serveExisting(QProcess &process, const QString &dbPath, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ONEWINDOW_SERVER_DB"));
    env.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(env);
    process.start(ServerProcess::binary(),
                  {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--db"), QStringLiteral("sqlite:") + dbPath});
    const QByteArray prefix("listening on ");
    QByteArray out;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        const int start = out.indexOf(prefix);
        const int end = out.indexOf('\n', start);
        if (start >= 0 && end > start)
            return QUrl(QString::fromLatin1(
                    out.mid(start + prefix.size(), end - start - prefix.size())));
    }
    return {};
}

} // namespace

TEST_CASE("Restore drill: a backup taken while serving restores into a server that serves it",
          "[server][backup]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const auto placesBefore
            = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/api/v1/directory/places")));
    REQUIRE(placesBefore.status == 200);
    const auto catalogBefore
            = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/api/v1/catalog")));
    REQUIRE(catalogBefore.status == 200);

    // Another connection writes to the live database all through the backup, as sync will.
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    const QByteArray livePath = QFile::encodeName(server.dbPath());
    std::thread writer([&] {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(livePath.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(db, 5000);
        while (!stop) {
            const QByteArray sql = QStringLiteral("INSERT INTO audit_log (id, at_utc, device_id, "
                                                  "user_id, place_code, action, "
                                                  "entity, entity_id, detail, result, prev_hash, "
                                                  "hash) VALUES ('drill-%1', "
                                                  "'2026-11-29T00:00:00Z', 'server', 'system', '', "
                                                  "'drill.write', 'drill', "
                                                  "'%1', '{}', 'ok', '', '')")
                                           .arg(written.load())
                                           .toUtf8();
            if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
                ++written;
        }
        sqlite3_close_v2(db);
    });
    while (written < 20)
        std::this_thread::yield();

    QTemporaryDir backups;
    const QString backupPath = backups.filePath(QStringLiteral("server-backup.sqlite"));
    const ow::Status backedUp
            = ow::ServerBackup::backup(ow::DatabaseUrl::sqlite(server.dbPath()), backupPath);
    // The server kept serving during the backup.
    const auto healthDuring = httpRequest("GET", at(server.baseUrl(), QStringLiteral("/health")));
    stop = true;
    writer.join();
    INFO((backedUp ? QString() : backedUp.error().message + backedUp.error().detail).toStdString());
    REQUIRE(backedUp);
    CHECK(healthDuring.status == 200);
    CHECK_FALSE(QFile::exists(backupPath + QStringLiteral(".partial")));
    CHECK(ow::ServerBackup::verify(backupPath));
    // A snapshot of one moment: some of the writes, each one whole.
    const qint64 drillRows
            = count(backupPath, "SELECT count(*) FROM audit_log WHERE action = 'drill.write'");
    CHECK(drillRows >= 20);
    CHECK(drillRows <= written);
    CHECK(count(backupPath,
                "SELECT count(*) FROM audit_log WHERE action = 'drill.write' AND "
                "entity_id = CAST(seq - (SELECT min(seq) FROM audit_log WHERE "
                "action = 'drill.write') AS TEXT)")
          == drillRows);
    // A second backup to the same name is refused: a backup is never overwritten.
    CHECK_FALSE(ow::ServerBackup::backup(ow::DatabaseUrl::sqlite(server.dbPath()), backupPath));

    // Restore: the copy becomes the database of a new server in a fresh folder.
    server.kill();
    QTemporaryDir fresh;
    const QString restored = fresh.filePath(QStringLiteral("server.sqlite"));
    REQUIRE(QFile::copy(backupPath, restored));
    QProcess serve;
    const QUrl base = serveExisting(serve, restored, fresh.path());
    REQUIRE(base.port() > 0);
    const auto health = httpRequest("GET", at(base, QStringLiteral("/health")));
    CHECK(health.status == 200);
    CHECK(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString()
          == QStringLiteral("ok"));
    auto withoutTime = [](const QByteArray &body) {
        QJsonObject o = QJsonDocument::fromJson(body).object();
        o.remove(QStringLiteral("server_time"));
        return o;
    };
    const auto placesAfter
            = httpRequest("GET", at(base, QStringLiteral("/api/v1/directory/places")));
    CHECK(placesAfter.status == 200);
    CHECK(withoutTime(placesAfter.body) == withoutTime(placesBefore.body));
    CHECK_FALSE(withoutTime(placesAfter.body).value(QStringLiteral("places")).toArray().isEmpty());
    const auto catalogAfter = httpRequest("GET", at(base, QStringLiteral("/api/v1/catalog")));
    CHECK(catalogAfter.status == 200);
    CHECK(catalogAfter.header("ETag") == catalogBefore.header("ETag"));
    CHECK(withoutTime(catalogAfter.body) == withoutTime(catalogBefore.body));
    CHECK(count(restored, "SELECT count(*) FROM audit_log WHERE action = 'drill.write'")
          == drillRows);
    serve.kill();
    serve.waitForFinished(2000);
}

TEST_CASE("Server backup refuses what it cannot copy", "[server][backup]")
{
    QTemporaryDir dir;
    // No database.
    CHECK_FALSE(ow::ServerBackup::backup(
            ow::DatabaseUrl::sqlite(dir.filePath(QStringLiteral("none.sqlite"))),
            dir.filePath(QStringLiteral("b.sqlite"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("b.sqlite"))));
    // PostgreSQL is pg_dump's job.
    const auto pg
            = ow::DatabaseUrl::parse(QStringLiteral("postgresql://ow@localhost:5432/onewindow"));
    REQUIRE(pg);
    const ow::Status s
            = ow::ServerBackup::backup(pg.value(), dir.filePath(QStringLiteral("p.sqlite")));
    REQUIRE_FALSE(s);
    CHECK(s.error().message.contains(QStringLiteral("pg_dump")));
    // A damaged file does not pass as a backup.
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    CHECK_FALSE(ow::ServerBackup::verify(junk.fileName()));
}
