#include "sqlitebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace ow {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Owns one sqlite3 handle.
class Connection final
{
public:
    Connection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString message() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                    : QString::fromUtf8(sqlite3_errstr(m_rc));
    }

    // The first column of the first row of a statement, as text; a null QString on failure.
    QString scalar(const char *sql) const
    {
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            value = text ? QString::fromUtf8(text) : QStringLiteral("");
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

enum class Direction { Backup, Restore };

// Copies every page of source into target with the online backup API, in one step: one read
// transaction on the source, so the copy is a snapshot of one moment. The stores run in WAL
// mode, where that read does not hold up writers (a copy in small steps would start over after
// every write of another connection and might never finish on a busy server).
Status copyPages(const Connection &source, const Connection &target, Direction direction)
{
    const auto failed = [direction](const QString &detail) {
        return direction == Direction::Backup
                ? Error{QStringLiteral("backup.failed"),
                        SqliteBackup::tr("The backup failed; try again. The database was not "
                                         "changed."),
                        detail}
                : Error{QStringLiteral("restore.failed"),
                        SqliteBackup::tr("The restore failed; the database was not changed. "
                                         "Close other programs that use it and try again."),
                        detail};
    };
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        return failed(target.message());
    int rc = SQLITE_OK;
    int busy = 0; // each try waits up to the busy timeout (5 s) first
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busy < 6));
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished)));
    return Status::success();
}

} // namespace

Status SqliteBackup::verify(const QString &path, const Schema &schema)
{
    if (!QFileInfo(path).isFile()) {
        return Error{QStringLiteral("backup.missing"),
                     tr("The backup %1 does not exist.").arg(shown(path)),
                     {}};
    }
    const Connection db(path, SQLITE_OPEN_READONLY);
    const QString check = db.ok() ? db.scalar("PRAGMA quick_check") : QString();
    if (check != QLatin1String("ok")) {
        return Error{QStringLiteral("backup.damaged"),
                     tr("%1 is not a sound database (damaged or not SQLite). Use another backup.")
                             .arg(shown(path)),
                     db.ok() ? check : db.message()};
    }
    const int appId = db.scalar("PRAGMA application_id").toInt();
    const int version = db.scalar("PRAGMA user_version").toInt();
    if (appId != schema.applicationId || version == 0) {
        return Error{QStringLiteral("backup.foreign"),
                     tr("%1 is not a backup of this kind of OneWindow database. Choose a "
                        "backup made by OneWindow.")
                             .arg(shown(path)),
                     {}};
    }
    if (version > schema.version()) {
        return Error{QStringLiteral("backup.newer"),
                     tr("The backup %1 was made by a newer version of OneWindow (data version "
                        "%2; this program knows up to %3). Install the newer version first.")
                             .arg(shown(path))
                             .arg(version)
                             .arg(schema.version()),
                     {}};
    }
    return Status::success();
}

Status SqliteBackup::backup(const QString &fromPath, const QString &toPath, const Schema &schema)
{
    if (QFileInfo::exists(toPath)) {
        return Error{
                QStringLiteral("backup.exists"),
                tr("%1 exists already. Choose a new file name for the backup.").arg(shown(toPath)),
                {}};
    }
    if (!QFileInfo(fromPath).isFile()) {
        return Error{QStringLiteral("backup.no_source"),
                     tr("The database %1 does not exist.").arg(shown(fromPath)),
                     {}};
    }
    const QFileInfo target(toPath);
    if (!QDir().mkpath(target.absolutePath())) {
        return Error{QStringLiteral("backup.cannot_create"),
                     tr("The folder %1 cannot be created. Check its permissions.")
                             .arg(shown(target.absolutePath())),
                     {}};
    }
    const QString partial = toPath + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        const Connection source(fromPath, SQLITE_OPEN_READONLY);
        if (!source.ok()) {
            return Error{QStringLiteral("backup.no_source"),
                         tr("The database %1 cannot be opened.").arg(shown(fromPath)),
                         source.message()};
        }
        const Connection copy(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!copy.ok()) {
            return Error{QStringLiteral("backup.cannot_create"),
                         tr("The backup file %1 cannot be written. Check the folder's "
                            "permissions and free space.")
                                 .arg(shown(partial)),
                         copy.message()};
        }
        if (Status s = copyPages(source, copy, Direction::Backup); !s) {
            QFile::remove(partial);
            return s;
        }
        // A backup is one self-contained file.
        copy.scalar("PRAGMA journal_mode = DELETE");
    }
    // Personal data: readable by its owner only, like the database itself.
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = verify(partial, schema); !s) {
        QFile::remove(partial);
        return s;
    }
    if (!QFile::rename(partial, toPath)) {
        QFile::remove(partial);
        return Error{QStringLiteral("backup.cannot_create"),
                     tr("The backup could not be renamed to %1.").arg(shown(toPath)),
                     {}};
    }
    return Status::success();
}

Status SqliteBackup::restore(const QString &fromPath, const QString &livePath, const Schema &schema,
                             const QString &safetyCopyPath)
{
    if (Status s = verify(fromPath, schema); !s)
        return s;
    if (!safetyCopyPath.isEmpty() && QFileInfo::exists(livePath)) {
        if (Status s = backup(livePath, safetyCopyPath, schema); !s)
            return s;
    }
    const Connection source(fromPath, SQLITE_OPEN_READONLY);
    const Connection live(livePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!source.ok() || !live.ok()) {
        return Error{QStringLiteral("restore.failed"),
                     tr("The database %1 cannot be opened for the restore; nothing was changed.")
                             .arg(shown(livePath)),
                     source.ok() ? live.message() : source.message()};
    }
    return copyPages(source, live, Direction::Restore);
}

} // namespace ow
