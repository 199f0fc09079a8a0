#include "auditlog.h"

#include "database.h"
#include "domain/isotime.h"
#include "domain/uuidv7.h"

#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace ow {

Status AuditLog::record(const QSqlDatabase &db, const Actor &actor, const QString &action,
                        const QString &entity, const QString &entityId, const QJsonObject &detail,
                        const QString &result)
{
    AuditEntry entry;
    entry.id = UuidV7::createString();
    entry.atUtc = QDateTime::currentDateTimeUtc();
    entry.deviceId = actor.deviceId;
    entry.userId = actor.userId;
    entry.placeCode = actor.placeCode;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.detail = detail;
    entry.result = result;

    OptimisticBatch *batch = OptimisticBatch::current(db);
    if (batch)
        entry.prevHash = batch->auditHead(entry.deviceId);
    if (entry.prevHash.isNull()) {
        PreparedQuery last(db,
                           QStringLiteral("SELECT hash FROM audit_log WHERE device_id = ?"
                                          " ORDER BY seq DESC LIMIT 1"));
        last->addBindValue(entry.deviceId);
        if (!last->exec())
            return sqlError(tr("record the audit trail"), last->lastError().text());
        entry.prevHash = last->next() ? last->value(0).toString() : genesisHash();
    }
    entry.hash = entry.computeHash();

    PreparedQuery insert(db,
                         QStringLiteral("INSERT INTO audit_log (id, at_utc, device_id, user_id, "
                                        "place_code, action, entity,"
                                        " entity_id, detail, result, prev_hash, hash) VALUES "
                                        "(?,?,?,?,?,?,?,?,?,?,?,?)"));
    insert->addBindValue(entry.id);
    insert->addBindValue(isoUtc(entry.atUtc));
    insert->addBindValue(sqlText(entry.deviceId));
    insert->addBindValue(sqlText(entry.userId));
    insert->addBindValue(sqlText(entry.placeCode));
    insert->addBindValue(sqlText(entry.action));
    insert->addBindValue(sqlText(entry.entity));
    insert->addBindValue(sqlText(entry.entityId));
    insert->addBindValue(AuditEntry::detailText(entry.detail));
    insert->addBindValue(sqlText(entry.result));
    insert->addBindValue(entry.prevHash);
    insert->addBindValue(entry.hash);
    if (!insert->exec())
        return sqlError(tr("record the audit trail"), insert->lastError().text());
    if (batch)
        batch->setAuditHead(entry.deviceId, entry.hash);
    return Status::success();
}

namespace {

const QLatin1String columns("seq, id, at_utc, device_id, user_id, place_code, action, entity,"
                            " entity_id, detail, result, prev_hash, hash");

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry e;
    e.seq = query.value(0).toLongLong();
    e.id = query.value(1).toString();
    e.atUtc = AuditEntry::storedTime(query.value(2).toString());
    e.deviceId = query.value(3).toString();
    e.userId = query.value(4).toString();
    e.placeCode = query.value(5).toString();
    e.action = query.value(6).toString();
    e.entity = query.value(7).toString();
    e.entityId = query.value(8).toString();
    e.detail = AuditEntry::storedDetail(query.value(9).toString());
    e.result = query.value(10).toString();
    e.prevHash = query.value(11).toString();
    e.hash = query.value(12).toString();
    return e;
}

// LIKE with the user's text taken literally: % and _ are not wildcards.
QString likePrefix(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

QList<AuditEntry> AuditLog::entriesFor(const QSqlDatabase &db, const QString &entity,
                                       const QString &entityId)
{
    QList<AuditEntry> entries;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM audit_log WHERE entity = ? AND entity_id = ?"
                                   " ORDER BY seq"));
    query.addBindValue(sqlText(entity));
    query.addBindValue(sqlText(entityId));
    if (!query.exec())
        return entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

qint64 AuditLog::count(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

Result<QList<AuditEntry>> AuditLog::query(const QSqlDatabase &db, const AuditFilter &filter,
                                          qint64 beforeSeq, int limit)
{
    QStringList where;
    QVariantList values;
    if (beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        values << beforeSeq;
    }
    // Times are stored as ISO text in UTC, so a day range is a text range.
    if (filter.from.isValid()) {
        where << QStringLiteral("at_utc >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at_utc < ?");
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    const auto exact = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        where << column + QStringLiteral(" = ?");
        values << value;
    };
    exact(QStringLiteral("user_id"), filter.userId);
    exact(QStringLiteral("entity"), filter.entity);
    exact(QStringLiteral("device_id"), filter.deviceId);
    exact(QStringLiteral("result"), filter.result);
    const auto prefix = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        where << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        values << likePrefix(value);
    };
    prefix(QStringLiteral("action"), filter.action);
    prefix(QStringLiteral("entity_id"), filter.entityId);

    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << qBound(1, limit, 10000);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("read the audit log"), q.lastError().text());
    QList<AuditEntry> rows;
    while (q.next())
        rows.append(readEntry(q));
    return rows;
}

Result<QList<AuditEntry>> AuditLog::after(const QSqlDatabase &db, qint64 seq, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns
              + QStringLiteral(" FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(tr("read the audit log"), q.lastError().text());
    QList<AuditEntry> rows;
    while (q.next())
        rows.append(readEntry(q));
    return rows;
}

Result<QList<AuditChainReport>> AuditLog::verify(const QSqlDatabase &db)
{
    // One read transaction: the chains and the heads as of one moment.
    QSqlDatabase connection = db;
    const bool ownTransaction = connection.transaction();
    const auto done = qScopeGuard([&] {
        if (ownTransaction)
            connection.rollback();
    });

    QHash<QString, QPair<QString, QString>> heads; // device -> (row id, hash)
    if (db.tables().contains(QStringLiteral("audit_heads"))) {
        QSqlQuery h(db);
        if (!h.exec(QStringLiteral("SELECT device_id, row_id, hash FROM audit_heads")))
            return sqlError(tr("read the audit log"), h.lastError().text());
        while (h.next())
            heads.insert(h.value(0).toString(), {h.value(1).toString(), h.value(2).toString()});
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + columns
                + QStringLiteral(" FROM audit_log ORDER BY device_id, seq")))
        return sqlError(tr("read the audit log"), q.lastError().text());
    QList<AuditChainReport> reports;
    std::optional<AuditChainVerifier> verifier;
    QString device;
    const auto close = [&] {
        if (!verifier)
            return;
        verifier->finish();
        reports.append(AuditChainReport::of(device, *verifier));
        heads.remove(device);
    };
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        if (!verifier || e.deviceId != device) {
            close();
            device = e.deviceId;
            verifier.emplace();
            const auto head = heads.constFind(device);
            if (head != heads.constEnd())
                verifier->expectHead(head->first, head->second);
        }
        verifier->add(e);
    }
    close();
    // A chain the server acknowledged but whose rows are all gone.
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        device = it.key();
        verifier.emplace();
        verifier->expectHead(it->first, it->second);
        close();
    }
    return reports;
}

} // namespace ow
