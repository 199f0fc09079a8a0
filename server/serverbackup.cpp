#include "serverbackup.h"

#include "serverschema.h"
#include "store/sqlitebackup.h"

namespace ow {

Status ServerBackup::backup(const DatabaseUrl &database, const QString &toPath)
{
    if (database.kind != DatabaseUrl::Kind::Sqlite) {
        return Error{QStringLiteral("backup.postgresql"),
                     QStringLiteral("%1 is a PostgreSQL database: back it up with pg_dump (see "
                                    "docs/deployment.md).")
                             .arg(database.toString()),
                     {}};
    }
    return SqliteBackup::backup(database.path, toPath, serverSchema());
}

Status ServerBackup::verify(const QString &path)
{
    return SqliteBackup::verify(path, serverSchema());
}

} // namespace ow
