#include "domain/catalogloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using ow::Catalog;
using ow::CatalogLoader;
using ow::ItemKind;
using ow::Material;
using ow::ServiceItem;

namespace {

const Catalog &embedded()
{
    static const Catalog catalog = [] {
        const ow::Result<Catalog> loaded = CatalogLoader::loadEmbedded();
        if (!loaded)
            FAIL(loaded.error().message.toStdString());
        return loaded.value();
    }();
    return catalog;
}

// A writable copy of the embedded catalogue files, for breaking one of them.
class BrokenCopy final
{
public:
    BrokenCopy()
    {
        REQUIRE(m_dir.isValid());
        const QDir source(CatalogLoader::embeddedFolder());
        for (const QString &name : source.entryList(QDir::Files)) {
            const QString target = m_dir.filePath(name);
            REQUIRE(QFile::copy(source.filePath(name), target));
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    QString path() const { return m_dir.path(); }

    QStringList lines(const QString &file) const
    {
        QFile f(m_dir.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QStringList result = QString::fromUtf8(f.readAll()).split(u'\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }

    void write(const QString &file, const QStringList &lines)
    {
        QFile f(m_dir.filePath(file));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((lines.join(u'\n') + u'\n').toUtf8());
    }

    // line is 1-based, as the loader reports it.
    void setCell(const QString &file, int line, const QString &column, const QString &value)
    {
        QStringList all = lines(file);
        const qsizetype index = all.first().split(u'\t').indexOf(column);
        REQUIRE(index >= 0);
        QStringList cells = all[line - 1].split(u'\t');
        cells[index] = value;
        all[line - 1] = cells.join(u'\t');
        write(file, all);
    }

    QString cell(const QString &file, int line, const QString &column) const
    {
        const QStringList all = lines(file);
        const qsizetype index = all.first().split(u'\t').indexOf(column);
        REQUIRE(index >= 0);
        return all.at(line - 1).split(u'\t').at(index);
    }

private:
    QTemporaryDir m_dir;
};

void requireError(const ow::Result<Catalog> &result, const QString &code, const QString &file,
                  int line)
{
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().code == code);
    CHECK(result.error().message.contains(file));
    if (line > 0)
        CHECK(result.error().message.contains(u", line %1"_s.arg(line)));
}

} // namespace

TEST_CASE("The embedded catalogue loads whole and consistent", "[catalog]")
{
    const Catalog &c = embedded();
    CHECK(c.items.size() >= 70);
    CHECK(c.departments.size() >= 12);
    CHECK_FALSE(c.version.isEmpty());
    CHECK(c.regionCode == u"621221");
    CHECK(c.source.contains(u"示例"));

    QSet<QString> codes;
    int bundles = 0;
    int multiCertificate = 0;
    int oneTrip = 0;
    QSet<Material::Requirement> requirements;
    QSet<ItemKind> kinds;
    for (const ServiceItem &item : c.items) {
        INFO(item.code.toStdString());
        CHECK(c.department(item.departmentCode) != nullptr);
        CHECK(item.promisedDays <= item.legalDays);
        CHECK_FALSE(codes.contains(item.code));
        codes.insert(item.code);
        CHECK(item.code.startsWith(u"621221-" + item.departmentCode + u'-'));
        CHECK_FALSE(item.legalBasis.isEmpty());
        CHECK(item.source == c.source);
        CHECK(item.materials.size() >= 2);
        CHECK(item.materials.size() <= 8);
        for (const Material &m : item.materials)
            requirements.insert(m.requirement);
        for (const QString &part : item.bundleParts) {
            REQUIRE(c.item(part) != nullptr);
            CHECK_FALSE(c.item(part)->isBundle());
        }
        bundles += item.isBundle() ? 1 : 0;
        multiCertificate += item.isMultiCertificate() ? 1 : 0;
        oneTrip += item.oneTrip ? 1 : 0;
        kinds.insert(item.kind);
    }
    CHECK(bundles >= 1);
    CHECK(multiCertificate >= 1);
    CHECK(requirements.size() == 3);
    CHECK(kinds.size() >= 6);
    CHECK(oneTrip * 100 >= 74 * int(c.items.size())); // Jiuquan: ≥74% of items 一次办

    const ServiceItem *restaurant = nullptr;
    for (const ServiceItem &item : c.items) {
        if (item.name == u"开办餐饮店一件事")
            restaurant = &item;
    }
    REQUIRE(restaurant != nullptr);
    CHECK(restaurant->bundleParts.size() == 3);
    const ServiceItem *company = c.item(u"621221-SCJG-0001"_s);
    REQUIRE(company != nullptr);
    CHECK(company->name == u"企业设立登记");
    CHECK(company->replacesCertificates.contains(u"税务登记证"_s));
}

TEST_CASE("The catalogue loads the same from a directory as from the resource", "[catalog]")
{
    const ow::Result<Catalog> fromDir
            = CatalogLoader::load(QStringLiteral(ONEWINDOW_SOURCE_DIR "/resources/catalog"));
    REQUIRE(fromDir.ok());
    CHECK(fromDir.value() == embedded());
}

TEST_CASE("A broken catalogue file is refused with its file, line and problem", "[catalog]")
{
    struct Case
    {
        const char *what;
        QString file;
        int line;
        QString column;
        QString value;
        QString code;
    };
    // items.tsv line 2 is 621221-SCJG-0001 (legal 3, promised 1); materials.tsv lines 2 and 3
    // are its first two materials; bundles.tsv line 2 is the first part of the first bundle.
    const QList<Case> cases{
            {"unknown department", u"items.tsv"_s, 4, u"department"_s, u"XX"_s,
             u"catalog.unknown_department"_s},
            {"unknown kind", u"items.tsv"_s, 4, u"kind"_s, u"行政审批"_s,
             u"catalog.unknown_kind"_s},
            {"promised > legal", u"items.tsv"_s, 2, u"promised_days"_s, u"9"_s,
             u"catalog.promised_exceeds_legal"_s},
            {"duplicate code", u"items.tsv"_s, 4, u"code"_s, u"621221-SCJG-0001"_s,
             u"catalog.duplicate_code"_s},
            {"bad code", u"items.tsv"_s, 4, u"code"_s, u"621221 SCJG 3"_s, u"catalog.bad_code"_s},
            {"bad number", u"items.tsv"_s, 4, u"legal_days"_s, u"二十"_s, u"catalog.bad_number"_s},
            {"negative number", u"items.tsv"_s, 4, u"promised_days"_s, u"-1"_s,
             u"catalog.bad_number"_s},
            {"bad boolean", u"items.tsv"_s, 4, u"online"_s, u"Y"_s, u"catalog.bad_boolean"_s},
            {"bad fee", u"items.tsv"_s, 4, u"fee_yuan"_s, u"1.234"_s, u"catalog.bad_fee"_s},
            {"immediate but days promised", u"items.tsv"_s, 2, u"immediate"_s, u"是"_s,
             u"catalog.immediate_not_same_day"_s},
            {"no legal basis", u"items.tsv"_s, 4, u"legal_basis"_s, {}, u"catalog.empty_field"_s},
            {"material for an unknown item", u"materials.tsv"_s, 3, u"item"_s,
             u"621221-XXXX-0001"_s, u"catalog.unknown_item"_s},
            {"unknown form", u"materials.tsv"_s, 3, u"form"_s, u"扫描件"_s,
             u"catalog.unknown_form"_s},
            {"unknown requirement", u"materials.tsv"_s, 3, u"requirement"_s, u"可选"_s,
             u"catalog.unknown_requirement"_s},
            {"duplicate material order", u"materials.tsv"_s, 3, u"order"_s, u"1"_s,
             u"catalog.duplicate_order"_s},
            {"no copies of a required material", u"materials.tsv"_s, 3, u"copies"_s, u"0"_s,
             u"catalog.bad_copies"_s},
            {"bundle part that does not exist", u"bundles.tsv"_s, 2, u"part"_s,
             u"621221-SCJG-9999"_s, u"catalog.bad_bundle_part"_s},
            {"bundle part that is a bundle", u"bundles.tsv"_s, 2, u"part"_s, u"621221-ZWFW-0002"_s,
             u"catalog.bad_bundle_part"_s},
            {"bundle that is not an item", u"bundles.tsv"_s, 2, u"bundle"_s, u"621221-ZWFW-0099"_s,
             u"catalog.unknown_item"_s},
            {"certificate for an unknown item", u"certificates.tsv"_s, 2, u"item"_s, u"X-1"_s,
             u"catalog.unknown_item"_s},
            {"duplicate certificate", u"certificates.tsv"_s, 3, u"certificate"_s,
             u"组织机构代码证"_s, u"catalog.duplicate_certificate"_s},
            {"bad department code", u"departments.tsv"_s, 3, u"code"_s, u"scjg"_s,
             u"catalog.bad_code"_s},
            {"duplicate department", u"departments.tsv"_s, 3, u"code"_s, u"ZWFW"_s,
             u"catalog.duplicate_code"_s},
            {"bad region code", u"catalog.tsv"_s, 2, u"region_code"_s, u"6212"_s,
             u"catalog.bad_code"_s},
            {"region code of no province", u"catalog.tsv"_s, 2, u"region_code"_s, u"991221"_s,
             u"catalog.bad_code"_s},
    };
    for (const Case &c : cases) {
        SECTION(c.what)
        {
            BrokenCopy copy;
            copy.setCell(c.file, c.line, c.column, c.value);
            requireError(CatalogLoader::load(copy.path()), c.code, c.file, c.line);
        }
    }

    SECTION("a missing column")
    {
        BrokenCopy copy;
        QStringList lines = copy.lines(u"items.tsv"_s);
        lines[0].replace(u"fee_yuan"_s, u"fee"_s);
        copy.write(u"items.tsv"_s, lines);
        const auto result = CatalogLoader::load(copy.path());
        requireError(result, u"catalog.missing_column"_s, u"items.tsv"_s, 1);
        CHECK(result.error().message.contains(u"fee_yuan"));
    }
    SECTION("a row with a field too few")
    {
        BrokenCopy copy;
        QStringList lines = copy.lines(u"items.tsv"_s);
        lines[4] = lines[4].left(lines[4].lastIndexOf(u'\t'));
        copy.write(u"items.tsv"_s, lines);
        requireError(CatalogLoader::load(copy.path()), u"catalog.field_count"_s, u"items.tsv"_s, 5);
    }
    SECTION("a missing file")
    {
        BrokenCopy copy;
        REQUIRE(QFile::remove(copy.path() + u"/certificates.tsv"));
        requireError(CatalogLoader::load(copy.path()), u"catalog.file_missing"_s,
                     u"certificates.tsv"_s, 0);
    }
    SECTION("text that is not UTF-8")
    {
        BrokenCopy copy;
        QFile f(copy.path() + u"/departments.tsv");
        REQUIRE(f.open(QIODevice::Append));
        f.write("XZ\t\xb3\xc9\xcf\xd8\n"); // GBK, as an old spreadsheet export might write
        f.close();
        requireError(CatalogLoader::load(copy.path()), u"catalog.bad_encoding"_s,
                     u"departments.tsv"_s, 0);
    }
    SECTION("a second row in catalog.tsv")
    {
        BrokenCopy copy;
        QStringList lines = copy.lines(u"catalog.tsv"_s);
        lines.append(lines.last());
        copy.write(u"catalog.tsv"_s, lines);
        requireError(CatalogLoader::load(copy.path()), u"catalog.row_count"_s, u"catalog.tsv"_s, 3);
    }
    SECTION("a bundle with one part")
    {
        BrokenCopy copy;
        const QString bundle = copy.cell(u"bundles.tsv"_s, 2, u"bundle"_s);
        QStringList lines = copy.lines(u"bundles.tsv"_s);
        QStringList kept{lines.first()};
        bool first = true;
        for (const QString &line : lines.mid(1)) {
            if (!line.startsWith(bundle) || first)
                kept.append(line);
            if (line.startsWith(bundle))
                first = false;
        }
        copy.write(u"bundles.tsv"_s, kept);
        requireError(CatalogLoader::load(copy.path()), u"catalog.bad_bundle"_s, u"bundles.tsv"_s,
                     2);
    }
}

TEST_CASE("Comments, blank lines, CRLF and a byte order mark are accepted", "[catalog]")
{
    BrokenCopy copy;
    QStringList lines = copy.lines(u"departments.tsv"_s);
    for (QString &line : lines)
        line += u'\r';
    lines.insert(1, u"# 县直部门"_s);
    lines.insert(2, QString());
    copy.write(u"departments.tsv"_s, lines);
    QFile f(copy.path() + u"/departments.tsv");
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray content = "\xef\xbb\xbf" + f.readAll();
    f.close();
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    const auto result = CatalogLoader::load(copy.path());
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    CHECK(result.value() == embedded());
}

TEST_CASE("The catalogue survives a JSON round trip", "[catalog]")
{
    const QJsonObject json = CatalogLoader::toJson(embedded());
    CHECK(json.value(u"formatVersion").toInt() == CatalogLoader::jsonFormatVersion);
    const QJsonObject first = json.value(u"items").toArray().first().toObject();
    CHECK(first.value(u"kind").toString() == u"licensing");
    CHECK(first.value(u"materials").toArray().size() >= 2);

    const auto direct = CatalogLoader::fromJson(json);
    REQUIRE(direct.ok());
    CHECK(direct.value() == embedded());

    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const auto viaText = CatalogLoader::fromJson(QJsonDocument::fromJson(bytes).object());
    REQUIRE(viaText.ok());
    CHECK(viaText.value() == embedded());
    CHECK(CatalogLoader::validate(embedded()).ok());
}

TEST_CASE("Bad catalogue JSON is refused naming the item code and field", "[catalog]")
{
    const QJsonObject good = CatalogLoader::toJson(embedded());
    const int index = 5;
    const QString code = embedded().items.at(index).code;

    const auto breakItem = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject json = good;
        QJsonArray items = json.value(u"items").toArray();
        QJsonObject item = items.at(index).toObject();
        change(item);
        items[index] = item;
        json[u"items"] = items;
        return CatalogLoader::fromJson(json);
    };
    const auto requireJsonError = [&](const ow::Result<Catalog> &result, const QString &errorCode,
                                      const QString &field) {
        REQUIRE_FALSE(result.ok());
        INFO(result.error().message.toStdString());
        CHECK(result.error().code == errorCode);
        CHECK(result.error().message.contains(code));
        CHECK(result.error().message.contains(field));
    };

    SECTION("unknown kind")
    {
        requireJsonError(breakItem([](QJsonObject &i) { i[u"kind"] = u"bogus"_s; }),
                         u"catalog.unknown_kind"_s, u"kind"_s);
    }
    SECTION("promised > legal")
    {
        requireJsonError(breakItem([](QJsonObject &i) {
                             i[u"legalDays"] = 5;
                             i[u"promisedDays"] = 6;
                             i[u"immediate"] = false;
                         }),
                         u"catalog.promised_exceeds_legal"_s, u"promisedDays"_s);
    }
    SECTION("missing field")
    {
        requireJsonError(breakItem([](QJsonObject &i) { i.remove(u"legalDays"); }),
                         u"catalog.missing_field"_s, u"legalDays"_s);
    }
    SECTION("number as text")
    {
        requireJsonError(breakItem([](QJsonObject &i) { i[u"legalDays"] = u"20"_s; }),
                         u"catalog.bad_number"_s, u"legalDays"_s);
    }
    SECTION("unknown department")
    {
        requireJsonError(breakItem([](QJsonObject &i) { i[u"department"] = u"NOPE"_s; }),
                         u"catalog.unknown_department"_s, u"department"_s);
    }
    SECTION("unknown material requirement")
    {
        requireJsonError(breakItem([](QJsonObject &i) {
                             QJsonArray materials = i.value(u"materials").toArray();
                             QJsonObject m = materials.at(1).toObject();
                             m[u"requirement"] = u"optional"_s;
                             materials[1] = m;
                             i[u"materials"] = materials;
                         }),
                         u"catalog.unknown_requirement"_s, u"materials[1].requirement"_s);
    }
    SECTION("bundle part that does not exist")
    {
        requireJsonError(breakItem([](QJsonObject &i) {
                             i[u"bundleParts"] = QJsonArray{u"621221-SCJG-0001"_s, u"nope"_s};
                         }),
                         u"catalog.bad_bundle_part"_s, u"bundleParts"_s);
    }
    SECTION("a newer format")
    {
        QJsonObject json = good;
        json[u"formatVersion"] = CatalogLoader::jsonFormatVersion + 1;
        const auto result = CatalogLoader::fromJson(json);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == u"catalog.newer_format");
    }
    SECTION("duplicate code")
    {
        QJsonObject json = good;
        QJsonArray items = json.value(u"items").toArray();
        items.append(items.at(index));
        json[u"items"] = items;
        requireJsonError(CatalogLoader::fromJson(json), u"catalog.duplicate_code"_s, u"code"_s);
    }
}

TEST_CASE("Item kinds and material enums convert to data words, keys and names", "[catalog]")
{
    QSet<QString> words;
    QSet<QString> keys;
    for (const ItemKind kind : ow::allItemKinds()) {
        CHECK(ow::itemKindFromDataWord(ow::itemKindDataWord(kind)) == kind);
        CHECK(ow::itemKindFromKey(ow::itemKindKey(kind)) == kind);
        CHECK_FALSE(ow::itemKindDisplayName(kind).isEmpty());
        words.insert(ow::itemKindDataWord(kind));
        keys.insert(ow::itemKindKey(kind));
    }
    CHECK(words.size() == 8);
    CHECK(keys.size() == 8);
    CHECK(ow::itemKindDataWord(ItemKind::Licensing) == u"行政许可");
    CHECK(ow::itemKindKey(ItemKind::OtherPower) == u"other_power");
    CHECK_FALSE(ow::itemKindFromDataWord(u"licensing"_s).has_value());

    for (const Material::Form form : ow::allMaterialForms()) {
        CHECK(ow::materialFormFromDataWord(ow::materialFormDataWord(form)) == form);
        CHECK(ow::materialFormFromKey(ow::materialFormKey(form)) == form);
        CHECK_FALSE(ow::materialFormDisplayName(form).isEmpty());
    }
    for (const Material::Requirement r : ow::allMaterialRequirements()) {
        CHECK(ow::materialRequirementFromDataWord(ow::materialRequirementDataWord(r)) == r);
        CHECK(ow::materialRequirementFromKey(ow::materialRequirementKey(r)) == r);
        CHECK_FALSE(ow::materialRequirementDisplayName(r).isEmpty());
    }
    CHECK(ow::materialRequirementKey(Material::Requirement::Deferrable) == u"deferrable");
    CHECK(ow::materialRequirementDataWord(Material::Requirement::NoLongerRequired) == u"已取消");
    CHECK(ow::materialFormKey(Material::Form::OriginalAndCopy) == u"original_and_copy");
}
