#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ow {

// The pull cursor (opaque to devices): `<epoch>:<seq>:<mark>`. The mark names the change at
// `seq` (a hash of its entity id, version and time), so a cursor from a database that was later
// restored from an older backup is caught even after the restored database has written past
// that seq again: the change now at `seq` is another one. Cursors without a mark (`<epoch>:<seq>`,
// from before the mark) are served as before.
struct PullCursor
{
    QString epoch;
    qint64 seq = 0;
    QString mark; // empty: not marked, or seq 0

    static std::optional<PullCursor> parse(const QString &text);
    QString toString() const;

    // The mark of the change at (bucket, seq); empty when there is none (seq 0, or compacted).
    static std::optional<QString> markAt(const QSqlDatabase &db, const QString &bucket, qint64 seq);
    // Still served: the change at seq is the one the mark names (or cannot be checked: no mark,
    // seq 0, or a row compaction removed at the floor). nullopt: the database did not answer.
    std::optional<bool> stillServed(const QSqlDatabase &db, const QString &bucket,
                                    qint64 floor) const;
};

} // namespace ow
