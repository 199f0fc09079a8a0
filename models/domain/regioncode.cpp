#include "regioncode.h"

namespace ow {

namespace {

int twoDigitValue(QStringView text)
{
    if (text.size() != 2)
        return -1;
    const char16_t tens = text[0].unicode();
    const char16_t ones = text[1].unicode();
    if (tens < u'0' || tens > u'9' || ones < u'0' || ones > u'9')
        return -1;
    return (tens - u'0') * 10 + (ones - u'0');
}

} // namespace

bool RegionCode::isMainlandProvince(QStringView twoDigits)
{
    const int code = twoDigitValue(twoDigits);
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
            || (code >= 41 && code <= 46) || (code >= 50 && code <= 54)
            || (code >= 61 && code <= 65);
}

bool RegionCode::isProvince(QStringView twoDigits)
{
    const int code = twoDigitValue(twoDigits);
    return isMainlandProvince(twoDigits) || code == 71 || code == 81 || code == 82 || code == 83;
}

} // namespace ow
