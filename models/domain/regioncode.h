#pragma once

#include <QStringView>

namespace ow {

// The province-level codes (省级行政区划代码, first two digits of GB/T 2260) that identity
// numbers and credit codes begin their region with.
class RegionCode final
{
public:
    // 11-15, 21-23, 31-37, 41-46, 50-54, 61-65: the mainland provinces, regions and
    // municipalities.
    static bool isMainlandProvince(QStringView twoDigits);
    // The mainland codes plus 71 (Taiwan, as listed in GB/T 2260) and 81/82/83 (Hong Kong,
    // Macao, Taiwan as used by residence permits).
    static bool isProvince(QStringView twoDigits);
};

} // namespace ow
