#include "isotime.h"

namespace ow {

namespace {

// Days since 1970-01-01 → civil date (proleptic Gregorian), H. Hinnant's algorithm.
void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

// Civil date (proleptic Gregorian) → days since 1970-01-01, H. Hinnant's algorithm.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void put(char16_t *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

} // namespace

QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 msPerDay = 86400000;
    const qint64 days = ms >= 0 ? ms / msPerDay : (ms - msPerDay + 1) / msPerDay;
    const qint64 msOfDay = ms - days * msPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1000 || year > 9999) // Qt's own rules for such years
        return t.toUTC().toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, int(msOfDay / 3600000), 2);
    *out++ = u':';
    put(out, int(msOfDay / 60000 % 60), 2);
    *out++ = u':';
    put(out, int(msOfDay / 1000 % 60), 2);
    *out++ = u'.';
    put(out, int(msOfDay % 1000), 3);
    *out = u'Z';
    return text;
}

bool parseIsoUtc(const QString &text, qint64 *msecs)
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

} // namespace ow
