#pragma once

#include "calendarstore.h"
#include "catalogstore.h"
#include "database.h"
#include "directorystore.h"
#include "domain/actor.h"
#include "domain/casedocumentfacts.h"
#include "domain/workcalendar.h"
#include "localsettings.h"

#include <QCoreApplication>

namespace ow {

// What the client works with: the local store, who is working and where. Opening it on a new
// device loads the embedded catalogue and calendar and, until the device is enrolled with a
// server, the demo directory (a county hall, two township points, one user per role).
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &databasePath);
    ~Workspace();

    std::shared_ptr<Database> database() const { return m_database; }
    CatalogStore &catalog() { return m_catalog; }
    CalendarStore &calendarStore() { return m_calendarStore; }
    const WorkCalendar &calendar() const { return m_calendar; }
    DirectoryStore &directory() { return m_directory; }
    LocalSettings &settings() { return m_settings; }

    Actor actor() const { return m_actor; }
    // The short id that numbers this device's cases. The server assigns it at enrollment; until
    // then the device numbers with a provisional id starting with Z, which the server never
    // hands out.
    QString deviceShortId() const;
    User currentUser() const { return m_user; }
    Place currentPlace() const { return m_place; }
    // Where a case's documents take the authority, the legal basis, staff names and places from
    // (the sources refer to `catalog`: use them while it lives).
    CaseDocumentSources documentSources(const Case &c, const Catalog &catalog) const;

    // Practice mode (PracticeMode): the device is not enrolled, nothing done here is real.
    bool practiceMode() const;

    // Switches who works on this device (several users may share one).
    Status setCurrentUser(const QString &username);

private:
    explicit Workspace(const std::shared_ptr<Database> &database);
    Status bootstrap();
    Status renumberAfterRestore(const Actor &setup);
    static QString provisionalShortId();

    std::shared_ptr<Database> m_database;
    CatalogStore m_catalog;
    CalendarStore m_calendarStore;
    WorkCalendar m_calendar;
    DirectoryStore m_directory;
    LocalSettings m_settings;
    Actor m_actor;
    User m_user;
    Place m_place;
};

} // namespace ow
