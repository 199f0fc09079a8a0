#pragma once

#include "domain/casenumber.h"

#include <QSqlDatabase>
#include <QString>

namespace ow {

// Tells a local store that was restored from a backup before it syncs again (DESIGN.md, the
// regression rule). The server finds a restored device at its next push (sync.device_regressed)
// and gives it a new short id; but an intake made before that push would hand out case numbers
// the lost copy gave out already (its counter went back too). So every number handed out is also
// written to a small file beside the database (`<file>.mark`); a store whose counter is behind
// its mark went back in time, and numbers its next cases with a fresh provisional short id
// (`Z…`, which the server accepts from any device) until the server gives it a new one.
//
// A copy restored together with its mark file is not told apart: restore the database file
// alone (docs/backup.md).
class StoreMark final
{
public:
    static QString path(const QSqlDatabase &db); // empty for an in-memory store
    // The mark of the store in that file: `<file>.mark`. Whoever copies or removes a store file
    // (a backup tool, a benchmark's working copy) handles its mark with it.
    static QString pathFor(const QString &databaseFile);
    // Notes the last number an intake handed out, once its transaction committed.
    static void recordNumber(const QSqlDatabase &db, const CaseNumber &number);
    // The store's counter is behind the mark.
    static bool wentBack(const QSqlDatabase &db);
    static void clear(const QSqlDatabase &db);
};

} // namespace ow
