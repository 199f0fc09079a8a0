#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace ow {

// `onewindow-server init`: fills a new server database. Each step is its own transaction and
// can be repeated; server_info is written last, so an interrupted init is finished by running
// it again, and a completed one is refused unless forced.
class ServerInit final
{
    Q_DECLARE_TR_FUNCTIONS(ServerInit)
public:
    struct Options
    {
        bool demo = false;
        bool force = false;
    };
    struct Report
    {
        QString catalogVersion;
        int items = 0;
        int departments = 0;
        QList<int> calendarYears;
        int places = 0; // with --demo
        int users = 0;
        bool reinitialised = false; // --force over an initialised database
    };

    static Result<Report> run(const DatabaseUrl &url, const Options &options);
};

} // namespace ow
