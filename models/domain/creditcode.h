#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ow {

// Unified social credit codes (统一社会信用代码, GB 32100-2015) of legal entities and other
// organisations. docs/data-rules.md lists the authority and entity-type table.
class CreditCode final
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    enum class Reason {
        Ok,
        Empty,
        WrongLength,
        BadCharacter,
        BadAuthority,
        BadEntityType,
        BadRegion,
        BadCheckCharacter,
    };

    struct Result
    {
        Reason reason = Reason::Empty;
        QString normalized; // 18 upper-case characters; empty unless valid
        QChar authority;    // 登记管理部门代码, e.g. 9 (market regulation)
        QChar entityType;   // 机构类别代码, e.g. 1 (enterprise)

        bool isValid() const { return reason == Reason::Ok; }
    };

    // The 31 characters a code may use: digits and capitals without I, O, S, V, Z.
    static QStringView alphabet();

    static Result validate(const QString &input);
    static bool isValid(const QString &input) { return validate(input).isValid(); }

    // Whether the registration authority (position 1) issues codes with this entity type
    // (position 2).
    static bool isKnownCategory(QChar authority, QChar entityType);

    // GB 32100 MOD 31 check character over 17 characters of alphabet(); a null QChar for
    // anything else.
    static QChar checkCharacter(QStringView first17);

    // 913501********0Y43: first 6 and last 4 kept; anything not 18 long keeps its last 4.
    static QString mask(const QString &code);

    static QString message(Reason reason);
};

} // namespace ow
