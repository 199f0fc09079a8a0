#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace ow {

// The one place that knows how SQLite and PostgreSQL differ. The stores write SQL that both
// understand; where they cannot, they ask here.
//
// Writing SQL for both (server path; the client is SQLite only):
// - Schema statements (models/store/migrations.cpp, server/serverschema.cpp) are written for
//   SQLite; SqlDialect::schemaStatements() turns each into PostgreSQL when the server runs on it:
//   INTEGER → BIGINT, INTEGER PRIMARY KEY AUTOINCREMENT → an identity column, BLOB → BYTEA,
//   WITHOUT ROWID dropped, lower(hex(randomblob(n))) → random hex, a table with an implicit
//   rowid gets a real `rowid` identity column (so `ORDER BY rowid` keeps insertion order), and
//   `CREATE TRIGGER … BEGIN SELECT RAISE(ABORT, 'text'); END` (with an optional WHEN, where
//   `IS NOT x` means IS DISTINCT FROM) becomes a plpgsql function plus a trigger. Anything else
//   must be written portably: no COLLATE NOCASE, strftime, GLOB, INSERT OR IGNORE/REPLACE (use
//   ON CONFLICT … DO NOTHING / DO UPDATE SET x = excluded.x), no PRAGMA.
// - Bind booleans as integers (int(flag)): QPSQL sends a bool as TRUE, which a BIGINT refuses.
// - Row locks: append forUpdate(db) to a SELECT that reads a row the transaction then changes
//   when another server process may change it meanwhile (empty on SQLite: one writer at a time).
// - ON CONFLICT (col) DO UPDATE SET col = table.col + 1 RETURNING col works on both.
enum class SqlDialect { Sqlite, PostgreSql };

namespace sqldialect {

SqlDialect of(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db)
{
    return of(db) == SqlDialect::PostgreSql;
}

// One schema statement as written for SQLite, as the statements `dialect` runs.
QStringList schemaStatements(SqlDialect dialect, const QString &statement);

// A schema statement for one dialect only, run as written (no conversion) there and skipped on
// the other: what cannot be written for both (a PostgreSQL trigger function, a SQLite trigger
// with a body of several statements).
QString sqliteOnly(const QString &statement);
QString postgresOnly(const QString &statement);

// " FOR UPDATE" on PostgreSQL, "" on SQLite.
QString forUpdate(const QSqlDatabase &db);

// A failure that goes away when the whole transaction is tried again: PostgreSQL's
// serialization failure or deadlock, a lost connection; SQLite's busy/locked.
bool isTransient(const QSqlError &error);
bool isTransient(const QString &driverText);

} // namespace sqldialect

} // namespace ow
