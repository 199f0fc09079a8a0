#include "serviceitem.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

// One row per enum value: data word, JSON/database key. Display names are in the switches below
// because lupdate needs the literal strings at the translate() call.
template<typename Enum>
struct Term
{
    Enum value;
    QString dataWord;
    QString key;
};

const QList<Term<ItemKind>> &kindTerms()
{
    static const QList<Term<ItemKind>> terms{
            {ItemKind::Licensing, u"行政许可"_s, u"licensing"_s},
            {ItemKind::Confirmation, u"行政确认"_s, u"confirmation"_s},
            {ItemKind::Payment, u"行政给付"_s, u"payment"_s},
            {ItemKind::Adjudication, u"行政裁决"_s, u"adjudication"_s},
            {ItemKind::Levy, u"行政征收"_s, u"levy"_s},
            {ItemKind::Award, u"行政奖励"_s, u"award"_s},
            {ItemKind::OtherPower, u"其他行政权力"_s, u"other_power"_s},
            {ItemKind::PublicService, u"公共服务"_s, u"public_service"_s},
    };
    return terms;
}

const QList<Term<Material::Form>> &formTerms()
{
    static const QList<Term<Material::Form>> terms{
            {Material::Form::Original, u"原件"_s, u"original"_s},
            {Material::Form::Copy, u"复印件"_s, u"copy"_s},
            {Material::Form::OriginalAndCopy, u"原件和复印件"_s, u"original_and_copy"_s},
    };
    return terms;
}

const QList<Term<Material::Requirement>> &requirementTerms()
{
    static const QList<Term<Material::Requirement>> terms{
            {Material::Requirement::Required, u"必需"_s, u"required"_s},
            {Material::Requirement::Deferrable, u"容缺"_s, u"deferrable"_s},
            {Material::Requirement::NoLongerRequired, u"已取消"_s, u"no_longer_required"_s},
    };
    return terms;
}

template<typename Enum>
QList<Enum> valuesOf(const QList<Term<Enum>> &terms)
{
    QList<Enum> values;
    for (const auto &t : terms)
        values.append(t.value);
    return values;
}

template<typename Enum>
const Term<Enum> &termOf(const QList<Term<Enum>> &terms, Enum value)
{
    const auto it = std::find_if(terms.cbegin(), terms.cend(),
                                 [value](const Term<Enum> &t) { return t.value == value; });
    Q_ASSERT(it != terms.cend());
    return it == terms.cend() ? terms.first() : *it;
}

template<typename Enum>
std::optional<Enum> byDataWord(const QList<Term<Enum>> &terms, const QString &word)
{
    for (const auto &t : terms) {
        if (t.dataWord == word)
            return t.value;
    }
    return std::nullopt;
}

template<typename Enum>
std::optional<Enum> byKey(const QList<Term<Enum>> &terms, const QString &key)
{
    for (const auto &t : terms) {
        if (t.key == key)
            return t.value;
    }
    return std::nullopt;
}

} // namespace

bool Material::operator==(const Material &other) const
{
    return name == other.name && form == other.form && copies == other.copies
            && requirement == other.requirement && note == other.note;
}

bool ServiceItem::operator==(const ServiceItem &other) const
{
    return code == other.code && name == other.name && departmentCode == other.departmentCode
            && kind == other.kind && legalDays == other.legalDays
            && promisedDays == other.promisedDays && feeFen == other.feeFen
            && immediate == other.immediate && online == other.online && nearby == other.nearby
            && oneTrip == other.oneTrip && townshipAcceptable == other.townshipAcceptable
            && legalBasis == other.legalBasis && source == other.source
            && bundleParts == other.bundleParts
            && replacesCertificates == other.replacesCertificates && materials == other.materials;
}

const Department *Catalog::department(const QString &code) const
{
    for (const Department &d : departments) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

const ServiceItem *Catalog::item(const QString &code) const
{
    for (const ServiceItem &i : items) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

QString Catalog::departmentName(const QString &code) const
{
    const Department *d = department(code);
    return d ? d->name : QString();
}

bool Catalog::operator==(const Catalog &other) const
{
    return version == other.version && source == other.source && regionCode == other.regionCode
            && regionName == other.regionName && departments == other.departments
            && items == other.items;
}

QList<ItemKind> allItemKinds()
{
    return valuesOf(kindTerms());
}

QString itemKindDataWord(ItemKind kind)
{
    return termOf(kindTerms(), kind).dataWord;
}

std::optional<ItemKind> itemKindFromDataWord(const QString &word)
{
    return byDataWord(kindTerms(), word);
}

QString itemKindKey(ItemKind kind)
{
    return termOf(kindTerms(), kind).key;
}

std::optional<ItemKind> itemKindFromKey(const QString &key)
{
    return byKey(kindTerms(), key);
}

QString itemKindDisplayName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Licensing:
        return QCoreApplication::translate("ServiceItem", "Administrative licensing");
    case ItemKind::Confirmation:
        return QCoreApplication::translate("ServiceItem", "Administrative confirmation");
    case ItemKind::Payment:
        return QCoreApplication::translate("ServiceItem", "Administrative payment");
    case ItemKind::Adjudication:
        return QCoreApplication::translate("ServiceItem", "Administrative adjudication");
    case ItemKind::Levy:
        return QCoreApplication::translate("ServiceItem", "Administrative levy");
    case ItemKind::Award:
        return QCoreApplication::translate("ServiceItem", "Administrative award");
    case ItemKind::OtherPower:
        return QCoreApplication::translate("ServiceItem", "Other administrative power");
    case ItemKind::PublicService:
        return QCoreApplication::translate("ServiceItem", "Public service");
    }
    return {};
}

QList<Material::Form> allMaterialForms()
{
    return valuesOf(formTerms());
}

QString materialFormDataWord(Material::Form form)
{
    return termOf(formTerms(), form).dataWord;
}

std::optional<Material::Form> materialFormFromDataWord(const QString &word)
{
    return byDataWord(formTerms(), word);
}

QString materialFormKey(Material::Form form)
{
    return termOf(formTerms(), form).key;
}

std::optional<Material::Form> materialFormFromKey(const QString &key)
{
    return byKey(formTerms(), key);
}

QString materialFormDisplayName(Material::Form form)
{
    switch (form) {
    case Material::Form::Original:
        return QCoreApplication::translate("ServiceItem", "Original");
    case Material::Form::Copy:
        return QCoreApplication::translate("ServiceItem", "Copy");
    case Material::Form::OriginalAndCopy:
        return QCoreApplication::translate("ServiceItem", "Original and copy");
    }
    return {};
}

QList<Material::Requirement> allMaterialRequirements()
{
    return valuesOf(requirementTerms());
}

QString materialRequirementDataWord(Material::Requirement requirement)
{
    return termOf(requirementTerms(), requirement).dataWord;
}

std::optional<Material::Requirement> materialRequirementFromDataWord(const QString &word)
{
    return byDataWord(requirementTerms(), word);
}

QString materialRequirementKey(Material::Requirement requirement)
{
    return termOf(requirementTerms(), requirement).key;
}

std::optional<Material::Requirement> materialRequirementFromKey(const QString &key)
{
    return byKey(requirementTerms(), key);
}

QString materialRequirementDisplayName(Material::Requirement requirement)
{
    switch (requirement) {
    case Material::Requirement::Required:
        return QCoreApplication::translate("ServiceItem", "Required");
    case Material::Requirement::Deferrable:
        return QCoreApplication::translate("ServiceItem", "May be supplied later");
    case Material::Requirement::NoLongerRequired:
        return QCoreApplication::translate("ServiceItem", "No longer required");
    }
    return {};
}

} // namespace ow
