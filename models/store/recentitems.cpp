#include "recentitems.h"

namespace ow {

RecentItems::RecentItems(LocalSettings &settings, const QString &userId)
    : m_settings(settings)
    , m_userId(userId)
{ }

QString RecentItems::key() const
{
    return QStringLiteral("intake.recent_items.") + m_userId;
}

QStringList RecentItems::codes() const
{
    QStringList codes = m_settings.value(key()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    codes.removeDuplicates();
    return codes.mid(0, maximum);
}

Status RecentItems::use(const QString &itemCode)
{
    const QString code = itemCode.trimmed();
    if (code.isEmpty() || code.contains(QLatin1Char(' ')))
        return Status::success();
    QStringList list = codes();
    list.removeAll(code);
    list.prepend(code);
    return m_settings.setValue(key(), list.mid(0, maximum).join(QLatin1Char(' ')));
}

} // namespace ow
