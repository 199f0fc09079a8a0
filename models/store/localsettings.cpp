#include "localsettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

LocalSettings::LocalSettings(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QString LocalSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status LocalSettings::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(Database::tr("save the settings"), q.lastError().text());
    return Status::success();
}

} // namespace ow
