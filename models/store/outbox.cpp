#include "outbox.h"

#include "domain/uuidv7.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

Status Outbox::append(const QSqlDatabase &db, const Actor &actor, const QString &mutationId,
                      const QString &name, const QString &entityId, qint64 baseVersion,
                      const QJsonObject &payload)
{
    PreparedQuery pq(db,
                     QStringLiteral("INSERT INTO outbox (mutation_id, name, entity_id,"
                                    " base_version, payload, user_id, created_at)"
                                    " VALUES (?,?,?,?,?,?,?)"));
    PreparedStatement &q = *pq;
    q.addBindValue(mutationId);
    q.addBindValue(name);
    q.addBindValue(entityId);
    q.addBindValue(baseVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(actor.userId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(Database::tr("queue the change for the server"), q.lastError().text());
    return Status::success();
}

Result<QString> Outbox::append(const QSqlDatabase &db, const Actor &actor, const QString &name,
                               const QString &entityId, qint64 baseVersion,
                               const QJsonObject &payload)
{
    const QString mutationId = UuidV7::createString();
    if (Status s = append(db, actor, mutationId, name, entityId, baseVersion, payload); !s)
        return s.error();
    return mutationId;
}

QList<OutboxMutation> Outbox::pending(const QSqlDatabase &db, int limit)
{
    QList<OutboxMutation> result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, mutation_id, name, entity_id, base_version, payload,"
                             " user_id, created_at, status FROM outbox WHERE status = 'pending'"
                             " ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        OutboxMutation m;
        m.seq = q.value(0).toLongLong();
        m.mutationId = q.value(1).toString();
        m.name = q.value(2).toString();
        m.entityId = q.value(3).toString();
        m.baseVersion = q.value(4).toLongLong();
        m.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        m.userId = q.value(6).toString();
        m.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        m.status = q.value(8).toString();
        result.append(m);
    }
    return result;
}

qint64 Outbox::pendingCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace ow
