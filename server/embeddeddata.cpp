#include "embeddeddata.h"

#include <QJsonArray>

namespace ow {

// TEMPORARY until CatalogLoader is merged: a one-item catalogue so that the rest of the
// server can be built and tested. Replaced by CatalogLoader::load() / ::toJson().
Result<Catalog> EmbeddedData::catalog()
{
    Catalog catalog;
    catalog.version = QStringLiteral("0.0.0-dev");
    catalog.source = QStringLiteral("placeholder");
    catalog.departments.append({QStringLiteral("SCJG"), QStringLiteral("市场监督管理局")});
    ServiceItem item;
    item.code = QStringLiteral("621221-SCJG-001");
    item.name = QStringLiteral("企业设立登记");
    item.departmentCode = QStringLiteral("SCJG");
    item.kind = ItemKind::Licensing;
    item.legalDays = 3;
    item.promisedDays = 1;
    item.legalBasis = QStringLiteral("《中华人民共和国市场主体登记管理条例》");
    item.source = catalog.source;
    item.materials.append({QStringLiteral("公司登记申请书"),
                           Material::Form::Original,
                           1,
                           Material::Requirement::Required,
                           {}});
    catalog.items.append(item);
    return catalog;
}

Result<WorkCalendar> EmbeddedData::calendar()
{
    return WorkCalendar::loadResource();
}

QJsonObject EmbeddedData::catalogJson(const Catalog &catalog)
{
    QJsonArray departments;
    for (const Department &d : catalog.departments)
        departments.append(
                QJsonObject{{QStringLiteral("code"), d.code}, {QStringLiteral("name"), d.name}});
    QJsonArray items;
    for (const ServiceItem &it : catalog.items) {
        QJsonArray materials;
        for (const Material &m : it.materials)
            materials.append(QJsonObject{{QStringLiteral("name"), m.name}});
        items.append(QJsonObject{{QStringLiteral("code"), it.code},
                                 {QStringLiteral("name"), it.name},
                                 {QStringLiteral("department"), it.departmentCode},
                                 {QStringLiteral("materials"), materials}});
    }
    return {{QStringLiteral("version"), catalog.version},
            {QStringLiteral("departments"), departments},
            {QStringLiteral("items"), items}};
}

} // namespace ow
