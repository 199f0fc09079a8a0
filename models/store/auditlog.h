#pragma once

#include "domain/actor.h"
#include "domain/auditchain.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace ow {

// What the auditor looks for; empty fields do not filter. Text fields match a prefix (action,
// entity id) or exactly (user, device, result).
struct AuditFilter
{
    QDate from; // business days in UTC, inclusive
    QDate to;
    QString userId;
    QString action; // prefix: "case." finds every case action
    QString entity;
    QString entityId;
    QString deviceId;
    QString result;
};

// One device chain as verified: which chain, and what the verifier found.
struct AuditChainReport
{
    QString deviceId;
    AuditChainVerifier::Problem problem = AuditChainVerifier::Problem::None;
    qint64 rows = 0;
    AuditEntry firstBad; // when problem != None
    QString message;     // translated, for the auditor
    bool intact() const { return problem == AuditChainVerifier::Problem::None; }
    // What a verifier found, after finish().
    static AuditChainReport of(const QString &deviceId, const AuditChainVerifier &verifier)
    {
        return {deviceId, verifier.problem(), verifier.rows(), verifier.firstBad(),
                verifier.describe()};
    }
};

// The audit log: every write goes with a row, in the same transaction as the write.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static QString genesisHash() { return AuditChainVerifier::genesisHash(); }

    // Appends a row to the actor's device chain; call inside the write's transaction.
    static Status record(const QSqlDatabase &db, const Actor &actor, const QString &action,
                         const QString &entity, const QString &entityId,
                         const QJsonObject &detail = {},
                         const QString &result = QStringLiteral("ok"));

    static QList<AuditEntry> entriesFor(const QSqlDatabase &db, const QString &entity,
                                        const QString &entityId);
    static qint64 count(const QSqlDatabase &db);

    // Newest first, one page: rows with seq < beforeSeq (0: from the newest).
    static Result<QList<AuditEntry>> query(const QSqlDatabase &db, const AuditFilter &filter,
                                           qint64 beforeSeq, int limit);
    // Rows after a local seq, oldest first (what the next audit push sends).
    static Result<QList<AuditEntry>> after(const QSqlDatabase &db, qint64 seq, int limit);

    // Verifies every device chain in the table from its first row, against the heads the
    // server acknowledged (audit_heads, when the table exists). Reading is one transaction.
    static Result<QList<AuditChainReport>> verify(const QSqlDatabase &db);
};

} // namespace ow
