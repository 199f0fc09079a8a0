#include "domain/phonenumber.h"
#include "testsupport.h"

#include <QSet>

using ow::PhoneNumber;
using namespace Qt::Literals::StringLiterals;

namespace {

using Reason = PhoneNumber::Reason;
using Kind = PhoneNumber::Kind;

struct Accepted
{
    QString input;
    Kind kind;
    QString normalized;
    QString display;
};

struct Rejected
{
    QString input;
    Reason reason;
};

} // namespace

TEST_CASE("Valid phone numbers are normalised", "[phone]")
{
    const QList<Accepted> cases = {
            // Mobile numbers, as typed and as read out.
            {u"13812345678"_s, Kind::Mobile, u"13812345678"_s, u"138 1234 5678"_s},
            {u"138 1234 5678"_s, Kind::Mobile, u"13812345678"_s, u"138 1234 5678"_s},
            {u"138-1234-5678"_s, Kind::Mobile, u"13812345678"_s, u"138 1234 5678"_s},
            {u"  19912345678 "_s, Kind::Mobile, u"19912345678"_s, u"199 1234 5678"_s},
            {u"+86 138 1234 5678"_s, Kind::Mobile, u"13812345678"_s, u"138 1234 5678"_s},
            {u"+8613812345678"_s, Kind::Mobile, u"13812345678"_s, u"138 1234 5678"_s},
            {u"0086 13812345678"_s, Kind::Mobile, u"13812345678"_s, u"138 1234 5678"_s},
            // Landlines: four-digit area codes with 7- and 8-digit local numbers, three-digit
            // area codes, with or without separators.
            {u"0939-8212345"_s, Kind::Landline, u"09398212345"_s, u"0939-8212345"_s},
            {u"09398212345"_s, Kind::Landline, u"09398212345"_s, u"0939-8212345"_s},
            {u"0939 8212345"_s, Kind::Landline, u"09398212345"_s, u"0939-8212345"_s},
            {u"(0939)8212345"_s, Kind::Landline, u"09398212345"_s, u"0939-8212345"_s},
            {u"(0939) 821 2345"_s, Kind::Landline, u"09398212345"_s, u"0939-8212345"_s},
            {u"0931-8123456"_s, Kind::Landline, u"09318123456"_s, u"0931-8123456"_s},
            {u"0755-23456789"_s, Kind::Landline, u"075523456789"_s, u"0755-23456789"_s},
            {u"010-65529988"_s, Kind::Landline, u"01065529988"_s, u"010-65529988"_s},
            {u"010 6552 9988"_s, Kind::Landline, u"01065529988"_s, u"010-65529988"_s},
            {u"01065529988"_s, Kind::Landline, u"01065529988"_s, u"010-65529988"_s},
            {u"021-5432-1098"_s, Kind::Landline, u"02154321098"_s, u"021-54321098"_s},
            {u"+86 10 6552 9988"_s, Kind::Landline, u"01065529988"_s, u"010-65529988"_s},
            {u"+86 931 8123456"_s, Kind::Landline, u"09318123456"_s, u"0931-8123456"_s},
            // Extensions: after a hyphen once the number is complete, or after 转.
            {u"0939-8212345-8001"_s, Kind::Landline, u"09398212345-8001"_s, u"0939-8212345-8001"_s},
            {u"010-65529988-12"_s, Kind::Landline, u"01065529988-12"_s, u"010-65529988-12"_s},
            {u"0931-8123456 转 801"_s, Kind::Landline, u"09318123456-801"_s, u"0931-8123456-801"_s},
            {u"0931-8123456转123456"_s, Kind::Landline, u"09318123456-123456"_s,
             u"0931-8123456-123456"_s},
            // Service numbers.
            {u"400-123-4567"_s, Kind::ServiceNumber, u"4001234567"_s, u"400-123-4567"_s},
            {u"4001234567"_s, Kind::ServiceNumber, u"4001234567"_s, u"400-123-4567"_s},
            {u"800 820 8820"_s, Kind::ServiceNumber, u"8008208820"_s, u"800-820-8820"_s},
    };
    for (const Accepted &c : cases) {
        INFO(c.input.toStdString());
        const PhoneNumber::Result result = PhoneNumber::validate(c.input);
        CHECK(result.reason == Reason::Ok);
        CHECK(result.kind == c.kind);
        CHECK(result.normalized == c.normalized);
        CHECK(result.display == c.display);
        // The stored form reads back to the same number.
        const PhoneNumber::Result again = PhoneNumber::validate(result.normalized);
        CHECK(again.normalized == c.normalized);
        CHECK(again.display == c.display);
    }
}

TEST_CASE("Invalid phone numbers say why", "[phone]")
{
    const QList<Rejected> cases = {
            {QString(), Reason::Empty},
            {u"   "_s, Reason::Empty},
            // Characters.
            {u"138１２３45678"_s, Reason::BadCharacter},
            {u"１３８１２３４５６７８"_s, Reason::BadCharacter},
            {u"138.1234.5678"_s, Reason::BadCharacter},
            {u"138/12345678"_s, Reason::BadCharacter},
            {u"tel 13812345678"_s, Reason::BadCharacter},
            {u"138+12345678"_s, Reason::BadCharacter},
            {u"0939-8212345 ext 8001"_s, Reason::BadCharacter},
            {u"--"_s, Reason::NotAPhoneNumber},
            // Other countries.
            {u"+1 650 253 0000"_s, Reason::ForeignNumber},
            {u"+852 2345 6789"_s, Reason::ForeignNumber},
            {u"001 650 253 0000"_s, Reason::ForeignNumber},
            {u"+86"_s, Reason::NotAPhoneNumber},
            // Not a number a person or office can be reached at.
            {u"12345"_s, Reason::WrongLength},
            {u"95588"_s, Reason::NotAPhoneNumber},
            {u"5551234"_s, Reason::NotAPhoneNumber},
            {u"2345678"_s, Reason::NotAPhoneNumber},
            // Mobile numbers.
            {u"1381234567"_s, Reason::WrongLength},
            {u"138123456789"_s, Reason::WrongLength},
            {u"12812345678"_s, Reason::BadMobilePrefix},
            {u"10812345678"_s, Reason::BadMobilePrefix},
            {u"11812345678"_s, Reason::BadMobilePrefix},
            {u"13812345678-123"_s, Reason::WrongLength},
            {u"13812345678转123"_s, Reason::BadExtension},
            // Landlines.
            {u"0939-123456"_s, Reason::WrongLength},
            {u"0939-821234589"_s, Reason::WrongLength},
            {u"0939"_s, Reason::WrongLength},
            {u"0939-0123456"_s, Reason::BadLocalNumber},
            {u"0939-1212345"_s, Reason::BadLocalNumber},
            {u"010-12345678"_s, Reason::BadLocalNumber},
            {u"011-23456789"_s, Reason::BadAreaCode},
            {u"093-91234567"_s, Reason::BadAreaCode},
            {u"0939-8212345-1234567"_s, Reason::BadExtension},
            {u"0939-8212345转"_s, Reason::BadExtension},
            {u"0939-8212345转12转34"_s, Reason::BadExtension},
            {u"0939-8212345转1234567"_s, Reason::BadExtension},
            // Service numbers.
            {u"400-123-456"_s, Reason::WrongLength},
            {u"400-123-45678"_s, Reason::WrongLength},
            {u"400-123-4567转8"_s, Reason::BadExtension},
    };
    for (const Rejected &c : cases) {
        INFO(c.input.toStdString());
        const PhoneNumber::Result result = PhoneNumber::validate(c.input);
        CHECK(result.reason == c.reason);
        CHECK_FALSE(result.isValid());
        CHECK(result.normalized.isEmpty());
    }
    CHECK(PhoneNumber::isValid(u"13812345678"_s));
    CHECK_FALSE(PhoneNumber::isValid(u"12812345678"_s));
}

TEST_CASE("Every mobile prefix from 13 to 19 is accepted", "[phone]")
{
    for (char16_t second = u'0'; second <= u'9'; ++second) {
        const QString number = u"1"_s + QChar(second) + u"812345678"_s;
        INFO(number.toStdString());
        CHECK(PhoneNumber::isValid(number) == (second >= u'3'));
    }
}

TEST_CASE("Phone number masking", "[phone]")
{
    CHECK(PhoneNumber::mask(u"13812345678"_s) == u"138****5678"_s);
    CHECK(PhoneNumber::mask(u"+86 138 1234 5678"_s) == u"138****5678"_s);
    CHECK(PhoneNumber::mask(u"0939-8212345"_s) == u"0939-****345"_s);
    CHECK(PhoneNumber::mask(u"0755-23456789"_s) == u"0755-****6789"_s);
    CHECK(PhoneNumber::mask(u"010 6552 9988"_s) == u"010-****9988"_s);
    CHECK(PhoneNumber::mask(u"0939-8212345-8001"_s) == u"0939-****345"_s);
    CHECK(PhoneNumber::mask(u"400-123-4567"_s) == u"400-123-4567"_s);
    // Invalid input keeps only its last 4 characters.
    CHECK(PhoneNumber::mask(u"12812345678"_s) == u"*******5678"_s);
    CHECK(PhoneNumber::mask(u"5678"_s) == u"****"_s);
    CHECK(PhoneNumber::mask(QString()) == QString());
}

TEST_CASE("Every phone number reason has its own message", "[phone]")
{
    const QList<Reason> reasons = {Reason::Ok,
                                   Reason::Empty,
                                   Reason::BadCharacter,
                                   Reason::ForeignNumber,
                                   Reason::NotAPhoneNumber,
                                   Reason::WrongLength,
                                   Reason::BadMobilePrefix,
                                   Reason::BadAreaCode,
                                   Reason::BadLocalNumber,
                                   Reason::BadExtension};
    CHECK(reasons.size() == int(Reason::BadExtension) + 1); // grows with the enum
    QSet<QString> messages;
    for (const Reason reason : reasons) {
        const QString message = PhoneNumber::message(reason);
        CHECK_FALSE(message.isEmpty());
        messages.insert(message);
    }
    CHECK(messages.size() == reasons.size());
}
