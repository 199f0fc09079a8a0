#include "changejournal.h"

#include "auditlog.h"
#include "outbox.h"

namespace ow {

Status OutboxJournal::record(const QSqlDatabase &db, const Actor &actor, const JournalEntry &entry)
{
    if (Status s = Outbox::append(db, actor, entry.mutationId, entry.name, entry.entityId,
                                  entry.baseVersion, entry.payload);
        !s)
        return s;
    return AuditLog::record(db, actor, entry.name, entry.entity, entry.entityId, entry.auditDetail);
}

} // namespace ow
