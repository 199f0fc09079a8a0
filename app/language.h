#pragma once

#include <QString>

namespace ow {

// Installs the translations for a language ("zh_CN", "en"); an empty name follows the system:
// Chinese when the system locale is Chinese, otherwise English.
class Language final
{
public:
    static QString resolve(const QString &requested);
    static bool install(const QString &language);
    static QStringList available();
};

} // namespace ow
