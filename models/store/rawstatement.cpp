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
    return db
            && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            == SQLITE_OK;
}

RawStatement &RawStatement::bind(const QString &text)
{
    // UTF-16 straight from the QString: SQLite converts once, no QByteArray in between.
    static const char16_t empty[] = u"";
    const void *data = text.isNull() ? static_cast<const void *>(empty)
                                     : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_stmt, ++m_column, data, int(text.size() * 2), SQLITE_TRANSIENT);
    return *this;
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
    m_column = 0;
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
    m_column = 0;
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

QString RawStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

} // namespace ow
