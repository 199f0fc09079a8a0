#pragma once

#include "domain/result.h"
#include "sync/auditprotocol.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ow {

// The device's side of the audit push: which rows the server has acknowledged (a local seq),
// and the head of each chain as the server holds it. Rows deleted at the end show against
// those heads (AuditLog::verify).
class AuditSync final
{
    Q_DECLARE_TR_FUNCTIONS(AuditSync)
public:
    struct Batch
    {
        sync::AuditPushRequest request;
        qint64 lastSeq = 0;    // the local seq of the last row in the request
        bool complete = false; // every unacknowledged row is in the request (tails sent)
    };

    // The next rows to send (oldest first, at most limit) and, with the last page, each
    // chain's tail.
    static Result<Batch> nextBatch(const QSqlDatabase &db, int limit);
    // The server stored the batch: remember how far, and its heads; one transaction.
    static Status acknowledge(const QSqlDatabase &db, qint64 lastSeq,
                              const QList<sync::AuditHead> &heads, const QDateTime &nowUtc);
    static qint64 acknowledgedSeq(const QSqlDatabase &db);
};

} // namespace ow
