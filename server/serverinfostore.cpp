#include "serverinfostore.h"

#include "store/auditlog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

ServerInfoStore::ServerInfoStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<std::optional<ServerInfo>> ServerInfoStore::info() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral(
                "SELECT initialised_at, initialised_by, demo FROM server_info WHERE id = 1"))) {
        return sqlError(tr("read the server information"), q.lastError().text());
    }
    if (!q.next())
        return std::optional<ServerInfo>();
    ServerInfo info;
    info.initialisedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    info.initialisedBy = q.value(1).toString();
    info.demo = q.value(2).toBool();
    return std::optional<ServerInfo>(info);
}

Status ServerInfoStore::markInitialised(const ServerInfo &info, const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO server_info (id, initialised_at, initialised_by, demo) VALUES (1, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET initialised_at = excluded.initialised_at,"
            " initialised_by = excluded.initialised_by, demo = excluded.demo"));
    q.addBindValue(info.initialisedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(info.initialisedBy);
    q.addBindValue(info.demo ? 1 : 0);
    if (!q.exec())
        return sqlError(tr("save the server information"), q.lastError().text());
    if (Status s = AuditLog::record(db, actor, QStringLiteral("server.init"),
                                    QStringLiteral("server"), QString(),
                                    {{QStringLiteral("version"), info.initialisedBy},
                                     {QStringLiteral("demo"), info.demo}});
        !s) {
        return s;
    }
    return transaction.commit();
}

} // namespace ow
