#pragma once

#include "domain/actor.h"
#include "store/database.h"

#include <QDateTime>

#include <optional>

namespace ow {

// What `init` recorded: when, by which version, with demo data or not.
struct ServerInfo
{
    QDateTime initialisedAt;
    QString initialisedBy; // the server version that ran init
    bool demo = false;
};

// The server_info row. Written last by `init`, so a database without it was never completely
// initialised (and `serve` refuses it).
class ServerInfoStore final
{
    Q_DECLARE_TR_FUNCTIONS(ServerInfoStore)
public:
    explicit ServerInfoStore(std::shared_ptr<Database> database);

    // An error when the database does not answer; an empty optional when init never completed.
    Result<std::optional<ServerInfo>> info() const;
    // Records (or, after `init --force`, re-records) the row, with an audit row.
    Status markInitialised(const ServerInfo &info, const Actor &actor);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace ow
