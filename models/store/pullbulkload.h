#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ow {

// A fresh client's first pull is a bulk load (docs/sync-protocol.md, "Pull"): every case of its
// place at once. Written row by row into the store's full schema, each case paid for the
// thirteen indexes of `cases`, the applicant's search indexes and name grams and the statistics
// triggers. In a bulk load those are deferred: begin() drops the secondary indexes and the
// triggers of the case tables and records their SQL in the store (in the transaction of the
// first page), the pages write the base tables only (each page with its cursor, one transaction
// as always), and finish() builds everything once at the end: CREATE INDEX sorts, the name
// grams of every applicant in key order, every statistics day marked for the roll-up.
//
// A store that was killed in the middle (the record is still there) is finished by
// Workspace::open before any screen reads it, and by the sync engine when a pull stops early.
// Indexes a case page needs to write (primary keys, unique keys, a case's history by case) are
// never dropped.
class PullBulkLoad final
{
    Q_DECLARE_TR_FUNCTIONS(PullBulkLoad)
public:
    // The settings key under which the dropped indexes and triggers wait.
    static QString settingsKey() { return QStringLiteral("sync.bulk_load"); }

    // True while a bulk load has not been finished.
    static bool pending(const QSqlDatabase &db);
    // True when a pull may start one: the store holds no case and no pending mutation.
    static bool eligible(const QSqlDatabase &db);
    // Drops the deferred indexes and triggers and records them; inside the caller's
    // transaction (the first page's).
    static Status begin(const QSqlDatabase &db);
    // The connection's settings for the pages of a bulk load (`bulk`) or back to the store's:
    // a bigger page cache (a page of cases does not spill into the log half way), and commits
    // that wait for the disk only at checkpoints (synchronous = NORMAL; the write-ahead log
    // keeps each page and its cursor atomic; what a power cut takes back is pulled again).
    static void tune(const QSqlDatabase &db, bool bulk);
    // Builds the name grams, the indexes and the triggers again and marks every statistics day
    // dirty, in one transaction of its own. Nothing to do when no bulk load is pending.
    static Status finish(const QSqlDatabase &db);

private:
    static Status build(const QSqlDatabase &db);
};

} // namespace ow
