#pragma once

#include "databaseurl.h"
#include "domain/result.h"

namespace ow {

// A consistent copy of the server's SQLite database while it serves (SQLite online backup API,
// models/store/sqlitebackup.h), for `onewindow-server backup --to FILE` and the restore drill in
// docs/deployment.md. A PostgreSQL database is backed up with pg_dump instead.
class ServerBackup final
{
public:
    static Status backup(const DatabaseUrl &database, const QString &toPath);
    // Checks that path holds a sound server database this program can serve.
    static Status verify(const QString &path);
};

} // namespace ow
