#include "workcalendar.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cstdlib>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

Error calendarError(const QString &message)
{
    return {QStringLiteral("calendar.error"), message, {}};
}

const QString kYear = u"year"_s;
const QString kHoliday = u"holiday"_s;
const QString kWorkday = u"workday"_s;

// Strictly YYYY-MM-DD; QDate::fromString(Qt::ISODate) would also take other forms.
QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

} // namespace

QString WorkCalendar::resourcePath()
{
    return u":/data/calendar/cn-workdays.txt"_s;
}

Result<WorkCalendar> WorkCalendar::loadResource()
{
    return loadFile(resourcePath());
}

Result<WorkCalendar> WorkCalendar::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return calendarError(
                tr("Cannot read the working-day calendar %1: %2").arg(path, file.errorString()));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(file.readAll());
    if (decoder.hasError()) {
        return calendarError(
                tr("%1: the working-day calendar is not UTF-8 text.").arg(path));
    }
    return parse(text, path);
}

Result<WorkCalendar> WorkCalendar::parse(const QString &text, const QString &fileName)
{
    const auto fail = [&fileName](int line, const QString &problem) {
        return calendarError(
                u"%1:%2: %3"_s.arg(fileName, QString::number(line), problem));
    };

    WorkCalendar calendar;
    QHash<int, int> yearLines;   // year → line of its "year" line
    QHash<qint64, int> dayLines; // Julian day → line that lists it
    int currentYear = 0;

    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines.at(i);
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        line = line.simplified();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u' ');
        const QString &keyword = fields.first();

        if (keyword == kYear) {
            if (fields.size() < 3)
                return fail(lineNumber, tr("expected “year <YYYY> <notice number>…”."));
            static const QRegularExpression yearPattern(u"^\\d{4}$"_s);
            if (!yearPattern.match(fields.at(1)).hasMatch())
                return fail(lineNumber,
                            tr("“%1” is not a year (expected YYYY).").arg(fields.at(1)));
            const int year = fields.at(1).toInt();
            if (yearLines.contains(year)) {
                return fail(lineNumber,
                            tr("year %1 is listed twice (first on line %2).")
                                    .arg(QString::number(year),
                                         QString::number(yearLines.value(year))));
            }
            yearLines.insert(year, lineNumber);
            YearSection section;
            section.year = year;
            section.notices = fields.mid(2);
            calendar.m_years.insert(year, section);
            currentYear = year;
            continue;
        }

        if (keyword != kHoliday && keyword != kWorkday) {
            return fail(
                    lineNumber,
                    tr("unknown keyword “%1” (expected year, holiday or workday).").arg(keyword));
        }
        if (currentYear == 0)
            return fail(lineNumber, tr("“%1” comes before any “year” line.").arg(keyword));
        if (fields.size() != 3)
            return fail(lineNumber, tr("expected “%1 <YYYY-MM-DD> <name>”.").arg(keyword));
        const QDate date = parseDate(fields.at(1));
        if (!date.isValid()) {
            return fail(lineNumber,
                        tr("“%1” is not a date (expected YYYY-MM-DD).").arg(fields.at(1)));
        }
        if (date.year() != currentYear) {
            return fail(lineNumber,
                        tr("%1 is not in %2, the year of this section (line %3).")
                                .arg(fields.at(1), QString::number(currentYear),
                                     QString::number(yearLines.value(currentYear))));
        }
        if (dayLines.contains(date.toJulianDay())) {
            return fail(lineNumber,
                        tr("%1 is listed twice (first on line %2).")
                                .arg(fields.at(1),
                                     QString::number(dayLines.value(date.toJulianDay()))));
        }
        const bool makeUp = keyword == kWorkday;
        if (makeUp && date.dayOfWeek() < Qt::Saturday) {
            return fail(
                    lineNumber,
                    tr("make-up working day %1 is not a Saturday or Sunday.").arg(fields.at(1)));
        }
        dayLines.insert(date.toJulianDay(), lineNumber);
        calendar.m_years[currentYear].days.append(
                ListedDay{date, makeUp ? DayKind::MakeUpWorkday : DayKind::Holiday, fields.at(2)});
    }

    if (calendar.m_years.isEmpty()) {
        return calendarError(
                tr("%1: the working-day calendar has no “year” line.").arg(fileName));
    }
    for (YearSection &section : calendar.m_years) {
        std::sort(section.days.begin(), section.days.end(),
                  [](const ListedDay &a, const ListedDay &b) { return a.date < b.date; });
    }
    calendar.rebuildIndex();
    return Result<WorkCalendar>(std::move(calendar));
}

QString WorkCalendar::serialize() const
{
    QString out = u"# OneWindow working-day calendar (docs/calendar.md)\n"_s;
    for (const YearSection &section : m_years) {
        out += u'\n' + kYear + u' ' + QString::number(section.year) + u' '
                + section.notices.join(u' ') + u'\n';
        for (const ListedDay &day : section.days) {
            out += (day.kind == DayKind::MakeUpWorkday ? kWorkday : kHoliday) + u' '
                    + day.date.toString(Qt::ISODate) + u' ' + day.name + u'\n';
        }
    }
    return out;
}

QList<int> WorkCalendar::merge(const WorkCalendar &update)
{
    QList<int> changed;
    for (const YearSection &section : update.m_years) {
        const auto it = m_years.constFind(section.year);
        if (it != m_years.constEnd() && *it == section)
            continue;
        m_years.insert(section.year, section);
        changed.append(section.year);
    }
    if (!changed.isEmpty())
        rebuildIndex();
    return changed;
}

QList<int> WorkCalendar::years() const
{
    return m_years.keys();
}

bool WorkCalendar::coversYear(int year) const
{
    return m_years.contains(year);
}

std::optional<WorkCalendar::YearSection> WorkCalendar::section(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.constEnd())
        return std::nullopt;
    return *it;
}

QString WorkCalendar::missingYearMessage(int year)
{
    return tr("The working-day calendar has no data for %1. Ask the administrator to publish the "
              "State Council holiday notice for that year.")
            .arg(QString::number(year));
}

Result<bool> WorkCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return calendarError(tr("The date is not valid."));
    if (!coversYear(date.year()))
        return calendarError(missingYearMessage(date.year()));
    return Result<bool>(m_working[size_t(indexOf(date))]);
}

Result<QDate> WorkCalendar::addWorkingDays(QDate start, int n) const
{
    if (!start.isValid())
        return calendarError(tr("The date is not valid."));
    const int step = n < 0 ? -1 : 1;
    int remaining = std::abs(n);
    QDate day = start;
    int checkedYear = 0;
    while (remaining > 0) {
        day = day.addDays(step);
        if (day.year() != checkedYear) {
            if (!coversYear(day.year()))
                return calendarError(missingYearMessage(day.year()));
            checkedYear = day.year();
        }
        if (m_working[size_t(indexOf(day))])
            --remaining;
    }
    return Result<QDate>(day);
}

Result<int> WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return calendarError(tr("The date is not valid."));
    if (from == to)
        return Result<int>(0);

    // Working days up to and including `day`; `day` is covered or the day before the first.
    const auto countTo = [this](QDate day) {
        const qint64 index = indexOf(day);
        return index < 0 ? 0 : m_prefix[size_t(index)];
    };
    if (to > from) {
        // (from, to]
        if (const int missing = firstMissingYear(from.addDays(1).year(), to.year()))
            return calendarError(missingYearMessage(missing));
        return Result<int>(countTo(to) - countTo(from));
    }
    // [to, from), walked backwards from `from`
    if (const int missing = firstMissingYear(from.addDays(-1).year(), to.year()))
        return calendarError(missingYearMessage(missing));
    return Result<int>(-(countTo(from.addDays(-1)) - countTo(to.addDays(-1))));
}

void WorkCalendar::rebuildIndex()
{
    m_working.clear();
    m_prefix.clear();
    if (m_years.isEmpty())
        return;
    m_firstJulianDay = QDate(m_years.firstKey(), 1, 1).toJulianDay();
    const qint64 lastJulianDay = QDate(m_years.lastKey(), 12, 31).toJulianDay();
    const size_t count = size_t(lastJulianDay - m_firstJulianDay + 1);
    m_working.resize(count);
    for (size_t i = 0; i < count; ++i)
        m_working[i]
                = QDate::fromJulianDay(m_firstJulianDay + qint64(i)).dayOfWeek() < Qt::Saturday;
    for (const YearSection &section : std::as_const(m_years)) {
        for (const ListedDay &day : section.days)
            m_working[size_t(indexOf(day.date))] = day.kind == DayKind::MakeUpWorkday;
    }
    m_prefix.resize(count);
    int running = 0;
    for (size_t i = 0; i < count; ++i) {
        running += m_working[i] ? 1 : 0;
        m_prefix[i] = running;
    }
}

qint64 WorkCalendar::indexOf(QDate date) const
{
    const qint64 index = date.toJulianDay() - m_firstJulianDay;
    return index >= 0 && index < qint64(m_working.size()) ? index : -1;
}

int WorkCalendar::firstMissingYear(int fromYear, int toYear) const
{
    const int step = toYear < fromYear ? -1 : 1;
    for (int year = fromYear;; year += step) {
        if (!coversYear(year))
            return year;
        if (year == toYear)
            return 0;
    }
}

} // namespace ow
