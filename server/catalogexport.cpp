#include "catalogexport.h"

#include "embeddeddata.h"

#include <QHash>
#include <QJsonDocument>

namespace ow {

namespace {

// TSV has no quoting: tabs and line breaks inside a field become spaces.
QString field(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

QByteArray CatalogExport::json(const Catalog &catalog)
{
    return QJsonDocument(EmbeddedData::catalogJson(catalog)).toJson(QJsonDocument::Indented);
}

QByteArray CatalogExport::tsv(const Catalog &catalog)
{
    QHash<QString, QString> departmentNames;
    for (const Department &d : catalog.departments)
        departmentNames.insert(d.code, d.name);
    QStringList lines{QStringLiteral(
            "code\tname\tdepartment\tdepartment_name\tlegal_days\tpromised_days\tfee_fen"
            "\timmediate\tonline\tnearby\tone_trip\ttownship_ok\tmaterials\tbundle_parts")};
    for (const ServiceItem &it : catalog.items) {
        QStringList materials;
        for (const Material &m : it.materials)
            materials.append(m.name);
        lines.append(QStringList{field(it.code), field(it.name), field(it.departmentCode),
                                 field(departmentNames.value(it.departmentCode)),
                                 QString::number(it.legalDays), QString::number(it.promisedDays),
                                 QString::number(it.feeFen), flag(it.immediate), flag(it.online),
                                 flag(it.nearby), flag(it.oneTrip), flag(it.townshipAcceptable),
                                 field(materials.join(QStringLiteral("; "))),
                                 field(it.bundleParts.join(QLatin1Char(' ')))}
                             .join(QLatin1Char('\t')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace ow
