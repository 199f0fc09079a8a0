#pragma once

#include "database.h"
#include "domain/actor.h"
#include "domain/serviceitem.h"

namespace ow {

// The service catalogue in a store (the client's local store, or the server's database).
class CatalogStore final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
public:
    explicit CatalogStore(std::shared_ptr<Database> database);

    // Replaces the whole catalogue in one transaction, with an audit row naming the version.
    Status replace(const Catalog &catalog, const Actor &actor);
    // The same inside the caller's transaction (a pulled page applies in one).
    static Status replaceWithin(const QSqlDatabase &db, const Catalog &catalog, const Actor &actor);
    Result<Catalog> load() const;
    QString version() const; // empty when no catalogue was loaded yet
    bool isEmpty() const { return version().isEmpty(); }

private:
    std::shared_ptr<Database> m_database;
};

} // namespace ow
