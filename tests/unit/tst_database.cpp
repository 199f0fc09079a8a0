#include "domain/directory.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/directorystore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Actor testActor()
{
    return {QStringLiteral("0190f6a0-0000-7000-8000-000000000001"), QStringLiteral("counter"),
            QStringLiteral("621221"), QStringLiteral("T1")};
}

} // namespace

TEST_CASE("A new database is created, migrated, in WAL mode with foreign keys", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/onewindow.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    auto db = opened.value();
    CHECK(db->version() == Database::schemaVersion());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    // A foreign key is enforced: a user at an unknown place is refused.
    CHECK_FALSE(
            q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, place_code)"
                                  " VALUES ('u', 'x', 'x', 'counter', 'nowhere')")));
}

TEST_CASE("Reopening keeps the data and does not migrate again", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ow.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        DirectoryStore store(db.value());
        const Status merged = store.merge(DirectoryJson::demo(), testActor());
        INFO(merged.error().detail.toStdString());
        REQUIRE(merged.ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    DirectoryStore store(db.value());
    CHECK(store.load().places.size() == 3);
    CHECK(store.load().users.size() == 7);
}

TEST_CASE("A database from a newer version is refused and left unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ow.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion() + 1)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileHash(path);
    auto again = Database::open(path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("db.newer_schema"));
    CHECK(again.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A file that is not a database is refused and left unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == QStringLiteral("db.not_a_database"));
    CHECK(db.error().message.contains(QStringLiteral("notes.sqlite")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("Another program's SQLite file is refused and left unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == QStringLiteral("db.foreign"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A path that is a folder gives a clear message", "[store]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == QStringLiteral("db.not_a_file"));
}

TEST_CASE("Every write goes with an audit row in the same transaction", "[store][audit]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    DirectoryStore store(db.value());
    const Actor actor = testActor();
    REQUIRE(store.merge(DirectoryJson::demo(), actor).ok());
    const auto entries = AuditLog::entriesFor(db.value()->connection(), QStringLiteral("directory"),
                                              QString());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == QStringLiteral("directory.merge"));
    CHECK(entries[0].userId == actor.userId);
    CHECK(entries[0].deviceId == actor.deviceId);
    CHECK(entries[0].placeCode == actor.placeCode);
    CHECK(entries[0].prevHash == AuditLog::genesisHash());

    // A failed write leaves neither the change nor its audit row.
    Directory bad = DirectoryJson::demo();
    bad.users[0].placeCode = QStringLiteral("999999"); // foreign key fails
    CHECK_FALSE(store.merge(bad, actor).ok());
    CHECK(AuditLog::count(db.value()->connection()) == 1);
    CHECK(store.userByName(QStringLiteral("counter"))->placeCode == QStringLiteral("621221"));

    // The second row chains to the first.
    REQUIRE(store.merge(DirectoryJson::demo(), actor).ok());
    const auto two = AuditLog::entriesFor(db.value()->connection(), QStringLiteral("directory"),
                                          QString());
    REQUIRE(two.size() == 2);
    CHECK(two[1].prevHash == two[0].hash);
    const QByteArray expected
            = QCryptographicHash::hash(QByteArray(two[1].prevHash.toLatin1() + two[1].canonical()),
                                       QCryptographicHash::Sha256)
                      .toHex();
    CHECK(two[1].hash == QString::fromLatin1(expected));

    // Audit rows cannot be changed or deleted.
    QSqlQuery q(db.value()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET result = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(AuditLog::count(db.value()->connection()) == 2);
}

TEST_CASE("The demo directory has a hall, two townships and one user per role", "[store]")
{
    const Directory d = DirectoryJson::demo();
    REQUIRE(d.places.size() == 3);
    CHECK(d.places[0].kind == Place::Kind::Hall);
    CHECK(d.places[1].kind == Place::Kind::Township);
    CHECK(d.places[2].kind == Place::Kind::Township);
    QList<Role> roles;
    for (const User &u : d.users)
        roles.append(u.role);
    for (Role r : Roles::all())
        CHECK(roles.count(r) == 1);
    // Round trip through JSON.
    Directory back;
    QString error;
    REQUIRE(DirectoryJson::fromJson(DirectoryJson::toJson(d), &back, &error));
    CHECK(back.places == d.places);
    CHECK(back.users == d.users);
}

#include "domain/catalogloader.h"
#include "store/catalogstore.h"

TEST_CASE("The catalogue survives a round trip through the store", "[store][catalog]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    auto catalog = CatalogLoader::loadEmbedded();
    REQUIRE(catalog.ok());
    CatalogStore store(db.value());
    CHECK(store.isEmpty());
    REQUIRE(store.replace(catalog.value(), testActor()).ok());
    CHECK(store.version() == catalog->version);
    auto back = store.load();
    REQUIRE(back.ok());
    CHECK(back.value() == catalog.value());
    // Replacing is one transaction: a broken catalogue leaves the old one whole.
    Catalog broken = catalog.value();
    broken.version = QStringLiteral("broken");
    broken.items[0].departmentCode = QStringLiteral("NO-SUCH-DEPARTMENT");
    CHECK_FALSE(store.replace(broken, testActor()).ok());
    CHECK(store.version() == catalog->version);
    CHECK(store.load().value() == catalog.value());
}
