#pragma once

#include "databaseurl.h"

#include <QHostAddress>
#include <QString>

namespace ow {

// Everything one run of onewindow-server needs to know, from the command line and the optional
// --config ini file. New commands (user add, device enroll, backup) add a Command and their
// fields here; ServerCommandLine fills them.
struct ServerConfig
{
    enum class Command {
        Init,
        Serve,
        CatalogExport,
        DemoSeed,
        DeviceEnroll,
        DeviceRevoke,
        DeviceList,
        UserAdd,
        UserDisable,
        UserPasswd,
        CatalogImport,
        CalendarImport,
        Backup,
        SyncCompact,
        AuditVerify,
    };
    enum class ExportFormat { Json, Tsv };

    static constexpr quint16 defaultPort = 8470;
    static constexpr qint64 defaultMaxBodyBytes = 1024 * 1024;

    Command command = Command::Serve;
    QString configFile; // empty: none
    DatabaseUrl database;

    // serve
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 port = defaultPort; // 0: any free port
    qint64 maxBodyBytes = defaultMaxBodyBytes;
    // Per device (per remote address for enrollment): requests a second and the burst allowed
    // above it (config file http/device_requests_per_second, http/device_burst).
    int deviceRequestsPerSecond = 20;
    int deviceBurst = 40;

    // init
    bool demo = false;
    bool force = false;

    // catalog export
    ExportFormat exportFormat = ExportFormat::Json;
    bool embedded = false; // export the catalogue built into the program, not the database's

    // demo seed
    qint64 demoCases = 10000;
    int demoPlaces = 4; // township points
    quint32 demoSeed = 1;
    QString demoClientPath; // fill a new client store here instead of the server database

    // device enroll / revoke, user add
    QString placeCode;
    QString deviceName;
    QString deviceId;
    QString username;
    QString displayName;
    QString role;
    QString departmentCode;
    // user add / passwd: the password comes on stdin (one line), never as an argument.
    bool passwordStdin = false;
    int passwordIterations = 0; // 0: the database's password_iterations (600,000)
    // catalog import, calendar import: the file; backup: the target
    QString file;
};

} // namespace ow
