#include "store/auditlog.h"
#include "store/sqlitebackup.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace ow;

namespace {

void setUserVersion(const QString &path, int version)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    CHECK(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A client backup is a consistent copy taken while the app runs - restore brings it back",
          "[store][backup]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("client.sqlite"));
    auto ws = Workspace::open(live);
    REQUIRE(ws.ok());
    Workspace &w = *ws.value();
    REQUIRE(w.settings().setValue(QStringLiteral("test.marker"), QStringLiteral("before")));
    const qint64 auditBefore = AuditLog::count(w.database()->connection());

    // The workspace stays open (its connection in WAL mode) while the backup is taken.
    const QString backup = dir.filePath(QStringLiteral("backups/onewindow-backup.sqlite"));
    const Status made = SqliteBackup::backup(live, backup, localSchema());
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made);
    CHECK(SqliteBackup::verify(backup, localSchema()));
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".partial")));
    // Owner, group and other bits (the "User" bits only repeat the owner's for its owner).
    const auto modeBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(backup) & modeBits)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // Never over an existing file.
    const Status again = SqliteBackup::backup(live, backup, localSchema());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == QStringLiteral("backup.exists"));

    // Work goes on after the backup...
    REQUIRE(w.settings().setValue(QStringLiteral("test.marker"), QStringLiteral("after")));
    REQUIRE(w.setCurrentUser(QStringLiteral("township")));
    CHECK(AuditLog::count(w.database()->connection()) == auditBefore + 1);

    // ...and the restore brings back the state of the backup, seen by the open connection too,
    // after saving what was there.
    const QString safety = dir.filePath(QStringLiteral("before-restore.sqlite"));
    const Status restored = SqliteBackup::restore(backup, live, localSchema(), safety);
    INFO((restored ? QString() : restored.error().message + restored.error().detail).toStdString());
    REQUIRE(restored);
    CHECK(w.settings().value(QStringLiteral("test.marker")) == QStringLiteral("before"));
    CHECK(AuditLog::count(w.database()->connection()) == auditBefore);
    QSqlQuery mode(w.database()->connection());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA quick_check")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QStringLiteral("ok"));
    // The open connection goes on writing into the restored store.
    REQUIRE(w.settings().setValue(QStringLiteral("test.marker"), QStringLiteral("written")));

    // The safety copy holds what the restore replaced.
    {
        auto saved = Workspace::open(safety);
        REQUIRE(saved.ok());
        CHECK(saved.value()->settings().value(QStringLiteral("test.marker"))
              == QStringLiteral("after"));
    }
    // Reopened from scratch, the device is the restored one.
    ws.value().reset();
    auto reopened = Workspace::open(live);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->settings().value(QStringLiteral("test.marker"))
          == QStringLiteral("written"));
    CHECK(reopened.value()->currentUser().username == QStringLiteral("counter"));
}

TEST_CASE("Restore refuses a file that is not a sound backup of this store - nothing changes",
          "[store][backup]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("client.sqlite"));
    auto ws = Workspace::open(live);
    REQUIRE(ws.ok());
    REQUIRE(ws.value()->settings().setValue(QStringLiteral("test.marker"), QStringLiteral("live")));

    // Damaged.
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096 * 3, '\x5a'));
    }
    Status s = SqliteBackup::restore(junk, live, localSchema());
    REQUIRE_FALSE(s);
    CHECK(s.error().code == QStringLiteral("backup.damaged"));

    // Another program's database.
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(foreign).constData(), &db) == SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    s = SqliteBackup::restore(foreign, live, localSchema());
    REQUIRE_FALSE(s);
    CHECK(s.error().code == QStringLiteral("backup.foreign"));

    // A backup from a newer version.
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(SqliteBackup::backup(live, newer, localSchema()));
    setUserVersion(newer, localSchema().version() + 1);
    s = SqliteBackup::restore(newer, live, localSchema());
    REQUIRE_FALSE(s);
    CHECK(s.error().code == QStringLiteral("backup.newer"));

    // Missing.
    CHECK_FALSE(SqliteBackup::restore(dir.filePath(QStringLiteral("none.sqlite")), live,
                                      localSchema()));

    CHECK(ws.value()->settings().value(QStringLiteral("test.marker")) == QStringLiteral("live"));
}
