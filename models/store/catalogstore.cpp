#include "catalogstore.h"

#include "auditlog.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

CatalogStore::CatalogStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status CatalogStore::replace(const Catalog &catalog, const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = replaceWithin(db, catalog, actor); !s)
        return s;
    return transaction.commit();
}

Status CatalogStore::replaceWithin(const QSqlDatabase &db, const Catalog &catalog,
                                   const Actor &actor)
{
    const auto failed = [](const QSqlQuery &q) {
        return sqlError(tr("save the service catalogue"), q.lastError().text());
    };

    QSqlQuery q(db);
    for (const char *table : {"item_certificates", "item_bundle_parts", "item_materials",
                              "service_items", "departments", "catalog_info"}) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
            return failed(q);
    }
    q.prepare(QStringLiteral("INSERT INTO catalog_info (id, version, source, region_code,"
                             " region_name, loaded_at) VALUES (1, ?, ?, ?, ?, ?)"));
    q.addBindValue(sqlText(catalog.version));
    q.addBindValue(sqlText(catalog.source));
    q.addBindValue(sqlText(catalog.regionCode));
    q.addBindValue(sqlText(catalog.regionName));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return failed(q);

    q.prepare(QStringLiteral("INSERT INTO departments (code, position, name) VALUES (?, ?, ?)"));
    for (int i = 0; i < catalog.departments.size(); ++i) {
        q.addBindValue(catalog.departments[i].code);
        q.addBindValue(i);
        q.addBindValue(catalog.departments[i].name);
        if (!q.exec())
            return failed(q);
    }

    QSqlQuery item(db);
    item.prepare(QStringLiteral(
            "INSERT INTO service_items (code, position, name, department_code, kind, legal_days,"
            " promised_days, fee_fen, immediate, online, nearby, one_trip, township_ok,"
            " legal_basis, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery material(db);
    material.prepare(QStringLiteral(
            "INSERT INTO item_materials (item_code, position, name, form, copies, requirement,"
            " note) VALUES (?,?,?,?,?,?,?)"));
    QSqlQuery certificate(db);
    certificate.prepare(QStringLiteral(
            "INSERT INTO item_certificates (item_code, position, certificate) VALUES (?,?,?)"));
    for (int i = 0; i < catalog.items.size(); ++i) {
        const ServiceItem &it = catalog.items[i];
        item.addBindValue(it.code);
        item.addBindValue(i);
        item.addBindValue(it.name);
        item.addBindValue(it.departmentCode);
        item.addBindValue(itemKindKey(it.kind));
        item.addBindValue(it.legalDays);
        item.addBindValue(it.promisedDays);
        item.addBindValue(it.feeFen);
        item.addBindValue(it.immediate ? 1 : 0);
        item.addBindValue(it.online ? 1 : 0);
        item.addBindValue(it.nearby ? 1 : 0);
        item.addBindValue(it.oneTrip ? 1 : 0);
        item.addBindValue(it.townshipAcceptable ? 1 : 0);
        item.addBindValue(sqlText(it.legalBasis));
        item.addBindValue(sqlText(it.source));
        if (!item.exec())
            return failed(item);
        for (int m = 0; m < it.materials.size(); ++m) {
            const Material &mat = it.materials[m];
            material.addBindValue(it.code);
            material.addBindValue(m);
            material.addBindValue(mat.name);
            material.addBindValue(materialFormKey(mat.form));
            material.addBindValue(mat.copies);
            material.addBindValue(materialRequirementKey(mat.requirement));
            material.addBindValue(sqlText(mat.note));
            if (!material.exec())
                return failed(material);
        }
        for (int c = 0; c < it.replacesCertificates.size(); ++c) {
            certificate.addBindValue(it.code);
            certificate.addBindValue(c);
            certificate.addBindValue(it.replacesCertificates[c]);
            if (!certificate.exec())
                return failed(certificate);
        }
    }
    // Bundle parts refer to other items: insert them once every item exists.
    QSqlQuery part(db);
    part.prepare(QStringLiteral(
            "INSERT INTO item_bundle_parts (bundle_code, position, part_code) VALUES (?,?,?)"));
    for (const ServiceItem &it : catalog.items) {
        for (int p = 0; p < it.bundleParts.size(); ++p) {
            part.addBindValue(it.code);
            part.addBindValue(p);
            part.addBindValue(it.bundleParts[p]);
            if (!part.exec())
                return failed(part);
        }
    }
    const QJsonObject detail{{QStringLiteral("version"), catalog.version},
                             {QStringLiteral("items"), int(catalog.items.size())}};
    if (Status s = AuditLog::record(db, actor, QStringLiteral("catalog.replace"),
                                    QStringLiteral("catalog"), catalog.version, detail);
        !s) {
        return s;
    }
    return Status::success();
}

Result<Catalog> CatalogStore::load() const
{
    QSqlDatabase db = m_database->connection();
    const auto failed = [](const QSqlQuery &q) {
        return sqlError(tr("read the service catalogue"), q.lastError().text());
    };
    Catalog catalog;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
                "SELECT version, source, region_code, region_name FROM catalog_info WHERE id = 1")))
        return failed(q);
    if (!q.next()) {
        return Error{QStringLiteral("catalog.empty"),
                     tr("No service catalogue has been loaded yet."),
                     {}};
    }
    catalog.version = q.value(0).toString();
    catalog.source = q.value(1).toString();
    catalog.regionCode = q.value(2).toString();
    catalog.regionName = q.value(3).toString();

    if (!q.exec(QStringLiteral("SELECT code, name FROM departments ORDER BY position")))
        return failed(q);
    while (q.next())
        catalog.departments.append({q.value(0).toString(), q.value(1).toString()});

    if (!q.exec(QStringLiteral(
                "SELECT code, name, department_code, kind, legal_days, promised_days, fee_fen,"
                " immediate, online, nearby, one_trip, township_ok, legal_basis, source"
                " FROM service_items ORDER BY position"))) {
        return failed(q);
    }
    QHash<QString, qsizetype> index;
    while (q.next()) {
        ServiceItem it;
        it.code = q.value(0).toString();
        it.name = q.value(1).toString();
        it.departmentCode = q.value(2).toString();
        it.kind = itemKindFromKey(q.value(3).toString()).value_or(ItemKind::PublicService);
        it.legalDays = q.value(4).toInt();
        it.promisedDays = q.value(5).toInt();
        it.feeFen = q.value(6).toLongLong();
        it.immediate = q.value(7).toBool();
        it.online = q.value(8).toBool();
        it.nearby = q.value(9).toBool();
        it.oneTrip = q.value(10).toBool();
        it.townshipAcceptable = q.value(11).toBool();
        it.legalBasis = q.value(12).toString();
        it.source = q.value(13).toString();
        index.insert(it.code, catalog.items.size());
        catalog.items.append(it);
    }
    if (!q.exec(QStringLiteral("SELECT item_code, name, form, copies, requirement, note"
                               " FROM item_materials ORDER BY item_code, position"))) {
        return failed(q);
    }
    while (q.next()) {
        Material m;
        m.name = q.value(1).toString();
        m.form = materialFormFromKey(q.value(2).toString()).value_or(Material::Form::Original);
        m.copies = q.value(3).toInt();
        m.requirement = materialRequirementFromKey(q.value(4).toString())
                                .value_or(Material::Requirement::Required);
        m.note = q.value(5).toString();
        catalog.items[index.value(q.value(0).toString())].materials.append(m);
    }
    if (!q.exec(QStringLiteral("SELECT bundle_code, part_code FROM item_bundle_parts"
                               " ORDER BY bundle_code, position"))) {
        return failed(q);
    }
    while (q.next())
        catalog.items[index.value(q.value(0).toString())].bundleParts.append(q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT item_code, certificate FROM item_certificates"
                               " ORDER BY item_code, position"))) {
        return failed(q);
    }
    while (q.next()) {
        catalog.items[index.value(q.value(0).toString())].replacesCertificates.append(
                q.value(1).toString());
    }
    return catalog;
}

QString CatalogStore::version() const
{
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT version FROM catalog_info WHERE id = 1")) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace ow
