#pragma once

#include "store/migrations.h"

namespace ow {

// The server's database: the tables it shares with the client (so CatalogStore, DirectoryStore,
// CalendarStore and AuditLog work on it unchanged) and its own.
const Schema &serverSchema();

} // namespace ow
