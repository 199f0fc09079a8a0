#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace ow {

struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QDateTime atUtc;
    QString deviceId;
    QString userId;
    QString placeCode;
    QString action; // e.g. "catalog.load", "case.accept"
    QString entity; // e.g. "catalog", "case"
    QString entityId;
    QJsonObject detail;
    QString result;   // "ok", "refused", ...
    QString prevHash; // hex SHA-256 of the device's previous row, or 64 zeros
    QString hash;     // hex SHA-256(prevHash || canonical(row))

    // The row's fields in a fixed order as compact JSON with sorted keys, UTF-8 (DESIGN.md).
    QByteArray canonical() const;
};

// The audit log: every write goes with a row, in the same transaction as the write.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static QString genesisHash();

    // Appends a row to the actor's device chain; call inside the write's transaction.
    static Status record(const QSqlDatabase &db, const Actor &actor, const QString &action,
                         const QString &entity, const QString &entityId,
                         const QJsonObject &detail = {},
                         const QString &result = QStringLiteral("ok"));

    static QList<AuditEntry> entriesFor(const QSqlDatabase &db, const QString &entity,
                                        const QString &entityId);
    static qint64 count(const QSqlDatabase &db);
};

} // namespace ow
