#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ow {

// Business dates (receipt, acceptance, due dates, the date in a case number) are dates in
// Asia/Shanghai whatever the machine's time zone: the day the applicant stood at the counter.
class BusinessClock final
{
public:
    static QTimeZone timeZone(); // Asia/Shanghai (UTC+8 when the system has no zone data)
    static QDateTime nowUtc();
    static QDate today();
    static QDate dateOf(const QDateTime &moment); // invalid for an invalid moment

    // Tests only: nowUtc() and today() report `utcNow` until cleared. Thread-safe.
    static void setNowForTesting(const QDateTime &utcNow);
    static void clearNowForTesting();
};

} // namespace ow
