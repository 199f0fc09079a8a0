#pragma once

#include "domain/serviceitem.h"

#include <QByteArray>

namespace ow {

// `catalog export`: the catalogue as indented JSON (the API's form) or as TSV, one item a line.
class CatalogExport final
{
public:
    static QByteArray json(const Catalog &catalog);
    static QByteArray tsv(const Catalog &catalog);
};

} // namespace ow
