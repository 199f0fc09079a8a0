#include "domain/uuidv7.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
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
