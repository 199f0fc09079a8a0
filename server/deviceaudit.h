#pragma once

#include "store/auditlog.h"
#include "store/database.h"
#include "sync/auditprotocol.h"

#include <QDateTime>

#include <memory>

namespace ow {

struct DeviceRecord;

// The devices' audit chains on the server (issue: audit log; DESIGN.md "audit"): every row a
// device pushes is checked against its chain — its hash recomputed, its link to the row before
// — and kept; the server keeps each chain's head, so rows deleted at the end on the device show
// when its tail falls behind the head. A device restored from a backup (it restreamed since the
// head was written) may continue its chain from an earlier row it shares with the server: the
// fork is accepted and recorded in the server's own audit log. Anything else that does not fit
// is refused (nothing of the request is stored) and recorded as a refused audit.push.
//
// Rows are never changed or deleted (triggers), and are kept at least 180 days: this server
// deletes none.
class DeviceAuditStore final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceAuditStore)
public:
    explicit DeviceAuditStore(std::shared_ptr<Database> database);

    // Errors carry sync::code::audit*() codes with the offending row id as detail.
    Result<sync::AuditPushResponse> push(const DeviceRecord &device,
                                         const sync::AuditPushRequest &request,
                                         const QDateTime &nowUtc);

    // Re-verifies every stored device chain (rows in chain order from the genesis), and the
    // server's own audit chains; for `onewindow-server audit verify`.
    Result<QList<AuditChainReport>> verifyAll() const;

private:
    std::shared_ptr<Database> m_database;
};

QStringList deviceAuditTables(); // server schema migration

} // namespace ow
