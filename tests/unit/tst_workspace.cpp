#include "domain/uuidv7.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

TEST_CASE("A new device's workspace loads the catalogue, the calendar and the demo directory",
          "[store][workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.sqlite"));
    QString deviceId;
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        Workspace &w = *ws.value();
        CHECK_FALSE(w.catalog().isEmpty());
        CHECK(w.catalog().load()->items.size() >= 60);
        CHECK(w.calendar().coversYear(2024));
        CHECK(w.currentUser().username == QStringLiteral("counter"));
        CHECK(w.currentPlace().code == QStringLiteral("621221"));
        CHECK(w.actor().isValid());
        deviceId = w.actor().deviceId;
        CHECK(UuidV7::unixMillis(QUuid::fromString(deviceId)) > 0);
        // Setup was audited: device, directory, catalogue, calendar, the first user.
        CHECK(AuditLog::count(w.database()->connection()) == 5);
    }
    // A second start reuses what is there and keeps the device's identity.
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws.value()->actor().deviceId == deviceId);
    CHECK(AuditLog::count(ws.value()->database()->connection()) == 5);

    // Switching user is recorded; an unknown user is refused with a message.
    REQUIRE(ws.value()->setCurrentUser(QStringLiteral("township")).ok());
    CHECK(ws.value()->currentPlace().kind == Place::Kind::Township);
    CHECK(AuditLog::count(ws.value()->database()->connection()) == 6);
    const Status unknown = ws.value()->setCurrentUser(QStringLiteral("nobody"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("nobody")));
    CHECK(ws.value()->currentUser().username == QStringLiteral("township"));
}

TEST_CASE("The local store is readable by its owner only (0600)", "[store][workspace][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.sqlite"));
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
    }
    // Loosened by someone: the next start tightens it again.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    const auto permissions = QFile::permissions(path);
    CHECK(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    CHECK_FALSE(permissions
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                   | QFile::WriteOther | QFile::ExeOther | QFile::ExeOwner));
}

TEST_CASE("The counter's commits leave copying the write-ahead log to another connection",
          "[store][workspace][wal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.sqlite"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->database()->connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 16384);

    // 1,500 commits of a page each: past SQLite's default of 1,000 pages, the counter's
    // connection would have copied the log itself in the middle of one of them.
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE scratch (body BLOB)")));
    for (int i = 0; i < 1500; ++i) {
        WriteTransaction t(db);
        REQUIRE(t.isActive());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO scratch (body) VALUES (zeroblob(3000))"));
        REQUIRE(insert.exec());
        REQUIRE(t.commit().ok());
    }
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() > 1500 * 4096);

    // The sync worker's connection copies all of it, without blocking the counter.
    auto worker = ws.value()->database()->reopen();
    REQUIRE(worker.ok());
    int log = 0;
    int copied = 0;
    REQUIRE(worker.value()->checkpoint(&log, &copied).ok());
    CHECK(log >= 1500);
    CHECK(copied == log);
    // The next commit starts the log again from its beginning.
    {
        WriteTransaction t(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO scratch (body) VALUES (x'00')")));
        REQUIRE(t.commit().ok());
    }
    REQUIRE(worker.value()->checkpoint(&log, &copied).ok());
    CHECK(log < 10);
    CHECK(copied == log);
}

TEST_CASE("The counter's transactions keep their statement journals in memory, not in a file",
          "[store][workspace][intake]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.sqlite"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->database()->connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("PRAGMA temp_store")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // MEMORY
    // A statement with a trigger inside a transaction that had written already, touching far
    // more than the 64 KiB SQLite would otherwise keep in memory: it commits as before.
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body BLOB)")));
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE scratch_log (n INTEGER)")));
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER scratch_logged AFTER UPDATE ON scratch BEGIN"
                                  " INSERT INTO scratch_log (n) VALUES (NEW.id); END")));
    {
        WriteTransaction t(db);
        REQUIRE(t.isActive());
        REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                                      " FROM n WHERE i < 200) INSERT INTO scratch (id, body)"
                                      " SELECT i, zeroblob(3000) FROM n")));
        REQUIRE(t.commit().ok());
    }
    {
        WriteTransaction t(db);
        REQUIRE(t.isActive());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO scratch_log (n) VALUES (0)")));
        REQUIRE(q.exec(QStringLiteral("UPDATE scratch SET body = zeroblob(3100)")));
        REQUIRE(t.commit().ok());
    }
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(length(body)) FROM scratch")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 200);
    CHECK(q.value(1).toLongLong() == 200 * 3100);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM scratch_log")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 201);
}
