#include "auditsync.h"

#include "auditlog.h"
#include "database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

qint64 AuditSync::acknowledgedSeq(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT acked_seq FROM audit_sync WHERE id = 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<AuditSync::Batch> AuditSync::nextBatch(const QSqlDatabase &db, int limit)
{
    Batch batch;
    const qint64 acked = acknowledgedSeq(db);
    auto rows = AuditLog::after(db, acked, limit);
    if (!rows)
        return rows.error();
    batch.request.rows = rows.value();
    batch.lastSeq = batch.request.rows.isEmpty() ? acked : batch.request.rows.last().seq;
    batch.complete = batch.request.rows.size() < limit;
    if (!batch.complete)
        return batch;

    // The tail of every chain the server knows or this batch names.
    QSet<QString> chains;
    for (const AuditEntry &e : std::as_const(batch.request.rows))
        chains.insert(e.deviceId);
    QSqlQuery heads(db);
    if (!heads.exec(QStringLiteral("SELECT device_id FROM audit_heads")))
        return sqlError(tr("read the audit log"), heads.lastError().text());
    while (heads.next())
        chains.insert(heads.value(0).toString());
    QStringList sorted = chains.values();
    sorted.sort();
    for (const QString &chain : std::as_const(sorted)) {
        PreparedQuery tail(db,
                           QStringLiteral("SELECT id, hash FROM audit_log WHERE device_id = ?"
                                          " ORDER BY seq DESC LIMIT 1"));
        tail->addBindValue(chain);
        if (!tail->exec())
            return sqlError(tr("read the audit log"), tail->lastError().text());
        if (tail->next())
            batch.request.tails.append(
                    sync::AuditHead{chain, tail->value(0).toString(), tail->value(1).toString()});
        else // every row of the chain is gone: the server's head will not be reached
            batch.request.tails.append(
                    sync::AuditHead{chain, QStringLiteral("none"), AuditLog::genesisHash()});
    }
    return batch;
}

Status AuditSync::acknowledge(const QSqlDatabase &db, qint64 lastSeq,
                              const QList<sync::AuditHead> &heads, const QDateTime &nowUtc)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE audit_sync SET acked_seq = ? WHERE id = 1"));
    q.addBindValue(lastSeq);
    if (!q.exec())
        return sqlError(tr("record what the server received"), q.lastError().text());
    for (const sync::AuditHead &h : heads) {
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT INTO audit_heads (device_id, row_id, hash, acked_at)"
                                      " VALUES (?,?,?,?) ON CONFLICT (device_id) DO UPDATE SET"
                                      " row_id = excluded.row_id, hash = excluded.hash,"
                                      " acked_at = excluded.acked_at"));
        upsert.addBindValue(h.deviceId);
        upsert.addBindValue(h.rowId);
        upsert.addBindValue(h.hash);
        upsert.addBindValue(nowUtc.toUTC().toString(Qt::ISODateWithMs));
        if (!upsert.exec())
            return sqlError(tr("record what the server received"), upsert.lastError().text());
    }
    return transaction.commit();
}

} // namespace ow
