#pragma once

#include "domain/auditchain.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The audit part of sync protocol v1 (docs/sync-protocol.md, "Audit"): a device sends its audit
// rows after its mutations; the server verifies each device chain, keeps the rows and the chain
// heads, and answers with the heads it now holds.
namespace ow::sync {

namespace path {
inline QString audit()
{
    return QStringLiteral("/sync/v1/audit");
}
} // namespace path

namespace code {
inline QString auditAltered()
{
    return QStringLiteral("audit.altered");
}
inline QString auditUnlinked()
{
    return QStringLiteral("audit.unlinked");
}
inline QString auditTruncated()
{
    return QStringLiteral("audit.truncated");
}
inline QString auditForeignChain()
{
    return QStringLiteral("audit.foreign_chain");
}
} // namespace code

constexpr int maxAuditRows = 1000;

// Where a chain ends: its last row on the device (tail, in a request) or on the server (head).
struct AuditHead
{
    QString deviceId; // the chain
    QString rowId;
    QString hash;
    QJsonObject toJson() const;
    static Result<AuditHead> fromJson(const QJsonObject &o, const QString &field);
};

struct AuditPushRequest
{
    // The device's stream and the seq of its newest mutation in it (pushed or not): behind the
    // server's last_seq, the device went back in time (restored) and must restream first
    // (409 sync.device_regressed), so that its chain may fork from its restored tail.
    qint64 stream = 0;
    qint64 lastSeq = 0;
    // Oldest first; rows of one chain in chain order (chains may interleave).
    QList<AuditEntry> rows;
    // Each chain's last row on the device, also when it has nothing new: a tail behind the
    // server's head means rows were deleted at the end.
    QList<AuditHead> tails;
    QJsonObject toJson() const;
    static Result<AuditPushRequest> fromJson(const QJsonObject &o);
};

struct AuditPushResponse
{
    int accepted = 0;       // new rows stored
    int known = 0;          // rows the server already had (same id, same hash)
    QList<AuditHead> heads; // every chain of the request as the server now holds it
    QJsonObject toJson() const;
    static Result<AuditPushResponse> fromJson(const QJsonObject &o);
};

// A row as sent: the hashed fields checked for shape (the hash itself is the server's to judge).
Result<AuditEntry> auditEntryFromJson(const QJsonObject &o, const QString &field);

} // namespace ow::sync
