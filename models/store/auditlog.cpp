#include "auditlog.h"

#include "database.h"
#include "domain/uuidv7.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

QByteArray AuditEntry::canonical() const
{
    // QJsonObject keeps its keys sorted, so Compact output is canonical.
    const QJsonObject row{
            {QStringLiteral("id"), id},
            {QStringLiteral("at_utc"), atUtc.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("place_code"), placeCode},
            {QStringLiteral("action"), action},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("result"), result},
    };
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

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

    {
        PreparedQuery last(db,
                           QStringLiteral("SELECT hash FROM audit_log WHERE device_id = ?"
                                          " ORDER BY seq DESC LIMIT 1"));
        last->addBindValue(entry.deviceId);
        if (!last->exec())
            return sqlError(tr("record the audit trail"), last->lastError().text());
        entry.prevHash = last->next() ? last->value(0).toString() : genesisHash();
    }
    entry.hash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(entry.prevHash.toLatin1() + entry.canonical()),
                                     QCryptographicHash::Sha256)
                    .toHex());

    PreparedQuery insert(db,
                         QStringLiteral("INSERT INTO audit_log (id, at_utc, device_id, user_id, "
                                        "place_code, action, entity,"
                                        " entity_id, detail, result, prev_hash, hash) VALUES "
                                        "(?,?,?,?,?,?,?,?,?,?,?,?)"));
    insert->addBindValue(entry.id);
    insert->addBindValue(entry.atUtc.toString(Qt::ISODateWithMs));
    insert->addBindValue(sqlText(entry.deviceId));
    insert->addBindValue(sqlText(entry.userId));
    insert->addBindValue(sqlText(entry.placeCode));
    insert->addBindValue(sqlText(entry.action));
    insert->addBindValue(sqlText(entry.entity));
    insert->addBindValue(sqlText(entry.entityId));
    insert->addBindValue(
            QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
    insert->addBindValue(sqlText(entry.result));
    insert->addBindValue(entry.prevHash);
    insert->addBindValue(entry.hash);
    if (!insert->exec())
        return sqlError(tr("record the audit trail"), insert->lastError().text());
    return Status::success();
}

QList<AuditEntry> AuditLog::entriesFor(const QSqlDatabase &db, const QString &entity,
                                       const QString &entityId)
{
    QList<AuditEntry> entries;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "SELECT seq, id, at_utc, device_id, user_id, place_code, action, entity, entity_id,"
            " detail, result, prev_hash, hash FROM audit_log WHERE entity = ? AND entity_id = ?"
            " ORDER BY seq"));
    query.addBindValue(sqlText(entity));
    query.addBindValue(sqlText(entityId));
    if (!query.exec())
        return entries;
    while (query.next()) {
        AuditEntry e;
        e.seq = query.value(0).toLongLong();
        e.id = query.value(1).toString();
        e.atUtc = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        e.deviceId = query.value(3).toString();
        e.userId = query.value(4).toString();
        e.placeCode = query.value(5).toString();
        e.action = query.value(6).toString();
        e.entity = query.value(7).toString();
        e.entityId = query.value(8).toString();
        e.detail = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
        e.result = query.value(10).toString();
        e.prevHash = query.value(11).toString();
        e.hash = query.value(12).toString();
        entries.append(e);
    }
    return entries;
}

qint64 AuditLog::count(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

} // namespace ow
