#include "serverinit.h"

#include "domain/directory.h"
#include "embeddeddata.h"
#include "serverdatabase.h"
#include "serverinfostore.h"
#include "store/calendarstore.h"
#include "store/catalogstore.h"
#include "store/directorystore.h"
#include "syncstore.h"
#include "systemactor.h"

namespace ow {

Result<ServerInit::Report> ServerInit::run(const DatabaseUrl &url, const Options &options)
{
    // Read the built-in data before touching the database: a broken build changes nothing.
    auto catalog = EmbeddedData::catalog();
    if (!catalog)
        return catalog.error();
    auto calendar = EmbeddedData::calendar();
    if (!calendar)
        return calendar.error();
    const Directory demo = options.demo ? DirectoryJson::demo() : Directory();
    if (options.demo && demo.places.isEmpty()) {
        return Error{QStringLiteral("init.demo_missing"),
                     tr("The demo directory built into this program cannot be read."),
                     {}};
    }

    auto opened = ServerDatabase::open(url, ServerDatabase::Mode::CreateIfMissing);
    if (!opened)
        return opened.error();
    const std::shared_ptr<Database> db = opened.value();
    ServerInfoStore infoStore(db);
    auto info = infoStore.info();
    if (!info)
        return info.error();
    Report report;
    if (info->has_value()) {
        if (!options.force) {
            return Error{QStringLiteral("init.already_initialised"),
                         tr("The database %1 was already initialised on %2 (by version %3). "
                            "Nothing was changed. Run init with --force to load the built-in "
                            "catalogue and calendar again (places, users and the audit log "
                            "are kept).")
                                 .arg(url.toString(),
                                      info->value().initialisedAt.toString(Qt::ISODate),
                                      info->value().initialisedBy),
                         {}};
        }
        report.reinitialised = true;
    }

    const Actor actor = systemActor();
    if (Status s = CatalogStore(db).replace(catalog.value(), actor); !s)
        return s.error();
    if (Status s = CalendarStore(db).replace(calendar.value(), actor); !s)
        return s.error();
    if (options.demo) {
        if (Status s = DirectoryStore(db).merge(demo, actor); !s)
            return s.error();
    }
    // Devices pull the server's catalogue, calendar and directory from the `global` bucket.
    if (Status s = SyncStore(db).publishGlobal(
                {sync::entity::catalog(), sync::entity::calendar(), sync::entity::directory()},
                QDateTime::currentDateTimeUtc());
        !s)
        return s.error();
    ServerInfo done;
    done.initialisedAt = QDateTime::currentDateTimeUtc();
    done.initialisedBy = QStringLiteral(ONEWINDOW_VERSION);
    done.demo = options.demo || (info->has_value() && info->value().demo);
    if (Status s = infoStore.markInitialised(done, actor); !s)
        return s.error();

    report.catalogVersion = catalog->version;
    report.items = int(catalog->items.size());
    report.departments = int(catalog->departments.size());
    report.calendarYears = calendar->years();
    report.places = int(demo.places.size());
    report.users = int(demo.users.size());
    return report;
}

} // namespace ow
