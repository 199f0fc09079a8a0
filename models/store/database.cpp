#include "database.h"

#include "domain/uuidv7.h"
#include "migrations.h"
#include "pgstatement.h"
#include "sqldialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVarLengthArray>

#include <atomic>
#include <libpq-fe.h>
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

} // namespace

// The writes of an OptimisticBatch sent through libpq's pipeline whose answers are not read yet
// (PostgreSQL; one per connection opened through Database).
struct PgPipeline
{
    PGconn *connection = nullptr;
    struct Sent
    {
        PreparedStatement *statement;
        quint64 ticket;
    };
    QList<Sent> sent;
    quint64 tickets = 0;
    bool failed = false; // a write of the current transaction failed
    QSqlError error;

    void fail(const QSqlError &e)
    {
        if (!failed)
            error = e;
        failed = true;
    }
    QSqlError connectionError() const
    {
        const bool lost = PQstatus(connection) != CONNECTION_OK;
        return QSqlError(QStringLiteral("Unable to execute statement"),
                         QString::fromUtf8(PQerrorMessage(connection)).trimmed(),
                         QSqlError::StatementError, lost ? QStringLiteral("08006") : QString());
    }
    // Reads every answer in flight and leaves pipeline mode; false when a write of the current
    // transaction failed. Outside a transaction a failure is forgotten.
    bool collect();
    void reset()
    {
        sent.clear();
        failed = false;
        error = QSqlError();
    }
};

bool PgPipeline::collect()
{
    if (!connection)
        return true;
    if (PQpipelineStatus(connection) == PQ_PIPELINE_OFF) {
        if (failed && PQtransactionStatus(connection) == PQTRANS_IDLE)
            reset();
        return !failed;
    }
    // Anything libpq refused meanwhile (a QSqlQuery run while writes were in flight) left its
    // message on the connection: the batch did not see what it asked for.
    if (const char *message = PQerrorMessage(connection); message && *message)
        fail(connectionError());
    if (PQpipelineSync(connection) != 1) {
        fail(connectionError());
        sent.clear();
        return false;
    }
    qsizetype at = 0;
    int nulls = 0;
    for (;;) {
        PGresult *result = PQgetResult(connection);
        if (!result) {
            // Each write's answers end with a null; more than one in a row: nothing more comes.
            if (PQstatus(connection) != CONNECTION_OK || ++nulls > 1) {
                fail(connectionError());
                break;
            }
            continue;
        }
        nulls = 0;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            if (at < sent.size() && sent[at].statement->m_ticket == sent[at].ticket)
                sent[at].statement->m_deferredRows = QByteArray(PQcmdTuples(result)).toInt();
        } else if (status != PGRES_PIPELINE_ABORTED) {
            fail(QSqlError(QStringLiteral("Unable to execute statement"),
                           QString::fromUtf8(PQresultErrorMessage(result)).trimmed(),
                           QSqlError::StatementError,
                           QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE))));
        }
        ++at;
        PQclear(result);
    }
    sent.clear();
    if (PQstatus(connection) == CONNECTION_OK)
        PQexitPipelineMode(connection);
    return !failed;
}

namespace {

// The prepared statements of each connection opened through Database, by connection name. A
// connection belongs to one thread; the mutex guards only the map of connections.
struct StatementCache
{
    std::unordered_map<QString, std::unique_ptr<PreparedStatement>> statements;
    PgPipeline pipeline;
};

PGconn *postgresOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler sees it: PGconn is a typedef of struct pg_conn.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

sqlite3 *sqliteOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// QSqlResultPrivate::isVariantNull: what QSQLITE binds as NULL.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    default:
        return false;
    }
}

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

// The pipeline of a PostgreSQL connection opened through Database (else null).
PgPipeline *pipelineOf(const QSqlDatabase &db)
{
    if (!sqldialect::isPostgres(db))
        return nullptr;
    StatementCache *cache = cacheOf(db.connectionName());
    if (!cache)
        return nullptr;
    cache->pipeline.connection = postgresOf(db);
    return &cache->pipeline;
}

thread_local OptimisticBatch *t_batch = nullptr;

// A write that only reports its row count: INSERT, UPDATE or DELETE without RETURNING.
bool isPlainWrite(const QString &sql)
{
    const QString head = sql.trimmed().left(7).toUpper();
    return (head.startsWith(QLatin1String("INSERT ")) || head.startsWith(QLatin1String("UPDATE "))
            || head.startsWith(QLatin1String("DELETE ")))
            && !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
}

} // namespace

PreparedStatement::PreparedStatement(std::unique_ptr<QSqlQuery> query)
    : m_query(std::move(query))
{ }

PreparedStatement::PreparedStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
    if (!m_statement)
        failed(sqlite3_errcode(m_db)); // the preparation's error stays readable
}

PreparedStatement::PreparedStatement(PGconn *db, PgPipeline *pipeline, const void *driver,
                                     const QByteArray &name, const QString &sql)
    : m_pg(db)
    , m_pipeline(pipeline)
    , m_driver(driver)
    , m_deferrable(isPlainWrite(sql))
{
    // PQprepare waits for its answer: the writes in flight first. When one of them failed, the
    // transaction is lost: its error is the one to report.
    if (m_pipeline && !m_pipeline->collect()) {
        m_error = m_pipeline->error;
        return;
    }
    int count = 0;
    const QByteArray text = pgstatement::positionalToNumbered(sql, &count);
    PGresult *result = PQprepare(m_pg, name.constData(), text.constData(), 0, nullptr);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK) {
        m_pgName = name;
    } else {
        m_pgResult = result;
        pgFailed(QStringLiteral("Unable to prepare statement"));
        result = nullptr;
    }
    PQclear(result);
    clearPgResult();
}

PreparedStatement::~PreparedStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    clearPgResult();
}

bool PreparedStatement::prepared() const
{
    if (m_pg)
        return !m_pgName.isEmpty();
    return m_query || m_statement;
}

void PreparedStatement::clearPgResult()
{
    if (m_pgResult)
        PQclear(m_pgResult);
    m_pgResult = nullptr;
    m_pgRow = -1;
    m_pgRows = 0;
}

// As QPSQL reports it: the server's message as the database text, the SQLSTATE as the native
// code (sqldialect::isTransient reads both).
void PreparedStatement::pgFailed(const QString &what)
{
    QString message;
    QString state;
    if (m_pgResult) {
        message = QString::fromUtf8(PQresultErrorMessage(m_pgResult));
        state = QString::fromLatin1(PQresultErrorField(m_pgResult, PG_DIAG_SQLSTATE));
    }
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_pg));
    m_error = QSqlError(what, message.trimmed(), QSqlError::StatementError, state);
}

void PreparedStatement::failed(int code)
{
    m_error = QSqlError(QStringLiteral("Unable to execute statement"),
                        QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                        QString::number(code));
}

namespace {

// Text binds as UTF-8, the database's own encoding: SQLite keeps it as given (bound as UTF-16
// it translated every value itself, a tenth of the server's push).
void bindText(sqlite3_stmt *statement, int at, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

void PreparedStatement::addBindValue(const QVariant &value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    if (m_pg) {
        const int at = m_bound++;
        if (m_pgValues.size() <= at) {
            m_pgValues.resize(at + 1);
            m_pgNull.resize(at + 1);
        }
        m_pgNull[at] = !pgstatement::toText(value, &m_pgValues[at]);
        return;
    }
    if (m_stepped)
        finish();
    const int at = ++m_bound;
    if (isNullValue(value)) {
        sqlite3_bind_null(m_statement, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString: {
        bindText(m_statement, at, *static_cast<const QString *>(value.constData()));
        break;
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        sqlite3_bind_blob(m_statement, at, bytes->constData(), int(bytes->size()),
                          SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int(m_statement, at, value.toInt());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, at, value.toDouble());
        break;
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, at, value.toLongLong());
        break;
    case QMetaType::QDateTime: {
        bindText(m_statement, at, value.toDateTime().toString(Qt::ISODateWithMs));
        break;
    }
    case QMetaType::QTime: {
        bindText(m_statement, at, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
        break;
    }
    default:
        bindText(m_statement, at, value.toString());
        break;
    }
}

bool PreparedStatement::exec()
{
    if (m_query)
        return m_query->exec();
    if (m_pg)
        return pgExec();
    if (!m_statement) {
        m_bound = 0;
        return false; // not prepared: lastError() says why
    }
    if (m_stepped) {
        // exec() without binding anew: the values bound before stay.
        sqlite3_reset(m_statement);
    }
    m_bound = 0;
    m_stepped = true;
    m_onRow = false;
    m_rowPending = false;
    m_done = false;
    m_error = QSqlError();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_done = true;
        m_changes = sqlite3_changes(m_db);
        return true;
    }
    failed(rc);
    sqlite3_reset(m_statement);
    m_done = true;
    return false;
}

bool PreparedStatement::pgExec()
{
    clearPgResult();
    m_ticket = 0;
    m_deferredRows = -1;
    const int count = m_bound > 0 ? m_bound : int(m_pgValues.size());
    m_bound = 0;
    if (m_pgName.isEmpty())
        return false; // not prepared: lastError() says why
    m_error = QSqlError();
    QVarLengthArray<const char *, 16> values(count);
    for (int i = 0; i < count; ++i)
        values[i] = m_pgNull[i] ? nullptr : m_pgValues[i].constData();
    // Inside the connection's OptimisticBatch a plain write is sent without waiting for its
    // answer, unless a Synchronous scope lives.
    bool deferred = false;
    if (m_deferrable && m_pipeline && t_batch && !m_pipeline->failed) {
        for (OptimisticBatch *b = t_batch; b; b = b->m_previous) {
            if (b->m_driver == m_driver) {
                deferred = b->m_synchronous == 0;
                break;
            }
        }
    }
    if (deferred && (PQpipelineStatus(m_pg) != PQ_PIPELINE_OFF || PQenterPipelineMode(m_pg) == 1)) {
        // Sent now, its answer read later (PgPipeline::collect).
        if (PQsendQueryPrepared(m_pg, m_pgName.constData(), count, values.data(), nullptr, nullptr,
                                0)
            != 1) {
            m_pipeline->fail(m_pipeline->connectionError());
            m_error = m_pipeline->error;
            return false;
        }
        m_ticket = ++m_pipeline->tickets;
        m_pipeline->sent.append({this, m_ticket});
        if (m_pipeline->sent.size() >= 512)
            m_pipeline->collect(); // bounded: the answers wait in the socket's buffers
        return true;
    }
    if (m_pipeline && !m_pipeline->collect()) {
        // A write before this one failed: the transaction is lost.
        m_error = m_pipeline->error;
        return false;
    }
    m_pgResult
            = PQexecPrepared(m_pg, m_pgName.constData(), count, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = m_pgResult ? PQresultStatus(m_pgResult) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_pgRows = PQntuples(m_pgResult);
        return true;
    }
    pgFailed(QStringLiteral("Unable to execute statement"));
    clearPgResult();
    return false;
}

bool PreparedStatement::next()
{
    if (m_query)
        return m_query->next();
    if (m_pg) {
        if (m_pgRow + 1 < m_pgRows) {
            ++m_pgRow;
            return true;
        }
        m_pgRow = m_pgRows;
        return false;
    }
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
        return true;
    }
    if (m_done || !m_stepped) {
        m_onRow = false;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    m_done = true;
    if (rc == SQLITE_DONE)
        m_changes = sqlite3_changes(m_db);
    else
        failed(rc);
    return false;
}

QVariant PreparedStatement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (m_pg) {
        if (!m_pgResult || m_pgRow < 0 || m_pgRow >= m_pgRows || column < 0
            || column >= PQnfields(m_pgResult))
            return {};
        return pgstatement::fromText(m_pgResult, m_pgRow, column);
    }
    if (!m_onRow && !m_rowPending)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default: {
        // Text first, then its length (in that order: the length is of the text as read).
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    }
}

QSqlError PreparedStatement::lastError() const
{
    return m_query ? m_query->lastError() : m_error;
}

int PreparedStatement::numRowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    if (m_pg) {
        if (m_ticket) {
            // Sent through the pipeline: its answer now.
            m_pipeline->collect();
            return m_deferredRows;
        }
        return m_pgResult ? QByteArray(PQcmdTuples(m_pgResult)).toInt() : -1;
    }
    return m_changes;
}

void PreparedStatement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    if (m_pg) {
        clearPgResult();
        m_bound = 0;
        return;
    }
    if (m_statement)
        sqlite3_reset(m_statement);
    m_bound = 0;
    m_stepped = false;
    m_rowPending = false;
    m_onRow = false;
    m_done = false;
}

PreparedQuery::PreparedQuery(const QSqlDatabase &db, const QString &sql)
{
    const auto qtQuery = [&db, &sql](bool *prepared) {
        auto query = std::make_unique<QSqlQuery>(db);
        // QPSQL's forward-only results are dropped when the connection runs another
        // statement before they are read to the end: PostgreSQL results are read at once.
        query->setForwardOnly(!sqldialect::isPostgres(db));
        *prepared = query->prepare(sql);
        return std::make_unique<PreparedStatement>(std::move(query));
    };
    if (StatementCache *cache = cacheOf(db.connectionName())) {
        auto it = cache->statements.find(sql);
        if (it == cache->statements.end()) {
            bool prepared = false;
            std::unique_ptr<PreparedStatement> statement;
            if (sqlite3 *handle = sqliteOf(db)) {
                sqlite3_stmt *raw = nullptr;
                const QByteArray utf8 = sql.toUtf8();
                const int rc = sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()),
                                                  SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
                prepared = rc == SQLITE_OK && raw;
                statement = std::make_unique<PreparedStatement>(handle, prepared ? raw : nullptr);
                if (!prepared)
                    sqlite3_finalize(raw);
            } else if (PGconn *pg = postgresOf(db)) {
                static std::atomic<quint64> names{0};
                cache->pipeline.connection = pg;
                statement = std::make_unique<PreparedStatement>(
                        pg, &cache->pipeline, db.driver(),
                        QByteArrayLiteral("ow_ps_") + QByteArray::number(++names), sql);
                prepared = statement->prepared();
            } else {
                statement = qtQuery(&prepared);
            }
            if (prepared)
                it = cache->statements.emplace(sql, std::move(statement)).first;
            else
                m_owned = std::move(statement); // the error stays readable; not kept
        }
        if (it != cache->statements.end()) {
            m_query = it->second.get();
            m_cached = true;
            m_prepared = true;
            return;
        }
    } else {
        m_owned = qtQuery(&m_prepared);
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

Result<bool> idOrNumberTaken(const QSqlDatabase &db, const QString &table, const QString &id,
                             const QString &number, const QString &what)
{
    PreparedQuery q(db,
                    QStringLiteral("SELECT 1 FROM %1 WHERE id = ? UNION ALL"
                                   " SELECT 1 FROM %1 WHERE number = ?")
                            .arg(table));
    q->addBindValue(id);
    q->addBindValue(number);
    if (!q->exec())
        return sqlError(what, q->lastError().text());
    return q->next();
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
    if (m_dialect == SqlDialect::PostgreSql) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT to_regclass('ow_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT version FROM ow_schema")) || !q.next())
            return 0;
        return q.value(0).toInt();
    }
    return int(pragmaValue(db, QStringLiteral("user_version"), nullptr).value_or(-1));
}

Status Database::checkpoint(int *logFrames, int *checkpointedFrames)
{
    if (m_dialect != SqlDialect::Sqlite || m_filePath == QLatin1String(":memory:"))
        return Status::success();
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next())
        return sqlError(tr("write the database file"), query.lastError().text());
    if (logFrames)
        *logFrames = query.value(1).toInt();
    if (checkpointedFrames)
        *checkpointedFrames = query.value(2).toInt();
    return Status::success();
}

Status Database::leaveCheckpointsToOthers(int pages)
{
    if (m_dialect != SqlDialect::Sqlite || m_filePath == QLatin1String(":memory:"))
        return Status::success();
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages)))
        return sqlError(tr("be prepared"), query.lastError().text());
    return Status::success();
}

Result<std::shared_ptr<Database>> Database::reopen() const
{
    if (m_dialect == SqlDialect::PostgreSql)
        return openPostgres(m_url, m_schema);
    return open(m_filePath, m_schema);
}

bool Database::reconnectIfLost()
{
    if (m_dialect != SqlDialect::PostgreSql)
        return true;
    QSqlDatabase db = connection();
    PGconn *pg = postgresOf(db);
    if (db.isOpen() && pg && PQstatus(pg) == CONNECTION_OK)
        return true;
    {
        // The statements belong to the lost session.
        QMutexLocker lock(&cachesMutex);
        const auto it = caches().find(m_connectionName);
        if (it != caches().end()) {
            it->second->pipeline.reset();
            it->second->pipeline.connection = nullptr;
            it->second->statements.clear();
        }
    }
    db.close();
    if (!db.open())
        return false;
    QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    return true;
}

void setPostgresTarget(QSqlDatabase &db, const QUrl &url)
{
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
}

Result<std::shared_ptr<Database>> Database::openPostgres(const QUrl &url, const Schema &schema)
{
    const QString shown = url.toString(QUrl::RemovePassword);
    const QString name = QStringLiteral("ow-") + UuidV7::createString();
    std::shared_ptr<Database> database(new Database(name, shown, schema));
    database->m_url = url;
    database->m_dialect = SqlDialect::PostgreSql;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        return Error{QStringLiteral("db.no_driver"),
                     tr("This program cannot reach PostgreSQL: Qt's PostgreSQL driver is "
                        "missing. Install the package libqt6sql6-psql."),
                     {}};
    }
    setPostgresTarget(db, url);
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=onewindow")};
    // URL query parameters (sslmode=require, ...) are libpq connection options.
    const QStringList pairs
            = url.query(QUrl::FullyDecoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs)
        options.append(pair);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        return Error{QStringLiteral("db.cannot_open"),
                     tr("The database %1 cannot be opened. Check that PostgreSQL runs, that the "
                        "database exists and that the user may log in.")
                             .arg(shown),
                     db.lastError().text()};
    }
    QString driverError;
    // Text compares byte by byte in UTC, as in SQLite.
    if (!exec(db, QStringLiteral("SET TIME ZONE 'UTC'"), &driverError))
        return sqlError(tr("be prepared"), driverError);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('ow_schema') IS NOT NULL,"
                               " (SELECT count(*) FROM pg_tables WHERE schemaname ="
                               " current_schema())"))
        || !q.next()) {
        return Error{QStringLiteral("db.not_a_database"),
                     tr("%1 is not a OneWindow database (or it is damaged). It was not changed.")
                             .arg(shown),
                     q.lastError().text()};
    }
    if (!q.value(0).toBool()) {
        if (q.value(1).toInt() != 0) {
            return Error{QStringLiteral("db.foreign"),
                         tr("%1 holds another program's data. It was not changed; choose "
                            "another database.")
                                 .arg(shown),
                         {}};
        }
    } else {
        if (!q.exec(QStringLiteral("SELECT application_id, version FROM ow_schema")) || !q.next())
            return Error{QStringLiteral("db.not_a_database"),
                         tr("%1 is not a OneWindow database (or it is damaged). It was not "
                            "changed.")
                                 .arg(shown),
                         q.lastError().text()};
        if (q.value(0).toLongLong() != schema.applicationId) {
            return Error{QStringLiteral("db.foreign"),
                         tr("%1 holds another program's data. It was not changed; choose "
                            "another database.")
                                 .arg(shown),
                         {}};
        }
        if (q.value(1).toInt() > schema.version()) {
            return Error{QStringLiteral("db.newer_schema"),
                         tr("The database %1 was written by a newer version of OneWindow (data "
                            "version %2; this program knows up to %3). Install the newer "
                            "version; the database was not changed.")
                                 .arg(shown)
                                 .arg(q.value(1).toInt())
                                 .arg(schema.version()),
                         {}};
        }
    }
    {
        QMutexLocker lock(&cachesMutex);
        caches().emplace(name, std::make_unique<StatementCache>());
    }
    if (const Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
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

    // SQLite DDL is transactional (PostgreSQL's too): a failed step leaves the file as it was.
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QString driverError;
    int start = from;
    if (m_dialect == SqlDialect::PostgreSql) {
        // Several server processes may start at once: one migrates, the others wait and find
        // the work done.
        if (!exec(db,
                  QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(m_schema.applicationId),
                  &driverError))
            return sqlError(tr("be upgraded"), driverError);
        start = version();
        if (start == to)
            return transaction.commit();
    }
    const QList<QStringList> &migrations = m_schema.migrations;
    for (int v = start; v < to; ++v) {
        QStringList statements;
        for (const QString &statement : migrations.at(v))
            statements += sqldialect::schemaStatements(m_dialect, statement);
        for (const QString &statement : std::as_const(statements)) {
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
    if (m_dialect == SqlDialect::PostgreSql) {
        if (!exec(db,
                  QStringLiteral("CREATE TABLE IF NOT EXISTS ow_schema (application_id BIGINT NOT"
                                 " NULL, version BIGINT NOT NULL)"),
                  &driverError)
            || !exec(db, QStringLiteral("DELETE FROM ow_schema"), &driverError)
            || !exec(db,
                     QStringLiteral(
                             "INSERT INTO ow_schema (application_id, version) VALUES (%1, %2)")
                             .arg(m_schema.applicationId)
                             .arg(to),
                     &driverError))
            return sqlError(tr("be upgraded"), driverError);
        return transaction.commit();
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to), &driverError)
        || !exec(db, QStringLiteral("PRAGMA application_id = %1").arg(m_schema.applicationId),
                 &driverError)) {
        return sqlError(tr("be upgraded"), driverError);
    }
    return transaction.commit();
}

OptimisticBatch::OptimisticBatch(const QSqlDatabase &db)
    : m_driver(db.driver())
    , m_pipeline(pipelineOf(db))
    , m_previous(t_batch)
{
    t_batch = this;
}

bool OptimisticBatch::rolledBack() const
{
    return m_rolledBack || (m_pipeline && m_pipeline->failed);
}

bool OptimisticBatch::settle()
{
    if (m_pipeline)
        m_pipeline->collect();
    return !rolledBack();
}

OptimisticBatch::~OptimisticBatch()
{
    t_batch = m_previous;
}

OptimisticBatch::Synchronous::Synchronous(const QSqlDatabase &db)
    : m_batch(current(db))
{
    if (!m_batch)
        return;
    ++m_batch->m_synchronous;
    // A write that failed here fails the batch (settle()); the statements that follow fail in
    // the aborted transaction.
    if (m_batch->m_pipeline)
        m_batch->m_pipeline->collect();
}

OptimisticBatch::Synchronous::~Synchronous()
{
    if (m_batch)
        --m_batch->m_synchronous;
}

OptimisticBatch *OptimisticBatch::current(const QSqlDatabase &db)
{
    for (OptimisticBatch *b = t_batch; b; b = b->m_previous) {
        if (b->m_driver == db.driver())
            return b;
    }
    return nullptr;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    if (t_batch) {
        if (OptimisticBatch *batch = OptimisticBatch::current(m_db); batch && inTransaction(m_db)) {
            m_batch = batch;
            m_active = true;
            return;
        }
    }
    static std::atomic<quint64> savepoints{0};
    if (PgPipeline *pipeline = pipelineOf(m_db))
        pipeline->collect();
    QSqlQuery query(m_db);
    QString statement = sqldialect::isPostgres(m_db) ? QStringLiteral("BEGIN")
                                                     : QStringLiteral("BEGIN IMMEDIATE");
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
    // Qt 6 names the type as the compiler sees it: PGconn is a typedef of struct pg_conn.
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0
            || qstrcmp(handle.typeName(), "PGconn*") == 0)) {
        PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
        return connection && PQtransactionStatus(connection) != PQTRANS_IDLE;
    }
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_get_autocommit(connection) == 0;
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_error.isError() ? m_error : sqlError(tr("save"), QStringLiteral("not active"));
    if (m_batch) {
        m_active = false;
        return Status::success();
    }
    if (PgPipeline *pipeline = pipelineOf(m_db); pipeline && !pipeline->collect()) {
        // A write sent through the pipeline failed: PostgreSQL would answer COMMIT with a
        // rollback.
        m_error = sqlError(tr("save"), pipeline->error.text());
        rollback();
        return m_error;
    }
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
    if (m_batch) {
        m_batch->m_rolledBack = true;
        m_active = false;
        return;
    }
    PgPipeline *pipeline = pipelineOf(m_db);
    if (pipeline)
        pipeline->collect();
    QSqlQuery query(m_db);
    if (isNested()) {
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
        if (pipeline)
            pipeline->reset();
    }
    m_active = false;
}

} // namespace ow
