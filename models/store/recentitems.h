#pragma once

#include "localsettings.h"

#include <QStringList>

namespace ow {

// The catalogue items a clerk used last, newest first, kept in the local store so that the
// intake screen can offer them first. A short list per user; unknown codes are harmless.
class RecentItems final
{
public:
    RecentItems(LocalSettings &settings, const QString &userId);

    static constexpr int maximum = 8;

    QStringList codes() const;
    // Moves `itemCode` to the front (adding it), dropping the oldest beyond maximum.
    Status use(const QString &itemCode);

private:
    QString key() const;

    LocalSettings &m_settings;
    QString m_userId;
};

} // namespace ow
