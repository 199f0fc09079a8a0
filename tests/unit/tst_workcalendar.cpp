#include "domain/businessclock.h"
#include "domain/workcalendar.h"
#include "testsupport.h"

#include <QFile>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using ow::BusinessClock;
using ow::WorkCalendar;

namespace {

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

// The shipped calendar, loaded once.
const WorkCalendar &shipped()
{
    static const WorkCalendar calendar = [] {
        const auto loaded = WorkCalendar::loadResource();
        if (!loaded.ok())
            FAIL(loaded.error().message.toStdString());
        return loaded.value();
    }();
    return calendar;
}

bool working(QDate date)
{
    const auto result = shipped().isWorkingDay(date);
    REQUIRE(result.ok());
    return result.value();
}

QDate add(QDate start, int n)
{
    const auto result = shipped().addWorkingDays(start, n);
    REQUIRE(result.ok());
    return result.value();
}

int between(QDate from, QDate to)
{
    const auto result = shipped().workingDaysBetween(from, to);
    REQUIRE(result.ok());
    return result.value();
}

// The error parse() gives for `text`, which must fail.
QString parseError(const QString &text)
{
    const auto result = WorkCalendar::parse(text, u"test.txt"_s);
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

const QString kHeader = u"# a comment\nyear 2024 国办发明电〔2023〕7号\n"_s;

} // namespace

TEST_CASE("The shipped calendar loads and covers 2020 to 2026 with notice numbers", "[calendar]")
{
    const WorkCalendar &calendar = shipped();
    CHECK(calendar.years() == QList<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026});
    CHECK_FALSE(calendar.coversYear(2019));
    CHECK_FALSE(calendar.coversYear(2027));
    for (int year : calendar.years()) {
        const auto section = calendar.section(year);
        REQUIRE(section.has_value());
        REQUIRE_FALSE(section->notices.isEmpty());
        CHECK(section->notices.first().startsWith(u"国办发明电〔"_s));
        CHECK(section->notices.first().endsWith(u"号"_s));
        CHECK_FALSE(section->days.isEmpty());
    }
    CHECK(calendar.section(2024)->notices == QStringList{u"国办发明电〔2023〕7号"_s});
    CHECK(calendar.section(2020)->notices
          == QStringList{u"国办发明电〔2019〕16号"_s, u"国办发明电〔2020〕1号"_s});
}

TEST_CASE("National Day and Spring Festival 2024 and Spring Festival 2025", "[calendar]")
{
    for (QDate day = d(2024, 10, 1); day <= d(2024, 10, 7); day = day.addDays(1))
        CHECK_FALSE(working(day));
    CHECK(working(d(2024, 9, 29)));  // Sunday, make-up working day
    CHECK(working(d(2024, 10, 12))); // Saturday, make-up working day
    CHECK(working(d(2024, 9, 30)));
    CHECK(working(d(2024, 10, 8)));
    CHECK_FALSE(working(d(2024, 9, 28))); // ordinary Saturday
    CHECK_FALSE(working(d(2024, 10, 13)));

    for (QDate day = d(2024, 2, 10); day <= d(2024, 2, 17); day = day.addDays(1))
        CHECK_FALSE(working(day));
    CHECK(working(d(2024, 2, 4)));  // Sunday
    CHECK(working(d(2024, 2, 18))); // Sunday
    CHECK(working(d(2024, 2, 9)));  // 除夕 2024 is a working day (rest only encouraged)

    for (QDate day = d(2025, 1, 28); day <= d(2025, 2, 4); day = day.addDays(1))
        CHECK_FALSE(working(day));
    CHECK(working(d(2025, 1, 26))); // Sunday
    CHECK(working(d(2025, 2, 8)));  // Saturday

    const auto name = [](QDate date) {
        const auto section = shipped().section(date.year());
        REQUIRE(section.has_value());
        for (const auto &day : section->days) {
            if (day.date == date)
                return day.name;
        }
        return QString();
    };
    CHECK(name(d(2024, 10, 1)) == u"国庆节"_s);
    CHECK(name(d(2024, 2, 4)) == u"春节调休"_s);
}

TEST_CASE("2020 Spring Festival runs to 2 February as extended by 国办发明电〔2020〕1号",
          "[calendar]")
{
    for (QDate day = d(2020, 1, 24); day <= d(2020, 2, 2); day = day.addDays(1))
        CHECK_FALSE(working(day));
    CHECK_FALSE(working(d(2020, 2, 1))); // Saturday: make-up day of the first notice, cancelled
    CHECK(working(d(2020, 1, 19)));      // Sunday, make-up day that stayed
    CHECK(working(d(2020, 2, 3)));
    CHECK(add(d(2020, 1, 23), 1) == d(2020, 2, 3));
}

TEST_CASE("Adding working days across holidays and make-up days", "[calendar]")
{
    // Friday + 1 = Monday; after a holiday, the next working day.
    CHECK(add(d(2024, 11, 29), 1) == d(2024, 12, 2));
    CHECK(add(d(2024, 10, 3), 1) == d(2024, 10, 8));
    CHECK(add(d(2024, 11, 29), 0) == d(2024, 11, 29));
    CHECK(add(d(2024, 11, 30), 0) == d(2024, 11, 30)); // n = 0 keeps a rest day as it is

    // National Day 2024: Fri 27 Sep; Sat 28 rest; Sun 29 works (1); Mon 30 (2); 1-7 Oct off;
    // Tue 8 Oct (3); 9, 10, 11 (4-6); Sat 12 Oct works (7); Sun 13 rest; Mon 14 (8).
    CHECK(add(d(2024, 9, 27), 1) == d(2024, 9, 29));
    CHECK(add(d(2024, 9, 27), 2) == d(2024, 9, 30));
    CHECK(add(d(2024, 9, 27), 3) == d(2024, 10, 8));
    CHECK(add(d(2024, 9, 27), 7) == d(2024, 10, 12));
    CHECK(add(d(2024, 9, 27), 8) == d(2024, 10, 14));

    // Spring Festival 2024: Fri 2 Feb + 1 = Sun 4 Feb; Thu 8 Feb + 1 = Fri 9 Feb,
    // + 2 = Sun 18 Feb (10-17 off), + 3 = Mon 19 Feb.
    CHECK(add(d(2024, 2, 2), 1) == d(2024, 2, 4));
    CHECK(add(d(2024, 2, 8), 1) == d(2024, 2, 9));
    CHECK(add(d(2024, 2, 8), 2) == d(2024, 2, 18));
    CHECK(add(d(2024, 2, 8), 3) == d(2024, 2, 19));

    // Spring Festival 2025: Fri 24 Jan + 1 = Sun 26 Jan, + 2 = Mon 27, + 3 = Wed 5 Feb,
    // + 6 = Sat 8 Feb, + 7 = Mon 10 Feb.
    CHECK(add(d(2025, 1, 24), 1) == d(2025, 1, 26));
    CHECK(add(d(2025, 1, 24), 2) == d(2025, 1, 27));
    CHECK(add(d(2025, 1, 24), 3) == d(2025, 2, 5));
    CHECK(add(d(2025, 1, 24), 6) == d(2025, 2, 8));
    CHECK(add(d(2025, 1, 24), 7) == d(2025, 2, 10));

    // Across the new year: 2026-01-01..03 off, Sunday 4 January works.
    CHECK(add(d(2025, 12, 31), 1) == d(2026, 1, 4));

    // Backwards: the n-th working day before.
    CHECK(add(d(2024, 10, 8), -1) == d(2024, 9, 30));
    CHECK(add(d(2024, 10, 8), -2) == d(2024, 9, 29));
    CHECK(add(d(2024, 10, 8), -3) == d(2024, 9, 27));
}

TEST_CASE("Working days between two dates", "[calendar]")
{
    CHECK(between(d(2024, 9, 27), d(2024, 10, 8)) == 3);
    CHECK(between(d(2024, 9, 27), d(2024, 10, 7)) == 2);
    CHECK(between(d(2024, 9, 27), d(2024, 9, 27)) == 0);
    CHECK(between(d(2024, 9, 27), d(2024, 9, 28)) == 0);
    CHECK(between(d(2024, 10, 8), d(2024, 9, 27)) == -3); // 27, 29, 30 September
    CHECK(between(d(2024, 12, 2), d(2024, 11, 29)) == -1);
    CHECK(between(d(2020, 1, 1), d(2026, 12, 31)) > 1600);
}

TEST_CASE("addWorkingDays and workingDaysBetween agree on every pair of dates in a year",
          "[calendar]")
{
    // July 2024 to June 2025: National Day, Spring Festival, a new year and make-up days.
    const QDate first = d(2024, 7, 1);
    const QDate last = d(2025, 6, 30);
    const WorkCalendar &calendar = shipped();
    for (QDate from = first; from <= last; from = from.addDays(1)) {
        for (int n = -12; n <= 12; ++n) {
            const auto target = calendar.addWorkingDays(from, n);
            REQUIRE(target.ok());
            REQUIRE(calendar.workingDaysBetween(from, target.value()).value() == n);
        }
        for (QDate to = first; to <= last; to = to.addDays(1)) {
            const auto count = calendar.workingDaysBetween(from, to);
            REQUIRE(count.ok());
            const int k = count.value();
            const QDate landed = calendar.addWorkingDays(from, k).value();
            INFO(from.toString(Qt::ISODate).toStdString() + " -> "
                 + to.toString(Qt::ISODate).toStdString());
            if (k == 0) {
                REQUIRE(landed == from);
            } else if (to > from) {
                // The last working day <= to: nothing works in (landed, to].
                REQUIRE(landed <= to);
                REQUIRE(calendar.isWorkingDay(landed).value());
                REQUIRE(calendar.workingDaysBetween(landed, to).value() == 0);
            } else {
                // The first working day >= to: nothing works in [to, landed).
                REQUIRE(landed >= to);
                REQUIRE(calendar.isWorkingDay(landed).value());
                REQUIRE(calendar.workingDaysBetween(landed, to).value() == 0);
            }
            REQUIRE(calendar.workingDaysBetween(from, landed).value() == k);
        }
    }
}

TEST_CASE("A date in a year the calendar lacks is an error, never a guess", "[calendar]")
{
    const WorkCalendar &calendar = shipped();
    const auto isWorking = calendar.isWorkingDay(d(2031, 3, 3));
    REQUIRE_FALSE(isWorking.ok());
    CHECK(isWorking.error().message
          == u"The working-day calendar has no data for 2031. Ask the administrator to publish "
             "the State Council holiday notice for that year."_s);

    const auto pastEnd = calendar.addWorkingDays(d(2026, 12, 31), 1);
    REQUIRE_FALSE(pastEnd.ok());
    CHECK(pastEnd.error().message.contains(u"2027"_s));
    CHECK(calendar.addWorkingDays(d(2026, 12, 30), 1).value() == d(2026, 12, 31));
    CHECK(calendar.addWorkingDays(d(2027, 5, 5), 0).value() == d(2027, 5, 5)); // looks at nothing

    const auto beforeStart = calendar.addWorkingDays(d(2020, 1, 2), -2);
    REQUIRE_FALSE(beforeStart.ok());
    CHECK(beforeStart.error().message.contains(u"2019"_s));
    CHECK(calendar.addWorkingDays(d(2019, 12, 31), 1).value() == d(2020, 1, 2));

    CHECK_FALSE(calendar.workingDaysBetween(d(2026, 12, 30), d(2027, 1, 5)).ok());
    CHECK(calendar.workingDaysBetween(d(2026, 12, 30), d(2026, 12, 31)).value() == 1);
    CHECK(calendar.workingDaysBetween(d(2027, 1, 1), d(2026, 12, 31)).value() == -1);
    CHECK_FALSE(calendar.workingDaysBetween(d(2027, 1, 2), d(2026, 12, 31)).ok());

    CHECK_FALSE(WorkCalendar().isWorkingDay(d(2024, 1, 2)).ok());
    CHECK_FALSE(calendar.isWorkingDay(QDate()).ok());

    // A gap in the middle is an error too.
    const auto gapped = WorkCalendar::parse(u"year 2024 A\nyear 2026 B\n"_s, u"gap.txt"_s);
    REQUIRE(gapped.ok());
    const auto across = gapped.value().workingDaysBetween(d(2024, 12, 1), d(2026, 1, 31));
    REQUIRE_FALSE(across.ok());
    CHECK(across.error().message.contains(u"2025"_s));
}

TEST_CASE("Every parse error names the file, the line and the problem", "[calendar]")
{
    CHECK(parseError(kHeader + u"holiday 2024-02-30 春节\n"_s).startsWith(u"test.txt:3: "_s));
    CHECK(parseError(kHeader + u"holiday 2024-02-30 春节\n"_s).contains(u"not a date"_s));
    CHECK(parseError(kHeader + u"holiday 2024-2-3 春节\n"_s)
                  .contains(u"test.txt:3: “2024-2-3” is not a date"_s));
    CHECK(parseError(kHeader + u"holidays 2024-01-01 元旦\n"_s)
          == u"test.txt:3: unknown keyword “holidays” (expected year, holiday or workday)."_s);
    CHECK(parseError(u"# comment\n\nholiday 2024-01-01 元旦\nyear 2024 X\n"_s)
          == u"test.txt:3: “holiday” comes before any “year” line."_s);
    CHECK(parseError(kHeader + u"holiday 2025-01-01 元旦\n"_s)
          == u"test.txt:3: 2025-01-01 is not in 2024, the year of this section (line 2)."_s);
    CHECK(parseError(kHeader + u"holiday 2024-01-01 元旦\n\nholiday 2024-01-01 元旦\n"_s)
          == u"test.txt:5: 2024-01-01 is listed twice (first on line 3)."_s);
    CHECK(parseError(kHeader + u"holiday 2024-10-01 国庆节\nworkday 2024-10-01 国庆节调休\n"_s)
                  .startsWith(u"test.txt:4: 2024-10-01 is listed twice"_s));
    CHECK(parseError(kHeader + u"year 2025 A\nyear 2024 B\n"_s)
          == u"test.txt:4: year 2024 is listed twice (first on line 2)."_s);
    CHECK(parseError(u"year 24 X\n"_s).startsWith(u"test.txt:1: “24” is not a year"_s));
    CHECK(parseError(u"year 2024\n"_s).startsWith(u"test.txt:1: expected “year <YYYY>"_s));
    CHECK(parseError(kHeader + u"holiday 2024-01-01\n"_s)
                  .startsWith(u"test.txt:3: expected “holiday"_s));
    CHECK(parseError(kHeader + u"workday 2024-02-04 春节 调休\n"_s)
                  .startsWith(u"test.txt:3: expected “workday"_s));
    CHECK(parseError(kHeader + u"workday 2024-01-02 调休\n"_s)
          == u"test.txt:3: make-up working day 2024-01-02 is not a Saturday or Sunday."_s);
    CHECK(parseError(u"# nothing\n"_s).startsWith(u"test.txt: "_s));
    CHECK(parseError(QString()).startsWith(u"test.txt: "_s));

    // Windows line ends, a byte order mark, tabs and spaces are fine.
    const auto tolerant = WorkCalendar::parse(
            u"\uFEFFyear 2024 X\r\n\tholiday   2024-01-01\t元旦 \r\n"_s, u"ok.txt"_s);
    REQUIRE(tolerant.ok());
    CHECK_FALSE(tolerant.value().isWorkingDay(d(2024, 1, 1)).value());
}

TEST_CASE("The calendar round-trips through its text form", "[calendar]")
{
    const WorkCalendar &calendar = shipped();
    const QString text = calendar.serialize();
    const auto again = WorkCalendar::parse(text, u"serialized"_s);
    REQUIRE(again.ok());
    CHECK(again.value() == calendar);
    CHECK(again.value().serialize() == text);

    // The serialised form says the same as the shipped file, line for line, less comments.
    QFile file(WorkCalendar::resourcePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList facts;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            facts.append(line);
    }
    QStringList serializedFacts;
    for (const QString &line : text.split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            serializedFacts.append(line);
    }
    CHECK(serializedFacts == facts);
}

TEST_CASE("A newer year from the server merges in - a replaced year wins", "[calendar]")
{
    WorkCalendar calendar = shipped();
    // Test data, not the real 2027 arrangement.
    const auto update = WorkCalendar::parse(
            u"year 2027 国办发明电〔2026〕99号\nholiday 2027-01-01 元旦\nworkday 2027-01-09 测试调休\n"_s,
            u"update.txt"_s);
    REQUIRE(update.ok());
    CHECK(calendar.merge(update.value()) == QList<int>{2027});
    CHECK(calendar.coversYear(2027));
    CHECK(calendar.addWorkingDays(d(2026, 12, 31), 1).value() == d(2027, 1, 4));
    CHECK(calendar.isWorkingDay(d(2027, 1, 9)).value());
    CHECK(calendar.merge(update.value()).isEmpty()); // the same again changes nothing

    // A corrected 2024 replaces the old one entirely.
    const auto corrected = WorkCalendar::parse(
            u"year 2024 国办发明电〔2023〕7号 国办发明电〔2024〕99号\nholiday 2024-10-08 测试\n"_s,
            u"corrected.txt"_s);
    REQUIRE(corrected.ok());
    CHECK(calendar.merge(corrected.value()) == QList<int>{2024});
    CHECK_FALSE(calendar.isWorkingDay(d(2024, 10, 8)).value());
    CHECK(calendar.isWorkingDay(d(2024, 10, 1)).value()); // no longer listed
    CHECK(calendar.section(2024)->notices.size() == 2);
    CHECK(calendar.section(2025) == shipped().section(2025));

    const auto reparsed = WorkCalendar::parse(calendar.serialize(), u"merged"_s);
    REQUIRE(reparsed.ok());
    CHECK(reparsed.value() == calendar);
}

TEST_CASE("Business dates are Shanghai dates whatever the machine's time zone", "[calendar]")
{
    const QDateTime evening = QDateTime(d(2024, 9, 30), QTime(17, 0), Qt::UTC);
    CHECK(BusinessClock::dateOf(evening) == d(2024, 10, 1));
    CHECK(BusinessClock::dateOf(evening.addSecs(-3601)) == d(2024, 9, 30)); // 15:59:59Z
    CHECK(BusinessClock::dateOf(QDateTime(d(2024, 9, 30), QTime(16, 0), Qt::UTC))
          == d(2024, 10, 1));
    // The same moment written in another zone.
    CHECK(BusinessClock::dateOf(QDateTime(d(2024, 9, 30), QTime(12, 0), QTimeZone(-5 * 3600)))
          == d(2024, 10, 1));
    CHECK_FALSE(BusinessClock::dateOf(QDateTime()).isValid());
    CHECK(BusinessClock::timeZone().offsetFromUtc(evening) == 8 * 3600);

    BusinessClock::setNowForTesting(evening);
    CHECK(BusinessClock::nowUtc() == evening);
    CHECK(BusinessClock::nowUtc().timeSpec() == Qt::UTC);
    CHECK(BusinessClock::today() == d(2024, 10, 1));
    BusinessClock::clearNowForTesting();
    CHECK(qAbs(BusinessClock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}
