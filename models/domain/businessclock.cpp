#include "businessclock.h"

#include <atomic>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

constexpr qint64 kNoOverride = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_nowOverrideMs{kNoOverride};

} // namespace

QTimeZone BusinessClock::timeZone()
{
    // China has kept UTC+8 without daylight saving since 1991, so the fixed offset is exact
    // for every business date where the zone database is missing (minimal containers).
    static const QTimeZone zone = [] {
        QTimeZone shanghai("Asia/Shanghai"_ba);
        return shanghai.isValid() ? shanghai : QTimeZone(8 * 3600);
    }();
    return zone;
}

QDateTime BusinessClock::nowUtc()
{
    const qint64 overrideMs = g_nowOverrideMs.load(std::memory_order_relaxed);
    if (overrideMs != kNoOverride)
        return QDateTime::fromMSecsSinceEpoch(overrideMs, Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

QDate BusinessClock::today()
{
    return dateOf(nowUtc());
}

QDate BusinessClock::dateOf(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(timeZone()).date();
}

void BusinessClock::setNowForTesting(const QDateTime &utcNow)
{
    g_nowOverrideMs.store(utcNow.isValid() ? utcNow.toMSecsSinceEpoch() : kNoOverride,
                          std::memory_order_relaxed);
}

void BusinessClock::clearNowForTesting()
{
    g_nowOverrideMs.store(kNoOverride, std::memory_order_relaxed);
}

} // namespace ow
