#include "casenumber.h"

#include <QRegularExpression>

namespace ow {

QString CaseNumber::toString() const
{
    return placeCode + QLatin1Char('-') + date.toString(QStringLiteral("yyyyMMdd"))
            + QLatin1Char('-') + device + QLatin1Char('-')
            + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0'));
}

bool CaseNumber::isValidPlaceCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{6}|\\d{9})$"));
    return re.match(code).hasMatch();
}

bool CaseNumber::isValidDeviceId(const QString &device)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Z]{2,4}$"));
    return re.match(device).hasMatch();
}

std::optional<CaseNumber> CaseNumber::parse(const QString &text)
{
    static const QRegularExpression re(
            QStringLiteral("^(\\d{6}|\\d{9})-(\\d{8})-([0-9A-Z]{2,4})-(\\d{4,9})$"));
    const auto match = re.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return std::nullopt;
    CaseNumber number;
    number.placeCode = match.captured(1);
    number.date = QDate::fromString(match.captured(2), QStringLiteral("yyyyMMdd"));
    number.device = match.captured(3);
    number.seq = match.captured(4).toInt();
    if (!number.date.isValid() || number.seq <= 0)
        return std::nullopt;
    return number;
}

} // namespace ow
