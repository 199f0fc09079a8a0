#include "statisticsquery.h"

#include "database.h"
#include "domain/businessclock.h"
#include "domain/caselifecycle.h"
#include "domain/duestatus.h"
#include "statisticsrollup.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString notBundle()
{
    return StatisticsRollup::notBundle();
}

struct GroupKey
{
    QString item, department, place, staff;
};

void addTo(QHash<QString, StatisticsRow> &rows, const QString &key, const CaseCounts &counts)
{
    StatisticsRow &row = rows[key];
    row.key = key;
    row.counts.add(counts);
}

QList<StatisticsRow> sorted(const QHash<QString, StatisticsRow> &rows)
{
    QList<StatisticsRow> list = rows.values();
    StatisticsDefinitions::sortByAccepted(list);
    return list;
}

} // namespace

StatisticsQuery::StatisticsQuery(const QSqlDatabase &db, const WorkCalendar &calendar,
                                 Source source)
    : m_db(db)
    , m_calendar(calendar)
    , m_source(source)
{ }

QString StatisticsQuery::dayStartUtc(QDate day)
{
    return QDateTime(day, QTime(0, 0), BusinessClock::timeZone())
            .toUTC()
            .toString(Qt::ISODateWithMs);
}

QDate StatisticsQuery::businessDayOfHour(const QString &utcHour)
{
    const QDateTime utc = QDateTime::fromString(utcHour + QStringLiteral(":00:00Z"), Qt::ISODate);
    return BusinessClock::dateOf(utc);
}

QString StatisticsQuery::placeClause(const StatisticsFilter &filter, const QString &column) const
{
    return placeIn(filter, column);
}

Result<QList<PlaceFigures>> StatisticsQuery::placeFigures(const QSqlDatabase &db,
                                                          const StatisticsPeriod &period,
                                                          const StatisticsFilter &filter)
{
    if (!period.isValid())
        return Error{QStringLiteral("statistics.period"),
                     tr("Choose a period whose start is not after its end."),
                     {}};
    const QString from = dayStartUtc(period.from);
    const QString to = dayStartUtc(period.to.addDays(1));
    const QString place = placeIn(filter, QStringLiteral("place_code"));
    QMap<QString, PlaceFigures> places;
    const auto run = [&](const QString &sql, const QVariantList &binds, const QString &message,
                         const auto &take) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(message, q.lastError().text());
        while (q.next()) {
            PlaceFigures &p = places[q.value(0).toString()];
            p.placeCode = q.value(0).toString();
            take(q, p);
        }
        return Status::success();
    };
    // 受理 and, of those, decided to date (decided_at is set by exactly the decisions).
    Status s = run(QStringLiteral("SELECT place_code, count(*), sum(CASE WHEN decided_at IS NOT"
                                  " NULL THEN 1 ELSE 0 END) FROM cases WHERE accepted_at >= ? AND"
                                  " accepted_at < ? AND state <> 'withdrawn'")
                           + notBundle() + place + QStringLiteral(" GROUP BY place_code"),
                   {from, to}, tr("Cannot count the accepted cases."),
                   [](const QSqlQuery &q, PlaceFigures &p) {
                       p.counts.accepted = q.value(1).toLongLong();
                       p.counts.acceptedDecided = q.value(2).toLongLong();
                   });
    // 办结 and on time.
    if (s)
        s = run(QStringLiteral("SELECT place_code, count(*), sum(")
                        + StatisticsRollup::onTimeExpression()
                        + QStringLiteral(") FROM cases WHERE decided_at >= ? AND decided_at < ?")
                        + notBundle() + place + QStringLiteral(" GROUP BY place_code"),
                {from, to}, tr("Cannot count the completed cases."),
                [](const QSqlQuery &q, PlaceFigures &p) {
                    p.counts.completed = q.value(1).toLongLong();
                    p.counts.completedOnTime = q.value(2).toLongLong();
                });
    // 最多跑一次: the applicants' matters (top-level cases) released.
    if (s)
        s = run(QStringLiteral("SELECT place_code, count(*), sum(CASE WHEN trips <= 1 THEN 1 ELSE"
                               " 0 END) FROM cases WHERE released_at >= ? AND released_at < ? AND"
                               " parent_id IS NULL")
                        + place + QStringLiteral(" GROUP BY place_code"),
                {from, to}, tr("Cannot count the trips."), [](const QSqlQuery &q, PlaceFigures &p) {
                    p.trips.released = q.value(1).toLongLong();
                    p.trips.atMostOne = q.value(2).toLongLong();
                });
    // Ratings by the place they were given at, upheld appeals apart.
    if (s)
        s = run(QStringLiteral("SELECT r.place_code, r.level, count(*), count(a.rating_id) FROM"
                               " ratings r LEFT JOIN rating_appeals a ON a.rating_id = r.id AND"
                               " a.state = 'upheld' WHERE r.business_date >= ? AND"
                               " r.business_date <= ?")
                        + placeIn(filter, QStringLiteral("r.place_code"))
                        + QStringLiteral(" GROUP BY r.place_code, r.level"),
                {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)},
                tr("Cannot count the ratings."), [](const QSqlQuery &q, PlaceFigures &p) {
                    const int level = q.value(1).toInt();
                    if (level < 1 || level > 5)
                        return;
                    const qint64 excluded = q.value(3).toLongLong();
                    p.ratings.byLevel[size_t(level - 1)] += q.value(2).toLongLong() - excluded;
                    p.ratings.excludedByAppeal += excluded;
                });
    if (!s)
        return s.error();
    QSqlQuery names(db);
    if (names.exec(QStringLiteral("SELECT code, name FROM places"))) {
        while (names.next()) {
            const auto it = places.find(names.value(0).toString());
            if (it != places.end())
                it->name = names.value(1).toString();
        }
    }
    return places.values();
}

QString StatisticsQuery::placeIn(const StatisticsFilter &filter, const QString &column)
{
    if (filter.placeCodes.isEmpty())
        return {};
    QStringList quoted;
    for (QString code : filter.placeCodes)
        quoted << QLatin1Char('\'') + code.replace(QLatin1Char('\''), QStringLiteral("''"))
                        + QLatin1Char('\'');
    return QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + quoted.join(u',')
            + QLatin1Char(')');
}

Result<DashboardFigures> StatisticsQuery::dashboard(const StatisticsPeriod &period,
                                                    const StatisticsFilter &filter,
                                                    QDate today) const
{
    if (!period.isValid())
        return Error{QStringLiteral("statistics.period"),
                     tr("Choose a period whose start is not after its end."),
                     {}};
    QElapsedTimer timer;
    timer.start();
    DashboardFigures figures;
    figures.period = period;
    figures.today = today;
    for (const QDate &start : period.bucketStarts())
        figures.buckets.append({start, 0, 0});
    bool rollup = m_source == Source::Rollup;
    if (rollup) {
        // Rebuild the days written since the last refresh; a read-only connection cannot,
        // and counts the raw tables while any day is dirty.
        const StatisticsRollup r(m_db, m_calendar);
        const qint64 dirty = r.dirtyDays();
        if (dirty < 0 || (dirty > 0 && !r.refresh()))
            rollup = false;
    }
    // One read transaction: every figure sees the same snapshot.
    QSqlDatabase db = m_db;
    const bool began = db.transaction();
    Status s;
    if (rollup) {
        s = countFromRollup(figures, filter);
    } else {
        s = countAccepted(figures, filter);
        if (s)
            s = countCompleted(figures, filter);
        if (s)
            s = countRatings(figures, filter);
        if (s)
            s = countTrips(figures, filter);
    }
    if (s)
        s = countDue(figures, filter);
    if (began)
        db.rollback();
    if (!s)
        return s.error();
    fillNames(figures);
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    return figures;
}

Status StatisticsQuery::countAccepted(DashboardFigures &figures,
                                      const StatisticsFilter &filter) const
{
    const StatisticsPeriod &period = figures.period;
    const QString range = QStringLiteral(" FROM cases WHERE accepted_at >= ? AND accepted_at < ?"
                                         " AND state <> 'withdrawn'")
            + notBundle() + placeClause(filter, QStringLiteral("place_code"));
    const QString from = dayStartUtc(period.from);
    const QString to = dayStartUtc(period.to.addDays(1));

    // By hour and channel: the series and the channels.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // decided_at is set by exactly the decisions (approved, denied): the cohort's 办结.
    q.prepare(QStringLiteral("SELECT substr(accepted_at, 1, 13) AS h, channel, count(*),"
                             " sum(decided_at IS NOT NULL)")
              + range + QStringLiteral(" GROUP BY h, channel"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sqlError(tr("Cannot count the accepted cases."), q.lastError().text());
    QHash<QString, StatisticsRow> channels;
    QMap<QDate, qint64> byBucket;
    QString lastHour;
    QDate lastBucket;
    while (q.next()) {
        const QString hour = q.value(0).toString();
        if (hour != lastHour) {
            lastHour = hour;
            lastBucket = period.bucketStart(businessDayOfHour(hour));
        }
        const qint64 n = q.value(2).toLongLong();
        byBucket[lastBucket] += n;
        CaseCounts c;
        c.accepted = n;
        c.acceptedDecided = q.value(3).toLongLong();
        addTo(channels, q.value(1).toString(), c);
        figures.total.accepted += n;
        figures.total.acceptedDecided += c.acceptedDecided;
    }
    for (StatisticsBucket &b : figures.buckets)
        b.accepted = byBucket.value(b.start);
    figures.channels = sorted(channels);

    // By item, department, place and staff member.
    QSqlQuery g(m_db);
    g.setForwardOnly(true);
    g.prepare(QStringLiteral("SELECT item_code, department_code, place_code, staff_id, count(*),"
                             " sum(decided_at IS NOT NULL)")
              + range
              + QStringLiteral(" GROUP BY item_code, department_code, place_code, staff_id"));
    g.addBindValue(from);
    g.addBindValue(to);
    if (!g.exec())
        return sqlError(tr("Cannot count the accepted cases."), g.lastError().text());
    QHash<QString, StatisticsRow> items, departments, places, staff;
    while (g.next()) {
        CaseCounts c;
        c.accepted = g.value(4).toLongLong();
        c.acceptedDecided = g.value(5).toLongLong();
        addTo(items, g.value(0).toString(), c);
        addTo(departments, g.value(1).toString(), c);
        addTo(places, g.value(2).toString(), c);
        addTo(staff, g.value(3).toString(), c);
    }
    figures.items = sorted(items);
    figures.departments = sorted(departments);
    figures.places = sorted(places);
    figures.staff = sorted(staff);
    return Status::success();
}

Status StatisticsQuery::countCompleted(DashboardFigures &figures,
                                       const StatisticsFilter &filter) const
{
    const StatisticsPeriod &period = figures.period;
    if (Status s = StatisticsRollup::prepareWorkDays(m_db, m_calendar); !s)
        return s;
    const QString onTime = StatisticsRollup::onTimeExpression();
    const QString range = QStringLiteral(" FROM cases WHERE decided_at >= ? AND decided_at < ?")
            + notBundle() + placeClause(filter, QStringLiteral("place_code"));
    const QString from = dayStartUtc(period.from);
    const QString to = dayStartUtc(period.to.addDays(1));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(decided_at, 1, 13) AS h, count(*), sum(") + onTime
              + QStringLiteral(")") + range + QStringLiteral(" GROUP BY h"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sqlError(tr("Cannot count the completed cases."), q.lastError().text());
    QMap<QDate, qint64> byBucket;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        byBucket[period.bucketStart(businessDayOfHour(q.value(0).toString()))] += n;
        figures.total.completed += n;
        figures.total.completedOnTime += q.value(2).toLongLong();
    }
    for (StatisticsBucket &b : figures.buckets)
        b.completed = byBucket.value(b.start);

    QSqlQuery g(m_db);
    g.setForwardOnly(true);
    g.prepare(QStringLiteral("SELECT item_code, department_code, place_code, staff_id, count(*),"
                             " sum(")
              + onTime + QStringLiteral("), sum(d.n - a.n), count(d.n - a.n) FROM cases")
              + StatisticsRollup::workDaysJoin()
              + QStringLiteral(" WHERE decided_at >= ? AND decided_at < ?") + notBundle()
              + placeClause(filter, QStringLiteral("place_code"))
              + QStringLiteral(" GROUP BY item_code, department_code, place_code, staff_id"));
    g.addBindValue(from);
    g.addBindValue(to);
    if (!g.exec())
        return sqlError(tr("Cannot count the completed cases."), g.lastError().text());
    QHash<QString, StatisticsRow> items, departments, places, staff;
    const auto seed = [](QHash<QString, StatisticsRow> &rows, const QList<StatisticsRow> &list) {
        for (const StatisticsRow &row : list)
            rows.insert(row.key, row);
    };
    seed(items, figures.items);
    seed(departments, figures.departments);
    seed(places, figures.places);
    seed(staff, figures.staff);
    while (g.next()) {
        CaseCounts c;
        c.completed = g.value(4).toLongLong();
        c.completedOnTime = g.value(5).toLongLong();
        c.workingDaysTotal = g.value(6).toLongLong();
        c.workingDaysCounted = g.value(7).toLongLong();
        figures.total.workingDaysTotal += c.workingDaysTotal;
        figures.total.workingDaysCounted += c.workingDaysCounted;
        addTo(items, g.value(0).toString(), c);
        addTo(departments, g.value(1).toString(), c);
        addTo(places, g.value(2).toString(), c);
        addTo(staff, g.value(3).toString(), c);
    }
    figures.items = sorted(items);
    figures.departments = sorted(departments);
    figures.places = sorted(places);
    figures.staff = sorted(staff);
    return Status::success();
}

Status StatisticsQuery::countRatings(DashboardFigures &figures,
                                     const StatisticsFilter &filter) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.level, count(*), count(a.rating_id) FROM ratings r"
                             " LEFT JOIN rating_appeals a ON a.rating_id = r.id"
                             " AND a.state = 'upheld'"
                             " WHERE r.business_date >= ? AND r.business_date <= ?")
              + placeClause(filter, QStringLiteral("r.place_code"))
              + QStringLiteral(" GROUP BY r.level"));
    q.addBindValue(figures.period.from.toString(Qt::ISODate));
    q.addBindValue(figures.period.to.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(tr("Cannot count the ratings."), q.lastError().text());
    while (q.next()) {
        const int level = q.value(0).toInt();
        if (level < 1 || level > 5)
            continue;
        const qint64 excluded = q.value(2).toLongLong();
        figures.ratings.byLevel[size_t(level - 1)] += q.value(1).toLongLong() - excluded;
        figures.ratings.excludedByAppeal += excluded;
    }
    return Status::success();
}

Status StatisticsQuery::countTrips(DashboardFigures &figures, const StatisticsFilter &filter) const
{
    // The applicant's matter: a top-level case (a bundle once, not each of its parts). The
    // unary + keeps the planner on cases_stat_released: the parent index would visit every
    // top-level case of the store.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*), sum(trips <= 1) FROM cases WHERE released_at >= ?"
                             " AND released_at < ? AND +parent_id IS NULL")
              + placeClause(filter, QStringLiteral("place_code")));
    q.addBindValue(dayStartUtc(figures.period.from));
    q.addBindValue(dayStartUtc(figures.period.to.addDays(1)));
    if (!q.exec() || !q.next())
        return sqlError(tr("Cannot count the trips."), q.lastError().text());
    figures.trips.released = q.value(0).toLongLong();
    figures.trips.atMostOne = q.value(1).toLongLong();
    return Status::success();
}

Status StatisticsQuery::countFromRollup(DashboardFigures &figures,
                                        const StatisticsFilter &filter) const
{
    const StatisticsPeriod &period = figures.period;
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    const QString place = placeClause(filter, QStringLiteral("place_code"));

    // The channel rows give the series, the totals, the channels and the places.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, place_code, key, sum(accepted), sum(completed),"
                             " sum(completed_on_time), sum(working_days_total),"
                             " sum(working_days_counted), sum(released), sum(released_one_trip),"
                             " sum(accepted_decided)"
                             " FROM stat_daily WHERE dim = 'channel' AND day >= ? AND day <= ?")
              + place + QStringLiteral(" GROUP BY day, place_code, key"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sqlError(tr("Cannot count the accepted cases."), q.lastError().text());
    QHash<QString, StatisticsRow> channels, places;
    QMap<QDate, StatisticsBucket> byBucket;
    QString lastDay;
    QDate bucket;
    while (q.next()) {
        const QString day = q.value(0).toString();
        if (day != lastDay) {
            lastDay = day;
            bucket = period.bucketStart(QDate::fromString(day, Qt::ISODate));
        }
        CaseCounts c;
        c.accepted = q.value(3).toLongLong();
        c.completed = q.value(4).toLongLong();
        c.completedOnTime = q.value(5).toLongLong();
        c.workingDaysTotal = q.value(6).toLongLong();
        c.workingDaysCounted = q.value(7).toLongLong();
        c.acceptedDecided = q.value(10).toLongLong();
        figures.total.add(c);
        StatisticsBucket &b = byBucket[bucket];
        b.accepted += c.accepted;
        b.completed += c.completed;
        figures.trips.released += q.value(8).toLongLong();
        figures.trips.atMostOne += q.value(9).toLongLong();
        addTo(places, q.value(1).toString(), c);
        if (c.accepted > 0) {
            CaseCounts accepted;
            accepted.accepted = c.accepted;
            accepted.acceptedDecided = c.acceptedDecided;
            addTo(channels, q.value(2).toString(), accepted);
        }
    }
    for (StatisticsBucket &b : figures.buckets) {
        b.accepted = byBucket.value(b.start).accepted;
        b.completed = byBucket.value(b.start).completed;
    }
    const auto counted = [](QHash<QString, StatisticsRow> rows) {
        for (auto it = rows.begin(); it != rows.end();) {
            if (it->counts.accepted == 0 && it->counts.completed == 0)
                it = rows.erase(it);
            else
                ++it;
        }
        return sorted(rows);
    };
    figures.channels = sorted(channels);
    figures.places = counted(places);

    const auto byDimension = [&](const char *dim, QList<StatisticsRow> &out) -> Status {
        QSqlQuery g(m_db);
        g.setForwardOnly(true);
        g.prepare(QStringLiteral("SELECT key, sum(accepted), sum(completed),"
                                 " sum(completed_on_time), sum(working_days_total),"
                                 " sum(working_days_counted), sum(accepted_decided)"
                                 " FROM stat_daily WHERE dim = ?"
                                 " AND day >= ? AND day <= ?")
                  + place + QStringLiteral(" GROUP BY key"));
        g.addBindValue(QString::fromLatin1(dim));
        g.addBindValue(from);
        g.addBindValue(to);
        if (!g.exec())
            return sqlError(tr("Cannot count the accepted cases."), g.lastError().text());
        QHash<QString, StatisticsRow> rows;
        while (g.next()) {
            CaseCounts c;
            c.accepted = g.value(1).toLongLong();
            c.completed = g.value(2).toLongLong();
            c.completedOnTime = g.value(3).toLongLong();
            c.workingDaysTotal = g.value(4).toLongLong();
            c.workingDaysCounted = g.value(5).toLongLong();
            c.acceptedDecided = g.value(6).toLongLong();
            addTo(rows, g.value(0).toString(), c);
        }
        out = counted(rows);
        return Status::success();
    };
    if (Status s = byDimension("item", figures.items); !s)
        return s;
    if (Status s = byDimension("department", figures.departments); !s)
        return s;
    if (Status s = byDimension("staff", figures.staff); !s)
        return s;

    QSqlQuery r(m_db);
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT level, sum(given), sum(upheld) FROM stat_daily_ratings"
                             " WHERE day >= ? AND day <= ?")
              + place + QStringLiteral(" GROUP BY level"));
    r.addBindValue(from);
    r.addBindValue(to);
    if (!r.exec())
        return sqlError(tr("Cannot count the ratings."), r.lastError().text());
    while (r.next()) {
        const int level = r.value(0).toInt();
        if (level < 1 || level > 5)
            continue;
        const qint64 excluded = r.value(2).toLongLong();
        figures.ratings.byLevel[size_t(level - 1)] += r.value(1).toLongLong() - excluded;
        figures.ratings.excludedByAppeal += excluded;
    }
    return Status::success();
}

Status StatisticsQuery::countDue(DashboardFigures &figures, const StatisticsFilter &filter) const
{
    QHash<QString, std::pair<qint64, qint64>> byPlace;
    if (Status s = countDueByPlace(m_db, m_calendar, filter, figures.today, byPlace); !s)
        return s;
    for (const auto &[overdue, nearDue] : std::as_const(byPlace)) {
        figures.overdue += overdue;
        figures.nearDue += nearDue;
    }
    return Status::success();
}

Status StatisticsQuery::countDueByPlace(const QSqlDatabase &db, const WorkCalendar &calendar,
                                        const StatisticsFilter &filter, QDate today,
                                        QHash<QString, std::pair<qint64, qint64>> &byPlace)
{
    // Today's open cases with a running clock, judged by the one deadline rule (DueStatus).
    // Past-due ones are counted in SQL. The rest are judged by what the rule reads of them
    // (due date, the day of acceptance, promised and suspended working days), one group of
    // cases alike at a time instead of case by case: the acceptance is grouped by its UTC hour,
    // which fixes its business day (BusinessClock: UTC+8, no daylight saving).
    const QString day = today.toString(Qt::ISODate);
    const QString where = QStringLiteral(" FROM cases WHERE state IN ('accepted', 'in_review')")
            + notBundle() + placeIn(filter, QStringLiteral("place_code"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT place_code, count(*)") + where
              + QStringLiteral(" AND due_date < ? GROUP BY place_code"));
    q.addBindValue(day);
    if (!q.exec())
        return sqlError(tr("Cannot count the overdue cases."), q.lastError().text());
    while (q.next())
        byPlace[q.value(0).toString()].first += q.value(1).toLongLong();
    q.finish();
    const QString group = QStringLiteral("place_code, due_date, substr(accepted_at, 1, 13),"
                                         " promised_days, suspended_working_days");
    q.prepare(QStringLiteral("SELECT ") + group + QStringLiteral(", count(*)") + where
              + QStringLiteral(" AND due_date >= ? GROUP BY ") + group);
    q.addBindValue(day);
    if (!q.exec())
        return sqlError(tr("Cannot count the cases near their due date."), q.lastError().text());
    while (q.next()) {
        DueStatus::Facts f;
        f.state = CaseState::InReview; // accepted and in review run the same clock
        f.acceptedOn = businessDayOfHour(q.value(2).toString());
        f.dueDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        f.promisedDays = q.value(3).toInt();
        f.suspendedWorkingDays = q.value(4).toInt();
        const qint64 count = q.value(5).toLongLong();
        const DueStatus::Value v = DueStatus::of(f, today, calendar);
        if (v == DueStatus::NearDue)
            byPlace[q.value(0).toString()].second += count;
        else if (v == DueStatus::Overdue)
            byPlace[q.value(0).toString()].first += count;
    }
    return Status::success();
}

void StatisticsQuery::fillNames(DashboardFigures &figures) const
{
    const auto names = [this](const QString &sql) {
        QHash<QString, QString> map;
        QSqlQuery q(m_db);
        if (q.exec(sql)) {
            while (q.next())
                map.insert(q.value(0).toString(), q.value(1).toString());
        }
        return map;
    };
    const auto apply = [](QList<StatisticsRow> &rows, const QHash<QString, QString> &map) {
        for (StatisticsRow &row : rows)
            row.name = map.value(row.key, row.key);
    };
    apply(figures.items, names(QStringLiteral("SELECT code, name FROM service_items")));
    apply(figures.departments, names(QStringLiteral("SELECT code, name FROM departments")));
    apply(figures.places, names(QStringLiteral("SELECT code, name FROM places")));
    apply(figures.staff, names(QStringLiteral("SELECT id, display_name FROM users")));
    for (StatisticsRow &row : figures.channels)
        row.name = StatisticsDefinitions::channelName(row.key);
}

} // namespace ow
