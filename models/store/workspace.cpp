#include "workspace.h"

#include "auditlog.h"
#include "domain/catalogloader.h"
#include "domain/uuidv7.h"
#include "practicemode.h"
#include "pullbulkload.h"
#include "storemark.h"

#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

Workspace::Workspace(const std::shared_ptr<Database> &database)
    : m_database(database)
    , m_catalog(database)
    , m_calendarStore(database)
    , m_directory(database)
    , m_settings(database)
{ }

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &databasePath)
{
    auto database = Database::open(databasePath);
    if (!database)
        return database.error();
    // The store holds citizens' personal data: readable by this account only (the WAL and
    // shared-memory files beside it too; SQLite creates them with the main file's mode).
    if (databasePath != QLatin1String(":memory:")) {
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(databasePath + suffix))
                QFile::setPermissions(databasePath + suffix, ownerOnly);
        }
    }
    // The counter's commits append to the write-ahead log and never copy it into the file: the
    // sync worker's connection does that in the background (SyncClient); a checkpoint in the
    // middle of an intake made it several times slower.
    if (Status s = database.value()->leaveCheckpointsToOthers(); !s)
        return s.error();
    // The undo pages of a statement inside the intake's transaction (the case row's insert
    // fires the statistics trigger, so SQLite keeps them in a statement journal) passed the
    // 64 KiB SQLite keeps in memory: every intake created, wrote and deleted a temporary file,
    // a write call for each page after that. The counter's connection keeps them in memory
    // (as the server's does); its temporary tables and sorts are a page of results at most
    // (the statistics read on a connection of their own).
    if (database.value()->dialect() == SqlDialect::Sqlite) {
        QSqlQuery pragma(database.value()->connection());
        if (!pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
            return sqlError(Database::tr("be prepared"), pragma.lastError().text());
    }
    // A bulk load of pulled cases that was cut off (PullBulkLoad): its indexes are built before
    // anything reads the store.
    if (PullBulkLoad::pending(database.value()->connection())) {
        if (Status s = PullBulkLoad::finish(database.value()->connection()); !s)
            return s.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace(database.value()));
    if (Status s = workspace->bootstrap(); !s)
        return s.error();
    return workspace;
}

Status Workspace::bootstrap()
{
    QString deviceId = m_settings.value(LocalSettings::deviceIdKey());
    // Before anyone has signed in on this device, setup acts as the device itself.
    Actor setup{QStringLiteral("system"), QStringLiteral("system"), QString(), deviceId};
    if (deviceId.isEmpty()) {
        deviceId = UuidV7::createString();
        setup.deviceId = deviceId;
        WriteTransaction transaction(m_database->connection());
        if (!transaction.isActive())
            return transaction.error();
        if (Status s = m_settings.setValue(LocalSettings::deviceIdKey(), deviceId); !s)
            return s;
        if (Status s = m_settings.setValue(LocalSettings::deviceShortIdKey(), provisionalShortId());
            !s)
            return s;
        if (Status s
            = AuditLog::record(m_database->connection(), setup, QStringLiteral("device.create"),
                               QStringLiteral("device"), deviceId);
            !s) {
            return s;
        }
        if (Status s = transaction.commit(); !s)
            return s;
    }

    if (StoreMark::wentBack(m_database->connection())) {
        if (Status s = renumberAfterRestore(setup); !s)
            return s;
    }

    if (m_directory.isEmpty()) {
        if (Status s = m_directory.merge(DirectoryJson::demo(), setup); !s)
            return s;
    }
    if (m_catalog.isEmpty()) {
        auto catalog = CatalogLoader::loadEmbedded();
        if (!catalog)
            return catalog.error();
        if (Status s = m_catalog.replace(catalog.value(), setup); !s)
            return s;
    }
    if (m_calendarStore.isEmpty()) {
        auto calendar = WorkCalendar::loadResource();
        if (!calendar)
            return calendar.error();
        if (Status s = m_calendarStore.replace(calendar.value(), setup); !s)
            return s;
    }
    auto calendar = m_calendarStore.load();
    if (!calendar)
        return calendar.error();
    m_calendar = calendar.value();

    QString username = m_settings.value(LocalSettings::currentUserKey());
    if (username.isEmpty())
        username = QStringLiteral("counter");
    return setCurrentUser(username);
}

Status Workspace::renumberAfterRestore(const Actor &setup)
{
    // Restored from a backup: the case-number counter went back, so the numbers it would hand
    // out next were given out by the lost copy. A fresh provisional short id until the server
    // gives a new one (at the restream its push sets off).
    WriteTransaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    const QString before = deviceShortId();
    const QString provisional = provisionalShortId();
    if (Status s = m_settings.setValue(LocalSettings::deviceShortIdKey(), provisional); !s)
        return s;
    if (Status s
        = AuditLog::record(m_database->connection(), setup, QStringLiteral("device.restored"),
                           QStringLiteral("device"), setup.deviceId,
                           QJsonObject{{QStringLiteral("short_id_before"), before},
                                       {QStringLiteral("short_id"), provisional}});
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    StoreMark::clear(m_database->connection());
    return Status::success();
}

QString Workspace::provisionalShortId()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUVWXY";
    QString provisional = QStringLiteral("Z");
    for (int i = 0; i < 3; ++i)
        provisional += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return provisional;
}

bool Workspace::practiceMode() const
{
    return PracticeMode::active(m_database->connection());
}

QString Workspace::deviceShortId() const
{
    return m_settings.value(LocalSettings::deviceShortIdKey());
}

CaseDocumentSources Workspace::documentSources(const Case &c, const Catalog &catalog) const
{
    CaseDocumentSources sources;
    const ServiceItem *item = catalog.item(c.itemCode);
    sources.legalBasis = item ? item->legalBasis : QString();
    sources.authorityName = catalog.departmentName(c.departmentCode);
    sources.userName = [this](const QString &id) {
        const auto user = m_directory.user(id);
        return user ? user->displayName : QString();
    };
    sources.place
            = [this](const QString &code) { return m_directory.place(code).value_or(Place()); };
    sources.departmentName
            = [&catalog](const QString &code) { return catalog.departmentName(code); };
    sources.practice = practiceMode();
    return sources;
}

Status Workspace::setCurrentUser(const QString &username)
{
    const auto user = m_directory.userByName(username);
    if (!user || !user->active) {
        return Error{QStringLiteral("user.unknown"),
                     tr("There is no active user \"%1\" on this device.").arg(username),
                     {}};
    }
    const auto place = m_directory.place(user->placeCode);
    if (!place) {
        return Error{QStringLiteral("place.unknown"),
                     tr("The place %1 of user \"%2\" is unknown on this device.")
                             .arg(user->placeCode, username),
                     {}};
    }
    const Actor actor{user->id, user->username, place->code,
                      m_settings.value(LocalSettings::deviceIdKey())};
    if (m_settings.value(LocalSettings::currentUserKey()) != username) {
        WriteTransaction transaction(m_database->connection());
        if (!transaction.isActive())
            return transaction.error();
        if (Status s = m_settings.setValue(LocalSettings::currentUserKey(), username); !s)
            return s;
        if (Status s = AuditLog::record(m_database->connection(), actor,
                                        QStringLiteral("session.switch_user"),
                                        QStringLiteral("user"), user->id);
            !s) {
            return s;
        }
        if (Status s = transaction.commit(); !s)
            return s;
    }
    m_user = *user;
    m_place = *place;
    m_actor = actor;
    return Status::success();
}

} // namespace ow
