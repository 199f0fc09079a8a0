#include "creditcode.h"

#include "regioncode.h"

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

constexpr char16_t Alphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int Weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// The GB 32100-2015 table and the rows added since (A, N): registration authority → the entity
// types it issues.
struct Category
{
    char16_t authority;
    const char16_t *entityTypes;
};
constexpr Category Categories[] = {
        {u'1', u"1239"}, // 机构编制: 机关, 事业单位, 群众团体, 其他
        {u'2', u"19"},   // 外交: 外国常驻新闻机构, 其他
        {u'3', u"123459"}, // 司法行政: 律师, 公证, 基层法律服务, 司法鉴定, 仲裁, 其他
        {u'4', u"19"},   // 文化: 外国在华文化中心, 其他
        {u'5', u"1239"}, // 民政: 社会团体, 民办非企业单位, 基金会, 其他
        {u'6', u"129"},  // 旅游: 外国/港澳台旅游部门常驻代表机构, 其他
        {u'7', u"129"},  // 宗教: 宗教活动场所, 宗教院校, 其他
        {u'8', u"19"},   // 工会: 基层工会, 其他
        {u'9', u"123"},  // 工商/市场监管: 企业, 个体工商户, 农民专业合作社
        {u'A', u"19"},   // 中央军委改革和编制办公室: 军队事业单位, 其他
        {u'N', u"1239"}, // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
        {u'Y', u"1"},    // 其他: not subdivided, always 1
};

const Category *findCategory(QChar authority)
{
    for (const Category &category : Categories) {
        if (authority == category.authority)
            return &category;
    }
    return nullptr;
}

int alphabetIndex(QChar c)
{
    const QStringView alphabet(Alphabet);
    return int(alphabet.indexOf(c));
}

} // namespace

QStringView CreditCode::alphabet()
{
    return QStringView(Alphabet);
}

bool CreditCode::isKnownCategory(QChar authority, QChar entityType)
{
    const Category *category = findCategory(authority);
    return category && QStringView(category->entityTypes).contains(entityType);
}

QChar CreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = alphabetIndex(first17[i]);
        if (value < 0)
            return {};
        sum += value * Weights[i];
    }
    return QChar(Alphabet[(31 - sum % 31) % 31]);
}

CreditCode::Result CreditCode::validate(const QString &input)
{
    Result result;
    const QString code = input.trimmed().toUpper();
    if (code.isEmpty())
        return result; // Reason::Empty

    for (const QChar c : code) {
        if (alphabetIndex(c) < 0) {
            result.reason = Reason::BadCharacter;
            return result;
        }
    }
    if (code.size() != 18) {
        result.reason = Reason::WrongLength;
        return result;
    }

    const QStringView view(code);
    if (!findCategory(view[0])) {
        result.reason = Reason::BadAuthority;
        return result;
    }
    if (!isKnownCategory(view[0], view[1])) {
        result.reason = Reason::BadEntityType;
        return result;
    }

    // Registration authority's region (GB/T 2260); central authorities register with 100000.
    const QStringView region = view.mid(2, 6);
    for (const QChar c : region) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            result.reason = Reason::BadRegion;
            return result;
        }
    }
    if (region != u"100000" && !RegionCode::isProvince(region.left(2))) {
        result.reason = Reason::BadRegion;
        return result;
    }

    // Positions 9-17 (the organisation code, GB 11714) carry a check character of their own;
    // we deliberately do not reject on it (docs/data-rules.md).
    if (checkCharacter(view.left(17)) != view[17]) {
        result.reason = Reason::BadCheckCharacter;
        return result;
    }

    result.reason = Reason::Ok;
    result.normalized = code;
    result.authority = view[0];
    result.entityType = view[1];
    return result;
}

QString CreditCode::mask(const QString &code)
{
    const QString text = code.trimmed().toUpper();
    if (text.size() == 18)
        return text.left(6) + QString(8, u'*') + text.right(4);
    if (text.size() <= 4)
        return QString(text.size(), u'*');
    return QString(text.size() - 4, u'*') + text.right(4);
}

QString CreditCode::message(Reason reason)
{
    switch (reason) {
    case Reason::Ok:
        return tr("The unified social credit code is valid.");
    case Reason::Empty:
        return tr("Enter the unified social credit code.");
    case Reason::WrongLength:
        return tr("A unified social credit code has 18 characters: check for a missing or an "
                  "extra character.");
    case Reason::BadCharacter:
        return tr("A unified social credit code holds only digits and capital letters other "
                  "than I, O, S, V and Z: check for a 0 typed as O, a 1 as I, a 5 as S, a 2 as Z, "
                  "or a space.");
    case Reason::BadAuthority:
        return tr("The first character is not a registration authority code: compare it with "
                  "the licence.");
    case Reason::BadEntityType:
        return tr("The second character is not an entity type that this registration authority "
                  "issues: compare the first two characters with the licence.");
    case Reason::BadRegion:
        return tr("Characters 3 to 8 are not a valid region code: compare them with the "
                  "licence.");
    case Reason::BadCheckCharacter:
        return tr("The check character does not match: please check each character again.");
    }
    return {};
}

} // namespace ow
