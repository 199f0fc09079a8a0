#pragma once

#include "rating.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace ow {

// A rate as the hall reports it: numerator over denominator, shown as a percentage with two
// decimals rounded half up (89,474 / 89,572 = 99.89%). No denominator: no rate ("—").
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    bool isDefined() const { return denominator > 0; }
    // Hundredths of a percent, rounded half up: 9989 for 99.89%; -1 when undefined.
    qint64 basisPoints() const;
    double percent() const { return isDefined() ? double(basisPoints()) / 100.0 : 0.0; }
    QString text() const; // "99.89%", or "—"
};

// How the dashboard cuts a period into buckets.
enum class StatisticsGranularity { Day, Week, Month };

// A period of business days (Asia/Shanghai), both ends included.
struct StatisticsPeriod
{
    QDate from;
    QDate to;
    StatisticsGranularity granularity = StatisticsGranularity::Day;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    static StatisticsPeriod month(int year, int month);
    static StatisticsPeriod year(int year);
    // The first day of the bucket `day` falls in (weeks start on Monday).
    QDate bucketStart(QDate day) const;
    QList<QDate> bucketStarts() const; // every bucket of the period, in order
    // The granularity that fits the length: days up to 62 days, weeks up to 26 weeks, months.
    static StatisticsGranularity granularityFor(QDate from, QDate to);
};

// Counts for one row of a table (an item, a department, a place, a staff member) or the whole.
struct CaseCounts
{
    qint64 accepted = 0;           // 受理: accepted in the period, withdrawn ones excluded
    qint64 completed = 0;          // 办结: decided (approved or denied) in the period
    qint64 completedOnTime = 0;    // of those, decided by the due date
    qint64 workingDaysTotal = 0;   // sum over completed of working days acceptance → decision
    qint64 workingDaysCounted = 0; // completed cases whose working days are known
    qint64 acceptedDecided = 0;    // of the accepted ones, decided (approved or denied) to date
    void add(const CaseCounts &other);
    // 办结率 of the period: may exceed 100% when the period decides cases accepted before it.
    Ratio completionRate() const { return {completed, accepted}; }
    // 本期受理办结率 (cohort): of the cases accepted in the period, the share decided to date;
    // never above 100%.
    Ratio cohortCompletionRate() const { return {acceptedDecided, accepted}; }
    Ratio onTimeRate() const { return {completedOnTime, completed}; } // 按时办结率
    // Average working days from acceptance to decision, two decimals; -1 when none.
    double averageWorkingDays() const;
};

struct RatingCounts
{
    std::array<qint64, 5> byLevel{}; // index = level value - 1 (0 = 非常不满意)
    qint64 excludedByAppeal = 0;     // ratings whose appeal was upheld, not in byLevel
    qint64 count(RatingLevel level) const { return byLevel[size_t(int(level) - 1)]; }
    qint64 total() const;
    qint64 bad() const;
    Ratio satisfactionRate() const; // 满意率 = (非常满意 + 满意 + 基本满意) / ratings counted
};

struct TripCounts
{
    qint64 released = 0;  // applicants' matters (top-level cases) whose result went out
    qint64 atMostOne = 0; // of those, the applicant came at most once
    Ratio share() const { return {atMostOne, released}; } // 最多跑一次
};

struct StatisticsRow
{
    QString key; // item code, department code, place code, user id, channel key
    QString name;
    CaseCounts counts;
};

struct StatisticsBucket
{
    QDate start;
    qint64 accepted = 0;
    qint64 completed = 0;
};

// One place's figures in the county view (every township point and hall side by side): the
// same definitions as the dashboard, counted per place where the case was received (ratings:
// where they were given).
struct PlaceFigures
{
    QString placeCode;
    QString name;
    CaseCounts counts;
    RatingCounts ratings;
    TripCounts trips;
    qint64 overdue = 0; // today: open cases past their due date (DueStatus::Overdue)
    qint64 nearDue = 0; // today: open cases near their due date (DueStatus::NearDue)
};

// All figures of the dashboard for one period and place filter.
struct DashboardFigures
{
    StatisticsPeriod period;
    QDate today; // the day overdue and near-due are counted on
    CaseCounts total;
    QList<StatisticsBucket> buckets;
    qint64 overdue = 0; // open cases past their due date (DueStatus::Overdue), today
    qint64 nearDue = 0; // open cases near their due date (DueStatus::NearDue), today
    RatingCounts ratings;
    TripCounts trips;
    QList<StatisticsRow> channels;    // by accepted
    QList<StatisticsRow> items;       // by accepted, most first
    QList<StatisticsRow> departments; // by accepted, most first
    QList<StatisticsRow> places;
    QList<StatisticsRow> staff;
    double seconds = 0; // how long the queries took
};

// The figures' definitions (docs/statistics.md), one place for the client and the server.
class StatisticsDefinitions final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsDefinitions)
public:
    enum class Figure {
        Accepted,
        Completed,
        CompletionRate,
        OnTimeRate,
        Overdue,
        NearDue,
        SatisfactionRate,
        RatingLevels,
        OneTrip,
        Channels,
        AverageWorkingDays,
        TopItems,
        CohortCompletionRate,
    };
    static QString name(Figure figure);                    // translated short name
    static QString definition(Figure figure);              // translated, for the tooltip
    static QString channelName(const QString &channelKey); // translated: 窗口, 乡镇, ...
    static QString bucketLabel(QDate start, StatisticsGranularity granularity);
    // A figure's value as the dashboard's card and the report show it ("99.89%", "4,345", "—").
    static QString valueText(const DashboardFigures &figures, Figure figure);
    // A working-day average with two decimals, or "—".
    static QString averageText(double average);
    // The top `count` rows by accepted cases (ties by key), the rest dropped.
    static QList<StatisticsRow> top(QList<StatisticsRow> rows, int count);
    static void sortByAccepted(QList<StatisticsRow> &rows);

    // The county view on the wire (GET /stats/v1/summary): the counts, never rates, so that
    // both ends round the same way.
    static QJsonObject toJson(const PlaceFigures &place);
    static std::optional<PlaceFigures> placeFromJson(const QJsonObject &object);
    static PlaceFigures sum(const QList<PlaceFigures> &places); // the whole county
};

} // namespace ow
