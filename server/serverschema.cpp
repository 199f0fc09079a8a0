#include "serverschema.h"

namespace ow {

const Schema &serverSchema()
{
    static const Schema schema{
            QStringLiteral("server database"),
            0x4F575356, // "OWSV"
            {
                    // 1: places, users, catalogue, calendar, audit log; server_info marks a
                    // database whose `init` completed.
                    QStringList{
                            QStringLiteral("CREATE TABLE server_info ("
                                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                           " initialised_at TEXT NOT NULL,"
                                           " initialised_by TEXT NOT NULL,"
                                           " demo INTEGER NOT NULL)"),
                    } + directoryTables()
                            + catalogTables() + calendarTables() + auditTables(),
                    // 2: where an applicant turns against a decision (printed on refusals).
                    placeRemedyColumns(),
            }};
    return schema;
}

} // namespace ow
