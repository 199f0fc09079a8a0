#include "syncengine.h"

#include "auditprotocol.h"
#include "store/auditsync.h"
#include "syncprotocol.h"

#include <QThread>

namespace ow {

Result<SyncEnrollment> SyncEnroller::enroll(const std::shared_ptr<Database> &database,
                                            const QUrl &serverUrl, const QString &code,
                                            const QString &deviceName, const Actor &actor)
{
    if (!serverUrl.isValid() || serverUrl.scheme().isEmpty()) {
        return Error{QStringLiteral("enroll.bad_address"),
                     tr("\"%1\" is not a server address. Enter it like http://192.168.1.10:8470.")
                             .arg(serverUrl.toString()),
                     {}};
    }
    SyncHttp http(serverUrl);
    sync::EnrollRequest request;
    request.code = code.trimmed().toUpper();
    request.deviceName = deviceName;
    request.clientVersion = QStringLiteral(ONEWINDOW_VERSION);
    const SyncHttpAnswer answer = http.post(sync::path::enroll(), request.toJson());
    if (!answer.ok()) {
        if (answer.status == 400 || answer.status == 401 || answer.status == 403
            || answer.status == 404) {
            return Error{QStringLiteral("enroll.refused"),
                         tr("The server did not accept the enrollment code: %1 Ask the "
                            "administrator for a new code (codes are valid for 7 days and "
                            "work once).")
                                 .arg(answer.errorMessage),
                         answer.errorCode};
        }
        return Error{QStringLiteral("enroll.failed"), http.describeFailure(answer),
                     answer.errorCode};
    }
    auto response = sync::EnrollResponse::fromJson(answer.body);
    if (!response) {
        return Error{QStringLiteral("enroll.bad_answer"),
                     tr("The server's answer to the enrollment cannot be read. Check the server "
                        "address."),
                     response.error().message};
    }
    SyncEnrollment e;
    e.serverUrl = serverUrl.toString();
    e.deviceId = response->deviceId;
    e.shortId = response->shortId;
    e.placeCode = response->placeCode;
    e.token = response->token;
    e.tokenExpiresAt = response->tokenExpiresAt;
    e.stream = response->stream;
    e.enrolledAt = QDateTime::currentDateTimeUtc();
    LocalSyncStore store(database);
    if (Status s = store.enroll(e, actor); !s)
        return s.error();
    return store.enrollment().value_or(e);
}

SyncEngine::SyncEngine(std::shared_ptr<Database> database, const Actor &actor)
    : m_database(database)
    , m_store(database)
    , m_actor(actor)
{ }

SyncOutcome SyncEngine::runCycle()
{
    SyncOutcome outcome;
    outcome.at = QDateTime::currentDateTimeUtc();
    const auto enrollment = m_store.enrollment();
    if (!enrollment) {
        outcome.stop = SyncOutcome::Stop::NotEnrolled;
        outcome.errorCode = QStringLiteral("sync.not_enrolled");
        outcome.error = tr("This device is not enrolled with a server yet: it works in practice "
                           "mode and nothing done here is ever sent. Enroll it with a code from "
                           "the administrator (Sync menu).");
        return outcome;
    }
    if (enrollment->revoked) {
        outcome.stop = SyncOutcome::Stop::Revoked;
        outcome.errorCode = sync::code::deviceRevoked();
        outcome.error = tr("The server has revoked this device: it no longer syncs. Changes made "
                           "here stay on this device. Ask the administrator to enroll it again.");
        return outcome;
    }
    SyncHttp http{QUrl(enrollment->serverUrl)};
    http.setToken(enrollment->token);
    // The audit push comes last, so that it carries the rows the pull wrote too, and after the
    // mutations (a restored device has restreamed by then, which lets its chain fork). It runs
    // even when the pull failed; a refused audit log does not stop cases and tasks syncing.
    bool ok = push(http, outcome);
    if (ok) {
        const bool pulled = pull(http, outcome);
        const QString pullCode = outcome.errorCode;
        const QString pullError = outcome.error;
        const bool audited = pushAudit(http, outcome);
        if (!pulled) {
            outcome.errorCode = pullCode;
            outcome.error = pullError;
        }
        ok = pulled && audited;
    }
    outcome.ok = ok;
    (void)m_store.recordOutcome(outcome.at, ok, outcome.errorCode, outcome.error,
                                outcome.clockOffsetMs);
    return outcome;
}

bool SyncEngine::fail(SyncOutcome &outcome, SyncHttp &http, const SyncHttpAnswer &answer)
{
    outcome.ok = false;
    outcome.reachable = outcome.reachable || answer.answered();
    outcome.errorCode = answer.errorCode.isEmpty()
            ? (answer.answered() ? QStringLiteral("http.%1").arg(answer.status)
                                 : QStringLiteral("network.unreachable"))
            : answer.errorCode;
    if (answer.status == 426) {
        outcome.stop = SyncOutcome::Stop::UpgradeRequired;
        outcome.error = tr("Upgrade required: the server no longer accepts this version of "
                           "OneWindow (%1). Changes stay queued here; install the new version.")
                                .arg(QStringLiteral(ONEWINDOW_VERSION));
    } else if (answer.status == 403 || answer.errorCode == sync::code::deviceRevoked()) {
        outcome.stop = SyncOutcome::Stop::Revoked;
        (void)m_store.markRevoked(m_actor);
        outcome.error = tr("The server has revoked this device: it no longer syncs. Changes made "
                           "here stay on this device. Ask the administrator to enroll it again.");
    } else if (answer.status == 401) {
        outcome.stop = SyncOutcome::Stop::Revoked;
        outcome.error = answer.errorCode == sync::code::tokenExpired()
                ? tr("This device's sign-in to the server has expired. Ask the administrator "
                     "for a new enrollment code; changes stay queued here.")
                : tr("The server does not accept this device's credentials any more. Ask the "
                     "administrator for a new enrollment code; changes stay queued here.");
    } else {
        outcome.error = http.describeFailure(answer);
    }
    return false;
}

bool SyncEngine::restream(SyncHttp &http, SyncOutcome &outcome)
{
    const SyncHttpAnswer answer = http.post(sync::path::restream(), QJsonObject());
    if (!answer.ok())
        return fail(outcome, http, answer);
    auto response = sync::RestreamResponse::fromJson(answer.body);
    if (!response) {
        outcome.errorCode = QStringLiteral("sync.bad_answer");
        outcome.error = tr("The server's answer cannot be read (%1). Tell the IT administrator.")
                                .arg(response.error().message);
        return false;
    }
    if (Status s = m_store.restream(response->stream, response->shortId, m_actor); !s) {
        outcome.errorCode = s.error().code;
        outcome.error = s.error().message;
        return false;
    }
    ++outcome.restreams;
    return true;
}

bool SyncEngine::push(SyncHttp &http, SyncOutcome &outcome)
{
    int restreams = 0;
    for (;;) {
        const auto enrollment = m_store.enrollment();
        if (!enrollment)
            return false;
        const QList<sync::PushMutation> batch
                = m_store.pendingBatch(m_limits.batchMutations, m_limits.batchBytes);
        if (batch.isEmpty())
            return true;
        sync::PushRequest request;
        request.stream = enrollment->stream;
        request.mutations = batch;
        const SyncHttpAnswer answer = http.post(sync::path::push(), request.toJson());
        outcome.reachable = outcome.reachable || answer.answered();
        if (answer.serverTime.isValid())
            outcome.clockOffsetMs = answer.clockOffsetMs;
        if (answer.status == 409 && answer.errorCode == sync::code::deviceRegressed()) {
            // This store went back in time (restored from a backup): a new stream, and every
            // unacknowledged mutation again; the server knows the ones it has by their ids.
            if (++restreams > 2 || !restream(http, outcome))
                return restreams > 2 ? fail(outcome, http, answer) : false;
            continue;
        }
        if (!answer.ok())
            return fail(outcome, http, answer);
        auto response = sync::PushResponse::fromJson(answer.body);
        if (!response) {
            outcome.errorCode = QStringLiteral("sync.bad_answer");
            outcome.error = tr("The server's answer cannot be read (%1). Tell the IT "
                               "administrator.")
                                    .arg(response.error().message);
            return false;
        }
        auto ack = m_store.acknowledge(response->results);
        if (!ack) {
            outcome.errorCode = ack.error().code;
            outcome.error = ack.error().message;
            return false;
        }
        outcome.pushed += ack->applied + ack->rejected;
        outcome.rejected += ack->rejected;
        if (response->stopped) {
            // A gap: the server expects a seq this store no longer numbers the same way.
            if (++restreams > 2 || !restream(http, outcome)) {
                if (restreams > 2) {
                    outcome.errorCode = response->stopped->code;
                    outcome.error = tr("The server stopped the upload at change %1 and a new "
                                       "stream did not help. Tell the IT administrator.")
                                            .arg(response->stopped->expectedSeq);
                }
                return false;
            }
            continue;
        }
        if (response->results.isEmpty()) {
            outcome.errorCode = QStringLiteral("sync.no_progress");
            outcome.error = tr("The server accepted none of the queued changes. Tell the IT "
                               "administrator.");
            return false;
        }
    }
}

bool SyncEngine::pushAudit(SyncHttp &http, SyncOutcome &outcome)
{
    const QSqlDatabase db = m_database->connection();
    int restreams = 0;
    for (int round = 0; round < 10000; ++round) {
        const auto enrollment = m_store.enrollment();
        if (!enrollment)
            return false;
        auto batch = AuditSync::nextBatch(db, sync::maxAuditRows);
        if (!batch) {
            outcome.errorCode = batch.error().code;
            outcome.error = batch.error().message;
            return false;
        }
        if (batch->request.rows.isEmpty() && batch->request.tails.isEmpty())
            return true;
        batch->request.stream = enrollment->stream;
        batch->request.lastSeq = m_store.streamSeq();
        const SyncHttpAnswer answer = http.post(sync::path::audit(), batch->request.toJson());
        outcome.reachable = outcome.reachable || answer.answered();
        if (answer.status == 404)
            return true; // a server from before the audit push: the rows wait for a newer one
        if (answer.status == 409 && answer.errorCode == sync::code::deviceRegressed()) {
            // Restored from a backup with nothing new to push: restream, then the chain may
            // continue from the restored tail.
            if (++restreams > 2 || !restream(http, outcome))
                return restreams > 2 ? fail(outcome, http, answer) : false;
            continue;
        }
        if (answer.errorCode.startsWith(QLatin1String("audit."))) {
            outcome.errorCode = answer.errorCode;
            outcome.error = tr("The server refused this device's audit log: %1 Changes and cases "
                               "still sync. Tell the IT administrator: the audit log on this "
                               "device may have been tampered with.")
                                    .arg(auditRefusal(answer.errorCode));
            return false;
        }
        if (!answer.ok())
            return fail(outcome, http, answer);
        auto response = sync::AuditPushResponse::fromJson(answer.body);
        if (!response) {
            outcome.errorCode = QStringLiteral("sync.bad_answer");
            outcome.error = tr("The server's answer cannot be read (%1). Tell the IT "
                               "administrator.")
                                    .arg(response.error().message);
            return false;
        }
        if (Status s = AuditSync::acknowledge(db, batch->lastSeq, response->heads,
                                              QDateTime::currentDateTimeUtc());
            !s) {
            outcome.errorCode = s.error().code;
            outcome.error = s.error().message;
            return false;
        }
        outcome.auditRows += response->accepted;
        if (batch->complete)
            return true;
    }
    return true;
}

QString SyncEngine::auditRefusal(const QString &code)
{
    if (code == sync::code::auditAltered())
        return tr("a row was changed after it was written.");
    if (code == sync::code::auditUnlinked())
        return tr("rows are missing or out of order.");
    if (code == sync::code::auditTruncated())
        return tr("rows the server already received are missing at the end.");
    if (code == sync::code::auditForeignChain())
        return tr("the log names another device.");
    return code;
}

bool SyncEngine::pull(SyncHttp &http, SyncOutcome &outcome)
{
    const bool pulled = pullBuckets(http, outcome);
    // A bulk load the pull did not finish (a page failed, the server went away): its indexes
    // are built now, so that the screens search the cases pulled so far; the next pull goes on
    // from the stored cursor.
    if (m_store.bulkLoadPending()) {
        if (Status s = m_store.finishBulkLoad(); !s) {
            outcome.errorCode = s.error().code;
            outcome.error = s.error().message;
            return false;
        }
    }
    return pulled;
}

bool SyncEngine::pullBuckets(SyncHttp &http, SyncOutcome &outcome)
{
    const auto enrollment = m_store.enrollment();
    if (!enrollment)
        return false;
    QStringList buckets;
    const SyncHttpAnswer listed = http.get(sync::path::buckets());
    outcome.reachable = outcome.reachable || listed.answered();
    if (listed.ok()) {
        auto response = sync::BucketsResponse::fromJson(listed.body);
        if (response)
            buckets = response->buckets;
    } else if (listed.status != 404) {
        return fail(outcome, http, listed);
    }
    if (buckets.isEmpty())
        buckets = {sync::globalBucket(), sync::placeBucket(enrollment->placeCode)};

    for (const QString &bucket : std::as_const(buckets)) {
        bool expiredOnce = false;
        for (;;) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("bucket"), bucket);
            query.addQueryItem(QStringLiteral("cursor"), m_store.cursor(bucket));
            query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pullLimit));
            const SyncHttpAnswer answer = http.get(sync::path::pull(), query);
            if (answer.serverTime.isValid())
                outcome.clockOffsetMs = answer.clockOffsetMs;
            if (answer.status == 410 && !expiredOnce) {
                // Too old (compacted, or the server's database was restored): start over.
                expiredOnce = true;
                if (Status s = m_store.dropCursor(bucket); !s) {
                    outcome.errorCode = s.error().code;
                    outcome.error = s.error().message;
                    return false;
                }
                continue;
            }
            if (!answer.ok())
                return fail(outcome, http, answer);
            auto response = sync::PullResponse::fromJson(answer.body);
            if (!response) {
                outcome.errorCode = QStringLiteral("sync.bad_answer");
                outcome.error = tr("The server's answer cannot be read (%1). Tell the IT "
                                   "administrator.")
                                        .arg(response.error().message);
                return false;
            }
            auto applied = m_store.applyPage(bucket, response->changes, response->cursor, m_actor,
                                             response->hasMore);
            if (!applied) {
                outcome.errorCode = applied.error().code;
                outcome.error = applied.error().message;
                return false;
            }
            outcome.pulled += applied->applied;
            outcome.deferred += applied->deferred;
            if (!response->hasMore)
                break;
        }
    }
    return true;
}

} // namespace ow
