#include "phonenumber.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

constexpr char16_t ExtensionMark = u'\u8F6C'; // 转, as in 0939-1234567转8001
constexpr int MaxExtensionDigits = 6;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'(' || c == u')';
}

// The runs of digits between separators.
QStringList digitGroups(QStringView text)
{
    QStringList groups;
    QString current;
    for (const QChar c : text) {
        if (isAsciiDigit(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            groups.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        groups.append(current);
    return groups;
}

// 010 and 02x are the three-digit area codes; every other one has four digits. 0 when the
// digits cannot start an area code (00 is the international prefix; 01x exists only as 010).
int areaCodeLength(QStringView digits)
{
    if (digits.size() < 3 || digits[0] != u'0' || digits[1] == u'0')
        return 0;
    if (digits[1] == u'1')
        return digits[2] == u'0' ? 3 : 0;
    return digits[1] == u'2' ? 3 : 4;
}

bool isCompleteLandline(QStringView digits)
{
    const int areaLength = areaCodeLength(digits);
    if (areaLength == 0)
        return false;
    const QStringView local = digits.mid(areaLength);
    return (local.size() == 7 || local.size() == 8) && local[0] >= u'2';
}

PhoneNumber::Result failure(PhoneNumber::Reason reason)
{
    PhoneNumber::Result result;
    result.reason = reason;
    return result;
}

} // namespace

PhoneNumber::Result PhoneNumber::validate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(Reason::Empty);

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isAsciiDigit(c) && !isSeparator(c) && c != ExtensionMark && !(c == u'+' && i == 0))
            return failure(Reason::BadCharacter);
    }
    const qsizetype markAt = text.indexOf(ExtensionMark);
    if (markAt >= 0 && text.indexOf(ExtensionMark, markAt + 1) >= 0)
        return failure(Reason::BadExtension);

    QStringList groups = digitGroups(QStringView(text).left(markAt >= 0 ? markAt : text.size()));
    QString extension = markAt >= 0 ? digitGroups(QStringView(text).mid(markAt + 1)).join(QString())
                                    : QString();
    if (markAt >= 0 && extension.isEmpty())
        return failure(Reason::BadExtension);
    if (groups.isEmpty())
        return failure(Reason::NotAPhoneNumber);

    // Country code: +86 or 0086 is dropped; in that form a landline loses its leading 0.
    bool international = false;
    if (text.startsWith(u'+') || groups.first().startsWith(u"00")) {
        const qsizetype prefixLength = text.startsWith(u'+') ? 2 : 4;
        const QString expected = prefixLength == 2 ? u"86"_s : u"0086"_s;
        QString first = groups.first();
        if (!first.startsWith(expected))
            return failure(Reason::ForeignNumber);
        first.remove(0, prefixLength);
        if (first.isEmpty())
            groups.removeFirst();
        else
            groups.first() = first;
        if (groups.isEmpty())
            return failure(Reason::NotAPhoneNumber);
        international = true;
    }
    if (international) {
        const QString &first = groups.first();
        const bool mobile = first.size() >= 2 && first[0] == u'1' && first[1] >= u'3';
        if (first[0] != u'0' && !mobile)
            groups.first().prepend(u'0');
    }

    QString digits = groups.join(QString());
    Result result;

    if (digits[0] == u'1') {
        result.kind = Kind::Mobile;
        if (!extension.isEmpty())
            return failure(Reason::BadExtension);
        if (digits.size() != 11)
            return failure(Reason::WrongLength);
        if (digits[1] < u'3')
            return failure(Reason::BadMobilePrefix);
        result.reason = Reason::Ok;
        result.normalized = digits;
        result.display = digits.left(3) + u' ' + digits.mid(3, 4) + u' ' + digits.mid(7);
        return result;
    }

    if (digits.startsWith(u"400") || digits.startsWith(u"800")) {
        if (!extension.isEmpty())
            return failure(Reason::BadExtension);
        if (digits.size() != 10)
            return failure(Reason::WrongLength);
        result.kind = Kind::ServiceNumber;
        result.reason = Reason::Ok;
        result.normalized = digits;
        result.display = digits.left(3) + u'-' + digits.mid(3, 3) + u'-' + digits.mid(6);
        return result;
    }

    if (digits[0] != u'0')
        return failure(Reason::NotAPhoneNumber);

    const int areaLength = areaCodeLength(digits);
    if (areaLength == 0)
        return failure(Reason::BadAreaCode);
    // A separator typed after the area code must sit where the area code ends.
    const qsizetype firstGroupLength = groups.first().size();
    if (groups.size() > 1 && (firstGroupLength == 3 || firstGroupLength == 4)
        && firstGroupLength != areaLength) {
        return failure(Reason::BadAreaCode);
    }
    // Without 转, the last group is an extension when what precedes it is already a complete
    // number: 0939-1234567-8001, but not 010 6552 9988.
    if (extension.isEmpty() && groups.size() > 1) {
        const QString withoutLast = digits.left(digits.size() - groups.last().size());
        if (isCompleteLandline(withoutLast)) {
            extension = groups.last();
            digits = withoutLast;
        }
    }

    const QString local = digits.mid(areaLength);
    if (local.size() < 7 || local.size() > 8)
        return failure(Reason::WrongLength);
    if (local[0] < u'2')
        return failure(Reason::BadLocalNumber);
    if (extension.size() > MaxExtensionDigits)
        return failure(Reason::BadExtension);

    result.kind = Kind::Landline;
    result.reason = Reason::Ok;
    result.normalized = digits;
    result.display = digits.left(areaLength) + u'-' + local;
    if (!extension.isEmpty()) {
        result.normalized += u'-' + extension;
        result.display += u'-' + extension;
    }
    return result;
}

QString PhoneNumber::mask(const QString &number)
{
    const Result result = validate(number);
    if (result.isValid()) {
        switch (result.kind) {
        case Kind::Mobile:
            return result.normalized.left(3) + u"****"_s + result.normalized.right(4);
        case Kind::ServiceNumber:
            return result.display;
        case Kind::Landline: {
            const qsizetype dash = result.display.indexOf(u'-');
            const qsizetype extensionDash = result.display.indexOf(u'-', dash + 1);
            const QString local = result.display.mid(
                    dash + 1, extensionDash < 0 ? -1 : extensionDash - dash - 1);
            const qsizetype shown = local.size() == 8 ? 4 : 3;
            return result.display.left(dash + 1) + QString(local.size() - shown, u'*')
                    + local.right(shown);
        }
        }
    }
    const QString text = number.trimmed();
    if (text.size() <= 4)
        return QString(text.size(), u'*');
    return QString(text.size() - 4, u'*') + text.right(4);
}

QString PhoneNumber::message(Reason reason)
{
    switch (reason) {
    case Reason::Ok:
        return tr("The phone number is valid.");
    case Reason::Empty:
        return tr("Enter the phone number.");
    case Reason::BadCharacter:
        return tr("A phone number holds only half-width digits, spaces and hyphens: remove any "
                  "letters or other signs.");
    case Reason::ForeignNumber:
        return tr("Only numbers in mainland China can be entered: the country code must be +86.");
    case Reason::NotAPhoneNumber:
        return tr("This is not a phone number: a mobile number starts with 1, a landline number "
                  "with its area code (0...), a service number with 400 or 800.");
    case Reason::WrongLength:
        return tr("The number has too few or too many digits: a mobile number has 11 digits, a "
                  "landline number an area code and 7 or 8 digits, a service number 10 digits.");
    case Reason::BadMobilePrefix:
        return tr("A mobile number starts with 13 to 19: check the first two digits.");
    case Reason::BadAreaCode:
        return tr("The area code is not valid: it is 010, 02x or four digits starting with 0, "
                  "such as 0931.");
    case Reason::BadLocalNumber:
        return tr("A local number never starts with 0 or 1: check the digits after the area code.");
    case Reason::BadExtension:
        return tr("The extension is not valid: only a landline number can have one, of up to "
                  "6 digits after a hyphen.");
    }
    return {};
}

} // namespace ow
