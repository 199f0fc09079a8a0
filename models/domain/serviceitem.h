#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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
    QString code;           // e.g. 620521-SCJG-001
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
    QString version; // e.g. 2026.11.1
    QString source;
    QList<Department> departments;
    QList<ServiceItem> items;
};

} // namespace ow
