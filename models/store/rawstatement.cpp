#include "rawstatement.h"

#include <QSqlDriver>

#include <cstring>
#include <sqlite3.h>

namespace ow {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

bool RawStatement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    m_column = 0;
    m_textUsed = 0;
    return db
            && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            == SQLITE_OK;
}

RawStatement &RawStatement::bind(const QString &text)
{
    ++m_column;
    if (text.isEmpty()) {
        sqlite3_bind_text(m_stmt, m_column, "", 0, SQLITE_STATIC);
        return *this;
    }
    const qsizetype room = text.size() * 3; // the most UTF-8 a UTF-16 text can need
    if (m_text.isEmpty())
        m_text.resize(32 * 1024);
    if (m_textUsed + room > m_text.size()) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, m_column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    char *start = m_text.data() + m_textUsed;
    char *end = m_utf8.appendToBuffer(start, text);
    m_textUsed += end - start;
    sqlite3_bind_text(m_stmt, m_column, start, int(end - start), SQLITE_STATIC);
    return *this;
}

void RawStatement::release()
{
    if (m_textUsed > 0) {
        // No bound value may point into text that the next row overwrites.
        sqlite3_clear_bindings(m_stmt);
        m_textUsed = 0;
    }
    m_column = 0;
}

RawStatement &RawStatement::bindNullable(const QString &text)
{
    if (text.isEmpty())
        return bindNull();
    return bind(text);
}

RawStatement &RawStatement::bind(const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, ++m_column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

RawStatement &RawStatement::bind(qint64 value)
{
    sqlite3_bind_int64(m_stmt, ++m_column, value);
    return *this;
}

RawStatement &RawStatement::bindNull()
{
    sqlite3_bind_null(m_stmt, ++m_column);
    return *this;
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    release();
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

bool RawStatement::next()
{
    m_column = 0;
    return sqlite3_step(m_stmt) == SQLITE_ROW;
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
    release();
}

QString RawStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int RawStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 RawStatement::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString RawStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

} // namespace ow
