#include "database.h"

#include "domain/uuidv7.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <sqlite3.h>
#include <unordered_map>

namespace ow {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *driverError)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (driverError)
        *driverError = query.lastError().text();
    return false;
}

std::optional<qint64> pragmaValue(QSqlDatabase &db, const QString &pragma, QString *driverError)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        if (driverError)
            *driverError = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

// The prepared statements of each connection opened through Database, by connection name. A
// connection belongs to one thread; the mutex guards only the map of connections.
struct StatementCache
{
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
};

QMutex cachesMutex;
std::unordered_map<QString, std::unique_ptr<StatementCache>> &caches()
{
    static std::unordered_map<QString, std::unique_ptr<StatementCache>> map;
    return map;
}

StatementCache *cacheOf(const QString &connectionName)
{
    QMutexLocker lock(&cachesMutex);
    const auto it = caches().find(connectionName);
    return it == caches().end() ? nullptr : it->second.get();
}

} // namespace

PreparedQuery::PreparedQuery(const QSqlDatabase &db, const QString &sql)
{
    if (StatementCache *cache = cacheOf(db.connectionName())) {
        auto it = cache->statements.find(sql);
        if (it == cache->statements.end()) {
            auto query = std::make_unique<QSqlQuery>(db);
            query->setForwardOnly(true);
            if (query->prepare(sql))
                it = cache->statements.emplace(sql, std::move(query)).first;
            else
                m_owned = std::move(query); // the error stays readable; not kept
        }
        if (it != cache->statements.end()) {
            m_query = it->second.get();
            m_cached = true;
            m_prepared = true;
            return;
        }
    } else {
        m_owned = std::make_unique<QSqlQuery>(db);
        m_owned->setForwardOnly(true);
        m_prepared = m_owned->prepare(sql);
    }
    m_query = m_owned.get();
}

PreparedQuery::~PreparedQuery()
{
    if (m_cached)
        m_query->finish();
}

Error sqlError(const QString &what, const QString &driverText)
{
    return {QStringLiteral("db.error"),
            Database::tr("The local database could not %1. Nothing was saved. "
                         "If this happens again, tell the IT administrator.")
                    .arg(what),
            driverText};
}

int Database::schemaVersion()
{
    return localSchema().version();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/onewindow.sqlite");
}

Database::Database(QString connectionName, QString filePath, const Schema &schema)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
    , m_schema(schema)
{ }

Database::~Database()
{
    {
        // The statements first: an open statement keeps the connection from closing.
        std::unique_ptr<StatementCache> cache;
        {
            QMutexLocker lock(&cachesMutex);
            const auto it = caches().find(m_connectionName);
            if (it != caches().end()) {
                cache = std::move(it->second);
                caches().erase(it);
            }
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::version() const
{
    QSqlDatabase db = connection();
    return int(pragmaValue(db, QStringLiteral("user_version"), nullptr).value_or(-1));
}

Result<std::shared_ptr<Database>> Database::open(const QString &filePath)
{
    return open(filePath, localSchema());
}

Result<std::shared_ptr<Database>> Database::open(const QString &filePath, const Schema &schema)
{
    const bool inMemory = filePath == QLatin1String(":memory:");
    const QString shownPath = QDir::toNativeSeparators(filePath);
    if (!inMemory) {
        const QFileInfo info(filePath);
        if (info.exists() && !info.isFile()) {
            return Error{
                    QStringLiteral("db.not_a_file"),
                    tr("%1 is not a file. Choose another place for the database.").arg(shownPath),
                    {}};
        }
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return Error{QStringLiteral("db.cannot_create"),
                         tr("The folder %1 cannot be created. Check its permissions.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())),
                         {}};
        }
    }

    const QString name = QStringLiteral("ow-") + UuidV7::createString();
    std::shared_ptr<Database> database(new Database(name, filePath, schema));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error{QStringLiteral("db.cannot_open"),
                     tr("The database %1 cannot be opened. Check that the file exists, is "
                        "readable and is not used by another program.")
                             .arg(shownPath),
                     db.lastError().text()};
    }

    // Read before writing anything: a file we must refuse is left exactly as it was.
    QString driverError;
    const auto version = pragmaValue(db, QStringLiteral("user_version"), &driverError);
    const auto appId = pragmaValue(db, QStringLiteral("application_id"), &driverError);
    if (!version || !appId) {
        return Error{QStringLiteral("db.not_a_database"),
                     tr("%1 is not a OneWindow database (or it is damaged). It was not changed.")
                             .arg(shownPath),
                     driverError};
    }
    if (*version == 0 && *appId == 0) {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next()) {
            return Error{QStringLiteral("db.not_a_database"),
                         tr("%1 is not a OneWindow database (or it is damaged). It was not "
                            "changed.")
                                 .arg(shownPath),
                         tables.lastError().text()};
        }
        if (tables.value(0).toInt() != 0) {
            return Error{QStringLiteral("db.foreign"),
                         tr("%1 holds another program's data. It was not changed; choose "
                            "another file.")
                                 .arg(shownPath),
                         {}};
        }
    } else if (*appId != schema.applicationId) {
        return Error{QStringLiteral("db.foreign"),
                     tr("%1 holds another program's data. It was not changed; choose another "
                        "file.")
                             .arg(shownPath),
                     {}};
    }
    if (*version > schema.version()) {
        return Error{QStringLiteral("db.newer_schema"),
                     tr("The database %1 was written by a newer version of OneWindow (data "
                        "version %2; this program knows up to %3). Install the newer version; "
                        "the file was not changed.")
                             .arg(shownPath)
                             .arg(*version)
                             .arg(schema.version()),
                     {}};
    }

    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &driverError))
        return sqlError(tr("be prepared"), driverError);
    {
        QMutexLocker lock(&cachesMutex);
        caches().emplace(name, std::make_unique<StatementCache>());
    }

    if (const Status migrated = database->migrate(); !migrated)
        return migrated.error();

    if (!inMemory) {
        // WAL lets the sync worker read while the counter writes. FULL: a committed case whose
        // receipt was printed must survive a power cut, so every commit is synced to disk.
        if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &driverError)
            || !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &driverError)) {
            return sqlError(tr("be prepared"), driverError);
        }
        // Personal data lives here: readable by its owner only.
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return database;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const int from = version();
    const int to = m_schema.version();
    if (from == to)
        return Status::success();

    // SQLite DDL is transactional: a failed step leaves the file as it was.
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QList<QStringList> &migrations = m_schema.migrations;
    QString driverError;
    for (int v = from; v < to; ++v) {
        for (const QString &statement : migrations.at(v)) {
            if (!exec(db, statement, &driverError)) {
                return Error{QStringLiteral("db.migration_failed"),
                             tr("The database %1 could not be upgraded to data version %2. It "
                                "was not changed. Tell the IT administrator.")
                                     .arg(QDir::toNativeSeparators(m_filePath))
                                     .arg(v + 1),
                             driverError + QStringLiteral(" in: ") + statement};
            }
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to), &driverError)
        || !exec(db, QStringLiteral("PRAGMA application_id = %1").arg(m_schema.applicationId),
                 &driverError)) {
        return sqlError(tr("be upgraded"), driverError);
    }
    return transaction.commit();
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    static std::atomic<quint64> savepoints{0};
    QSqlQuery query(m_db);
    QString statement = QStringLiteral("BEGIN IMMEDIATE");
    if (inTransaction(m_db)) {
        m_savepoint = QStringLiteral("ow_sp_%1").arg(++savepoints);
        statement = QStringLiteral("SAVEPOINT ") + m_savepoint;
    }
    if (query.exec(statement)) {
        m_active = true;
    } else {
        m_error = {QStringLiteral("db.busy"),
                   tr("The local database is busy. Wait a moment and try again; nothing was "
                      "saved."),
                   query.lastError().text()};
    }
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_get_autocommit(connection) == 0;
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_error.isError() ? m_error : sqlError(tr("save"), QStringLiteral("not active"));
    QSqlQuery query(m_db);
    const QString statement
            = isNested() ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT");
    if (!query.exec(statement)) {
        m_error = sqlError(tr("save"), query.lastError().text());
        rollback();
        return m_error;
    }
    m_active = false;
    return Status::success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (isNested()) {
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    m_active = false;
}

} // namespace ow
