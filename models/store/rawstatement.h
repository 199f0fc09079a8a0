#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace ow {

// The SQLite handle under a Qt connection, for the few bulk paths where Qt SQL's per-statement
// cost dominates (TOOLCHAIN.md: ~6x). Statements run inside the connection's transaction.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement on that handle. Bind in column order, then step(); step() resets.
class RawStatement final
{
    Q_DISABLE_COPY_MOVE(RawStatement)
public:
    RawStatement() = default;
    ~RawStatement();

    bool prepare(sqlite3 *db, const char *sql);
    RawStatement &bind(const QString &text);         // a null QString binds as ""
    RawStatement &bindNullable(const QString &text); // a null or empty QString binds as NULL
    RawStatement &bind(const QByteArray &utf8);
    RawStatement &bind(qint64 value);
    RawStatement &bindNull();

    bool step(); // for writes: true when done without error
    bool next(); // for reads: true while a row is there (call reset() after)
    void reset();
    QString text(int column) const;
    qint64 integer(int column) const;
    int changes() const;            // rows the last write changed
    qint64 lastInsertRowid() const; // of the connection
    QString error() const;

private:
    void release(); // forgets the bound values (their text lives in m_text)

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_column = 0;
    // The UTF-8 of the bound texts until the statement has run: bound without a copy, and
    // without SQLite's own conversion from UTF-16 (two allocations per value).
    QByteArray m_text;
    qsizetype m_textUsed = 0;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace ow
