#pragma once

#include "domain/result.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

// Copies of a OneWindow SQLite database made with SQLite's online backup API: a consistent
// snapshot while other connections (the running client, a serving server) keep reading and
// writing. Client and server both back up through here.
class SqliteBackup final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)
public:
    // Writes a snapshot of the database at fromPath to toPath (which must not exist), through a
    // temporary file next to it that is renamed only after the copy passed verify(): a failed
    // or interrupted backup leaves no file at toPath.
    static Status backup(const QString &fromPath, const QString &toPath, const Schema &schema);

    // Checks that path is a sound database of this schema that this program can open: SQLite's
    // integrity check passes, the application id matches and the data version is not newer.
    static Status verify(const QString &path, const Schema &schema);

    // Replaces the content of the database at livePath with the backup at fromPath after
    // verify() passed, in one transaction through the backup API (connections that hold the
    // live file open see the restored data; nothing is half written). The live content is first
    // saved to safetyCopyPath unless that is empty.
    static Status restore(const QString &fromPath, const QString &livePath, const Schema &schema,
                          const QString &safetyCopyPath = {});
};

} // namespace ow
