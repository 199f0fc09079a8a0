#include "domain/residentid.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>

#include <utility>

using ow::ResidentId;
using namespace Qt::Literals::StringLiterals;

namespace {

using Reason = ResidentId::Reason;
using Kind = ResidentId::Kind;
using Sex = ResidentId::Sex;

const QDate Today(2025, 6, 1);
const QString AllowedChars = u"0123456789X"_s;

// MOD 11-2 written differently from the code under test: the weight of position i (0-based)
// is 2^(17 - i) mod 11 and the check value is (12 - sum mod 11) mod 11, with 10 written X.
QChar referenceCheck(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = weight * 2 % 11;
        sum += first17[i].digitValue() * weight;
    }
    const int value = (12 - sum % 11) % 11;
    return value == 10 ? QChar(u'X') : QChar(char16_t(u'0' + value));
}

struct Vector
{
    QString id;
    Kind kind;
    QDate birth;
    Sex sex;
};

const QList<Vector> &validVectors()
{
    static const QList<Vector> vectors = {
            // The worked example of GB 11643-1999.
            {u"11010519491231002X"_s, Kind::Citizen, QDate(1949, 12, 31), Sex::Female},
            // Gansu: Lanzhou Chengguan, Qin'an, Linxia.
            {u"620102198503151231"_s, Kind::Citizen, QDate(1985, 3, 15), Sex::Male},
            {u"620521200107044566"_s, Kind::Citizen, QDate(2001, 7, 4), Sex::Female},
            {u"622901197602290311"_s, Kind::Citizen, QDate(1976, 2, 29), Sex::Male},
            {u"440305199912319876"_s, Kind::Citizen, QDate(1999, 12, 31), Sex::Male},
            {u"650102190001010016"_s, Kind::Citizen, QDate(1900, 1, 1), Sex::Male},
            {u"131121190001011180"_s, Kind::Citizen, QDate(1900, 1, 1), Sex::Female},
            {u"530127202411300177"_s, Kind::Citizen, QDate(2024, 11, 30), Sex::Male},
            {u"710000198808080052"_s, Kind::Citizen, QDate(1988, 8, 8), Sex::Male},
            // Residence permits of Hong Kong, Macao and Taiwan residents.
            {u"810000199001010019"_s, Kind::HkMacaoTaiwanPermit, QDate(1990, 1, 1), Sex::Male},
            {u"820000198512120022"_s, Kind::HkMacaoTaiwanPermit, QDate(1985, 12, 12), Sex::Female},
            {u"830000197005300034"_s, Kind::HkMacaoTaiwanPermit, QDate(1970, 5, 30), Sex::Male},
            // Foreigners' permanent-residence IDs: issued in Beijing (11) to a US national (840),
            // in Shanghai (31) to a Japanese national (392).
            {u"911840198001010013"_s, Kind::ForeignPermanentResident, QDate(1980, 1, 1),
             Sex::Unknown},
            {u"931392197511200026"_s, Kind::ForeignPermanentResident, QDate(1975, 11, 20),
             Sex::Unknown},
    };
    return vectors;
}

// A valid number for the given first 17 digits.
QString withCheck(const QString &first17)
{
    REQUIRE(first17.size() == 17);
    return first17 + ResidentId::checkCharacter(first17);
}

} // namespace

TEST_CASE("Resident ID check character matches hand-computed sums", "[residentid]")
{
    // 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 weighted by 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
    // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2; "10X98765432"[2] = X.
    CHECK(ResidentId::checkCharacter(u"11010519491231002") == u'X');
    // 42+18+0+5+0+8+2+9+48+15+0+27+10+25+8+8+6 = 231; 231 mod 11 = 0 → 1.
    CHECK(ResidentId::checkCharacter(u"62010219850315123") == u'1');
    // 63+9+10+40+32+0+2+9+48+0+0+9+0+5+0+0+2 = 229; 229 mod 11 = 9 → 3.
    CHECK(ResidentId::checkCharacter(u"91184019800101001") == u'3');

    CHECK(ResidentId::checkCharacter(u"1101051949123100").isNull());
    CHECK(ResidentId::checkCharacter(u"110105194912310021").isNull());
    CHECK(ResidentId::checkCharacter(u"1101051949123100X").isNull());
    CHECK(ResidentId::checkCharacter(u"11010519491231002\uFF10").isNull());
}

TEST_CASE("Resident ID check character agrees with an independent MOD 11-2", "[residentid]")
{
    for (const Vector &vector : validVectors())
        CHECK(referenceCheck(vector.id.left(17)) == vector.id[17]);

    QRandomGenerator random(20260101);
    QSet<QChar> seen;
    for (int n = 0; n < 5000; ++n) {
        QString first17;
        for (int i = 0; i < 17; ++i)
            first17 += QChar(char16_t(u'0' + random.bounded(10)));
        const QChar check = ResidentId::checkCharacter(first17);
        seen.insert(check);
        REQUIRE(check == referenceCheck(first17));
    }
    CHECK(seen.size() == 11); // every check character occurs, X included
}

TEST_CASE("Valid resident IDs are accepted with kind, birth date and sex", "[residentid]")
{
    for (const Vector &vector : validVectors()) {
        INFO(vector.id.toStdString());
        const ResidentId::Result result = ResidentId::validate(vector.id, Today);
        CHECK(result.reason == Reason::Ok);
        CHECK(result.isValid());
        CHECK(result.normalized == vector.id);
        CHECK(result.kind == vector.kind);
        CHECK(result.birthDate == vector.birth);
        CHECK(result.sex == vector.sex);
    }
}

TEST_CASE("Every single-character substitution of a valid resident ID is rejected", "[residentid]")
{
    QStringList accepted;
    int tried = 0;
    for (const Vector &vector : validVectors()) {
        for (int position = 0; position < 18; ++position) {
            for (const QChar replacement : AllowedChars) {
                if (replacement == vector.id[position])
                    continue;
                QString changed = vector.id;
                changed[position] = replacement;
                ++tried;
                if (ResidentId::validate(changed, Today).isValid())
                    accepted.append(changed);
            }
        }
    }
    CHECK(tried == validVectors().size() * 18 * 10);
    INFO(accepted.join(u' ').toStdString());
    CHECK(accepted.isEmpty());
}

TEST_CASE("Every adjacent transposition of a valid resident ID is rejected", "[residentid]")
{
    // MOD 11-2 catches every one: swapping digits a and b at weights 2w and w changes the sum
    // by (a - b) * w, and 11 is prime; a swap that moves X off the end leaves an X inside.
    QStringList accepted;
    int tried = 0;
    for (const Vector &vector : validVectors()) {
        for (int position = 0; position < 17; ++position) {
            QString swapped = vector.id;
            std::swap(swapped[position], swapped[position + 1]);
            if (swapped == vector.id)
                continue;
            ++tried;
            if (ResidentId::validate(swapped, Today).isValid())
                accepted.append(swapped);
        }
    }
    CHECK(tried > validVectors().size() * 10);
    INFO(accepted.join(u' ').toStdString());
    CHECK(accepted.isEmpty());
}

TEST_CASE("Resident ID input clean-up", "[residentid]")
{
    SECTION("lower-case x is accepted and normalised")
    {
        const auto result = ResidentId::validate(u"11010519491231002x"_s, Today);
        CHECK(result.reason == Reason::Ok);
        CHECK(result.normalized == u"11010519491231002X"_s);
    }
    SECTION("surrounding whitespace is trimmed")
    {
        const auto result = ResidentId::validate(u"  11010519491231002x\t\n"_s, Today);
        CHECK(result.reason == Reason::Ok);
        CHECK(result.normalized == u"11010519491231002X"_s);
    }
    SECTION("inner spaces are rejected")
    {
        CHECK(ResidentId::validate(u"110105 19491231002X"_s, Today).reason == Reason::BadCharacter);
        CHECK(ResidentId::validate(u"110105 1949 1231 002X"_s, Today).reason
              == Reason::BadCharacter);
        CHECK(ResidentId::validate(u"110105-19491231-002X"_s, Today).reason
              == Reason::BadCharacter);
    }
    SECTION("full-width digits are rejected")
    {
        CHECK(ResidentId::validate(u"\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19"
                                   u"\uFF11\uFF12\uFF13\uFF11\uFF10\uFF10\uFF12X"_s,
                                   Today)
                      .reason
              == Reason::BadCharacter);
        CHECK(ResidentId::validate(u"1101051949123100\uFF12X"_s, Today).reason
              == Reason::BadCharacter);
        CHECK(ResidentId::validate(u"11010519491231002\uFF38"_s, Today).reason
              == Reason::BadCharacter); // full-width X
    }
    SECTION("X anywhere but at the end is rejected")
    {
        CHECK(ResidentId::validate(u"X10105194912310021"_s, Today).reason == Reason::BadCharacter);
        CHECK(ResidentId::validate(u"1101051949123100X2"_s, Today).reason == Reason::BadCharacter);
    }
    SECTION("letters other than X are rejected")
    {
        CHECK(ResidentId::validate(u"11010519491231002Y"_s, Today).reason == Reason::BadCharacter);
        CHECK(ResidentId::validate(u"1101O519491231002X"_s, Today).reason == Reason::BadCharacter);
    }
}

TEST_CASE("Resident ID lengths", "[residentid]")
{
    CHECK(ResidentId::validate(QString(), Today).reason == Reason::Empty);
    CHECK(ResidentId::validate(u""_s, Today).reason == Reason::Empty);
    CHECK(ResidentId::validate(u"   "_s, Today).reason == Reason::Empty);
    CHECK(ResidentId::validate(u"11010519491231002"_s, Today).reason == Reason::WrongLength);
    CHECK(ResidentId::validate(u"11010519491231002XX"_s, Today).reason == Reason::WrongLength);
    CHECK(ResidentId::validate(u"110105194912310021X"_s, Today).reason == Reason::WrongLength);
    CHECK(ResidentId::validate(u"1101051949123100211"_s, Today).reason == Reason::WrongLength);
    CHECK(ResidentId::validate(u"1"_s, Today).reason == Reason::WrongLength);
    CHECK(ResidentId::validate(u"11010549123100X"_s, Today).reason == Reason::WrongLength);
    CHECK(ResidentId::validate(u"110105491231002"_s, Today).reason == Reason::Legacy15);
}

TEST_CASE("Resident ID region codes", "[residentid]")
{
    // Each number below carries a correct check character, so only the region is wrong.
    for (const QString &province :
         {u"00"_s, u"10"_s, u"16"_s, u"20"_s, u"24"_s, u"30"_s, u"38"_s, u"40"_s, u"47"_s, u"49"_s,
          u"55"_s, u"60"_s, u"66"_s, u"70"_s, u"72"_s, u"80"_s, u"84"_s, u"89"_s}) {
        const QString id = withCheck(province + u"010219850315123"_s);
        INFO(id.toStdString());
        CHECK(ResidentId::validate(id, Today).reason == Reason::BadRegion);
    }
    // 9 starts a foreigner's number, whose next two digits must be a mainland province.
    for (const QString &issuer : {u"99"_s, u"00"_s, u"10"_s, u"71"_s, u"81"_s, u"83"_s}) {
        const QString id = withCheck(u"9"_s + issuer + u"84019800101001"_s);
        INFO(id.toStdString());
        CHECK(ResidentId::validate(id, Today).reason == Reason::BadRegion);
    }
    // A Hong Kong, Macao or Taiwan permit has exactly 810000, 820000 or 830000.
    CHECK(ResidentId::validate(withCheck(u"81010019900101001"_s), Today).reason
          == Reason::BadRegion);
    CHECK(ResidentId::validate(withCheck(u"82000119900101001"_s), Today).reason
          == Reason::BadRegion);
    // Every province-level code is accepted.
    for (const int province : {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                               42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71}) {
        const QString id = withCheck(QString::number(province) + u"010219850315123"_s);
        INFO(id.toStdString());
        CHECK(ResidentId::validate(id, Today).reason == Reason::Ok);
        CHECK(ResidentId::validate(id, Today).kind == Kind::Citizen);
        if (province != 71) {
            const QString foreign
                    = withCheck(u"9"_s + QString::number(province) + u"84019800101001"_s);
            CHECK(ResidentId::validate(foreign, Today).reason == Reason::Ok);
        }
    }
}

TEST_CASE("Resident ID birth dates", "[residentid]")
{
    const auto reasonFor = [](const QString &date, QDate today = Today) {
        return ResidentId::validate(withCheck(u"620102"_s + date + u"123"_s), today).reason;
    };
    CHECK(reasonFor(u"19990230"_s) == Reason::BadDate);
    CHECK(reasonFor(u"19990229"_s) == Reason::BadDate);
    CHECK(reasonFor(u"19000229"_s) == Reason::BadDate); // 1900 was not a leap year
    CHECK(reasonFor(u"20000229"_s) == Reason::Ok);      // 2000 was
    CHECK(reasonFor(u"19851301"_s) == Reason::BadDate);
    CHECK(reasonFor(u"19850001"_s) == Reason::BadDate);
    CHECK(reasonFor(u"19850100"_s) == Reason::BadDate);
    CHECK(reasonFor(u"19850431"_s) == Reason::BadDate);
    CHECK(reasonFor(u"00000000"_s) == Reason::BadDate);
    CHECK(reasonFor(u"18991231"_s) == Reason::TooEarlyDate);
    CHECK(reasonFor(u"19000101"_s) == Reason::Ok);
    CHECK(reasonFor(u"20250601"_s) == Reason::Ok); // born today
    CHECK(reasonFor(u"20250602"_s) == Reason::FutureDate);
    CHECK(reasonFor(u"20260101"_s) == Reason::FutureDate);
    CHECK(reasonFor(u"20250602"_s, QDate(2025, 6, 2)) == Reason::Ok);
    // The foreigners' number has its birth date at the same place.
    CHECK(ResidentId::validate(withCheck(u"91184019990230001"_s), Today).reason == Reason::BadDate);
    CHECK(ResidentId::validate(withCheck(u"91184020250602001"_s), Today).reason
          == Reason::FutureDate);
}

TEST_CASE("Resident ID default overload uses today's date in China", "[residentid]")
{
    CHECK(ResidentId::validate(u"11010519491231002X"_s).isValid());
    CHECK(ResidentId::isValid(u"11010519491231002X"_s));
    CHECK(ResidentId::validate(withCheck(u"62010229991231123"_s)).reason == Reason::FutureDate);
    // Two days ahead of UTC is in the future in every time zone, one day back is not.
    const QDate utcToday = QDateTime::currentDateTimeUtc().date();
    const auto born = [](QDate date) {
        return withCheck(u"620102"_s + date.toString(u"yyyyMMdd") + u"123"_s);
    };
    CHECK(ResidentId::validate(born(utcToday.addDays(2))).reason == Reason::FutureDate);
    CHECK(ResidentId::validate(born(utcToday.addDays(-1))).reason == Reason::Ok);
}

TEST_CASE("Resident ID check character errors are reported as such", "[residentid]")
{
    CHECK(ResidentId::validate(u"110105194912310021"_s, Today).reason == Reason::BadCheckCharacter);
    CHECK(ResidentId::validate(u"620102198503151232"_s, Today).reason == Reason::BadCheckCharacter);
    CHECK(ResidentId::validate(u"91184019800101001X"_s, Today).reason == Reason::BadCheckCharacter);
    const auto result = ResidentId::validate(u"110105194912310021"_s, Today);
    CHECK(result.normalized.isEmpty());
    CHECK_FALSE(result.birthDate.isValid());
}

TEST_CASE("15-digit resident IDs are refused but can be upgraded", "[residentid]")
{
    CHECK(ResidentId::validate(u"110105491231002"_s, Today).reason == Reason::Legacy15);
    CHECK(ResidentId::upgradeLegacy15(u"110105491231002"_s) == u"11010519491231002X"_s);
    CHECK(ResidentId::upgradeLegacy15(u" 620102850315123 "_s) == u"620102198503151231"_s);
    CHECK(ResidentId::validate(ResidentId::upgradeLegacy15(u"620102850315123"_s), Today).isValid());
    // Not a plausible old number: wrong length, letters, bad region, bad date.
    CHECK(ResidentId::upgradeLegacy15(u"11010549123100"_s).isEmpty());
    CHECK(ResidentId::upgradeLegacy15(u"11010549123100X"_s).isEmpty());
    CHECK(ResidentId::upgradeLegacy15(u"000105491231002"_s).isEmpty());
    CHECK(ResidentId::upgradeLegacy15(u"110105990230002"_s).isEmpty());
    CHECK(ResidentId::upgradeLegacy15(u"11010519491231002X"_s).isEmpty());
    CHECK(ResidentId::upgradeLegacy15(QString()).isEmpty());
}

TEST_CASE("Resident ID masking", "[residentid]")
{
    CHECK(ResidentId::mask(u"620102198503151234"_s) == u"620102********1234"_s);
    CHECK(ResidentId::mask(u"11010519491231002x"_s) == u"110105********002X"_s);
    CHECK(ResidentId::mask(u" 11010519491231002X "_s) == u"110105********002X"_s);
    CHECK(ResidentId::mask(u"110105491231002"_s) == u"***********1002"_s);
    CHECK(ResidentId::mask(u"12345"_s) == u"*2345"_s);
    CHECK(ResidentId::mask(u"1234"_s) == u"****"_s);
    CHECK(ResidentId::mask(QString()) == QString());
}

TEST_CASE("Every resident ID reason has its own message", "[residentid]")
{
    const QList<Reason> reasons
            = {Reason::Ok,           Reason::Empty,        Reason::WrongLength,
               Reason::BadCharacter, Reason::BadRegion,    Reason::BadDate,
               Reason::FutureDate,   Reason::TooEarlyDate, Reason::BadCheckCharacter,
               Reason::Legacy15};
    // A new reason must be added above: this fails when the enum grows.
    CHECK(reasons.size() == int(Reason::Legacy15) + 1);
    QSet<QString> messages;
    for (const Reason reason : reasons) {
        const QString message = ResidentId::message(reason);
        CHECK_FALSE(message.isEmpty());
        messages.insert(message);
    }
    CHECK(messages.size() == reasons.size());
    CHECK(ResidentId::message(Reason::Legacy15).contains(u"18-digit"));
    CHECK(ResidentId::message(Reason::BadCheckCharacter).contains(u"check each digit"));
}
