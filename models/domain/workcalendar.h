#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ow {

// The national working-day calendar (工作日历) that due dates are counted in: weekends, public
// holidays and make-up working days (调休), one section per calendar year, from the State
// Council notices (format: docs/calendar.md). A date in a year the calendar does not cover is
// an error the caller gets back, never a guess.
class WorkCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    enum class DayKind {
        Holiday,       // "holiday": a rest day, whatever the weekday
        MakeUpWorkday, // "workday": a Saturday or Sunday that is a working day (调休上班)
    };

    struct ListedDay
    {
        QDate date;
        DayKind kind = DayKind::Holiday;
        QString name; // 春节, 国庆节调休, ...
        bool operator==(const ListedDay &other) const
        {
            return date == other.date && kind == other.kind && name == other.name;
        }
    };

    struct YearSection
    {
        int year = 0;
        QStringList notices;   // 国办发明电〔2023〕7号, later amendments after it
        QList<ListedDay> days; // in date order
        bool operator==(const YearSection &other) const
        {
            return year == other.year && notices == other.notices && days == other.days;
        }
    };

    // The calendar shipped with the application (resources/calendar/cn-workdays.txt).
    static QString resourcePath(); // :/data/calendar/cn-workdays.txt
    static Result<WorkCalendar> loadResource();
    static Result<WorkCalendar> loadFile(const QString &path);
    // Reads a whole document or nothing; an error reads "<fileName>:<line>: <problem>".
    static Result<WorkCalendar> parse(const QString &text, const QString &fileName);
    // The document form of the calendar, as parse() reads it (comments are not kept).
    QString serialize() const;

    // A server update: each year in `update` replaces that year here entirely (a corrected
    // or amended notice replaces the older version); other years stay. Returns the years that
    // were added or changed.
    QList<int> merge(const WorkCalendar &update);

    QList<int> years() const; // ascending
    bool coversYear(int year) const;
    std::optional<YearSection> section(int year) const;
    // "The working-day calendar has no data for 2031. Ask the administrator …", translated.
    static QString missingYearMessage(int year);

    // Saturdays and Sundays are rest days unless listed as make-up working days; listed
    // holidays are rest days; other days are working days.
    Result<bool> isWorkingDay(QDate date) const;

    // n > 0: the n-th working day after `start` (a case accepted on Friday + 1 = the next
    // Monday, or the first working day after a holiday). n = 0: `start` itself, unchecked.
    // n < 0: the |n|-th working day before `start`.
    // Fails when a day it has to look at lies in a year the calendar does not cover.
    Result<QDate> addWorkingDays(QDate start, int n) const;

    // to >= from: the number of working days d with from < d <= to (0 when to == from).
    // to <  from: minus the number of working days d with to <= d < from (so <= 0).
    // Hence workingDaysBetween(from, addWorkingDays(from, n)) == n for every n, and
    // addWorkingDays(from, workingDaysBetween(from, to)) is the last working day <= to when
    // to > from, the first working day >= to when to < from, or `from` when no working day
    // lies in between. Fails like addWorkingDays for a day in an uncovered year.
    Result<int> workingDaysBetween(QDate from, QDate to) const;

    bool operator==(const WorkCalendar &other) const { return m_years == other.m_years; }
    bool operator!=(const WorkCalendar &other) const { return !(*this == other); }

private:
    void rebuildIndex();
    // Index into m_working / m_prefix, or -1 outside [first year, last year].
    qint64 indexOf(QDate date) const;
    // Walking from fromYear to toYear (either direction): the first year not covered, or 0.
    int firstMissingYear(int fromYear, int toYear) const;

    QMap<int, YearSection> m_years;
    // One entry per day from 1 January of the first year to 31 December of the last.
    qint64 m_firstJulianDay = 0;
    std::vector<bool> m_working;
    std::vector<int> m_prefix; // working days from the first day up to and including this one
};

} // namespace ow
