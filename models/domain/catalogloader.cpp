#include "catalogloader.h"

#include "regioncode.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

constexpr int maxDays = 999;
constexpr qint64 maxFeeFen = 1'000'000'000; // ten million yuan
constexpr int maxCopies = 99;
const QString jsonFormatName = u"onewindow.catalog"_s;

const QString catalogFile = u"catalog.tsv"_s;
const QString departmentsFile = u"departments.tsv"_s;
const QString itemsFile = u"items.tsv"_s;
const QString materialsFile = u"materials.tsv"_s;
const QString bundlesFile = u"bundles.tsv"_s;
const QString certificatesFile = u"certificates.tsv"_s;

// One field's name in JSON and as a column of the files.
struct Field
{
    QString json;
    QString column;
};

namespace F {
const Field code{u"code"_s, u"code"_s};
const Field name{u"name"_s, u"name"_s};
const Field department{u"department"_s, u"department"_s};
const Field kind{u"kind"_s, u"kind"_s};
const Field legalDays{u"legalDays"_s, u"legal_days"_s};
const Field promisedDays{u"promisedDays"_s, u"promised_days"_s};
const Field fee{u"feeFen"_s, u"fee_yuan"_s};
const Field immediate{u"immediate"_s, u"immediate"_s};
const Field online{u"online"_s, u"online"_s};
const Field nearby{u"nearby"_s, u"nearby"_s};
const Field oneTrip{u"oneTrip"_s, u"one_trip"_s};
const Field township{u"townshipAcceptable"_s, u"township"_s};
const Field legalBasis{u"legalBasis"_s, u"legal_basis"_s};
const Field source{u"source"_s, u"source"_s};
const Field bundleParts{u"bundleParts"_s, u"part"_s};
const Field certificates{u"replacesCertificates"_s, u"certificate"_s};
const Field form{u"form"_s, u"form"_s};
const Field copies{u"copies"_s, u"copies"_s};
const Field requirement{u"requirement"_s, u"requirement"_s};
const Field note{u"note"_s, u"note"_s};
const Field version{u"version"_s, u"version"_s};
const Field regionCode{u"regionCode"_s, u"region_code"_s};
const Field regionName{u"regionName"_s, u"region_name"_s};
} // namespace F

// A broken rule, before it is placed in a file and line or in an item and field.
struct Problem
{
    QString code; // stable, e.g. catalog.promised_exceeds_legal
    Field field;
    QString text; // translated
};
using MaybeProblem = std::optional<Problem>;

Error errorAt(const QString &file, int line, const Problem &p)
{
    Error e;
    e.code = p.code;
    if (p.field.column.isEmpty())
        e.message = CatalogLoader::tr("%1, line %2: %3").arg(file).arg(line).arg(p.text);
    else
        e.message = CatalogLoader::tr("%1, line %2, column %3: %4")
                            .arg(file)
                            .arg(line)
                            .arg(p.field.column, p.text);
    e.detail = u"%1:%2: %3"_s.arg(file).arg(line).arg(p.code);
    return e;
}

Error errorInFile(const QString &file, const QString &code, const QString &text)
{
    return {code, CatalogLoader::tr("%1: %2").arg(file, text), file};
}

// where: an item code, or empty for the catalogue itself. prefix: e.g. "materials[2]."
Error errorInJson(const QString &where, const QString &prefix, const Problem &p)
{
    const QString field = prefix + p.field.json;
    Error e;
    e.code = p.code;
    if (where.isEmpty())
        e.message = CatalogLoader::tr("Catalogue, field %1: %2").arg(field, p.text);
    else
        e.message = CatalogLoader::tr("Item %1, field %2: %3").arg(where, field, p.text);
    e.detail = u"json %1 %2: %3"_s.arg(where.isEmpty() ? u"catalog"_s : where, field, p.code);
    return e;
}

Problem problem(const char *code, const Field &field, const QString &text)
{
    return {QString::fromLatin1(code), field, text};
}

bool isValidItemCode(const QString &code)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return re.match(code).hasMatch();
}

bool isValidDepartmentCode(const QString &code)
{
    static const QRegularExpression re(u"^[A-Z][A-Z0-9_]{0,15}$"_s);
    return re.match(code).hasMatch();
}

// --- the rules, shared by the files and JSON -------------------------------------------------

MaybeProblem checkDepartment(const Department &d)
{
    if (!isValidDepartmentCode(d.code))
        return problem("catalog.bad_code", F::code,
                       CatalogLoader::tr("“%1” is not a valid department code (upper-case letters "
                                         "and digits, starting with a letter, at most 16)")
                               .arg(d.code));
    if (d.name.isEmpty())
        return problem("catalog.empty_field", F::name, CatalogLoader::tr("the name is empty"));
    return std::nullopt;
}

// The item's own fields; materials, bundle parts and certificates are checked on their own.
MaybeProblem checkItemFields(const ServiceItem &item, const QSet<QString> &departmentCodes)
{
    if (!isValidItemCode(item.code))
        return problem("catalog.bad_code", F::code,
                       CatalogLoader::tr("“%1” is not a valid item code (letters, digits, “-”, "
                                         "“.” and “_”, at most 64)")
                               .arg(item.code));
    if (item.name.isEmpty())
        return problem("catalog.empty_field", F::name, CatalogLoader::tr("the name is empty"));
    if (!departmentCodes.contains(item.departmentCode))
        return problem("catalog.unknown_department", F::department,
                       CatalogLoader::tr("unknown department “%1”").arg(item.departmentCode));
    if (item.legalDays < 0 || item.legalDays > maxDays)
        return problem("catalog.bad_number", F::legalDays,
                       CatalogLoader::tr("%1 is not a number of working days from 0 to %2")
                               .arg(item.legalDays)
                               .arg(maxDays));
    if (item.promisedDays < 0 || item.promisedDays > maxDays)
        return problem("catalog.bad_number", F::promisedDays,
                       CatalogLoader::tr("%1 is not a number of working days from 0 to %2")
                               .arg(item.promisedDays)
                               .arg(maxDays));
    if (item.promisedDays > item.legalDays)
        return problem("catalog.promised_exceeds_legal", F::promisedDays,
                       CatalogLoader::tr("the promised time limit (%1 working days) exceeds the "
                                         "legal one (%2)")
                               .arg(item.promisedDays)
                               .arg(item.legalDays));
    if (item.immediate && item.promisedDays != 0)
        return problem("catalog.immediate_not_same_day", F::immediate,
                       CatalogLoader::tr("an item handled immediately (马上办) must promise 0 "
                                         "working days, not %1")
                               .arg(item.promisedDays));
    if (item.feeFen < 0 || item.feeFen > maxFeeFen)
        return problem("catalog.bad_fee", F::fee, CatalogLoader::tr("the fee is out of range"));
    if (item.legalBasis.isEmpty())
        return problem("catalog.empty_field", F::legalBasis,
                       CatalogLoader::tr("the legal basis is empty"));
    return std::nullopt;
}

MaybeProblem checkMaterial(const Material &m)
{
    if (m.name.isEmpty())
        return problem("catalog.empty_field", F::name,
                       CatalogLoader::tr("the material's name is empty"));
    if (m.copies < 0 || m.copies > maxCopies)
        return problem(
                "catalog.bad_copies", F::copies,
                CatalogLoader::tr("%1 copies: expected 0 to %2").arg(m.copies).arg(maxCopies));
    if (m.copies == 0 && m.requirement != Material::Requirement::NoLongerRequired)
        return problem("catalog.bad_copies", F::copies,
                       CatalogLoader::tr("a material that is asked for needs at least one copy"));
    return std::nullopt;
}

MaybeProblem checkCertificate(const QString &certificate, const QStringList &earlier)
{
    if (certificate.isEmpty())
        return problem("catalog.empty_field", F::certificates,
                       CatalogLoader::tr("the certificate's name is empty"));
    if (earlier.contains(certificate))
        return problem("catalog.duplicate_certificate", F::certificates,
                       CatalogLoader::tr("“%1” is listed twice").arg(certificate));
    return std::nullopt;
}

// isBundle: whether an item code names a bundle (nullopt: no such item).
template<typename IsBundle>
MaybeProblem checkBundlePart(const QString &bundle, const QString &part,
                             const QStringList &earlierParts, IsBundle isBundle)
{
    if (part == bundle)
        return problem("catalog.bad_bundle_part", F::bundleParts,
                       CatalogLoader::tr("a bundle cannot contain itself"));
    const std::optional<bool> partIsBundle = isBundle(part);
    if (!partIsBundle)
        return problem(
                "catalog.bad_bundle_part", F::bundleParts,
                CatalogLoader::tr("the part “%1” is not an item of the catalogue").arg(part));
    if (*partIsBundle)
        return problem("catalog.bad_bundle_part", F::bundleParts,
                       CatalogLoader::tr("the part “%1” is itself a bundle").arg(part));
    if (earlierParts.contains(part))
        return problem("catalog.bad_bundle_part", F::bundleParts,
                       CatalogLoader::tr("the part “%1” is listed twice").arg(part));
    return std::nullopt;
}

Problem tooFewParts()
{
    return problem("catalog.bad_bundle", F::bundleParts,
                   CatalogLoader::tr("a bundle (一件事) needs at least two parts"));
}

// --- the tab-separated files -----------------------------------------------------------------

struct Row
{
    int line = 0;
    QStringList cells;
};

struct Table
{
    QString file;
    QHash<QString, int> columns;
    QList<Row> rows;
    int headerLine = 0;

    QString cell(const Row &row, const QString &column) const
    {
        return row.cells.at(columns.value(column));
    }
};

Result<Table> readTable(const QString &folder, const QString &fileName, const QStringList &columns)
{
    QFile file(folder + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return errorInFile(fileName, u"catalog.file_missing"_s,
                           CatalogLoader::tr("cannot read the file (%1)").arg(file.errorString()));
    QStringDecoder decoder(QStringConverter::Utf8); // skips a byte order mark
    const QString text = decoder(file.readAll());
    if (decoder.hasError())
        return errorInFile(fileName, u"catalog.bad_encoding"_s,
                           CatalogLoader::tr("the file is not UTF-8 text"));

    Table table;
    table.file = fileName;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int lineNumber = int(i + 1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList cells = line.split(u'\t');
        for (QString &c : cells)
            c = c.trimmed();
        if (table.headerLine == 0) {
            table.headerLine = lineNumber;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (table.columns.contains(cells.at(c)))
                    return errorAt(fileName, lineNumber,
                                   problem("catalog.bad_header", {},
                                           CatalogLoader::tr("the column “%1” appears twice")
                                                   .arg(cells.at(c))));
                table.columns.insert(cells.at(c), int(c));
            }
            for (const QString &wanted : columns) {
                if (!table.columns.contains(wanted))
                    return errorAt(fileName, lineNumber,
                                   problem("catalog.missing_column", {},
                                           CatalogLoader::tr("the header has no column “%1”")
                                                   .arg(wanted)));
            }
            for (const QString &found : cells) {
                if (!columns.contains(found))
                    return errorAt(fileName, lineNumber,
                                   problem("catalog.bad_header", {},
                                           CatalogLoader::tr("unknown column “%1” (expected: %2)")
                                                   .arg(found, columns.join(u", "_s))));
            }
            continue;
        }
        if (cells.size() != table.columns.size())
            return errorAt(
                    fileName, lineNumber,
                    problem("catalog.field_count", {},
                            CatalogLoader::tr("%1 tab-separated fields, but the header has %2")
                                    .arg(cells.size())
                                    .arg(table.columns.size())));
        table.rows.append({lineNumber, cells});
    }
    if (table.headerLine == 0)
        return errorInFile(fileName, u"catalog.missing_column"_s,
                           CatalogLoader::tr("the file has no header row"));
    return table;
}

Problem badNumber(const QString &column, const QString &value)
{
    return problem("catalog.bad_number", {QString(), column},
                   CatalogLoader::tr("“%1” is not a whole number in range").arg(value));
}

// Whole numbers written plainly: digits only, no sign, no spaces, at most maxDigits.
std::optional<int> parseNumber(const QString &value, int maxDigits)
{
    if (value.isEmpty() || value.size() > maxDigits)
        return std::nullopt;
    int n = 0;
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

// Yuan with at most two decimals ("0", "20", "12.5", "0.80") into fen.
std::optional<qint64> parseYuan(const QString &value)
{
    static const QRegularExpression re(u"^([0-9]{1,7})(?:\\.([0-9]{1,2}))?$"_s);
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 fen = m.captured(1).toLongLong() * 100;
    const QString decimals = m.captured(2);
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong();
    return fen;
}

std::optional<bool> parseYesNo(const QString &value)
{
    if (value == u"是")
        return true;
    if (value == u"否")
        return false;
    return std::nullopt;
}

// Reads the cells of one row, remembering the first problem.
class RowReader final
{
public:
    RowReader(const Table &table, const Row &row)
        : m_table(table)
        , m_row(row)
    { }

    QString text(const Field &field) { return m_table.cell(m_row, field.column); }

    QString required(const Field &field)
    {
        const QString value = text(field);
        if (value.isEmpty())
            fail(problem("catalog.empty_field", field, CatalogLoader::tr("the cell is empty")));
        return value;
    }

    int number(const Field &field, int maxDigits)
    {
        const QString value = text(field);
        const std::optional<int> n = parseNumber(value, maxDigits);
        if (!n)
            fail(badNumber(field.column, value));
        return n.value_or(0);
    }

    bool yesNo(const Field &field)
    {
        const QString value = text(field);
        const std::optional<bool> b = parseYesNo(value);
        if (!b)
            fail(problem("catalog.bad_boolean", field,
                         CatalogLoader::tr("expected 是 or 否, found “%1”").arg(value)));
        return b.value_or(false);
    }

    void fail(const Problem &p)
    {
        if (!m_problem)
            m_problem = p;
    }
    bool ok() const { return !m_problem.has_value(); }
    Error error() const { return errorAt(m_table.file, m_row.line, *m_problem); }
    Error errorFor(const Problem &p) const { return errorAt(m_table.file, m_row.line, p); }

private:
    const Table &m_table;
    const Row &m_row;
    MaybeProblem m_problem;
};

const QStringList catalogColumns{u"version"_s, u"region_code"_s, u"region_name"_s, u"source"_s};
const QStringList departmentColumns{u"code"_s, u"name"_s};
const QStringList itemColumns{u"code"_s,        u"name"_s,          u"department"_s, u"kind"_s,
                              u"legal_days"_s,  u"promised_days"_s, u"fee_yuan"_s,   u"immediate"_s,
                              u"online"_s,      u"nearby"_s,        u"one_trip"_s,   u"township"_s,
                              u"legal_basis"_s, u"source"_s};
const QStringList materialColumns{u"item"_s,   u"order"_s,       u"name"_s, u"form"_s,
                                  u"copies"_s, u"requirement"_s, u"note"_s};
const QStringList bundleColumns{u"bundle"_s, u"order"_s, u"part"_s};
const QStringList certificateColumns{u"item"_s, u"order"_s, u"certificate"_s};

const Field itemRef{u"item"_s, u"item"_s};
const Field bundleRef{u"bundle"_s, u"bundle"_s};
const Field orderField{u"order"_s, u"order"_s};

Problem unknownItem(const Field &field, const QString &code)
{
    return problem("catalog.unknown_item", field,
                   CatalogLoader::tr("no item “%1” in %2").arg(code, itemsFile));
}

Problem duplicateOrder(int order)
{
    return problem("catalog.duplicate_order", orderField,
                   CatalogLoader::tr("the order %1 appears twice for this item").arg(order));
}

Problem wrongRowCount()
{
    return problem("catalog.row_count", {},
                   CatalogLoader::tr("the file must have exactly one row below its header"));
}

// The rows of one item in a child file (materials, bundle parts, certificates), by order.
template<typename T>
using Children = QHash<QString, QMap<int, T>>;

} // namespace

QString CatalogLoader::embeddedFolder()
{
    return u":/data/catalog"_s;
}

Result<Catalog> CatalogLoader::load(const QString &folder)
{
    Catalog catalog;

    // catalog.tsv: one row.
    {
        const Result<Table> table = readTable(folder, catalogFile, catalogColumns);
        if (!table)
            return table.error();
        if (table->rows.size() != 1)
            return errorAt(catalogFile,
                           table->rows.size() > 1 ? table->rows.at(1).line : table->headerLine,
                           wrongRowCount());
        RowReader r(table.value(), table->rows.first());
        catalog.version = r.required(F::version);
        catalog.regionCode = r.required({u"regionCode"_s, u"region_code"_s});
        catalog.regionName = r.required({u"regionName"_s, u"region_name"_s});
        catalog.source = r.required(F::source);
        if (!r.ok())
            return r.error();
        static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
        if (!sixDigits.match(catalog.regionCode).hasMatch()
            || !RegionCode::isMainlandProvince(QStringView(catalog.regionCode).left(2)))
            return r.errorFor(
                    problem("catalog.bad_code", {QString(), u"region_code"_s},
                            tr("“%1” is not a six-digit GB/T 2260 code").arg(catalog.regionCode)));
    }

    // departments.tsv
    QSet<QString> departmentCodes;
    {
        const Result<Table> table = readTable(folder, departmentsFile, departmentColumns);
        if (!table)
            return table.error();
        for (const Row &row : table->rows) {
            RowReader r(table.value(), row);
            const Department d{r.text(F::code), r.text(F::name)};
            if (const MaybeProblem p = checkDepartment(d))
                return r.errorFor(*p);
            if (departmentCodes.contains(d.code))
                return r.errorFor(problem("catalog.duplicate_code", F::code,
                                          tr("the department “%1” is listed twice").arg(d.code)));
            departmentCodes.insert(d.code);
            catalog.departments.append(d);
        }
        if (catalog.departments.isEmpty())
            return errorInFile(departmentsFile, u"catalog.empty"_s, tr("no departments"));
    }

    // items.tsv
    QHash<QString, qsizetype> itemIndex;
    {
        const Result<Table> table = readTable(folder, itemsFile, itemColumns);
        if (!table)
            return table.error();
        for (const Row &row : table->rows) {
            RowReader r(table.value(), row);
            ServiceItem item;
            item.code = r.text(F::code);
            item.name = r.text(F::name);
            item.departmentCode = r.text(F::department);
            const QString kindWord = r.text(F::kind);
            if (const std::optional<ItemKind> kind = itemKindFromDataWord(kindWord))
                item.kind = *kind;
            else
                r.fail(problem("catalog.unknown_kind", F::kind,
                               tr("unknown kind “%1” (expected one of: 行政许可, 行政确认, "
                                  "行政给付, 行政裁决, 行政征收, 行政奖励, 其他行政权力, 公共服务)")
                                       .arg(kindWord)));
            item.legalDays = r.number(F::legalDays, 3);
            item.promisedDays = r.number(F::promisedDays, 3);
            const QString feeText = r.text(F::fee);
            if (const std::optional<qint64> fen = parseYuan(feeText))
                item.feeFen = *fen;
            else
                r.fail(problem(
                        "catalog.bad_fee", F::fee,
                        tr("“%1” is not an amount in yuan (e.g. 0, 20 or 12.50)").arg(feeText)));
            item.immediate = r.yesNo(F::immediate);
            item.online = r.yesNo(F::online);
            item.nearby = r.yesNo(F::nearby);
            item.oneTrip = r.yesNo(F::oneTrip);
            item.townshipAcceptable = r.yesNo(F::township);
            item.legalBasis = r.text(F::legalBasis);
            item.source = r.text(F::source);
            if (item.source.isEmpty())
                item.source = catalog.source;
            if (!r.ok())
                return r.error();
            if (const MaybeProblem p = checkItemFields(item, departmentCodes))
                return r.errorFor(*p);
            if (itemIndex.contains(item.code))
                return r.errorFor(problem("catalog.duplicate_code", F::code,
                                          tr("the item code “%1” appears twice").arg(item.code)));
            itemIndex.insert(item.code, catalog.items.size());
            catalog.items.append(item);
        }
        if (catalog.items.isEmpty())
            return errorInFile(itemsFile, u"catalog.empty"_s, tr("no items"));
    }

    // materials.tsv
    {
        const Result<Table> table = readTable(folder, materialsFile, materialColumns);
        if (!table)
            return table.error();
        Children<Material> materials;
        for (const Row &row : table->rows) {
            RowReader r(table.value(), row);
            const QString itemCode = r.text(itemRef);
            if (!itemIndex.contains(itemCode))
                return r.errorFor(unknownItem(itemRef, itemCode));
            const int order = r.number(orderField, 4);
            Material m;
            m.name = r.text(F::name);
            const QString formWord = r.text(F::form);
            if (const std::optional<Material::Form> form = materialFormFromDataWord(formWord))
                m.form = *form;
            else
                r.fail(problem("catalog.unknown_form", F::form,
                               tr("unknown form “%1” (expected 原件, 复印件 or 原件和复印件)")
                                       .arg(formWord)));
            m.copies = r.number(F::copies, 2);
            const QString requirementWord = r.text(F::requirement);
            if (const auto req = materialRequirementFromDataWord(requirementWord))
                m.requirement = *req;
            else
                r.fail(problem("catalog.unknown_requirement", F::requirement,
                               tr("unknown requirement “%1” (expected 必需, 容缺 or 已取消)")
                                       .arg(requirementWord)));
            m.note = r.text(F::note);
            if (!r.ok())
                return r.error();
            if (const MaybeProblem p = checkMaterial(m))
                return r.errorFor(*p);
            if (materials.value(itemCode).contains(order))
                return r.errorFor(duplicateOrder(order));
            materials[itemCode].insert(order, m);
        }
        for (auto it = materials.cbegin(); it != materials.cend(); ++it)
            catalog.items[itemIndex.value(it.key())].materials = it.value().values();
    }

    // bundles.tsv
    {
        const Result<Table> table = readTable(folder, bundlesFile, bundleColumns);
        if (!table)
            return table.error();
        Children<QString> parts;
        QHash<QString, int> firstLine;
        QSet<QString> bundles;
        for (const Row &row : table->rows)
            bundles.insert(table->cell(row, bundleRef.column));
        const auto isBundle = [&](const QString &code) -> std::optional<bool> {
            if (!itemIndex.contains(code))
                return std::nullopt;
            return bundles.contains(code);
        };
        for (const Row &row : table->rows) {
            RowReader r(table.value(), row);
            const QString bundle = r.text(bundleRef);
            if (!itemIndex.contains(bundle))
                return r.errorFor(unknownItem(bundleRef, bundle));
            const int order = r.number(orderField, 4);
            const QString part = r.required(F::bundleParts);
            if (!r.ok())
                return r.error();
            if (const MaybeProblem p
                = checkBundlePart(bundle, part, parts.value(bundle).values(), isBundle))
                return r.errorFor(*p);
            if (parts.value(bundle).contains(order))
                return r.errorFor(duplicateOrder(order));
            parts[bundle].insert(order, part);
            firstLine.insert(bundle, qMin(firstLine.value(bundle, row.line), row.line));
        }
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (it.value().size() < 2)
                return errorAt(bundlesFile, firstLine.value(it.key()), tooFewParts());
            catalog.items[itemIndex.value(it.key())].bundleParts = it.value().values();
        }
    }

    // certificates.tsv
    {
        const Result<Table> table = readTable(folder, certificatesFile, certificateColumns);
        if (!table)
            return table.error();
        Children<QString> certificates;
        for (const Row &row : table->rows) {
            RowReader r(table.value(), row);
            const QString itemCode = r.text(itemRef);
            if (!itemIndex.contains(itemCode))
                return r.errorFor(unknownItem(itemRef, itemCode));
            const int order = r.number(orderField, 4);
            const QString certificate = r.text(F::certificates);
            if (!r.ok())
                return r.error();
            if (const MaybeProblem p
                = checkCertificate(certificate, certificates.value(itemCode).values()))
                return r.errorFor(*p);
            if (certificates.value(itemCode).contains(order))
                return r.errorFor(duplicateOrder(order));
            certificates[itemCode].insert(order, certificate);
        }
        for (auto it = certificates.cbegin(); it != certificates.cend(); ++it)
            catalog.items[itemIndex.value(it.key())].replacesCertificates = it.value().values();
    }

    return catalog;
}

// --- JSON ------------------------------------------------------------------------------------

QJsonObject CatalogLoader::toJson(const Catalog &catalog)
{
    QJsonArray departments;
    for (const Department &d : catalog.departments)
        departments.append(QJsonObject{{F::code.json, d.code}, {F::name.json, d.name}});
    QJsonArray items;
    for (const ServiceItem &item : catalog.items) {
        QJsonArray materials;
        for (const Material &m : item.materials) {
            materials.append(QJsonObject{
                    {F::name.json, m.name},
                    {F::form.json, materialFormKey(m.form)},
                    {F::copies.json, m.copies},
                    {F::requirement.json, materialRequirementKey(m.requirement)},
                    {F::note.json, m.note},
            });
        }
        items.append(QJsonObject{
                {F::code.json, item.code},
                {F::name.json, item.name},
                {F::department.json, item.departmentCode},
                {F::kind.json, itemKindKey(item.kind)},
                {F::legalDays.json, item.legalDays},
                {F::promisedDays.json, item.promisedDays},
                {F::fee.json, item.feeFen},
                {F::immediate.json, item.immediate},
                {F::online.json, item.online},
                {F::nearby.json, item.nearby},
                {F::oneTrip.json, item.oneTrip},
                {F::township.json, item.townshipAcceptable},
                {F::legalBasis.json, item.legalBasis},
                {F::source.json, item.source},
                {F::bundleParts.json, QJsonArray::fromStringList(item.bundleParts)},
                {F::certificates.json, QJsonArray::fromStringList(item.replacesCertificates)},
                {u"materials"_s, materials},
        });
    }
    return QJsonObject{
            {u"format"_s, jsonFormatName},
            {u"formatVersion"_s, jsonFormatVersion},
            {F::version.json, catalog.version},
            {F::regionCode.json, catalog.regionCode},
            {F::regionName.json, catalog.regionName},
            {F::source.json, catalog.source},
            {u"departments"_s, departments},
            {u"items"_s, items},
    };
}

namespace {

// Reads typed fields of one JSON object, remembering the first problem.
class JsonReader final
{
public:
    explicit JsonReader(const QJsonObject &object)
        : m_object(object)
    { }

    QString string(const Field &field)
    {
        const QJsonValue v = value(field);
        if (!v.isUndefined() && !v.isString())
            fail(problem("catalog.bad_type", field, CatalogLoader::tr("expected a string")));
        return v.toString();
    }

    qint64 integer(const Field &field)
    {
        const QJsonValue v = value(field);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 1e15) {
            fail(problem("catalog.bad_number", field,
                         CatalogLoader::tr("expected a whole number, at least 0")));
            return 0;
        }
        return qint64(d);
    }

    bool boolean(const Field &field)
    {
        const QJsonValue v = value(field);
        if (!v.isUndefined() && !v.isBool())
            fail(problem("catalog.bad_type", field, CatalogLoader::tr("expected true or false")));
        return v.toBool();
    }

    QStringList strings(const Field &field)
    {
        const QJsonValue v = value(field);
        QStringList list;
        if (v.isUndefined())
            return list;
        if (!v.isArray()) {
            fail(problem("catalog.bad_type", field, CatalogLoader::tr("expected a list")));
            return list;
        }
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                fail(problem("catalog.bad_type", field,
                             CatalogLoader::tr("expected a list of strings")));
                return list;
            }
            list.append(e.toString());
        }
        return list;
    }

    QJsonArray objects(const Field &field)
    {
        const QJsonValue v = value(field);
        const QJsonArray array = v.toArray();
        if (!v.isUndefined() && !v.isArray())
            fail(problem("catalog.bad_type", field, CatalogLoader::tr("expected a list")));
        for (const QJsonValue &e : array) {
            if (!e.isObject()) {
                fail(problem("catalog.bad_type", field,
                             CatalogLoader::tr("expected a list of objects")));
                return {};
            }
        }
        return array;
    }

    void fail(const Problem &p)
    {
        if (!m_problem)
            m_problem = p;
    }
    const MaybeProblem &problemFound() const { return m_problem; }

private:
    QJsonValue value(const Field &field)
    {
        const QJsonValue v = m_object.value(field.json);
        if (v.isUndefined())
            fail(problem("catalog.missing_field", field, CatalogLoader::tr("missing")));
        return v;
    }

    const QJsonObject m_object; // a copy: callers pass temporaries from QJsonArray::at()
    MaybeProblem m_problem;
};

// The label an item goes by in an error before its code is known.
QString itemLabel(const QString &code, qsizetype index)
{
    return code.isEmpty() ? CatalogLoader::tr("#%1").arg(index + 1) : code;
}

} // namespace

Result<Catalog> CatalogLoader::fromJson(const QJsonObject &json)
{
    Catalog catalog;
    JsonReader top(json);
    const QString format = top.string({u"format"_s, {}});
    const qint64 formatVersion = top.integer({u"formatVersion"_s, {}});
    if (!top.problemFound() && format != jsonFormatName)
        top.fail(problem("catalog.bad_format", {u"format"_s, {}},
                         tr("“%1” is not a OneWindow catalogue").arg(format)));
    if (!top.problemFound() && formatVersion > jsonFormatVersion)
        top.fail(problem("catalog.newer_format", {u"formatVersion"_s, {}},
                         tr("format version %1 is newer than this program understands (%2); "
                            "update the program")
                                 .arg(formatVersion)
                                 .arg(jsonFormatVersion)));
    catalog.version = top.string(F::version);
    catalog.regionCode = top.string(F::regionCode);
    catalog.regionName = top.string(F::regionName);
    catalog.source = top.string(F::source);
    const QJsonArray departments = top.objects({u"departments"_s, {}});
    const QJsonArray items = top.objects({u"items"_s, {}});
    if (top.problemFound())
        return errorInJson({}, {}, *top.problemFound());

    for (qsizetype i = 0; i < departments.size(); ++i) {
        JsonReader r(departments.at(i).toObject());
        Department d;
        d.code = r.string(F::code);
        d.name = r.string(F::name);
        if (r.problemFound())
            return errorInJson({}, u"departments[%1]."_s.arg(i), *r.problemFound());
        catalog.departments.append(d);
    }

    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonReader r(items.at(i).toObject());
        ServiceItem item;
        item.code = r.string(F::code);
        item.name = r.string(F::name);
        item.departmentCode = r.string(F::department);
        const QString kindKey = r.string(F::kind);
        if (const std::optional<ItemKind> kind = itemKindFromKey(kindKey))
            item.kind = *kind;
        else
            r.fail(problem("catalog.unknown_kind", F::kind, tr("unknown kind “%1”").arg(kindKey)));
        item.legalDays = int(qMin<qint64>(r.integer(F::legalDays), maxDays + 1));
        item.promisedDays = int(qMin<qint64>(r.integer(F::promisedDays), maxDays + 1));
        item.feeFen = r.integer(F::fee);
        item.immediate = r.boolean(F::immediate);
        item.online = r.boolean(F::online);
        item.nearby = r.boolean(F::nearby);
        item.oneTrip = r.boolean(F::oneTrip);
        item.townshipAcceptable = r.boolean(F::township);
        item.legalBasis = r.string(F::legalBasis);
        item.source = r.string(F::source);
        item.bundleParts = r.strings(F::bundleParts);
        item.replacesCertificates = r.strings(F::certificates);
        const QJsonArray materials = r.objects({u"materials"_s, {}});
        if (r.problemFound())
            return errorInJson(itemLabel(item.code, i), {}, *r.problemFound());
        for (qsizetype m = 0; m < materials.size(); ++m) {
            JsonReader mr(materials.at(m).toObject());
            Material material;
            material.name = mr.string(F::name);
            const QString formKey = mr.string(F::form);
            if (const std::optional<Material::Form> form = materialFormFromKey(formKey))
                material.form = *form;
            else
                mr.fail(problem("catalog.unknown_form", F::form,
                                tr("unknown form “%1”").arg(formKey)));
            material.copies = int(qMin<qint64>(mr.integer(F::copies), maxCopies + 1));
            const QString requirementKey = mr.string(F::requirement);
            if (const auto req = materialRequirementFromKey(requirementKey))
                material.requirement = *req;
            else
                mr.fail(problem("catalog.unknown_requirement", F::requirement,
                                tr("unknown requirement “%1”").arg(requirementKey)));
            material.note = mr.string(F::note);
            if (mr.problemFound())
                return errorInJson(itemLabel(item.code, i), u"materials[%1]."_s.arg(m),
                                   *mr.problemFound());
            item.materials.append(material);
        }
        catalog.items.append(item);
    }

    if (const Status status = validate(catalog); !status)
        return status.error();
    return catalog;
}

Status CatalogLoader::validate(const Catalog &catalog)
{
    if (catalog.version.isEmpty())
        return errorInJson({}, {}, problem("catalog.empty_field", F::version, tr("empty")));
    if (catalog.source.isEmpty())
        return errorInJson({}, {}, problem("catalog.empty_field", F::source, tr("empty")));

    QSet<QString> departmentCodes;
    for (qsizetype i = 0; i < catalog.departments.size(); ++i) {
        const Department &d = catalog.departments.at(i);
        const QString prefix = u"departments[%1]."_s.arg(i);
        if (const MaybeProblem p = checkDepartment(d))
            return errorInJson({}, prefix, *p);
        if (departmentCodes.contains(d.code))
            return errorInJson({}, prefix,
                               problem("catalog.duplicate_code", F::code,
                                       tr("the department “%1” is listed twice").arg(d.code)));
        departmentCodes.insert(d.code);
    }
    if (catalog.items.isEmpty())
        return errorInJson({}, {}, problem("catalog.empty", {u"items"_s, {}}, tr("no items")));

    QHash<QString, bool> isBundleByCode;
    for (const ServiceItem &item : catalog.items)
        isBundleByCode.insert(item.code, item.isBundle());
    const auto isBundle = [&](const QString &code) -> std::optional<bool> {
        const auto it = isBundleByCode.constFind(code);
        if (it == isBundleByCode.cend())
            return std::nullopt;
        return it.value();
    };

    QSet<QString> seen;
    for (qsizetype i = 0; i < catalog.items.size(); ++i) {
        const ServiceItem &item = catalog.items.at(i);
        const QString where = itemLabel(item.code, i);
        if (const MaybeProblem p = checkItemFields(item, departmentCodes))
            return errorInJson(where, {}, *p);
        if (seen.contains(item.code))
            return errorInJson(where, {},
                               problem("catalog.duplicate_code", F::code,
                                       tr("the item code “%1” appears twice").arg(item.code)));
        seen.insert(item.code);
        if (item.source.isEmpty())
            return errorInJson(where, {}, problem("catalog.empty_field", F::source, tr("empty")));
        for (qsizetype m = 0; m < item.materials.size(); ++m) {
            if (const MaybeProblem p = checkMaterial(item.materials.at(m)))
                return errorInJson(where, u"materials[%1]."_s.arg(m), *p);
        }
        for (qsizetype c = 0; c < item.replacesCertificates.size(); ++c) {
            if (const MaybeProblem p = checkCertificate(item.replacesCertificates.at(c),
                                                        item.replacesCertificates.mid(0, c)))
                return errorInJson(where, {}, *p);
        }
        if (item.bundleParts.size() == 1)
            return errorInJson(where, {}, tooFewParts());
        for (qsizetype b = 0; b < item.bundleParts.size(); ++b) {
            if (const MaybeProblem p = checkBundlePart(item.code, item.bundleParts.at(b),
                                                       item.bundleParts.mid(0, b), isBundle))
                return errorInJson(where, {}, *p);
        }
    }
    return Status::success();
}

} // namespace ow
