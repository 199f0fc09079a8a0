#pragma once

#include "database.h"
#include "domain/actor.h"
#include "domain/case.h"
#include "outbox.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ow {

// This device's enrollment with the sync server.
struct SyncEnrollment
{
    QString serverUrl;
    QString deviceId; // the server's id of this device
    QString shortId;  // numbers this device's cases (unique within the place)
    QString placeCode;
    QString token;
    QDateTime tokenExpiresAt;
    qint64 stream = 1;
    qint64 streamBase = 0; // push seq = outbox.seq - streamBase
    QDateTime enrolledAt;
    bool revoked = false;
};

// What the last sync did, kept across restarts.
struct SyncRecord
{
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt;
    QString lastErrorCode;
    QString lastError; // translated, for the user
    qint64 clockOffsetMs = 0;
};

// A mutation the server refused, with what it holds now.
struct RejectedMutation
{
    qint64 seq = 0;
    QString mutationId;
    QString name; // case.receive, case.accept, case.transition
    QString entityId;
    QString caseNumber;  // empty when the case is not in the local store
    QString event;       // CaseLifecycle::eventKey of the attempted move; "receive" for intake
    QString localState;  // the case's state here now
    QString serverState; // from the server's current snapshot; empty when it has none
    QString code;
    QString message;
    QString userId;
    QDateTime createdAt;
    QJsonObject current; // the server's snapshot (may be empty)
};

struct PullApplied
{
    int applied = 0;
    int deferred = 0; // kept until the case's pending changes are acknowledged
    int skipped = 0;  // older than what is here (the same case from another bucket)
};

struct AckApplied
{
    int applied = 0;
    int rejected = 0;
    int snapshots = 0; // server snapshots applied over local rows
};

// The client's side of sync in the local store: enrollment, cursors, pulled pages and push
// acknowledgements. A page with its cursor, or an acknowledgement with the snapshots it brings,
// is one transaction: a crash leaves either all of it or none. Pulled writes add no outbox rows.
class LocalSyncStore final
{
    Q_DECLARE_TR_FUNCTIONS(LocalSyncStore)
public:
    explicit LocalSyncStore(std::shared_ptr<Database> database);

    std::optional<SyncEnrollment> enrollment() const;
    // Saves a new enrollment (replacing any earlier one): the device's short id and place go to
    // the settings too; every pending mutation will be pushed in the new stream. Cursors reset.
    Status enroll(const SyncEnrollment &enrollment, const Actor &actor);
    // A new mutation stream after the server saw this store go back in time: pending mutations
    // are numbered again from 1, and new cases take the new short id.
    Status restream(qint64 stream, const QString &shortId, const Actor &actor);
    Status markRevoked(const Actor &actor);

    SyncRecord record() const;
    // Stores the outcome of a sync cycle (success clears the last error).
    Status recordOutcome(const QDateTime &attemptAt, bool success, const QString &errorCode,
                         const QString &errorMessage, std::optional<qint64> clockOffsetMs);

    QString cursor(const QString &bucket) const; // empty: from the start
    Status dropCursor(const QString &bucket);

    // The oldest pending mutations, numbered for the push, within the batch limits.
    QList<sync::PushMutation> pendingBatch(int maxCount, qint64 maxBytes) const;
    // The seq, in the current stream, of the newest mutation this device wrote (0: none).
    qint64 streamSeq() const;
    qint64 pendingCount() const;
    qint64 rejectedCount() const;
    QList<RejectedMutation> rejected() const;

    // Applies a pulled page and stores the bucket's new cursor in one transaction. `hasMore`:
    // the server has more pages for this bucket. The first page of a fresh store (no case, no
    // pending mutation) with more to come starts a bulk load (PullBulkLoad): the pages write
    // the base tables only, and the page without more builds the deferred indexes.
    Result<PullApplied> applyPage(const QString &bucket, const QList<sync::PullChange> &changes,
                                  const QString &cursor, const Actor &actor, bool hasMore = false);
    // A bulk load that did not reach its last page (the pull failed, the program was killed):
    // its deferred indexes are built by finishBulkLoad() before the store is read.
    bool bulkLoadPending() const;
    Status finishBulkLoad();
    // Marks pushed mutations applied or rejected and applies the snapshots that were waiting
    // for them (the server's `current` of a rejection, deferred pulls), in one transaction.
    Result<AckApplied> acknowledge(const QList<sync::PushResult> &results);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace ow
