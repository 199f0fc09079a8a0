#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace ow {

// Citizen identity numbers (公民身份号码, GB 11643-1999), the residence-permit numbers of Hong
// Kong, Macao and Taiwan residents (same layout, address code 810000/820000/830000) and the
// 2023 foreigners' permanent-residence ID numbers (starting with 9). docs/data-rules.md says
// what is checked and why.
class ResidentId final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)

public:
    enum class Reason {
        Ok,
        Empty,
        WrongLength,
        BadCharacter,
        BadRegion,
        BadDate,
        FutureDate,
        TooEarlyDate,
        BadCheckCharacter,
        Legacy15,
    };
    enum class Kind { Citizen, HkMacaoTaiwanPermit, ForeignPermanentResident };
    enum class Sex { Unknown, Male, Female };

    struct Result
    {
        Reason reason = Reason::Empty;
        QString normalized; // 18 characters, upper-case X; empty unless valid
        QDate birthDate;
        Sex sex = Sex::Unknown;
        Kind kind = Kind::Citizen;

        bool isValid() const { return reason == Reason::Ok; }
    };

    // `today` is the latest acceptable birth date; the overload without it uses today's date
    // in China (Asia/Shanghai), whatever the machine's time zone.
    static Result validate(const QString &input);
    static Result validate(const QString &input, QDate today);
    static bool isValid(const QString &input) { return validate(input).isValid(); }

    // ISO 7064 MOD 11-2 over 17 ASCII digits; a null QChar for anything else.
    static QChar checkCharacter(QStringView first17);

    // A 15-digit pre-1999 number converted to its 18-digit form ("19" inserted before the
    // year, check character appended), or an empty string when the input is not a plausible
    // 15-digit number (digits, region, date).
    static QString upgradeLegacy15(const QString &legacy15);

    // 620102********1234 for lists and printouts; anything not 18 long keeps its last 4.
    static QString mask(const QString &id);

    static QString message(Reason reason);
};

} // namespace ow
