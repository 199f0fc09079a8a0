#pragma once

#include "databaseurl.h"
#include "store/demogenerator.h"
#include "syncstore.h"

namespace ow {

struct DemoSeedReport
{
    DemoReport generated;
    SyncStore::SeedPublished published;
};

// `demo seed` into a server database: DemoGenerator's cases, tasks and ratings, then their
// change log (SyncStore::publishSeeded), so that devices pull what it made. A SQLite database
// is filled in place; a PostgreSQL one from a SQLite store generated in a temporary folder,
// table by table in one transaction with the change log. The database must hold no cases yet.
class DemoSeed final
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeed)
public:
    static Result<DemoSeedReport> run(const DatabaseUrl &url, const DemoOptions &options);
};

} // namespace ow
