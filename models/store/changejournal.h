#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace ow {

// One domain write as the journal sees it: the intent mutation and its audit row.
struct JournalEntry
{
    QString mutationId; // = the id of the case history entry the write made
    QString name;       // "case.receive", "case.accept", "case.transition", ...
    QString entity;     // "case"
    QString entityId;
    qint64 baseVersion = 0; // the entity's version before the write
    QJsonObject payload;
    QJsonObject auditDetail;
};

// Where a store's writes are recorded, inside the write's transaction. On a device: the outbox
// (for the server) and the audit log (OutboxJournal). On the server: the audit log and the pull
// change log (server/ServerJournal).
class ChangeJournal
{
public:
    virtual ~ChangeJournal() = default;
    virtual Status record(const QSqlDatabase &db, const Actor &actor, const JournalEntry &entry)
            = 0;
    // False: the journal does not read JournalEntry::payload, so it is not built (the server's
    // journal keeps the audit row only; building a case's JSON for nothing cost a tenth of its
    // apply time).
    virtual bool wantsPayload() const { return true; }
};

// The device's journal: an outbox row and an audit row.
class OutboxJournal final : public ChangeJournal
{
public:
    Status record(const QSqlDatabase &db, const Actor &actor, const JournalEntry &entry) override;
};

} // namespace ow
