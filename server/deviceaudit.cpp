#include "deviceaudit.h"

#include "syncstore.h"
#include "systemactor.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

QStringList deviceAuditTables()
{
    return {
            // The rows as the devices wrote them (device_id = the chain, the device's own id);
            // sender = the enrolled device that pushed them.
            QStringLiteral("CREATE TABLE device_audit ("
                           " id TEXT PRIMARY KEY,"
                           " device_id TEXT NOT NULL,"
                           " sender TEXT NOT NULL,"
                           " stream INTEGER NOT NULL,"
                           " at_utc TEXT NOT NULL,"
                           " user_id TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " result TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " received_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX device_audit_hash ON device_audit(device_id, hash)"),
            QStringLiteral("CREATE INDEX device_audit_time ON device_audit(at_utc)"),
            QStringLiteral("CREATE TABLE device_audit_heads ("
                           " device_id TEXT PRIMARY KEY,"
                           " sender TEXT NOT NULL,"
                           " stream INTEGER NOT NULL,"
                           " row_id TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " rows INTEGER NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER device_audit_no_update BEFORE UPDATE ON device_audit"
                           " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER device_audit_no_delete BEFORE DELETE ON device_audit"
                           " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be deleted'); END"),
    };
}

namespace {

struct Head
{
    QString sender;
    qint64 stream = 0;
    QString rowId;
    QString hash;
    qint64 rows = 0;
    bool stored = false; // a row in device_audit_heads
};

Error refused(const QString &code, const QString &message, const QString &rowId)
{
    return Error{code, message, rowId};
}

} // namespace

DeviceAuditStore::DeviceAuditStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<sync::AuditPushResponse> DeviceAuditStore::push(const DeviceRecord &device,
                                                       const sync::AuditPushRequest &request,
                                                       const QDateTime &nowUtc)
{
    if (request.stream == device.stream && request.lastSeq < device.lastSeq)
        return Error{sync::code::deviceRegressed(),
                     QStringLiteral("This device's changes end at %1 but the server has %2: "
                                    "it was restored from a backup. Start a new stream first.")
                             .arg(request.lastSeq)
                             .arg(device.lastSeq),
                     QString::number(device.lastSeq)};
    QSqlDatabase db = m_database->connection();
    const QString now = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    QHash<QString, Head> heads;
    sync::AuditPushResponse response;
    QList<QJsonObject> forks;

    const auto outcome = [&]() -> Status {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();

        const auto headOf = [&](const QString &chain) -> Result<Head *> {
            auto it = heads.find(chain);
            if (it != heads.end())
                return &it.value();
            PreparedQuery q(db,
                            QStringLiteral("SELECT sender, stream, row_id, hash, rows"
                                           " FROM device_audit_heads WHERE device_id = ?"));
            q->addBindValue(chain);
            if (!q->exec())
                return sqlError(tr("read the audit chains"), q->lastError().text());
            Head h;
            if (q->next()) {
                h.sender = q->value(0).toString();
                h.stream = q->value(1).toLongLong();
                h.rowId = q->value(2).toString();
                h.hash = q->value(3).toString();
                h.rows = q->value(4).toLongLong();
                h.stored = true;
            } else {
                h.sender = device.id;
                h.stream = device.stream;
                h.hash = AuditChainVerifier::genesisHash();
            }
            if (h.sender != device.id)
                return refused(
                        sync::code::auditForeignChain(),
                        QStringLiteral("The audit chain %1 belongs to another device.").arg(chain),
                        chain);
            return &heads.insert(chain, h).value();
        };
        // The stored row with this hash in the chain: its id, or empty.
        const auto storedWithHash
                = [&](const QString &chain, const QString &hash) -> Result<QString> {
            PreparedQuery q(db,
                            QStringLiteral("SELECT id FROM device_audit"
                                           " WHERE device_id = ? AND hash = ?"));
            q->addBindValue(chain);
            q->addBindValue(hash);
            if (!q->exec())
                return sqlError(tr("read the audit chains"), q->lastError().text());
            return q->next() ? q->value(0).toString() : QString();
        };

        // Where each chain of the request stands as its rows are read: the hash the next row
        // must continue.
        QHash<QString, QString> cursor;
        for (const AuditEntry &row : request.rows) {
            auto head = headOf(row.deviceId);
            if (!head)
                return head.error();
            Head &h = *head.value();
            if (row.hash != row.computeHash())
                return refused(sync::code::auditAltered(),
                               QStringLiteral("Audit row %1 does not match its hash: it was "
                                              "changed after it was written.")
                                       .arg(row.id),
                               row.id);
            PreparedQuery known(db,
                                QStringLiteral("SELECT hash, device_id FROM device_audit"
                                               " WHERE id = ?"));
            known->addBindValue(row.id);
            if (!known->exec())
                return sqlError(tr("read the audit chains"), known->lastError().text());
            if (known->next()) {
                if (known->value(0).toString() != row.hash
                    || known->value(1).toString() != row.deviceId)
                    return refused(sync::code::auditAltered(),
                                   QStringLiteral("Audit row %1 differs from the row the server "
                                                  "received earlier.")
                                           .arg(row.id),
                                   row.id);
                ++response.known;
                cursor.insert(row.deviceId, row.hash);
                continue;
            }
            const QString expected = cursor.value(row.deviceId, h.hash);
            if (row.prevHash != expected) {
                // Not the next row of the chain as the server knows it. A device restored
                // from a backup continues from an earlier row it shares with the server.
                auto forkPoint = row.prevHash == AuditChainVerifier::genesisHash()
                        ? Result<QString>(QString())
                        : storedWithHash(row.deviceId, row.prevHash);
                if (!forkPoint)
                    return forkPoint.error();
                const bool restreamed = h.stored && device.stream > h.stream;
                const bool knownPoint = !forkPoint->isEmpty()
                        || (row.prevHash == AuditChainVerifier::genesisHash() && h.stored);
                if (!(restreamed && knownPoint))
                    return refused(sync::code::auditUnlinked(),
                                   QStringLiteral("Audit row %1 does not continue the device's "
                                                  "chain: rows before it were deleted or "
                                                  "changed.")
                                           .arg(row.id),
                                   row.id);
                forks.append(QJsonObject{{QStringLiteral("chain"), row.deviceId},
                                         {QStringLiteral("old_head"), h.rowId},
                                         {QStringLiteral("fork_after"), forkPoint.value()},
                                         {QStringLiteral("first_row"), row.id}});
                h.stream = device.stream;
            }
            PreparedQuery insert(db,
                                 QStringLiteral("INSERT INTO device_audit (id, device_id, sender,"
                                                " stream, at_utc, user_id, place_code, action,"
                                                " entity, entity_id, detail, result, prev_hash,"
                                                " hash, received_at)"
                                                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            insert->addBindValue(row.id);
            insert->addBindValue(row.deviceId);
            insert->addBindValue(device.id);
            insert->addBindValue(device.stream);
            insert->addBindValue(row.atUtc.toUTC().toString(Qt::ISODateWithMs));
            insert->addBindValue(sqlText(row.userId));
            insert->addBindValue(sqlText(row.placeCode));
            insert->addBindValue(row.action);
            insert->addBindValue(sqlText(row.entity));
            insert->addBindValue(sqlText(row.entityId));
            insert->addBindValue(AuditEntry::detailText(row.detail));
            insert->addBindValue(row.result);
            insert->addBindValue(row.prevHash);
            insert->addBindValue(row.hash);
            insert->addBindValue(now);
            if (!insert->exec())
                return sqlError(tr("store the audit rows"), insert->lastError().text());
            ++response.accepted;
            cursor.insert(row.deviceId, row.hash);
            h.rowId = row.id;
            h.hash = row.hash;
            h.stream = device.stream;
            ++h.rows;
        }

        // Each tail: the chain on the device must end where the server's head now is.
        for (const sync::AuditHead &tail : request.tails) {
            auto head = headOf(tail.deviceId);
            if (!head)
                return head.error();
            Head &h = *head.value();
            if (tail.rowId == h.rowId && tail.hash == h.hash)
                continue;
            if (tail.hash != AuditChainVerifier::genesisHash()) {
                auto stored = storedWithHash(tail.deviceId, tail.hash);
                if (!stored)
                    return stored.error();
                if (stored->isEmpty() || stored.value() != tail.rowId)
                    return refused(sync::code::auditUnlinked(),
                                   QStringLiteral("The device's audit chain ends in row %1, "
                                                  "which the server never received.")
                                           .arg(tail.rowId),
                                   tail.rowId);
            }
            const bool restreamed = h.stored && device.stream > h.stream;
            if (!restreamed)
                return refused(sync::code::auditTruncated(),
                               QStringLiteral("The device's audit chain ends before row %1 the "
                                              "server holds: rows were deleted at the end.")
                                       .arg(h.rowId),
                               h.rowId);
            // Restored from a backup: the chain goes on from the tail.
            forks.append(QJsonObject{{QStringLiteral("chain"), tail.deviceId},
                                     {QStringLiteral("old_head"), h.rowId},
                                     {QStringLiteral("fork_after"), tail.rowId}});
            h.rowId = tail.rowId;
            h.hash = tail.hash;
            h.stream = device.stream;
        }

        for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
            const Head &h = it.value();
            if (h.rowId.isEmpty())
                continue; // a chain with no row yet
            PreparedQuery upsert(
                    db,
                    QStringLiteral("INSERT INTO device_audit_heads (device_id, sender, stream,"
                                   " row_id, hash, rows, updated_at) VALUES (?,?,?,?,?,?,?)"
                                   " ON CONFLICT (device_id) DO UPDATE SET"
                                   " stream = excluded.stream, row_id = excluded.row_id,"
                                   " hash = excluded.hash, rows = excluded.rows,"
                                   " updated_at = excluded.updated_at"));
            upsert->addBindValue(it.key());
            upsert->addBindValue(h.sender);
            upsert->addBindValue(h.stream);
            upsert->addBindValue(h.rowId);
            upsert->addBindValue(h.hash);
            upsert->addBindValue(h.rows);
            upsert->addBindValue(now);
            if (!upsert->exec())
                return sqlError(tr("store the audit rows"), upsert->lastError().text());
            response.heads.append(sync::AuditHead{it.key(), h.rowId, h.hash});
        }
        const Actor actor{systemActor().userId, systemActor().userName, device.placeCode,
                          device.id};
        for (const QJsonObject &fork : std::as_const(forks)) {
            if (Status s = AuditLog::record(db, actor, QStringLiteral("audit.fork"),
                                            QStringLiteral("device"), device.id, fork);
                !s)
                return s;
        }
        return transaction.commit();
    }();

    if (!outcome) {
        const Error &e = outcome.error();
        if (e.code.startsWith(QLatin1String("audit."))) {
            // A refused chain is a security event: kept even though the request is not.
            const Actor actor{systemActor().userId, systemActor().userName, device.placeCode,
                              device.id};
            WriteTransaction note(db);
            if (note.isActive()
                && AuditLog::record(db, actor, QStringLiteral("audit.push"),
                                    QStringLiteral("device"), device.id,
                                    {{QStringLiteral("code"), e.code},
                                     {QStringLiteral("row_id"), e.detail},
                                     {QStringLiteral("message"), e.message}},
                                    QStringLiteral("refused")))
                (void)note.commit();
        }
        return e;
    }
    return response;
}

Result<QList<AuditChainReport>> DeviceAuditStore::verifyAll() const
{
    QSqlDatabase db = m_database->connection();
    auto own = AuditLog::verify(db);
    if (!own)
        return own.error();
    QList<AuditChainReport> reports = own.value();

    QSqlQuery heads(db);
    if (!heads.exec(QStringLiteral("SELECT device_id, row_id, hash FROM device_audit_heads"
                                   " ORDER BY device_id")))
        return sqlError(tr("read the audit chains"), heads.lastError().text());
    QSqlQuery row(db);
    row.prepare(QStringLiteral("SELECT id, at_utc, device_id, user_id, place_code, action,"
                               " entity, entity_id, detail, result, prev_hash, hash"
                               " FROM device_audit WHERE device_id = ? AND hash = ?"));
    while (heads.next()) {
        const QString deviceId = heads.value(0).toString();
        // From the head back to the genesis: each row must hash to itself and its prev_hash
        // must be a stored row of the chain.
        QList<AuditEntry> chain;
        QString hash = heads.value(2).toString();
        QString missingAfter;
        while (hash != AuditChainVerifier::genesisHash()) {
            row.addBindValue(deviceId);
            row.addBindValue(hash);
            if (!row.exec())
                return sqlError(tr("read the audit chains"), row.lastError().text());
            if (!row.next()) {
                missingAfter = chain.isEmpty() ? heads.value(1).toString() : chain.last().id;
                break;
            }
            AuditEntry e;
            e.id = row.value(0).toString();
            e.atUtc = AuditEntry::storedTime(row.value(1).toString());
            e.deviceId = row.value(2).toString();
            e.userId = row.value(3).toString();
            e.placeCode = row.value(4).toString();
            e.action = row.value(5).toString();
            e.entity = row.value(6).toString();
            e.entityId = row.value(7).toString();
            e.detail = AuditEntry::storedDetail(row.value(8).toString());
            e.result = row.value(9).toString();
            e.prevHash = row.value(10).toString();
            e.hash = row.value(11).toString();
            chain.append(e);
            hash = e.prevHash;
            row.finish();
        }
        AuditChainVerifier verifier;
        if (!missingAfter.isEmpty()) {
            // The chain does not reach the genesis: report the row whose predecessor is gone.
            AuditEntry gap;
            gap.id = missingAfter;
            gap.prevHash = QStringLiteral("?");
            verifier.add(gap);
        } else {
            for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
                AuditEntry e = *it;
                e.seq = (it - chain.crbegin()) + 1;
                if (!verifier.add(e))
                    break;
            }
        }
        verifier.finish();
        reports.append(AuditChainReport::of(deviceId, verifier));
    }
    return reports;
}

} // namespace ow
