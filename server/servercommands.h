#pragma once

#include "serverconfig.h"

#include <cstdio>

namespace ow {

// Runs one parsed command. Returns the process exit code: 0 done, 1 failed (the reason is on
// stderr).
class ServerCommands final
{
public:
    static int run(const ServerConfig &config);

private:
    static int init(const ServerConfig &config);
    static int serve(const ServerConfig &config);
    static int exportCatalog(const ServerConfig &config);
    static int demoSeed(const ServerConfig &config);
    static int device(const ServerConfig &config);
    static int userAdd(const ServerConfig &config);
    static int userDisable(const ServerConfig &config);
    static int userPasswd(const ServerConfig &config);
    static int importData(const ServerConfig &config);
    static int backup(const ServerConfig &config);
    static int backupPostgres(const ServerConfig &config); // pg_dump
    static int compact(const ServerConfig &config);
    static int auditVerify(const ServerConfig &config);
};

} // namespace ow
