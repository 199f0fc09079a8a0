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

} // namespace ow
