#include "domain/creditcode.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>

#include <utility>

using ow::CreditCode;
using namespace Qt::Literals::StringLiterals;

namespace {

using Reason = CreditCode::Reason;

const QString Alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;

// GB 32100 written differently from the code under test: the weight of position i (0-based)
// is 3^i mod 31 and the check value is (31 - sum mod 31) mod 31.
QChar referenceCheck(const QString &first17)
{
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        sum += int(Alphabet.indexOf(first17[i])) * weight;
        weight = weight * 3 % 31;
    }
    return Alphabet[(31 - sum % 31) % 31];
}

QString withCheck(const QString &first17)
{
    REQUIRE(first17.size() == 17);
    return first17 + CreditCode::checkCharacter(first17);
}

// Valid codes for each kind of registration authority. The first is the often-quoted example
// of a Fuzhou enterprise; the others were built with organisation codes whose own GB 11714
// check character is right too.
const QStringList &validCodes()
{
    static const QStringList codes = {
            u"91350100M000100Y43"_s, // 9 市场监管, 1 enterprise, Fuzhou
            u"91620102MA71AB3C2P"_s, // enterprise, Lanzhou Chengguan
            u"92620521L23456783P"_s, // 9 2 individual business (个体工商户)
            u"93620523MA7412UR6N"_s, // 9 3 farmers' co-operative
            u"91810000MA0Q00019B"_s, // enterprise registered under 81
            u"11100000000013127D"_s, // 1 机构编制, 1 organ, central level (100000)
            u"12100000400003585N"_s, // 1 2 public institution, central level
            u"5110000050001234XC"_s, // 5 民政, 1 social organisation, central level
            u"52620521MJ12345615"_s, // 5 2 private non-enterprise unit
            u"53620100501234569X"_s, // 5 3 foundation
            u"31620000E123456735"_s, // 3 司法行政, 1 law firm
            u"A1110000MB0P12346U"_s, // A military, 1
            u"N2620521N123456793"_s, // N 农业, 2 village collective
            u"Y1620102MC4567892B"_s, // Y other
    };
    return codes;
}

} // namespace

TEST_CASE("Credit code check character matches hand-computed sums", "[creditcode]")
{
    // 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 are worth 9 1 3 5 0 1 0 0 21 0 0 0 1 0 0 30 4;
    // weighted by 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
    // 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31 - 28 = 3.
    CHECK(CreditCode::checkCharacter(u"91350100M000100Y4") == u'3');
    // 1+3+9+0+0+0+0+0+0+0+0+0+8+72+10+60+196 = 359; 359 mod 31 = 18; 31 - 18 = 13 → D.
    CHECK(CreditCode::checkCharacter(u"11100000000013127") == u'D');
    // A sum divisible by 31 gives 0, not 31: 17 zeros.
    CHECK(CreditCode::checkCharacter(u"00000000000000000") == u'0');
    // Y is worth 30: 30 * 28 = 840 = 27 * 31 + 3; 31 - 3 = 28 → W.
    CHECK(CreditCode::checkCharacter(u"0000000000000000Y") == u'W');

    CHECK(CreditCode::checkCharacter(u"91350100M000100Y").isNull());
    CHECK(CreditCode::checkCharacter(u"91350100M000100Y43").isNull());
    CHECK(CreditCode::checkCharacter(u"91350100M000100I4").isNull());
    CHECK(CreditCode::checkCharacter(u"91350100m000100Y4").isNull());
}

TEST_CASE("Credit code check character agrees with an independent MOD 31", "[creditcode]")
{
    for (const QString &code : validCodes())
        CHECK(referenceCheck(code.left(17)) == code[17]);

    QRandomGenerator random(20260102);
    QSet<QChar> seen;
    for (int n = 0; n < 5000; ++n) {
        QString first17;
        for (int i = 0; i < 17; ++i)
            first17 += Alphabet[random.bounded(31)];
        const QChar check = CreditCode::checkCharacter(first17);
        seen.insert(check);
        REQUIRE(check == referenceCheck(first17));
    }
    CHECK(seen.size() == 31);
}

TEST_CASE("Valid credit codes are accepted", "[creditcode]")
{
    for (const QString &code : validCodes()) {
        INFO(code.toStdString());
        const CreditCode::Result result = CreditCode::validate(code);
        CHECK(result.reason == Reason::Ok);
        CHECK(result.normalized == code);
        CHECK(result.authority == code[0]);
        CHECK(result.entityType == code[1]);
    }
    CHECK(CreditCode::isValid(u"91350100M000100Y43"_s));
}

TEST_CASE("Every single-character substitution of a valid credit code is rejected", "[creditcode]")
{
    QStringList accepted;
    int tried = 0;
    for (const QString &code : validCodes()) {
        for (int position = 0; position < 18; ++position) {
            for (const QChar replacement : Alphabet) {
                if (replacement == code[position])
                    continue;
                QString changed = code;
                changed[position] = replacement;
                ++tried;
                if (CreditCode::isValid(changed))
                    accepted.append(changed);
            }
        }
    }
    CHECK(tried == validCodes().size() * 18 * 30);
    INFO(accepted.join(u' ').toStdString());
    CHECK(accepted.isEmpty());
}

TEST_CASE("Every adjacent transposition of a valid credit code is rejected", "[creditcode]")
{
    // MOD 31 catches every one: the weights grow by a factor 3, so swapping values a and b at
    // weights w and 3w changes the sum by 2w(b - a), and 31 is prime; the last pair (weights
    // 28 and 1) changes it by 27(a - b).
    QStringList accepted;
    int tried = 0;
    for (const QString &code : validCodes()) {
        for (int position = 0; position < 17; ++position) {
            QString swapped = code;
            std::swap(swapped[position], swapped[position + 1]);
            if (swapped == code)
                continue;
            ++tried;
            if (CreditCode::isValid(swapped))
                accepted.append(swapped);
        }
    }
    CHECK(tried > validCodes().size() * 8);
    INFO(accepted.join(u' ').toStdString());
    CHECK(accepted.isEmpty());
}

TEST_CASE("Credit code authority and entity type table", "[creditcode]")
{
    const QList<std::pair<QChar, QString>> table = {
            {u'1', u"1239"_s}, {u'2', u"19"_s},  {u'3', u"123459"_s}, {u'4', u"19"_s},
            {u'5', u"1239"_s}, {u'6', u"129"_s}, {u'7', u"129"_s},    {u'8', u"19"_s},
            {u'9', u"123"_s},  {u'A', u"19"_s},  {u'N', u"1239"_s},   {u'Y', u"1"_s},
    };
    QString authorities;
    for (const auto &[authority, types] : table)
        authorities += authority;

    for (const QChar authority : Alphabet) {
        QString types;
        for (const auto &entry : table) {
            if (entry.first == authority)
                types = entry.second;
        }
        for (const QChar type : Alphabet) {
            const QString code = withCheck(QString(authority) + type + u"620102MA71AB3C2"_s);
            INFO(code.toStdString());
            CHECK(CreditCode::isKnownCategory(authority, type) == types.contains(type));
            const Reason reason = CreditCode::validate(code).reason;
            if (!authorities.contains(authority))
                CHECK(reason == Reason::BadAuthority);
            else if (!types.contains(type))
                CHECK(reason == Reason::BadEntityType);
            else
                CHECK(reason == Reason::Ok);
        }
    }
    // The letters are accepted, in either case.
    CHECK(CreditCode::validate(withCheck(u"A1110000MB0P12346"_s)).isValid());
    CHECK(CreditCode::validate(withCheck(u"N3620521N12345679"_s)).isValid());
    CHECK(CreditCode::validate(withCheck(u"Y1620102MC4567892"_s)).isValid());
    CHECK(CreditCode::validate(withCheck(u"Y1620102MC4567892"_s).toLower()).isValid());
}

TEST_CASE("Credit code region codes", "[creditcode]")
{
    CHECK(CreditCode::validate(withCheck(u"91100000MA71AB3C2"_s)).isValid()); // central level
    CHECK(CreditCode::validate(withCheck(u"91620000MA71AB3C2"_s)).isValid());
    CHECK(CreditCode::validate(withCheck(u"91830000MA71AB3C2"_s)).isValid());
    for (const QString &region : {u"000000"_s, u"100001"_s, u"990000"_s, u"100100"_s, u"160000"_s,
                                  u"700000"_s, u"840000"_s, u"6201A2"_s, u"62010Y"_s}) {
        const QString code = withCheck(u"91"_s + region + u"MA71AB3C2"_s);
        INFO(code.toStdString());
        CHECK(CreditCode::validate(code).reason == Reason::BadRegion);
    }
}

TEST_CASE("Credit code organisation-code check is not enforced", "[creditcode]")
{
    // M000100Y carries 4 as its GB 11714 check character; with 5 instead, and a matching
    // final check character, the code is accepted (docs/data-rules.md says why).
    const QString code = withCheck(u"91350100M000100Y5"_s);
    CHECK(code != u"91350100M000100Y43"_s);
    CHECK(CreditCode::validate(code).isValid());
}

TEST_CASE("Credit code input clean-up and malformed input", "[creditcode]")
{
    const auto reasonOf = [](const QString &input) { return CreditCode::validate(input).reason; };
    SECTION("lower case and surrounding whitespace")
    {
        const auto result = CreditCode::validate(u" 91350100m000100y43\t"_s);
        CHECK(result.reason == Reason::Ok);
        CHECK(result.normalized == u"91350100M000100Y43"_s);
    }
    SECTION("letters the code never uses")
    {
        for (const QString &letter : {u"I"_s, u"O"_s, u"S"_s, u"V"_s, u"Z"_s, u"o"_s, u"z"_s}) {
            QString code = u"91350100M000100Y43"_s;
            code[8] = letter[0];
            INFO(code.toStdString());
            CHECK(reasonOf(code) == Reason::BadCharacter);
        }
    }
    SECTION("inner spaces, hyphens and full-width characters")
    {
        CHECK(reasonOf(u"91350100 M000100Y43"_s) == Reason::BadCharacter);
        CHECK(reasonOf(u"91350100-M000100Y43"_s) == Reason::BadCharacter);
        CHECK(reasonOf(u"\uFF19\uFF11350100M000100Y43"_s) == Reason::BadCharacter);
        CHECK(reasonOf(u"91350100\uFF2D000100Y43"_s) == Reason::BadCharacter);
    }
    SECTION("lengths")
    {
        CHECK(reasonOf(QString()) == Reason::Empty);
        CHECK(reasonOf(u"  "_s) == Reason::Empty);
        CHECK(reasonOf(u"91350100M000100Y4"_s) == Reason::WrongLength);
        CHECK(reasonOf(u"91350100M000100Y433"_s) == Reason::WrongLength);
        CHECK(reasonOf(u"M000100Y4"_s) == Reason::WrongLength); // an old organisation code
    }
    SECTION("check character")
    {
        CHECK(reasonOf(u"91350100M000100Y44"_s) == Reason::BadCheckCharacter);
        CHECK(reasonOf(u"91350100M000100Y4Y"_s) == Reason::BadCheckCharacter);
        CHECK(CreditCode::validate(u"91350100M000100Y44"_s).normalized.isEmpty());
    }
}

TEST_CASE("Credit code masking", "[creditcode]")
{
    CHECK(CreditCode::mask(u"91350100M000100Y43"_s) == u"913501********0Y43"_s);
    CHECK(CreditCode::mask(u"91350100m000100y43"_s) == u"913501********0Y43"_s);
    CHECK(CreditCode::mask(u"M000100Y4"_s) == u"*****00Y4"_s);
    CHECK(CreditCode::mask(u"ABC"_s) == u"***"_s);
}

TEST_CASE("Every credit code reason has its own message", "[creditcode]")
{
    const QList<Reason> reasons = {Reason::Ok,           Reason::Empty,
                                   Reason::WrongLength,  Reason::BadCharacter,
                                   Reason::BadAuthority, Reason::BadEntityType,
                                   Reason::BadRegion,    Reason::BadCheckCharacter};
    CHECK(reasons.size() == int(Reason::BadCheckCharacter) + 1); // grows with the enum
    QSet<QString> messages;
    for (const Reason reason : reasons) {
        const QString message = CreditCode::message(reason);
        CHECK_FALSE(message.isEmpty());
        messages.insert(message);
    }
    CHECK(messages.size() == reasons.size());
}
