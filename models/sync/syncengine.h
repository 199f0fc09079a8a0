#pragma once

#include "domain/actor.h"
#include "store/database.h"
#include "store/localsyncstore.h"
#include "synchttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace ow {

// What one sync cycle did. ok only when every push and every pull succeeded.
struct SyncOutcome
{
    enum class Stop {
        None,            // finished (ok) or a transient failure (try again later)
        NotEnrolled,     // no enrollment: nothing to sync with
        Revoked,         // the server revoked this device: sync stops until re-enrolled
        UpgradeRequired, // the server no longer speaks this client's protocol
    };
    bool ok = false;
    bool reachable = false; // the server answered at all
    Stop stop = Stop::None;
    QString errorCode;
    QString error; // translated, for the user
    int pushed = 0;
    int rejected = 0;
    int pulled = 0;
    int deferred = 0;
    int restreams = 0;
    int auditRows = 0; // audit rows the server stored
    std::optional<qint64> clockOffsetMs;
    QDateTime at;
};

// Enrolls this device with a one-time code from the administrator.
class SyncEnroller final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEnroller)
public:
    static Result<SyncEnrollment> enroll(const std::shared_ptr<Database> &database,
                                         const QUrl &serverUrl, const QString &code,
                                         const QString &deviceName, const Actor &actor);
};

// One sync cycle (DESIGN.md "Sync"): push every pending mutation in batches, then pull every
// bucket until the server has no more. Blocking: run it on the sync worker with the worker's
// own connection.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    struct Limits
    {
        int batchMutations = 500;
        qint64 batchBytes = 512 * 1024;
        int pullLimit = 1000;
    };

    SyncEngine(std::shared_ptr<Database> database, const Actor &actor);
    void setLimits(const Limits &limits) { m_limits = limits; }

    SyncOutcome runCycle();
    // The two halves, for the benchmark and the tests.
    bool push(SyncHttp &http, SyncOutcome &outcome);
    bool pull(SyncHttp &http, SyncOutcome &outcome);
    // The audit rows written since the last acknowledged one, and each chain's tail.
    bool pushAudit(SyncHttp &http, SyncOutcome &outcome);

private:
    bool fail(SyncOutcome &outcome, SyncHttp &http, const SyncHttpAnswer &answer);
    bool restream(SyncHttp &http, SyncOutcome &outcome);
    bool pullBuckets(SyncHttp &http, SyncOutcome &outcome);
    static QString auditRefusal(const QString &code);

    std::shared_ptr<Database> m_database;
    LocalSyncStore m_store;
    Actor m_actor;
    Limits m_limits;
};

} // namespace ow
