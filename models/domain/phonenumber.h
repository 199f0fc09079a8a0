#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow {

// Mainland China telephone numbers as clerks type them: mobile numbers, landline numbers with
// area code and optional extension, and 400/800 service numbers. docs/data-rules.md says what
// is accepted.
class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Reason {
        Ok,
        Empty,
        BadCharacter,
        ForeignNumber,
        NotAPhoneNumber,
        WrongLength,
        BadMobilePrefix,
        BadAreaCode,
        BadLocalNumber,
        BadExtension,
    };
    enum class Kind { Mobile, Landline, ServiceNumber };

    struct Result
    {
        Reason reason = Reason::Empty;
        Kind kind = Kind::Mobile;
        // Stored form: digits only, without +86; a landline extension follows one '-'
        // (09391234567-8001) so that it cannot merge into the local number. Empty unless valid.
        QString normalized;
        // Shown form: 138 1234 5678, 0939-1234567, 0939-1234567-8001, 400-123-4567.
        QString display;

        bool isValid() const { return reason == Reason::Ok; }
    };

    static Result validate(const QString &input);
    static bool isValid(const QString &input) { return validate(input).isValid(); }

    // 138****5678; landlines keep the area code and the last 4 (8-digit local number) or 3
    // (7-digit) digits, and drop the extension: 0939-****567. Service numbers are business
    // lines and stay as they are. Anything invalid keeps only its last 4 characters.
    static QString mask(const QString &number);

    static QString message(Reason reason);
};

} // namespace ow
