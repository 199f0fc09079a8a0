#pragma once

#include <QDateTime>
#include <QVariant>

namespace ow {

namespace storedtime {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

inline void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ" of a UTC moment, as QDateTime::toString(Qt::ISODateWithMs) writes
// it, without its formatter (a pulled case has a dozen of these). Years 1..9999 only.
inline bool formatUtc(qint64 msecs, char16_t out[24])
{
    qint64 days = msecs / 86400000;
    qint64 rest = msecs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, &y, &m, &d);
    if (y < 1 || y > 9999)
        return false;
    const auto put = [&out](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, y, 4);
    out[4] = u'-';
    put(5, m, 2);
    out[7] = u'-';
    put(8, d, 2);
    out[10] = u'T';
    put(11, rest / 3600000, 2);
    out[13] = u':';
    put(14, rest / 60000 % 60, 2);
    out[16] = u':';
    put(17, rest / 1000 % 60, 2);
    out[19] = u'.';
    put(20, rest % 1000, 3);
    out[23] = u'Z';
    return true;
}

// The inverse for exactly that form (the form the stores and the sync protocol write); false
// for anything else, which the caller then hands to QDateTime's parser.
inline bool parseUtc(const QString &text, qint64 *msecs)
{
    if (text.size() != 24)
        return false;
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    if (s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':'
        || s[19] != u'.' || s[23] != u'Z')
        return false;
    bool ok = true;
    const auto number = [s, &ok](int at, int digits) {
        int v = 0;
        for (int i = at; i < at + digits; ++i) {
            if (s[i] < u'0' || s[i] > u'9')
                ok = false;
            v = v * 10 + int(s[i] - u'0');
        }
        return v;
    };
    const int y = number(0, 4);
    const int mo = number(5, 2);
    const int d = number(8, 2);
    const int h = number(11, 2);
    const int mi = number(14, 2);
    const int sec = number(17, 2);
    const int ms = number(20, 3);
    if (!ok || y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59)
        return false;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[mo - 1] + (mo == 2 && leap ? 1 : 0))
        return false;
    *msecs = daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400000
            + ((h * 60 + mi) * 60 + sec) * qint64(1000) + ms;
    return true;
}

} // namespace storedtime

// How the stores keep a moment: UTC, ISO 8601 with milliseconds; an invalid time is "" or NULL.
inline QString iso(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    char16_t text[24];
    if (storedtime::formatUtc(t.toMSecsSinceEpoch(), text))
        return QString(reinterpret_cast<const QChar *>(text), 24);
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}

inline QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace ow
