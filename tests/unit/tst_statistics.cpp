#include "domain/businessclock.h"
#include "items/csvexport.h"
#include "items/statisticstablemodel.h"
#include "store/demogenerator.h"
#include "store/demoratings.h"
#include "store/statisticsquery.h"
#include "store/statisticsrollup.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

const QString itemA = QStringLiteral("621221-SCJG-0001");  // department SCJG
const QString itemB = QStringLiteral("621221-RS-0001");    // department RS
const QString bundle = QStringLiteral("621221-ZWFW-0001"); // 一件事一次办
const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");

// A moment in Shanghai, as the store keeps it (UTC, ISO with ms).
QString sh(int month, int day, int hour, int minute = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), BusinessClock::timeZone())
            .toUTC()
            .toString(Qt::ISODateWithMs);
}

struct Row
{
    Row(QString id_, QString item_, QString department_, QString place_, QString staff_,
        QString channel_, QString state_, QString accepted_, QString decided_, QString due_,
        QString released_, int trips_, int promised_ = 5, int suspended_ = 0)
        : id(std::move(id_))
        , item(std::move(item_))
        , department(std::move(department_))
        , place(std::move(place_))
        , staff(std::move(staff_))
        , channel(std::move(channel_))
        , state(std::move(state_))
        , accepted(std::move(accepted_))
        , decided(std::move(decided_))
        , due(std::move(due_))
        , released(std::move(released_))
        , trips(trips_)
        , promised(promised_)
        , suspended(suspended_)
    { }
    QString id;
    QString item;
    QString department;
    QString place;
    QString staff;
    QString channel;
    QString state;
    QString accepted;
    QString decided;
    QString due;
    QString released;
    int trips = 1;
    int promised = 5;
    int suspended = 0;
    QString parent;
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;

    Fixture()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        exec(QStringLiteral("INSERT INTO applicants (id, kind, name, id_number, id_reversed, phone,"
                            " address, legal_representative, contact_name, updated_at) VALUES"
                            " ('a1', 'person', '张伟', '1', '1', '', '', '', '', '')"));
    }

    QSqlDatabase db() const { return workspace->database()->connection(); }

    void exec(const QString &sql)
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

    void add(const Row &r)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
                "INSERT INTO cases (id, number, parent_id, item_code, item_name, department_code,"
                " item_kind, promised_days, township_acceptable, applicant_id, applicant_name,"
                " applicant_id_number, applicant_phone, channel, state, place_code,"
                " release_place_code, staff_id, received_at, accepted_at, due_date,"
                " suspended_working_days, decided_at, released_at, trips, updated_at)"
                " VALUES (?, ?, ?, ?, '', ?, 'licensing', ?, 0, 'a1', '', '', '', ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, '')"));
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        for (const QVariant &v :
             {QVariant(r.id), QVariant(r.id), orNull(r.parent), QVariant(r.item),
              QVariant(r.department), QVariant(r.promised), QVariant(r.channel), QVariant(r.state),
              QVariant(r.place), QVariant(r.place), QVariant(r.staff),
              QVariant(r.accepted.isEmpty() ? sh(3, 1, 9) : r.accepted), orNull(r.accepted),
              orNull(r.due), QVariant(r.suspended), orNull(r.decided), orNull(r.released),
              QVariant(r.trips)})
            q.addBindValue(v);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }

    void addRating(const QString &id, int level, const QString &day, bool upheldAppeal = false,
                   const QString &place = hall)
    {
        exec(QStringLiteral("INSERT INTO ratings (id, case_id, scope, visit_id, level, rated_at,"
                            " business_date, place_code, staff_id, item_code, department_code,"
                            " device_id) VALUES ('%1', 'c1', 'visit', '%1', %2, '', '%3', '%4',"
                            " 's1', '', '', 'd')")
                     .arg(id)
                     .arg(level)
                     .arg(day, place));
        if (upheldAppeal)
            exec(QStringLiteral("INSERT INTO rating_appeals (rating_id, state, filed_by, filed_at,"
                                " reason, decided_by, decided_at, decision_reason) VALUES ('%1',"
                                " 'upheld', 's1', '', '误评', 'sup', '', '属实')")
                         .arg(id));
    }

    // The figures from the roll-up, checked against the raw counting of the same store.
    DashboardFigures figures(const StatisticsPeriod &period, const QStringList &places = {},
                             QDate today = QDate(2026, 3, 31))
    {
        StatisticsQuery query(db(), workspace->calendar());
        auto f = query.dashboard(period, {places}, today);
        INFO(f.error().message.toStdString() + " " + f.error().detail.toStdString());
        REQUIRE(f.ok());
        StatisticsQuery raw(db(), workspace->calendar(), StatisticsQuery::Source::Raw);
        auto r = raw.dashboard(period, {places}, today);
        REQUIRE(r.ok());
        checkSame(f.value(), r.value());
        return f.value();
    }

    static QMap<QString, CaseCounts> byKey(const QList<StatisticsRow> &rows)
    {
        QMap<QString, CaseCounts> map;
        for (const StatisticsRow &row : rows)
            map.insert(row.key, row.counts);
        return map;
    }

    static void checkSame(const CaseCounts &a, const CaseCounts &b)
    {
        CHECK(a.accepted == b.accepted);
        CHECK(a.completed == b.completed);
        CHECK(a.completedOnTime == b.completedOnTime);
        CHECK(a.workingDaysTotal == b.workingDaysTotal);
        CHECK(a.workingDaysCounted == b.workingDaysCounted);
        CHECK(a.acceptedDecided == b.acceptedDecided);
    }

    static void checkSame(const QList<StatisticsRow> &a, const QList<StatisticsRow> &b)
    {
        const QMap<QString, CaseCounts> ma = byKey(a), mb = byKey(b);
        CHECK(ma.keys() == mb.keys());
        for (auto it = ma.begin(); it != ma.end(); ++it) {
            INFO(it.key().toStdString());
            checkSame(it.value(), mb.value(it.key()));
        }
    }

    static void checkSame(const DashboardFigures &rollup, const DashboardFigures &raw)
    {
        checkSame(rollup.total, raw.total);
        REQUIRE(rollup.buckets.size() == raw.buckets.size());
        for (int i = 0; i < raw.buckets.size(); ++i) {
            CHECK(rollup.buckets[i].start == raw.buckets[i].start);
            CHECK(rollup.buckets[i].accepted == raw.buckets[i].accepted);
            CHECK(rollup.buckets[i].completed == raw.buckets[i].completed);
        }
        CHECK(rollup.overdue == raw.overdue);
        CHECK(rollup.nearDue == raw.nearDue);
        CHECK(rollup.ratings.byLevel == raw.ratings.byLevel);
        CHECK(rollup.ratings.excludedByAppeal == raw.ratings.excludedByAppeal);
        CHECK(rollup.trips.released == raw.trips.released);
        CHECK(rollup.trips.atMostOne == raw.trips.atMostOne);
        checkSame(rollup.channels, raw.channels);
        checkSame(rollup.items, raw.items);
        checkSame(rollup.departments, raw.departments);
        checkSame(rollup.places, raw.places);
        checkSame(rollup.staff, raw.staff);
    }

    // March 2026 has no public holiday: working days are Monday to Friday.
    void buildMarch()
    {
        // c1: accepted Mon 2, decided Wed 4 (2 working days), due Thu 5: on time; came twice.
        add({QStringLiteral("c1"), itemA, QStringLiteral("SCJG"), hall, QStringLiteral("s1"),
             QStringLiteral("window"), QStringLiteral("released"), sh(3, 2, 10), sh(3, 4, 15),
             QStringLiteral("2026-03-05"), sh(3, 5, 10), 2});
        // c2: accepted Tue 3, decided Tue 10 (5 working days), due Fri 6: late; result mailed.
        add({QStringLiteral("c2"), itemA, QStringLiteral("SCJG"), hall, QStringLiteral("s1"),
             QStringLiteral("window"), QStringLiteral("released"), sh(3, 3, 9), sh(3, 10, 11),
             QStringLiteral("2026-03-06"), sh(3, 10, 16), 1});
        // c3: a township case accepted at 23:30 on 31 March (15:30 UTC: still March in
        // Shanghai), decided in April.
        add({QStringLiteral("c3"),
             itemB,
             QStringLiteral("RS"),
             township,
             QStringLiteral("t1"),
             QStringLiteral("township"),
             QStringLiteral("approved"),
             sh(3, 31, 23, 30),
             sh(4, 1, 10),
             QStringLiteral("2026-04-03"),
             {},
             1});
        // c4: accepted Fri 27 February, decided Mon 2 March, due Tue 3: 2 working days, as
        // Saturday 28 February is a make-up working day (春节调休).
        add({QStringLiteral("c4"),
             itemA,
             QStringLiteral("SCJG"),
             hall,
             QStringLiteral("s2"),
             QStringLiteral("online"),
             QStringLiteral("ready_for_release"),
             sh(2, 27, 10),
             sh(3, 2, 10),
             QStringLiteral("2026-03-03"),
             {},
             0});
        // c5: accepted, then withdrawn: not counted.
        add({QStringLiteral("c5"),
             itemA,
             QStringLiteral("SCJG"),
             hall,
             QStringLiteral("s1"),
             QStringLiteral("window"),
             QStringLiteral("withdrawn"),
             sh(3, 5, 10),
             {},
             {},
             {},
             1});
        // c6: rejected (不予受理): never accepted.
        add({QStringLiteral("c6"),
             itemA,
             QStringLiteral("SCJG"),
             hall,
             QStringLiteral("s1"),
             QStringLiteral("window"),
             QStringLiteral("rejected"),
             {},
             {},
             {},
             {},
             1});
        // c7: accepted Mon 9, promised 2 days, suspended 3 working days: due Mon 16 instead of
        // Wed 11; decided Mon 16: on time; 5 working days.
        Row c7{QStringLiteral("c7"),
               itemA,
               QStringLiteral("SCJG"),
               hall,
               QStringLiteral("s1"),
               QStringLiteral("window"),
               QStringLiteral("approved"),
               sh(3, 9, 10),
               sh(3, 16, 14),
               QStringLiteral("2026-03-16"),
               {},
               1,
               2,
               3};
        add(c7);
        // A bundle: the parent counts once for trips, its two department cases for the rest.
        add({QStringLiteral("p"), bundle, QStringLiteral("ZWFW"), hall, QStringLiteral("s1"),
             QStringLiteral("window"), QStringLiteral("released"), sh(3, 12, 10), sh(3, 13, 10),
             QStringLiteral("2026-03-13"), sh(3, 13, 15), 1});
        Row k1{QStringLiteral("k1"),
               itemA,
               QStringLiteral("SCJG"),
               hall,
               QStringLiteral("s1"),
               QStringLiteral("window"),
               QStringLiteral("released"),
               sh(3, 12, 10),
               sh(3, 13, 9),
               QStringLiteral("2026-03-13"),
               sh(3, 13, 15),
               1};
        k1.parent = QStringLiteral("p");
        add(k1);
        Row k2 = k1;
        k2.id = QStringLiteral("k2");
        k2.item = itemB;
        k2.department = QStringLiteral("RS");
        add(k2);
        // Open cases, counted on 31 March: overdue, near due (1 working day left), on time,
        // suspended (paused: never overdue).
        add({QStringLiteral("c9"),
             itemA,
             QStringLiteral("SCJG"),
             hall,
             QStringLiteral("s2"),
             QStringLiteral("agent"),
             QStringLiteral("in_review"),
             sh(3, 23, 10),
             {},
             QStringLiteral("2026-03-25"),
             {},
             0,
             2});
        add({QStringLiteral("c10"),
             itemA,
             QStringLiteral("SCJG"),
             hall,
             QStringLiteral("s2"),
             QStringLiteral("window"),
             QStringLiteral("accepted"),
             sh(3, 30, 10),
             {},
             QStringLiteral("2026-04-01"),
             {},
             1,
             5});
        add({QStringLiteral("c11"),
             itemA,
             QStringLiteral("SCJG"),
             hall,
             QStringLiteral("s2"),
             QStringLiteral("online"),
             QStringLiteral("in_review"),
             sh(3, 30, 11),
             {},
             QStringLiteral("2026-04-21"),
             {},
             0,
             15});
        add({QStringLiteral("c12"),
             itemA,
             QStringLiteral("SCJG"),
             hall,
             QStringLiteral("s2"),
             QStringLiteral("window"),
             QStringLiteral("suspended"),
             sh(3, 16, 10),
             {},
             QStringLiteral("2026-03-20"),
             {},
             1,
             4});
        // Ratings in March: 2 very satisfied, 1 satisfied, 1 basic, 1 dissatisfied, 2 very
        // dissatisfied of which one appeal was upheld; one in April.
        addRating(QStringLiteral("r1"), 5, QStringLiteral("2026-03-02"));
        addRating(QStringLiteral("r2"), 5, QStringLiteral("2026-03-31"));
        addRating(QStringLiteral("r3"), 4, QStringLiteral("2026-03-10"));
        addRating(QStringLiteral("r4"), 3, QStringLiteral("2026-03-11"));
        addRating(QStringLiteral("r5"), 2, QStringLiteral("2026-03-12"));
        addRating(QStringLiteral("r6"), 1, QStringLiteral("2026-03-13"));
        addRating(QStringLiteral("r7"), 1, QStringLiteral("2026-03-13"), true);
        addRating(QStringLiteral("r8"), 1, QStringLiteral("2026-04-01"), false, township);
    }
};

const StatisticsRow *find(const QList<StatisticsRow> &rows, const QString &key)
{
    for (const StatisticsRow &r : rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Rates are shown with two decimals, rounded half up", "[statistics]")
{
    CHECK(Ratio{89474, 89572}.text() == QStringLiteral("99.89%")); // Longnan
    CHECK(Ratio{89474, 89572}.basisPoints() == 9989);
    CHECK(Ratio{1, 1}.text() == QStringLiteral("100.00%"));
    CHECK(Ratio{2, 3}.text() == QStringLiteral("66.67%"));
    CHECK(Ratio{1, 32}.text() == QStringLiteral("3.13%")); // 3.125 → up
    CHECK(Ratio{0, 5}.text() == QStringLiteral("0.00%"));
    CHECK(Ratio{0, 0}.text() == QStringLiteral("—"));
    CHECK_FALSE(Ratio{3, 0}.isDefined());
    CaseCounts c;
    c.workingDaysTotal = 15;
    c.workingDaysCounted = 6;
    CHECK(c.averageWorkingDays() == 2.5);
    CHECK(CaseCounts{}.averageWorkingDays() < 0);
}

TEST_CASE("Periods cut into days, Monday weeks and months", "[statistics]")
{
    const StatisticsPeriod march = StatisticsPeriod::month(2026, 3);
    CHECK(march.to == QDate(2026, 3, 31));
    CHECK(march.bucketStarts().size() == 31);
    StatisticsPeriod weeks{QDate(2026, 3, 1), QDate(2026, 3, 31), StatisticsGranularity::Week};
    const QList<QDate> starts = weeks.bucketStarts();
    CHECK(starts.first() == QDate(2026, 2, 23)); // the Monday of Sunday 1 March
    CHECK(starts.last() == QDate(2026, 3, 30));
    CHECK(starts.size() == 6);
    CHECK(StatisticsPeriod::year(2025).bucketStarts().size() == 12);
    CHECK(StatisticsPeriod::granularityFor(QDate(2026, 1, 1), QDate(2026, 1, 31))
          == StatisticsGranularity::Day);
    CHECK(StatisticsPeriod::granularityFor(QDate(2026, 1, 1), QDate(2026, 3, 31))
          == StatisticsGranularity::Week);
    CHECK(StatisticsPeriod::granularityFor(QDate(2026, 1, 1), QDate(2026, 12, 31))
          == StatisticsGranularity::Month);
    CHECK(StatisticsQuery::dayStartUtc(QDate(2026, 3, 1))
          == QStringLiteral("2026-02-28T16:00:00.000Z"));
    CHECK(StatisticsQuery::businessDayOfHour(QStringLiteral("2026-03-31T15"))
          == QDate(2026, 3, 31));
    CHECK(StatisticsQuery::businessDayOfHour(QStringLiteral("2026-03-31T16")) == QDate(2026, 4, 1));
}

TEST_CASE("The figures of a hand-built month match the definitions", "[statistics]")
{
    Fixture f;
    f.buildMarch();
    const DashboardFigures m = f.figures(StatisticsPeriod::month(2026, 3));

    // Accepted: c1 c2 c3 c7 k1 k2 c9 c10 c11 c12 (not c4: February; not c5: withdrawn; not c6:
    // rejected; not p: a bundle counts by its parts).
    CHECK(m.total.accepted == 10);
    // Completed: c1 c2 c4 c7 k1 k2 (not c3: decided in April).
    CHECK(m.total.completed == 6);
    CHECK(m.total.completionRate().text() == QStringLiteral("60.00%")); // 6 / 10
    // On time: all but c2; c7 thanks to its suspension.
    CHECK(m.total.completedOnTime == 5);
    CHECK(m.total.onTimeRate().text() == QStringLiteral("83.33%")); // 5 / 6
    // Working days: c1 2 + c2 5 + c4 2 + c7 5 + k1 1 + k2 1 = 16 over 6 = 2.666… → 2.67.
    CHECK(m.total.workingDaysTotal == 16);
    CHECK(m.total.averageWorkingDays() == 2.67);
    // Today (31 March): c9 overdue; c10 near due; c11 on time; c12 suspended.
    CHECK(m.overdue == 1);
    CHECK(m.nearDue == 1);
    // Ratings: 2 + 1 + 1 satisfied of 6 counted (r7's appeal upheld; r8 in April).
    CHECK(m.ratings.total() == 6);
    CHECK(m.ratings.count(RatingLevel::VerySatisfied) == 2);
    CHECK(m.ratings.count(RatingLevel::VeryDissatisfied) == 1);
    CHECK(m.ratings.excludedByAppeal == 1);
    CHECK(m.ratings.satisfactionRate().text() == QStringLiteral("66.67%"));
    // Trips: released in March, top level: c1 (2 trips), c2 (1), the bundle p (1).
    CHECK(m.trips.released == 3);
    CHECK(m.trips.atMostOne == 2);
    CHECK(m.trips.share().text() == QStringLiteral("66.67%"));
    // Series: per day, accepted on the day of acceptance, completed on the day of decision.
    REQUIRE(m.buckets.size() == 31);
    CHECK(m.buckets[1].start == QDate(2026, 3, 2));
    CHECK(m.buckets[1].accepted == 1);  // c1
    CHECK(m.buckets[1].completed == 1); // c4
    CHECK(m.buckets[30].accepted == 1); // c3 at 23:30
    CHECK(m.buckets[11].accepted == 2); // k1, k2 on the 12th
    // Channels, departments, items, staff.
    CHECK(find(m.channels, QStringLiteral("window"))->counts.accepted == 7);
    CHECK(find(m.channels, QStringLiteral("township"))->counts.accepted == 1);
    CHECK(find(m.channels, QStringLiteral("agent"))->counts.accepted == 1);
    CHECK(find(m.channels, QStringLiteral("online"))->counts.accepted == 1);
    const StatisticsRow *scjg = find(m.departments, QStringLiteral("SCJG"));
    REQUIRE(scjg);
    CHECK(scjg->counts.accepted == 8);
    CHECK(scjg->counts.completed == 5); // c1 c2 c4 c7 k1
    CHECK(find(m.departments, QStringLiteral("RS"))->counts.accepted == 2);
    CHECK(find(m.departments, QStringLiteral("ZWFW")) == nullptr);
    CHECK(m.items.first().key == itemA); // most accepted first
    CHECK(m.items.first().name == QStringLiteral("企业设立登记"));
    const StatisticsRow *s2 = find(m.staff, QStringLiteral("s2"));
    REQUIRE(s2);
    CHECK(s2->counts.accepted == 4);  // c9 c10 c11 c12
    CHECK(s2->counts.completed == 1); // c4
    CHECK(s2->counts.averageWorkingDays() == 2.0);
    CHECK(find(m.places, township)->counts.accepted == 1);
}

TEST_CASE("A case accepted in one period and decided in the next counts in each for what "
          "happened in it - an empty period has no rates",
          "[statistics]")
{
    Fixture f;
    f.buildMarch();
    const DashboardFigures april
            = f.figures(StatisticsPeriod::month(2026, 4), {}, QDate(2026, 4, 30));
    CHECK(april.total.accepted == 0);
    CHECK(april.total.completed == 1); // c3
    CHECK(april.total.completionRate().text() == QStringLiteral("—"));
    CHECK(april.ratings.total() == 1);
    CHECK(april.ratings.satisfactionRate().text() == QStringLiteral("0.00%"));

    const DashboardFigures empty = f.figures(StatisticsPeriod::month(2025, 1));
    CHECK(empty.total.accepted == 0);
    CHECK(empty.total.completed == 0);
    CHECK(empty.ratings.total() == 0);
    CHECK(empty.trips.released == 0);
    CHECK(empty.items.isEmpty());
    CHECK(empty.total.completionRate().text() == QStringLiteral("—"));
    CHECK(empty.ratings.satisfactionRate().text() == QStringLiteral("—"));
    CHECK(empty.buckets.size() == 31);

    // The quarter adds up its months.
    StatisticsPeriod quarter{QDate(2026, 3, 1), QDate(2026, 4, 30), StatisticsGranularity::Week};
    const DashboardFigures both = f.figures(quarter);
    CHECK(both.total.accepted == 10);
    CHECK(both.total.completed == 7);
}

TEST_CASE("A period that decides cases accepted before it shows over 100% - the completion of "
          "the period's accepted cases never does",
          "[statistics]")
{
    Fixture f;
    f.buildMarch();
    // Two cases of item B accepted in February and decided in March.
    for (const char *id : {"b1", "b2"})
        f.add({QString::fromLatin1(id),
               itemB,
               QStringLiteral("RS"),
               hall,
               QStringLiteral("s1"),
               QStringLiteral("window"),
               QStringLiteral("approved"),
               sh(2, 20, 10),
               sh(3, 3, 10),
               QStringLiteral("2026-03-05"),
               {},
               1});
    const DashboardFigures m = f.figures(StatisticsPeriod::month(2026, 3));
    // Item B in March: accepted c3 and k2; decided k2, b1, b2: 3 / 2 = 150% for the period.
    const StatisticsRow *b = find(m.items, itemB);
    REQUIRE(b);
    CHECK(b->counts.accepted == 2);
    CHECK(b->counts.completed == 3);
    CHECK(b->counts.completionRate().text() == QStringLiteral("150.00%"));
    // Of its two cases accepted in March both are decided to date (c3 on 1 April): 100%.
    CHECK(b->counts.acceptedDecided == 2);
    CHECK(b->counts.cohortCompletionRate().text() == QStringLiteral("100.00%"));
    // Item A: accepted c1 c2 c7 k1 c9 c10 c11 c12; decided of them c1 c2 c7 k1 (the suspended
    // c12 and the open ones are not); the bundle parent p counts in neither; withdrawn c5 not.
    const StatisticsRow *a = find(m.items, itemA);
    REQUIRE(a);
    CHECK(a->counts.accepted == 8);
    CHECK(a->counts.acceptedDecided == 4);
    CHECK(a->counts.cohortCompletionRate().text() == QStringLiteral("50.00%"));
    CHECK(find(m.items, bundle) == nullptr);
    // The whole month: accepted 10, of them decided c1 c2 c3 c7 k1 k2.
    CHECK(m.total.acceptedDecided == 6);
    CHECK(m.total.completed == 8);
    CHECK(m.total.completionRate().text() == QStringLiteral("80.00%"));
    CHECK(m.total.cohortCompletionRate().text() == QStringLiteral("60.00%"));

    // Deciding c9 (accepted 23 March) in April: March's cohort figure grows, March's period
    // figure stays, April's period figure counts it. The roll-up follows (raw = roll-up).
    f.exec(QStringLiteral("UPDATE cases SET state = 'approved', decided_at = '%1' WHERE id = 'c9'")
                   .arg(sh(4, 2, 10)));
    const DashboardFigures m2 = f.figures(StatisticsPeriod::month(2026, 3));
    CHECK(m2.total.acceptedDecided == 7);
    CHECK(m2.total.completed == 8);
    const DashboardFigures april
            = f.figures(StatisticsPeriod::month(2026, 4), {}, QDate(2026, 4, 30));
    CHECK(april.total.completed == 2); // c3 and c9
    CHECK(april.total.accepted == 0);
    CHECK(april.total.completionRate().text() == QStringLiteral("—"));
    CHECK(april.total.cohortCompletionRate().text() == QStringLiteral("—"));
}

TEST_CASE("The county view's per-place counting (portable SQL) gives the dashboard's figures",
          "[statistics]")
{
    Fixture f;
    f.buildMarch();
    const StatisticsPeriod march = StatisticsPeriod::month(2026, 3);
    const DashboardFigures m = f.figures(march);
    auto places = StatisticsQuery::placeFigures(f.db(), march, {});
    REQUIRE(places.ok());
    QMap<QString, PlaceFigures> byPlace;
    for (const PlaceFigures &p : places.value())
        byPlace.insert(p.placeCode, p);
    for (const StatisticsRow &row : m.places) {
        INFO(row.key.toStdString());
        REQUIRE(byPlace.contains(row.key));
        const CaseCounts &c = byPlace.value(row.key).counts;
        CHECK(c.accepted == row.counts.accepted);
        CHECK(c.completed == row.counts.completed);
        CHECK(c.completedOnTime == row.counts.completedOnTime);
        CHECK(c.acceptedDecided == row.counts.acceptedDecided);
    }
    CHECK(byPlace.value(hall).name == QStringLiteral("成县政务服务中心"));
    const PlaceFigures county = StatisticsDefinitions::sum(places.value());
    CHECK(county.counts.accepted == m.total.accepted);
    CHECK(county.counts.completed == m.total.completed);
    CHECK(county.counts.acceptedDecided == m.total.acceptedDecided);
    CHECK(county.trips.released == m.trips.released);
    CHECK(county.trips.atMostOne == m.trips.atMostOne);
    CHECK(county.ratings.byLevel == m.ratings.byLevel);
    CHECK(county.ratings.excludedByAppeal == m.ratings.excludedByAppeal);
    // On the wire and back.
    for (const PlaceFigures &p : places.value()) {
        const auto back = StatisticsDefinitions::placeFromJson(StatisticsDefinitions::toJson(p));
        REQUIRE(back.has_value());
        CHECK(back->counts.accepted == p.counts.accepted);
        CHECK(back->ratings.byLevel == p.ratings.byLevel);
        CHECK(back->name == p.name);
    }
    CHECK_FALSE(StatisticsDefinitions::placeFromJson({{QStringLiteral("place_code"), hall}})
                        .has_value());
    // Working days and today's due counts travel too; an older server's answer without them
    // reads as zeros, a negative one is refused.
    {
        PlaceFigures p = places->first();
        p.counts.workingDaysTotal = 17;
        p.counts.workingDaysCounted = 5;
        p.overdue = 3;
        p.nearDue = 2;
        QJsonObject json = StatisticsDefinitions::toJson(p);
        const auto back = StatisticsDefinitions::placeFromJson(json);
        REQUIRE(back.has_value());
        CHECK(back->counts.workingDaysTotal == 17);
        CHECK(back->counts.workingDaysCounted == 5);
        CHECK(back->overdue == 3);
        CHECK(back->nearDue == 2);
        CHECK(StatisticsDefinitions::sum({p, p}).overdue == 6);
        for (const char *key :
             {"working_days_total", "working_days_counted", "overdue", "near_due"})
            json.remove(QLatin1String(key));
        const auto older = StatisticsDefinitions::placeFromJson(json);
        REQUIRE(older.has_value());
        CHECK(older->overdue == 0);
        CHECK(older->counts.workingDaysCounted == 0);
        json.insert(QStringLiteral("overdue"), -1);
        CHECK_FALSE(StatisticsDefinitions::placeFromJson(json).has_value());
    }
    // The township filter.
    auto one = StatisticsQuery::placeFigures(f.db(), march, {{township}});
    REQUIRE(one.ok());
    REQUIRE(one->size() == 1);
    CHECK(one->first().counts.accepted == 1);
}

TEST_CASE("The place filter keeps a township point's own figures", "[statistics]")
{
    Fixture f;
    f.buildMarch();
    const DashboardFigures t = f.figures(StatisticsPeriod::month(2026, 3), {township});
    CHECK(t.total.accepted == 1);
    CHECK(t.total.completed == 0);
    CHECK(t.overdue == 0);
    CHECK(t.ratings.total() == 0);
    const DashboardFigures h = f.figures(StatisticsPeriod::month(2026, 3), {hall});
    CHECK(h.total.accepted == 9);
    CHECK(h.ratings.total() == 6);
}

TEST_CASE("Longnan's figures come out exactly: 89,474 completed of 89,572 accepted = 99.89%",
          "[statistics]")
{
    Fixture f;
    // 89,572 cases accepted in 2019 (spread over its days), the first 89,474 decided within
    // the year, satisfaction 100% over as many ratings as releases.
    f.exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 89572)"
            " INSERT INTO cases (id, number, item_code, item_name, department_code, item_kind,"
            " promised_days, township_acceptable, applicant_id, applicant_name,"
            " applicant_id_number, applicant_phone, channel, state, place_code,"
            " release_place_code, staff_id, received_at, accepted_at, due_date, decided_at,"
            " trips, updated_at)"
            " SELECT 'L' || x, 'L' || x, '621221-SCJG-0001', '', 'SCJG', 'licensing', 5, 0, 'a1',"
            " '', '', '', 'window', CASE WHEN x <= 89474 THEN 'approved' ELSE 'in_review' END,"
            " '621221', '621221', 's1', strftime('%Y-%m-%dT02:00:00.000Z', '2019-01-02',"
            " '+' || (x % 300) || ' days'), strftime('%Y-%m-%dT02:00:00.000Z', '2019-01-02',"
            " '+' || (x % 300) || ' days'), date('2019-01-02', '+' || (x % 300 + 20) || ' days'),"
            " CASE WHEN x <= 89474 THEN strftime('%Y-%m-%dT06:00:00.000Z', '2019-01-02',"
            " '+' || (x % 300 + 3) || ' days') END, 1, '' FROM n"));
    const DashboardFigures y = f.figures(StatisticsPeriod::year(2019), {}, QDate(2019, 12, 31));
    CHECK(y.total.accepted == 89572);
    CHECK(y.total.completed == 89474);
    CHECK(y.total.completionRate().text() == QStringLiteral("99.89%"));
    // Every case was accepted and decided within the year: the cohort figure is the same.
    CHECK(y.total.acceptedDecided == 89474);
    CHECK(y.total.cohortCompletionRate().text() == QStringLiteral("99.89%"));
    CHECK(y.total.onTimeRate().text() == QStringLiteral("100.00%"));
    qint64 perMonth = 0;
    for (const StatisticsBucket &b : y.buckets)
        perMonth += b.accepted;
    CHECK(perMonth == 89572);
}

TEST_CASE("The statistics item models pass QAbstractItemModelTester and export as CSV",
          "[statistics]")
{
    Fixture f;
    f.buildMarch();
    const DashboardFigures m = f.figures(StatisticsPeriod::month(2026, 3));

    StatisticsTableModel table;
    QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.setRows(m.departments);
    CHECK(table.rowCount() == 2);
    CHECK(table.index(0, StatisticsTableModel::AcceptedColumn).data().toLongLong() == 8);
    CHECK(table.index(0, StatisticsTableModel::CompletionRateColumn).data().toString()
          == QStringLiteral("62.50%")); // 5 / 8
    CHECK(table.index(0, 0).data(StatisticsTableModel::KeyRole).toString()
          == QStringLiteral("SCJG"));
    table.setRows({});
    CHECK(table.rowCount() == 0);
    table.setRows(m.items);

    StatisticsSeriesModel series;
    QAbstractItemModelTester t2(&series, QAbstractItemModelTester::FailureReportingMode::Fatal);
    series.setBuckets(m.buckets, m.period.granularity);
    CHECK(series.rowCount() == 31);
    CHECK(series.index(1, StatisticsSeriesModel::LabelColumn).data().toString()
          == QStringLiteral("2"));
    CHECK(series.maximum() == 2);

    RatingLevelsModel levels;
    QAbstractItemModelTester t3(&levels, QAbstractItemModelTester::FailureReportingMode::Fatal);
    levels.setCounts(m.ratings);
    CHECK(levels.rowCount() == 5);
    CHECK(levels.index(0, RatingLevelsModel::CountColumn).data().toLongLong() == 2);
    CHECK(levels.index(4, 0).data(RatingLevelsModel::BadRole).toBool());

    const QByteArray csv = CsvExport::toCsv(table);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("企业设立登记")));
    CHECK(CsvExport::field(QStringLiteral("a,\"b\"")) == QByteArray("\"a,\"\"b\"\"\""));
}

TEST_CASE("The daily roll-up gives the raw counting's figures on a generated store, and follows "
          "each later write",
          "[statistics]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
    }
    DemoOptions options;
    options.cases = 3000;
    options.days = 400;
    auto generated = DemoGenerator::generate(path, options);
    INFO(generated.error().message.toStdString() + " " + generated.error().detail.toStdString());
    REQUIRE(generated.ok());
    const QDate asOf = generated.value().asOf;

    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    const QSqlDatabase db = ws.value()->database()->connection();
    REQUIRE(DemoRatings::generate(db).ok());
    const WorkCalendar &calendar = ws.value()->calendar();

    const auto compare = [&](const StatisticsPeriod &period, const QStringList &places) {
        INFO(period.from.toString(Qt::ISODate).toStdString() + " "
             + places.join(u',').toStdString());
        auto rolled = StatisticsQuery(db, calendar).dashboard(period, {places}, asOf);
        REQUIRE(rolled.ok());
        CHECK(StatisticsRollup(db, calendar).dirtyDays() == 0);
        auto raw = StatisticsQuery(db, calendar, StatisticsQuery::Source::Raw)
                           .dashboard(period, {places}, asOf);
        REQUIRE(raw.ok());
        Fixture::checkSame(rolled.value(), raw.value());
        return rolled.value();
    };
    const QDate monthStart = QDate(asOf.year(), asOf.month(), 1).addMonths(-1);
    const StatisticsPeriod month = StatisticsPeriod::month(monthStart.year(), monthStart.month());
    const StatisticsPeriod year{asOf.addYears(-1).addDays(1), asOf, StatisticsGranularity::Month};
    const DashboardFigures y = compare(year, {});
    CHECK(y.total.accepted > 1000);
    CHECK(y.total.completed > 1000);
    CHECK(y.ratings.total() > 0);
    CHECK(y.trips.released > 0);
    compare(month, {});
    compare(year, {y.places.first().key});
    StatisticsPeriod weeks{asOf.addDays(-90), asOf, StatisticsGranularity::Week};
    compare(weeks, {});

    // Later writes: a decision, a withdrawal and a new acceptance mark their days dirty in
    // their own transaction; the next query rebuilds only those days.
    QSqlQuery q(db);
    REQUIRE(q.exec(
            QStringLiteral("UPDATE cases SET state = 'approved', decided_at = '")
            + StatisticsQuery::dayStartUtc(asOf.addDays(-3)).replace(11, 2, QStringLiteral("03"))
            + QStringLiteral("' WHERE id = (SELECT id FROM cases WHERE state = 'in_review'"
                             " AND parent_id IS NULL LIMIT 1)")));
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET state = 'withdrawn' WHERE id = (SELECT id"
                                  " FROM cases WHERE state = 'accepted' LIMIT 1)")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM cases WHERE id = (SELECT id FROM cases WHERE"
                                  " released_at IS NOT NULL AND parent_id IS NULL AND id NOT IN"
                                  " (SELECT case_id FROM ratings) AND id NOT IN (SELECT"
                                  " parent_id FROM cases WHERE parent_id IS NOT NULL) LIMIT 1)")));
    CHECK(StatisticsRollup(db, calendar).dirtyDays() > 0);
    const DashboardFigures after = compare(year, {});
    CHECK(after.total.accepted <= y.total.accepted);
    compare(month, {});
}
