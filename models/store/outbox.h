#pragma once

#include "database.h"
#include "domain/actor.h"

#include <QDateTime>
#include <QJsonObject>

namespace ow {

struct OutboxMutation
{
    qint64 seq = 0;
    QString mutationId; // UUID v7, unique forever
    QString name;       // "case.receive", "case.accept", "case.transition", ...
    QString entityId;
    qint64 baseVersion = 0; // the entity's version the mutation was made against
    QJsonObject payload;
    QString userId;
    QDateTime createdAt;
    QString status; // pending, applied, rejected
};

// The transactional outbox: every domain write appends its intent mutation here, inside the
// same transaction, so a change reaches the server exactly when it was saved (DESIGN.md).
class Outbox final
{
public:
    // Call inside the write's transaction. mutationId (UUID v7, unique forever) is made by the
    // write: it is also the id of the case history entry the write adds.
    static Status append(const QSqlDatabase &db, const Actor &actor, const QString &mutationId,
                         const QString &name, const QString &entityId, qint64 baseVersion,
                         const QJsonObject &payload);
    // The same with a new mutation id, returned.
    static Result<QString> append(const QSqlDatabase &db, const Actor &actor, const QString &name,
                                  const QString &entityId, qint64 baseVersion,
                                  const QJsonObject &payload);
    static QList<OutboxMutation> pending(const QSqlDatabase &db, int limit);
    static qint64 pendingCount(const QSqlDatabase &db);
};

} // namespace ow
