#include "residentid.h"

#include "businessclock.h"
#include "regioncode.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

constexpr int Weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t CheckChars[] = u"10X98765432";

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

int digitsValue(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

} // namespace

QChar ResidentId::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * Weights[i];
    return QChar(CheckChars[sum % 11]);
}

ResidentId::Result ResidentId::validate(const QString &input)
{
    return validate(input, BusinessClock::today());
}

ResidentId::Result ResidentId::validate(const QString &input, QDate today)
{
    Result result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return result; // Reason::Empty

    // Full-width digits and inner spaces are refused rather than repaired: the clerk should
    // see that the field holds something other than what the card shows.
    for (const QChar c : trimmed) {
        if (!isAsciiDigit(c) && c != u'X' && c != u'x') {
            result.reason = Reason::BadCharacter;
            return result;
        }
    }
    const QString id = trimmed.toUpper();

    if (id.size() == 15 && allAsciiDigits(id)) {
        result.reason = Reason::Legacy15;
        return result;
    }
    if (id.size() != 18) {
        result.reason = Reason::WrongLength;
        return result;
    }
    if (!allAsciiDigits(QStringView(id).left(17))) {
        result.reason = Reason::BadCharacter; // X is only allowed as the check character
        return result;
    }

    const QStringView view(id);
    if (view[0] == u'9') {
        // Foreigners' permanent-residence ID (2023): 9, issuing province, nationality code,
        // birth date, sequence, check character.
        result.kind = Kind::ForeignPermanentResident;
        if (!RegionCode::isMainlandProvince(view.mid(1, 2))) {
            result.reason = Reason::BadRegion;
            return result;
        }
    } else {
        if (!RegionCode::isProvince(view.left(2))) {
            result.reason = Reason::BadRegion;
            return result;
        }
        const int province = digitsValue(view.left(2));
        if (province >= 81 && province <= 83) {
            // Residence permits of Hong Kong, Macao and Taiwan residents carry exactly
            // 810000, 820000 or 830000 as their address code.
            result.kind = Kind::HkMacaoTaiwanPermit;
            if (view.mid(2, 4) != u"0000") {
                result.reason = Reason::BadRegion;
                return result;
            }
        }
    }

    const QDate birth(digitsValue(view.mid(6, 4)), digitsValue(view.mid(10, 2)),
                      digitsValue(view.mid(12, 2)));
    if (!birth.isValid()) {
        result.reason = Reason::BadDate;
        return result;
    }
    if (birth < QDate(1900, 1, 1)) {
        result.reason = Reason::TooEarlyDate;
        return result;
    }
    if (birth > today) {
        result.reason = Reason::FutureDate;
        return result;
    }

    if (checkCharacter(view.left(17)) != view[17]) {
        result.reason = Reason::BadCheckCharacter;
        return result;
    }

    result.reason = Reason::Ok;
    result.normalized = id;
    result.birthDate = birth;
    // GB 11643 gives odd sequence numbers to men; the published layout of the foreigners'
    // number does not say the same of its sequence code, so we do not guess.
    if (result.kind != Kind::ForeignPermanentResident)
        result.sex = (view[16].unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    return result;
}

QString ResidentId::upgradeLegacy15(const QString &legacy15)
{
    const QString digits = legacy15.trimmed();
    if (digits.size() != 15 || !allAsciiDigits(digits))
        return {};
    const QString first17 = digits.left(6) + u"19"_s + digits.mid(6);
    const QString upgraded = first17 + checkCharacter(first17);
    // A 15-digit number always converts to a 19xx birth date, so only the region and the
    // date itself can make the converted number invalid.
    return validate(upgraded).isValid() ? upgraded : QString();
}

QString ResidentId::mask(const QString &id)
{
    const QString text = id.trimmed().toUpper();
    if (text.size() == 18)
        return text.left(6) + QString(8, u'*') + text.right(4);
    if (text.size() <= 4)
        return QString(text.size(), u'*'); // too short to show anything safely
    return QString(text.size() - 4, u'*') + text.right(4);
}

QString ResidentId::message(Reason reason)
{
    switch (reason) {
    case Reason::Ok:
        return tr("The ID number is valid.");
    case Reason::Empty:
        return tr("Enter the ID number.");
    case Reason::WrongLength:
        return tr("An ID number has 18 characters: check for a missing or an extra digit.");
    case Reason::BadCharacter:
        return tr("An ID number holds only the digits 0-9 and, as its last character, X: remove "
                  "spaces and type half-width digits.");
    case Reason::BadRegion:
        return tr("The first digits are not a valid region code: compare the first six digits "
                  "with the card.");
    case Reason::BadDate:
        return tr("Digits 7 to 14 are not a real birth date: compare them with the card.");
    case Reason::FutureDate:
        return tr("Digits 7 to 14 give a birth date in the future: compare them with the card.");
    case Reason::TooEarlyDate:
        return tr("Digits 7 to 14 give a birth date before 1900: compare them with the card.");
    case Reason::BadCheckCharacter:
        return tr("The check character does not match: please check each digit again.");
    case Reason::Legacy15:
        return tr("This is an old 15-digit ID number, which is no longer accepted: ask for the "
                  "current 18-digit ID card.");
    }
    return {};
}

} // namespace ow
