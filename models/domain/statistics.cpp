#include "statistics.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace ow {

qint64 Ratio::basisPoints() const
{
    if (denominator <= 0)
        return -1;
    // round half up of numerator * 10000 / denominator, in integers
    return (numerator * 20000 + denominator) / (2 * denominator);
}

QString Ratio::text() const
{
    if (!isDefined())
        return QStringLiteral("—");
    const qint64 bp = basisPoints();
    return QStringLiteral("%1.%2%").arg(bp / 100).arg(bp % 100, 2, 10, QLatin1Char('0'));
}

StatisticsPeriod StatisticsPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1), StatisticsGranularity::Day};
}

StatisticsPeriod StatisticsPeriod::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31), StatisticsGranularity::Month};
}

QDate StatisticsPeriod::bucketStart(QDate day) const
{
    switch (granularity) {
    case StatisticsGranularity::Day:
        return day;
    case StatisticsGranularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case StatisticsGranularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QList<QDate> StatisticsPeriod::bucketStarts() const
{
    QList<QDate> starts;
    if (!isValid())
        return starts;
    for (QDate d = bucketStart(from); d <= to;) {
        starts.append(d);
        switch (granularity) {
        case StatisticsGranularity::Day:
            d = d.addDays(1);
            break;
        case StatisticsGranularity::Week:
            d = d.addDays(7);
            break;
        case StatisticsGranularity::Month:
            d = d.addMonths(1);
            break;
        }
    }
    return starts;
}

StatisticsGranularity StatisticsPeriod::granularityFor(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 62)
        return StatisticsGranularity::Day;
    if (days <= 26 * 7)
        return StatisticsGranularity::Week;
    return StatisticsGranularity::Month;
}

void CaseCounts::add(const CaseCounts &other)
{
    accepted += other.accepted;
    completed += other.completed;
    completedOnTime += other.completedOnTime;
    workingDaysTotal += other.workingDaysTotal;
    workingDaysCounted += other.workingDaysCounted;
    acceptedDecided += other.acceptedDecided;
}

double CaseCounts::averageWorkingDays() const
{
    if (workingDaysCounted <= 0)
        return -1;
    // two decimals, half up
    const qint64 hundredths
            = (workingDaysTotal * 200 + workingDaysCounted) / (2 * workingDaysCounted);
    return double(hundredths) / 100.0;
}

qint64 RatingCounts::total() const
{
    qint64 sum = 0;
    for (qint64 n : byLevel)
        sum += n;
    return sum;
}

qint64 RatingCounts::bad() const
{
    return count(RatingLevel::Dissatisfied) + count(RatingLevel::VeryDissatisfied);
}

Ratio RatingCounts::satisfactionRate() const
{
    return {total() - bad(), total()};
}

QString StatisticsDefinitions::name(Figure figure)
{
    switch (figure) {
    case Figure::Accepted:
        return tr("Accepted");
    case Figure::Completed:
        return tr("Completed");
    case Figure::CompletionRate:
        return tr("Completion rate");
    case Figure::OnTimeRate:
        return tr("On-time rate");
    case Figure::Overdue:
        return tr("Overdue");
    case Figure::NearDue:
        return tr("Near due");
    case Figure::SatisfactionRate:
        return tr("Satisfaction rate");
    case Figure::RatingLevels:
        return tr("Ratings");
    case Figure::OneTrip:
        return tr("At most one trip");
    case Figure::Channels:
        return tr("Channels");
    case Figure::AverageWorkingDays:
        return tr("Average working days");
    case Figure::TopItems:
        return tr("Top items");
    case Figure::CohortCompletionRate:
        return tr("Completion of accepted");
    }
    return {};
}

QString StatisticsDefinitions::definition(Figure figure)
{
    switch (figure) {
    case Figure::Accepted:
        return tr("Cases accepted in the period (by the day of acceptance). Rejected "
                  "applications were never accepted; withdrawn cases are left out. A one-visit "
                  "bundle counts its department cases, not the bundle itself.");
    case Figure::Completed:
        return tr("Cases decided (approved or denied) in the period, by the day of the "
                  "decision, wherever they were accepted.");
    case Figure::CompletionRate:
        return tr("Completed / accepted in the same period, rejected and withdrawn applications "
                  "excluded. A case accepted in one period and decided in the next counts in each "
                  "period for what happened in it, so a period that decides more than it accepts "
                  "shows more than 100%; \"Completion of accepted\" never does.");
    case Figure::OnTimeRate:
        return tr("Completed cases decided on or before their due date / completed. The due "
                  "date already moves by the working days a case was suspended.");
    case Figure::Overdue:
        return tr("Open cases (accepted or in review, not suspended) whose due date has passed, "
                  "counted today.");
    case Figure::NearDue:
        return tr("Open cases with at most one working day left or at least 80% of the promised "
                  "working days used, counted today.");
    case Figure::SatisfactionRate:
        return tr("(Very satisfied + satisfied + basically satisfied) / ratings given in the "
                  "period. Ratings whose appeal was upheld are not counted.");
    case Figure::RatingLevels:
        return tr("Ratings given in the period at each of the five levels; appeals upheld "
                  "left out.");
    case Figure::OneTrip:
        return tr("Of the applicants' matters whose result went out in the period, the share "
                  "for which the applicant came at most once. A bundle counts once.");
    case Figure::Channels:
        return tr("Cases accepted in the period by how they reached the hall: window, township "
                  "point, help agent, online.");
    case Figure::AverageWorkingDays:
        return tr("For cases completed in the period: working days from the day of acceptance "
                  "to the day of the decision, on the working-day calendar, averaged.");
    case Figure::TopItems:
        return tr("The items with the most cases accepted in the period.");
    case Figure::CohortCompletionRate:
        return tr("Of the cases accepted in the period, the share decided (approved or denied) "
                  "to date, whenever the decision came. At most 100%; it still grows while "
                  "cases of the period are open.");
    }
    return {};
}

QString StatisticsDefinitions::channelName(const QString &channelKey)
{
    if (channelKey == QLatin1String("window"))
        return tr("Window");
    if (channelKey == QLatin1String("township"))
        return tr("Township point");
    if (channelKey == QLatin1String("agent"))
        return tr("Help agent");
    if (channelKey == QLatin1String("online"))
        return tr("Online");
    return channelKey;
}

QString StatisticsDefinitions::bucketLabel(QDate start, StatisticsGranularity granularity)
{
    switch (granularity) {
    case StatisticsGranularity::Day:
        return QString::number(start.day());
    case StatisticsGranularity::Week:
        return QString::number(start.weekNumber());
    case StatisticsGranularity::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QString StatisticsDefinitions::averageText(double average)
{
    return average < 0 ? QStringLiteral("—") : QString::number(average, 'f', 2);
}

QString StatisticsDefinitions::valueText(const DashboardFigures &f, Figure figure)
{
    switch (figure) {
    case Figure::Accepted:
        return QLocale().toString(f.total.accepted);
    case Figure::Completed:
        return QLocale().toString(f.total.completed);
    case Figure::CompletionRate:
        return f.total.completionRate().text();
    case Figure::CohortCompletionRate:
        return f.total.cohortCompletionRate().text();
    case Figure::OnTimeRate:
        return f.total.onTimeRate().text();
    case Figure::Overdue:
        return QLocale().toString(f.overdue);
    case Figure::NearDue:
        return QLocale().toString(f.nearDue);
    case Figure::SatisfactionRate:
        return f.ratings.satisfactionRate().text();
    case Figure::RatingLevels:
        return QLocale().toString(f.ratings.total());
    case Figure::OneTrip:
        return f.trips.share().text();
    case Figure::AverageWorkingDays:
        return averageText(f.total.averageWorkingDays());
    case Figure::Channels:
    case Figure::TopItems:
        break;
    }
    return {};
}

QJsonObject StatisticsDefinitions::toJson(const PlaceFigures &p)
{
    QJsonArray levels;
    for (qint64 n : p.ratings.byLevel)
        levels.append(n);
    return {{QStringLiteral("place_code"), p.placeCode},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("accepted"), p.counts.accepted},
            {QStringLiteral("accepted_decided"), p.counts.acceptedDecided},
            {QStringLiteral("completed"), p.counts.completed},
            {QStringLiteral("completed_on_time"), p.counts.completedOnTime},
            {QStringLiteral("released"), p.trips.released},
            {QStringLiteral("released_one_trip"), p.trips.atMostOne},
            {QStringLiteral("ratings"), levels},
            {QStringLiteral("ratings_upheld_appeal"), p.ratings.excludedByAppeal},
            {QStringLiteral("working_days_total"), p.counts.workingDaysTotal},
            {QStringLiteral("working_days_counted"), p.counts.workingDaysCounted},
            {QStringLiteral("overdue"), p.overdue},
            {QStringLiteral("near_due"), p.nearDue}};
}

std::optional<PlaceFigures> StatisticsDefinitions::placeFromJson(const QJsonObject &o)
{
    const auto count = [&o](const char *key, qint64 &out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < 0)
            return false;
        out = qint64(v.toDouble());
        return true;
    };
    PlaceFigures p;
    p.placeCode = o.value(QStringLiteral("place_code")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    const QJsonArray levels = o.value(QStringLiteral("ratings")).toArray();
    if (p.placeCode.isEmpty() || levels.size() != 5 || !count("accepted", p.counts.accepted)
        || !count("accepted_decided", p.counts.acceptedDecided)
        || !count("completed", p.counts.completed)
        || !count("completed_on_time", p.counts.completedOnTime)
        || !count("released", p.trips.released) || !count("released_one_trip", p.trips.atMostOne)
        || !count("ratings_upheld_appeal", p.ratings.excludedByAppeal))
        return std::nullopt;
    // Working days and today's due counts: absent from an older server's answer (0 then).
    for (const auto &[key, out] :
         {std::pair{"working_days_total", &p.counts.workingDaysTotal},
          std::pair{"working_days_counted", &p.counts.workingDaysCounted},
          std::pair{"overdue", &p.overdue}, std::pair{"near_due", &p.nearDue}}) {
        if (o.contains(QLatin1String(key)) && !count(key, *out))
            return std::nullopt;
    }
    for (int i = 0; i < 5; ++i) {
        if (!levels.at(i).isDouble() || levels.at(i).toDouble() < 0)
            return std::nullopt;
        p.ratings.byLevel[size_t(i)] = qint64(levels.at(i).toDouble());
    }
    return p;
}

PlaceFigures StatisticsDefinitions::sum(const QList<PlaceFigures> &places)
{
    PlaceFigures total;
    for (const PlaceFigures &p : places) {
        total.counts.add(p.counts);
        for (size_t i = 0; i < total.ratings.byLevel.size(); ++i)
            total.ratings.byLevel[i] += p.ratings.byLevel[i];
        total.ratings.excludedByAppeal += p.ratings.excludedByAppeal;
        total.trips.released += p.trips.released;
        total.trips.atMostOne += p.trips.atMostOne;
        total.overdue += p.overdue;
        total.nearDue += p.nearDue;
    }
    return total;
}

void StatisticsDefinitions::sortByAccepted(QList<StatisticsRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const StatisticsRow &a, const StatisticsRow &b) {
        if (a.counts.accepted != b.counts.accepted)
            return a.counts.accepted > b.counts.accepted;
        return a.key < b.key;
    });
}

QList<StatisticsRow> StatisticsDefinitions::top(QList<StatisticsRow> rows, int count)
{
    sortByAccepted(rows);
    if (rows.size() > count)
        rows.resize(count);
    return rows;
}

} // namespace ow
