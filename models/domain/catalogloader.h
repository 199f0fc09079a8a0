#pragma once

#include "result.h"
#include "serviceitem.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ow {

// Reads the service catalogue from its tab-separated files (docs/catalog.md) or from JSON, and
// writes JSON. Either the whole catalogue loads or nothing does: the Error names the file and
// line (files) or the item code and field (JSON) and says what is wrong.
class CatalogLoader final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)
public:
    static constexpr int jsonFormatVersion = 1;

    // The catalogue embedded in the program.
    static QString embeddedFolder();

    // folder: a directory, or a resource prefix such as ":/data/catalog".
    static Result<Catalog> load(const QString &folder);
    static Result<Catalog> loadEmbedded() { return load(embeddedFolder()); }

    static QJsonObject toJson(const Catalog &catalog);
    static Result<Catalog> fromJson(const QJsonObject &json);

    // The rules fromJson applies, for a catalogue built in code.
    static Status validate(const Catalog &catalog);
};

} // namespace ow
