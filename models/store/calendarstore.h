#pragma once

#include "database.h"
#include "domain/actor.h"
#include "domain/workcalendar.h"

#include <QDateTime>

namespace ow {

// The working-day calendar in a store (the client's local store, or the server's database),
// kept as the document WorkCalendar::serialize() writes.
class CalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)
public:
    explicit CalendarStore(std::shared_ptr<Database> database);

    // Replaces the stored calendar in one transaction, with an audit row naming its years.
    Status replace(const WorkCalendar &calendar, const Actor &actor);
    // The same inside the caller's transaction (a pulled page applies in one).
    static Status replaceWithin(const QSqlDatabase &db, const WorkCalendar &calendar,
                                const Actor &actor);
    Result<WorkCalendar> load() const;
    QDateTime loadedAt() const; // invalid when no calendar was stored yet
    bool isEmpty() const { return !loadedAt().isValid(); }

private:
    std::shared_ptr<Database> m_database;
};

} // namespace ow
