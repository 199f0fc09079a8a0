#include "embeddeddata.h"

#include "domain/catalogloader.h"

namespace ow {

Result<Catalog> EmbeddedData::catalog()
{
    return CatalogLoader::loadEmbedded();
}

Result<WorkCalendar> EmbeddedData::calendar()
{
    return WorkCalendar::loadResource();
}

QJsonObject EmbeddedData::catalogJson(const Catalog &catalog)
{
    return CatalogLoader::toJson(catalog);
}

} // namespace ow
