#pragma once

#include "domain/result.h"
#include "migrations.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace ow {

// The local SQLite store (or the server's PostgreSQL database): one connection, owned by the thread
// that opened it. Opening applies the versioned migrations; a database from a newer version of
// OneWindow is refused and left untouched.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    // The schema version of the local store this build writes.
    static int schemaVersion();

    // The default file: <AppDataLocation>/onewindow.sqlite.
    static QString defaultPath();

    // Opens (creating when missing) and migrates the database at filePath; ":memory:" for tests.
    // The schema defaults to the client's local store; the server passes its own.
    static Result<std::shared_ptr<Database>> open(const QString &filePath);
    static Result<std::shared_ptr<Database>> open(const QString &filePath, const Schema &schema);
    // A PostgreSQL database (postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=...]),
    // through Qt's QPSQL driver. The database must exist; its tables are created here. The
    // schema's version lives in the table ow_schema (SQLite keeps it in PRAGMA user_version).
    static Result<std::shared_ptr<Database>> openPostgres(const QUrl &url, const Schema &schema);

    ~Database();

    // Another connection to the same database, for another thread.
    Result<std::shared_ptr<Database>> reopen() const;
    // PostgreSQL: when the connection was lost (the database server restarted), connects again
    // (prepared statements are prepared again on first use). True when the connection is usable.
    // SQLite: always true.
    bool reconnectIfLost();

    QSqlDatabase connection() const;
    // SQLite in WAL mode: copies the committed pages of the write-ahead log into the database
    // file (PRAGMA wal_checkpoint(PASSIVE): it neither waits for nor blocks other connections).
    // The counter's connection leaves this to the sync worker's (Workspace::open), so that no
    // intake pays for a checkpoint. `logFrames`/`checkpointedFrames` (optional) tell how much
    // of the log was copied. PostgreSQL, in memory: nothing to do.
    Status checkpoint(int *logFrames = nullptr, int *checkpointedFrames = nullptr);
    // The counter's connection: the log is checkpointed by another connection, this one does
    // it itself only past `pages` pages (a backstop, should that other connection stall).
    Status leaveCheckpointsToOthers(int pages = 16384);
    // The SQLite file; for PostgreSQL the URL without its password (for messages).
    QString filePath() const { return m_filePath; }
    SqlDialect dialect() const { return m_dialect; }
    int version() const;

private:
    Database(QString connectionName, QString filePath, const Schema &schema);
    Status migrate();

    QString m_connectionName;
    QString m_filePath;
    QUrl m_url; // PostgreSQL
    SqlDialect m_dialect = SqlDialect::Sqlite;
    const Schema &m_schema;
};

// One user action = one transaction. BEGIN IMMEDIATE takes the write lock up front, so a second
// connection (the sync worker) waits instead of failing half way. Rolls back unless committed.
// On PostgreSQL it is a plain BEGIN (READ COMMITTED): writers that must not interleave take row
// locks (sqldialect::forUpdate, UPDATE … RETURNING), see docs/sync-protocol.md.
// Inside an outer transaction (the server applies a push batch in one transaction) it is a
// SAVEPOINT instead: commit releases it, rollback undoes only its own writes.
class OptimisticBatch;

class WriteTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)
    Q_DISABLE_COPY_MOVE(WriteTransaction)
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    bool isNested() const { return m_batch || !m_savepoint.isEmpty(); }
    Status commit();
    void rollback();

    // True while the connection is inside a transaction (BEGIN or SAVEPOINT not yet ended).
    static bool inTransaction(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    QString m_savepoint;                // empty: the outermost transaction
    OptimisticBatch *m_batch = nullptr; // nested inside an OptimisticBatch: no savepoint
    bool m_active = false;
    Error m_error;
};

// A run of writes inside one outer write transaction applied without a savepoint per step (the
// server's push batch, docs/sync-protocol.md "Push"): while it lives, a WriteTransaction nested
// on this connection takes no SAVEPOINT; its commit does nothing, and its rollback cannot undo
// its writes but is remembered (rolledBack()). A savepoint costs two statements and, on SQLite,
// a copy of every page its writes touch into the statement journal, which was a fifth of the
// server's push. The owner undoes the whole outer transaction when a step was refused or rolled
// back and applies it again with savepoints. Per connection (the connection's thread only).
//
// While it lives, the audit trail's chain heads are kept (auditHead) instead of read back per
// row: nothing else writes into the batch's transaction, and a rolled back step voids the batch.
//
// On PostgreSQL, while it lives, a PreparedQuery that writes (INSERT, UPDATE or DELETE without
// RETURNING) is sent through libpq's pipeline without waiting for its answer; the answers are
// read before the next PreparedQuery that reads, before numRowsAffected(), before a
// WriteTransaction begins or ends and at settle(). A write that failed there fails the batch
// (settle() is false, the transaction does not commit): the owner applies the batch again the
// careful way, where nothing is deferred. QPSQL cannot run a QSqlQuery while answers wait on
// the connection: code that may run one inside the batch does so under a Synchronous scope.
struct PgPipeline;

class OptimisticBatch final
{
    Q_DISABLE_COPY_MOVE(OptimisticBatch)
public:
    explicit OptimisticBatch(const QSqlDatabase &db);
    ~OptimisticBatch();

    bool rolledBack() const;
    // Reads the answers of the writes still in flight; false when one failed or a step rolled
    // back (then the batch must not commit).
    bool settle();
    // The batch of this connection, if one lives (on this thread).
    static OptimisticBatch *current(const QSqlDatabase &db);
    // While one lives, the connection's writes in flight have been answered and no write is
    // deferred: for code that runs QSqlQuery (the server's task, manifest and rating stores).
    // Nothing to do outside an OptimisticBatch and on SQLite.
    class Synchronous final
    {
        Q_DISABLE_COPY_MOVE(Synchronous)
    public:
        explicit Synchronous(const QSqlDatabase &db);
        ~Synchronous();

    private:
        OptimisticBatch *m_batch = nullptr;
    };

    // The last hash of a device's audit chain written in this batch (null when not yet known).
    QString auditHead(const QString &deviceId) const { return m_auditHeads.value(deviceId); }
    void setAuditHead(const QString &deviceId, const QString &hash)
    {
        m_auditHeads.insert(deviceId, hash);
    }

private:
    friend class WriteTransaction;
    friend class PreparedStatement;
    const void *m_driver = nullptr;
    PgPipeline *m_pipeline = nullptr; // PostgreSQL through Database
    OptimisticBatch *m_previous = nullptr;
    int m_synchronous = 0; // Synchronous scopes alive
    bool m_rolledBack = false;
    QHash<QString, QString> m_auditHeads;
};

// The statement behind a PreparedQuery, used like a QSqlQuery (bind, exec, next, value). On
// SQLite it is the sqlite3 statement itself: Qt SQL's own cost per statement (its bound-value
// list, QSqlRecord, the cached row) was more than SQLite's work on the server's push and the
// intake commit. Values bind and read as Qt's QSQLITE driver binds and reads them (a null
// QString binds as NULL, INTEGER reads as qint64, TEXT as QString).
// On PostgreSQL it is a statement prepared through libpq on the Qt connection's own PGconn
// (PQprepare once, PQexecPrepared per run): QPSQL runs a prepared statement as an EXECUTE whose
// values it writes into the SQL text, parsed again by the server each time. Values are sent as
// text, as QPSQL formats them (a null QString is NULL); they read back as QPSQL reads them
// (BIGINT as qint64, TEXT as QString, BOOLEAN as bool). QSqlQuery may run on the same
// connection in between: neither keeps state between statements but the server's transaction.
// Elsewhere a QSqlQuery.
class PreparedStatement final
{
    Q_DISABLE_COPY_MOVE(PreparedStatement)
public:
    explicit PreparedStatement(std::unique_ptr<QSqlQuery> query);
    PreparedStatement(sqlite3 *db, sqlite3_stmt *statement);
    // Prepares `sql` (with ? placeholders) under `name` on the connection; prepared() tells
    // whether that worked (lastError() says why not). `pipeline`: the connection's writes in
    // flight (OptimisticBatch).
    PreparedStatement(pg_conn *db, PgPipeline *pipeline, const void *driver, const QByteArray &name,
                      const QString &sql);
    ~PreparedStatement();

    bool prepared() const;

    void addBindValue(const QVariant &value);
    bool exec();
    bool next();
    QVariant value(int column) const;
    QSqlError lastError() const;
    int numRowsAffected() const;
    void finish();

private:
    void failed(int code);
    bool pgExec();
    void pgFailed(const QString &what);
    void clearPgResult();

    std::unique_ptr<QSqlQuery> m_query; // neither SQLite nor PostgreSQL
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // PostgreSQL
    pg_conn *m_pg = nullptr;
    QByteArray m_pgName; // empty: the preparation failed
    QList<QByteArray> m_pgValues;
    QList<bool> m_pgNull;
    pg_result *m_pgResult = nullptr;
    int m_pgRow = -1;
    int m_pgRows = 0;
    PgPipeline *m_pipeline = nullptr;
    const void *m_driver = nullptr;
    bool m_deferrable = false; // a write whose answer is only its row count
    quint64 m_ticket = 0;      // its last run sent through the pipeline (0: none)
    int m_deferredRows = -1;
    friend struct PgPipeline;
    int m_bound = 0;
    bool m_stepped = false;    // reset before binding again
    bool m_rowPending = false; // exec() stepped onto the first row
    bool m_onRow = false;
    bool m_done = false;
    int m_changes = 0;
    QSqlError m_error;
};

// A statement prepared once per connection and kept until the Database closes: the hot paths
// (the server's push, intake) bind and run the same SQL many times, and preparing it again each
// time cost more than running it. Use it like a QSqlQuery (bind, exec, next); when it goes out of
// scope the statement is reset (no read lock stays open) and is ready for the next user. A
// connection not opened through Database gets a plain QSqlQuery, prepared each time. Do not run
// the same SQL again while iterating its results.
class PreparedQuery final
{
    Q_DISABLE_COPY_MOVE(PreparedQuery)
public:
    PreparedQuery(const QSqlDatabase &db, const QString &sql);
    ~PreparedQuery();

    bool isPrepared() const { return m_prepared; }
    PreparedStatement &operator*() { return *m_query; }
    PreparedStatement *operator->() { return m_query; }

private:
    std::unique_ptr<PreparedStatement> m_owned;
    PreparedStatement *m_query = nullptr;
    bool m_cached = false;
    bool m_prepared = false;
};

// A null QString binds as SQL NULL; text columns that are NOT NULL want "" instead.
inline QString sqlText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Wraps a failed QSqlQuery or driver call into an Error with a message for the user.
Error sqlError(const QString &what, const QString &driverText);

// Whether a row of `table` has the id or the number (its unique columns `id` and `number`);
// `what` names the read for sqlError. Two probes of the unique indexes joined by UNION ALL, not
// `id = ? OR number = ?`: PostgreSQL plans a prepared statement once per connection, and the
// plan of the OR made while the table was small (a new database) is a sequential scan kept as
// the table grows.
Result<bool> idOrNumberTaken(const QSqlDatabase &db, const QString &table, const QString &id,
                             const QString &number, const QString &what);

// The host, port (if the URL has one), database, user and password of a postgresql:// URL set
// on a QPSQL connection; its query's connection options are the caller's.
void setPostgresTarget(QSqlDatabase &db, const QUrl &url);

} // namespace ow
