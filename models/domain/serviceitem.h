#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// One material an item asks for (申请材料).
struct Material
{
    enum class Form { Original, Copy, OriginalAndCopy };
    // Required: must be handed in before acceptance. Deferrable (容缺): may be supplied later
    // with a promise. NoLongerRequired (取消证明): listed only so that nobody asks for it.
    enum class Requirement { Required, Deferrable, NoLongerRequired };

    QString name;
    Form form = Form::Original;
    int copies = 1;
    Requirement requirement = Requirement::Required;
    QString note;

    bool operator==(const Material &other) const;
};

// The national categories of government service items (政务服务事项类型) a hall accepts.
enum class ItemKind {
    Licensing,     // 行政许可
    Confirmation,  // 行政确认
    Payment,       // 行政给付
    Adjudication,  // 行政裁决
    Levy,          // 行政征收
    Award,         // 行政奖励
    OtherPower,    // 其他行政权力
    PublicService, // 公共服务
};

// One item of the service catalogue (事项清单).
struct ServiceItem
{
    QString code;           // e.g. 621221-SCJG-0001
    QString name;           // 企业设立登记
    QString departmentCode; // SCJG
    ItemKind kind = ItemKind::PublicService;
    int legalDays = 0;      // statutory time limit, working days (0 = on the spot)
    int promisedDays = 0;   // promised time limit, working days, <= legalDays
    qint64 feeFen = 0;      // fee in fen (0.01 yuan)
    bool immediate = false; // 马上办
    bool online = false;    // 网上办
    bool nearby = false;    // 就近办
    bool oneTrip = false;   // 一次办 / 最多跑一次
    bool townshipAcceptable = false;
    QString legalBasis;      // the article a notice cites
    QString source;          // where the entry comes from
    QStringList bundleParts; // 一件事一次办: codes of the items one intake creates cases for
    QStringList replacesCertificates; // 多证合一: certificates the one result replaces
    QList<Material> materials;

    bool isBundle() const { return !bundleParts.isEmpty(); }
    bool isMultiCertificate() const { return !replacesCertificates.isEmpty(); }
    bool operator==(const ServiceItem &other) const;
};

struct Department
{
    QString code; // SCJG
    QString name; // 市场监督管理局
    bool operator==(const Department &other) const
    {
        return code == other.code && name == other.name;
    }
};

// The whole catalogue, as loaded from resources/catalog/ or received from the server.
struct Catalog
{
    QString version;    // e.g. 2026.11.1
    QString source;     // where the catalogue comes from; items without their own source share it
    QString regionCode; // GB/T 2260 code of the county or city the catalogue is for, e.g. 621221
    QString regionName; // 甘肃省陇南市成县
    QList<Department> departments;
    QList<ServiceItem> items;

    const Department *department(const QString &code) const; // nullptr when unknown
    const ServiceItem *item(const QString &code) const;      // nullptr when unknown
    QString departmentName(const QString &code) const;       // empty when unknown
    bool operator==(const Catalog &other) const;
};

// The enums as text, in one place. "Data words" are the Chinese words of the catalogue files
// (行政许可, 复印件, 容缺); "keys" are the stable English words of JSON and the database
// (licensing, copy, deferrable); display names are translated for people.
QList<ItemKind> allItemKinds();
QString itemKindDataWord(ItemKind kind);
std::optional<ItemKind> itemKindFromDataWord(const QString &word);
QString itemKindKey(ItemKind kind);
std::optional<ItemKind> itemKindFromKey(const QString &key);
QString itemKindDisplayName(ItemKind kind);

QList<Material::Form> allMaterialForms();
QString materialFormDataWord(Material::Form form);
std::optional<Material::Form> materialFormFromDataWord(const QString &word);
QString materialFormKey(Material::Form form);
std::optional<Material::Form> materialFormFromKey(const QString &key);
QString materialFormDisplayName(Material::Form form);

QList<Material::Requirement> allMaterialRequirements();
QString materialRequirementDataWord(Material::Requirement requirement);
std::optional<Material::Requirement> materialRequirementFromDataWord(const QString &word);
QString materialRequirementKey(Material::Requirement requirement);
std::optional<Material::Requirement> materialRequirementFromKey(const QString &key);
QString materialRequirementDisplayName(Material::Requirement requirement);

} // namespace ow
