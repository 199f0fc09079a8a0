#pragma once

#include "domain/agenttask.h"
#include "domain/case.h"
#include "domain/manifest.h"
#include "domain/rating.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The sync protocol v1 (docs/sync-protocol.md): its constants, the request and response shapes
// and their JSON codec, shared by the client (SyncClient) and the server. One place for the case
// snapshot JSON too: the `case.receive` payload, pull changes and `current` of a rejection.
namespace ow::sync {

// Versions: the server serves protocolVersion and the one before it (oldestProtocolVersion).
constexpr int protocolVersion = 1;
constexpr int oldestProtocolVersion = 1;

// Limits the server enforces (and a client respects).
constexpr int maxBatchMutations = 500;
constexpr qint64 maxRequestBytes = 1024 * 1024;
constexpr int defaultPullLimit = 500;
constexpr int maxPullLimit = 1000;
constexpr int enrollmentCodeValidDays = 7;
constexpr int tokenValidDays = 365;

namespace header {
inline QByteArray protocol()
{
    return QByteArrayLiteral("OneWindow-Protocol");
}
inline QByteArray schema()
{
    return QByteArrayLiteral("OneWindow-Schema");
}
inline QByteArray authorization()
{
    return QByteArrayLiteral("Authorization");
}
inline QByteArray requestId()
{
    return QByteArrayLiteral("X-Request-Id");
}
inline QByteArray retryAfter()
{
    return QByteArrayLiteral("Retry-After");
}
inline QByteArray session() // a signed-in user's session (/auth/v1/...)
{
    return QByteArrayLiteral("OneWindow-Session");
}
} // namespace header

namespace path {
inline QString enroll()
{
    return QStringLiteral("/sync/v1/enroll");
}
inline QString push()
{
    return QStringLiteral("/sync/v1/push");
}
inline QString pull()
{
    return QStringLiteral("/sync/v1/pull");
}
inline QString buckets()
{
    return QStringLiteral("/sync/v1/buckets");
}
inline QString restream()
{
    return QStringLiteral("/sync/v1/restream");
}
inline QString health()
{
    return QStringLiteral("/health");
}
} // namespace path

// Error codes of the `error.code` field.
namespace code {
inline QString malformed()
{
    return QStringLiteral("request.malformed");
}
inline QString invalidField()
{
    return QStringLiteral("request.invalid_field");
}
inline QString tooLarge()
{
    return QStringLiteral("request.too_large");
}
inline QString rateLimited()
{
    return QStringLiteral("request.rate_limited");
}
inline QString timeout()
{
    return QStringLiteral("request.timeout");
}
inline QString authMissing()
{
    return QStringLiteral("auth.missing");
}
inline QString invalidToken()
{
    return QStringLiteral("auth.invalid_token");
}
inline QString tokenExpired()
{
    return QStringLiteral("auth.token_expired");
}
inline QString invalidCode()
{
    return QStringLiteral("enroll.invalid_code");
}
inline QString deviceRevoked()
{
    return QStringLiteral("device.revoked");
}
inline QString notFound()
{
    return QStringLiteral("not_found");
}
inline QString deviceRegressed()
{
    return QStringLiteral("sync.device_regressed");
}
inline QString cursorExpired()
{
    return QStringLiteral("sync.cursor_expired");
}
inline QString mutationConflict()
{
    return QStringLiteral("sync.mutation_conflict");
}
inline QString wrongStream()
{
    return QStringLiteral("sync.wrong_stream");
}
inline QString gap()
{
    return QStringLiteral("sync.gap");
}
inline QString upgradeRequired()
{
    return QStringLiteral("protocol.upgrade_required");
}
inline QString dbUnavailable()
{
    return QStringLiteral("db.unavailable");
}
} // namespace code

// Mutation names (outbox `name`).
namespace mutation {
inline QString caseReceive()
{
    return QStringLiteral("case.receive");
}
inline QString caseAccept()
{
    return QStringLiteral("case.accept");
}
inline QString caseTransition()
{
    return QStringLiteral("case.transition");
}
inline QString taskCreate()
{
    return QStringLiteral("task.create");
}
// "task.claim", "task.release", ...: "task." + TaskRules::eventKey(event).
QString taskEvent(TaskEvent event);
inline QString manifestSend()
{
    return QStringLiteral("manifest.send");
}
inline QString manifestReceive()
{
    return QStringLiteral("manifest.receive");
}
inline QString ratingAdd()
{
    return QStringLiteral("rating.add");
}
inline QString ratingFollowUp()
{
    return QStringLiteral("rating.followup");
}
inline QString ratingAppeal()
{
    return QStringLiteral("rating.appeal");
}
inline QString ratingAppealDecide()
{
    return QStringLiteral("rating.appeal_decide");
}
bool isKnown(const QString &name);
// The entity a mutation changes (entity::caseEntity(), task(), manifest(), rating()); empty
// for an unknown name.
QString entityOf(const QString &name);
// The task event of a `task.*` mutation.
std::optional<TaskEvent> taskEventOf(const QString &name);
} // namespace mutation

// Pull entities and buckets.
namespace entity {
inline QString caseEntity()
{
    return QStringLiteral("case");
}
inline QString catalog()
{
    return QStringLiteral("catalog");
}
inline QString calendar()
{
    return QStringLiteral("calendar");
}
inline QString directory()
{
    return QStringLiteral("directory");
}
inline QString task()
{
    return QStringLiteral("task");
}
inline QString manifest()
{
    return QStringLiteral("manifest");
}
inline QString rating()
{
    return QStringLiteral("rating");
}
} // namespace entity
inline QString globalBucket()
{
    return QStringLiteral("global");
}
inline QString placeBucket(const QString &placeCode)
{
    return QStringLiteral("place:") + placeCode;
}

// Push result statuses.
namespace result {
inline QString applied()
{
    return QStringLiteral("applied");
}
inline QString duplicate()
{
    return QStringLiteral("duplicate");
}
inline QString rejected()
{
    return QStringLiteral("rejected");
}
} // namespace result

QString isoTime(const QDateTime &utc); // "2026-11-29T09:15:02.123Z"; empty for invalid
QDateTime parseTime(const QString &text);

// The error body of every failed request.
struct ErrorBody
{
    QString code;
    QString message;
    qint64 lastSeq = -1;        // sync.device_regressed
    QString mutationId;         // sync.mutation_conflict
    QJsonObject toJson() const; // {"error": {...}, ...}; the server adds server_time
    static Result<ErrorBody> fromJson(const QJsonObject &body);
};

struct EnrollRequest
{
    QString code;
    QString deviceName;
    QString clientVersion;
    QJsonObject toJson() const;
    static Result<EnrollRequest> fromJson(const QJsonObject &o);
};

struct EnrollResponse
{
    QString deviceId;
    QString shortId;
    QString placeCode;
    QString token;
    QDateTime tokenExpiresAt;
    qint64 stream = 1;
    QDateTime serverTime;
    QJsonObject toJson() const;
    static Result<EnrollResponse> fromJson(const QJsonObject &o);
};

struct RestreamResponse
{
    qint64 stream = 0;
    QString shortId;
    qint64 lastSeq = 0;
    QDateTime serverTime;
    QJsonObject toJson() const;
    static Result<RestreamResponse> fromJson(const QJsonObject &o);
};

struct PushMutation
{
    qint64 seq = 0;
    QString id; // the outbox mutation_id (UUID)
    QString name;
    QString entityId;
    qint64 baseVersion = 0;
    QString userId;
    QDateTime createdAt;
    QJsonObject payload;

    // hex SHA-256 of name, entity_id, base_version, user_id and the canonical payload (compact
    // JSON, keys sorted), each followed by a NUL byte. The same id with another hash is a
    // conflict (422).
    QByteArray payloadHash() const;
    QJsonObject toJson() const;
    static Result<PushMutation> fromJson(const QJsonObject &o);
};

struct PushRequest
{
    qint64 stream = 0;
    QList<PushMutation> mutations;
    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject &o);
};

struct PushResult
{
    QString id;
    qint64 seq = 0;
    QString status; // result::applied(), duplicate(), rejected()
    QString code;   // rejected: why (e.g. "transition.refused")
    QString message;
    std::optional<QJsonObject> current; // rejected: the entity's snapshot as the server has it
    QJsonObject toJson() const;
    static Result<PushResult> fromJson(const QJsonObject &o);
};

struct PushStop
{
    QString code = code::gap();
    qint64 expectedSeq = 0;
};

struct PushResponse
{
    qint64 stream = 0;
    qint64 lastSeq = 0;
    QList<PushResult> results;
    std::optional<PushStop> stopped;
    QDateTime serverTime;
    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QJsonObject &o);
};

struct PullChange
{
    QString entity; // entity::caseEntity(), catalog(), calendar(), directory()
    QString id;
    qint64 version = 0;
    QJsonObject data;
    QJsonObject toJson() const;
    static Result<PullChange> fromJson(const QJsonObject &o);
};

struct PullResponse
{
    QString bucket;
    QList<PullChange> changes;
    QString cursor;
    bool hasMore = false;
    QDateTime serverTime;
    // The server's page: storedData[i] is changes[i]'s snapshot as the database stores it (the
    // compact JSON of an object), in place of an empty changes[i].data: toJsonBytes() writes it
    // into the page as it is, so that serving a page does not parse and write every snapshot
    // again. Empty on the device.
    QList<QByteArray> storedData;
    QJsonObject toJson() const;
    // The same document as toJson(), compact, the stored snapshots spliced in as they are.
    QByteArray toJsonBytes() const;
    static Result<PullResponse> fromJson(const QJsonObject &o);
};

struct BucketsResponse
{
    QStringList buckets;
    QDateTime serverTime;
    QJsonObject toJson() const;
    static Result<BucketsResponse> fromJson(const QJsonObject &o);
};

// The canonical form of a JSON object (docs/sync-protocol.md, the payload hash): compact, keys
// sorted; byte for byte what QJsonDocument(o).toJson(Compact) writes, written straight from the
// object (QJsonDocument's writer copied every value on the way; it was most of the hash's cost).
QByteArray canonicalJson(const QJsonObject &o);
void appendCanonicalJson(QByteArray &out, const QJsonObject &o);

// The payload of `case.accept` and `case.transition`.
struct TransitionPayload
{
    QString caseId;
    CaseEvent event = CaseEvent::Route;
    QString reason;
    QDateTime at; // the business time of the act (device clock, UTC)
    QDate businessDate;
    std::optional<QList<CaseMaterial>> materials; // supplement: the checklist as it stands
    QString recipientIdNumber;                    // release
    bool sameVisit = false;                       // release right after acceptance
    QJsonObject toJson() const;
    static Result<TransitionPayload> fromJson(const QJsonObject &o);
};

// The case snapshot: every field of the case row, `applicant`, `materials` and (withHistory)
// `history`. The `case.receive` payload is the snapshot without history.
QJsonObject caseToJson(const Case &c, bool withHistory);
// The same snapshot as compact JSON text: the bytes QJsonDocument writes for caseToJson(c)
// (sorted keys), written straight from the case. The server's change log stores one per touched
// case and push; building the QJsonObject first cost more than the rest of the snapshot's work.
QByteArray caseToJsonText(const Case &c, bool withHistory);
Result<Case> caseFromJson(const QJsonObject &o);
QJsonObject materialToJson(const CaseMaterial &m);
Result<CaseMaterial> materialFromJson(const QJsonObject &o);
QJsonObject historyToJson(const CaseHistoryEntry &e);
Result<CaseHistoryEntry> historyFromJson(const QJsonObject &o);

// The payload of `task.claim`, `task.release`, `task.handover`, `task.progress`,
// `task.complete` and `task.return` (docs/tasks.md).
struct TaskEventPayload
{
    QString taskId;
    TaskEvent event = TaskEvent::Claim;
    QDateTime at; // the business time of the act (device clock, UTC)
    QDate businessDate;
    QString text; // "reason" (release, handover, return), "note" (progress), "outcome" (complete)
    std::optional<TaskStep> step;
    int substep = -1;
    QString toUserId; // handover
    QJsonObject toJson() const;
    // Field paths start with "payload.".
    static Result<TaskEventPayload> fromJson(const QJsonObject &o);
    static QString textKey(TaskEvent event);
};

// The task snapshot: the `task.create` payload (log of one entry, status open, version 1), pull
// changes of entity `task` and `current` of a rejected task mutation.
QJsonObject taskToJson(const AgentTask &task);
Result<AgentTask> taskFromJson(const QJsonObject &o, const QString &prefix = {});

// The manifest snapshot: the `manifest.send` payload and pull changes of entity `manifest`.
QJsonObject manifestToJson(const Manifest &manifest);
Result<Manifest> manifestFromJson(const QJsonObject &o, const QString &prefix = {});

// The payload of `manifest.receive`: the packets that arrived, per entry of the manifest.
struct ManifestReceivePayload
{
    struct Entry
    {
        int position = 0;
        QString caseId;
        int packetsReceived = 0;
        QString note;
    };
    QString manifestId;
    QString number;
    QDateTime at;
    QDate businessDate;
    QList<Entry> entries;
    QJsonObject toJson() const;
    static Result<ManifestReceivePayload> fromJson(const QJsonObject &o);
};

// The payload of `rating.add`: the rating and, for a bad one, its follow-up deadline.
QJsonObject ratingToJson(const Rating &rating);
Result<Rating> ratingFromJson(const QJsonObject &o, const QString &prefix = {},
                              QDate *followUpDeadline = nullptr);

// A rating as pull carries it (entity `rating`): the rating, its follow-up and appeal.
struct RatingSnapshot
{
    Rating rating;
    std::optional<FollowUp> followUp;
    std::optional<Appeal> appeal;
    QJsonObject toJson() const;
    static Result<RatingSnapshot> fromJson(const QJsonObject &o);
};

// `rating.followup`: one step of a bad rating's follow-up.
struct FollowUpPayload
{
    QString ratingId;
    FollowUpStep step = FollowUpStep::CallBack;
    QString note;
    QDateTime at;
    QJsonObject toJson() const;
    static Result<FollowUpPayload> fromJson(const QJsonObject &o);
};

// `rating.appeal` (decision empty) and `rating.appeal_decide` (decision upheld or dismissed).
struct AppealPayload
{
    QString ratingId;
    std::optional<AppealState> decision;
    QString reason;
    QDateTime at;
    QJsonObject toJson() const;
    static Result<AppealPayload> fromJson(const QJsonObject &o, bool decision);
};

// A 400 request.invalid_field error naming the field.
Error invalidField(const QString &field, const QString &why);

// A request body as a JSON object, or the 400 request.malformed that says why not.
Result<QJsonObject> parseBody(const QByteArray &body);

} // namespace ow::sync
