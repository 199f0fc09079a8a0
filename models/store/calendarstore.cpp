#include "calendarstore.h"

#include "auditlog.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

CalendarStore::CalendarStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status CalendarStore::replace(const WorkCalendar &calendar, const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = replaceWithin(db, calendar, actor); !s)
        return s;
    return transaction.commit();
}

Status CalendarStore::replaceWithin(const QSqlDatabase &db, const WorkCalendar &calendar,
                                    const Actor &actor)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO calendar_info (id, body, loaded_at) VALUES (1, ?, ?)"
                             " ON CONFLICT(id) DO UPDATE SET body = excluded.body,"
                             " loaded_at = excluded.loaded_at"));
    q.addBindValue(calendar.serialize());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(tr("save the working-day calendar"), q.lastError().text());
    QJsonArray years;
    for (int year : calendar.years())
        years.append(year);
    if (Status s = AuditLog::record(db, actor, QStringLiteral("calendar.replace"),
                                    QStringLiteral("calendar"), QString(),
                                    {{QStringLiteral("years"), years}});
        !s) {
        return s;
    }
    return Status::success();
}

Result<WorkCalendar> CalendarStore::load() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT body FROM calendar_info WHERE id = 1")))
        return sqlError(tr("read the working-day calendar"), q.lastError().text());
    if (!q.next()) {
        return Error{QStringLiteral("calendar.empty"),
                     tr("No working-day calendar has been loaded yet."),
                     {}};
    }
    auto parsed = WorkCalendar::parse(q.value(0).toString(), QStringLiteral("calendar_info"));
    if (!parsed) {
        return Error{QStringLiteral("calendar.damaged"),
                     tr("The stored working-day calendar cannot be read. Load it again."),
                     parsed.error().detail.isEmpty() ? parsed.error().message
                                                     : parsed.error().detail};
    }
    return parsed.value();
}

QDateTime CalendarStore::loadedAt() const
{
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT loaded_at FROM calendar_info WHERE id = 1")) && q.next())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

} // namespace ow
