// The county view against the real server on SQLite and PostgreSQL: GET /stats/v1/summary
// counts every place's figures by the dashboard's own definitions and SQL.
#include "countyrollup.h"
#include "domain/businessclock.h"
#include "domain/countycases.h"
#include "domain/permissions.h"
#include "domain/phonenumber.h"
#include "domain/statistics.h"
#include "domain/totp.h"
#include "domain/workcalendar.h"
#include "items/caselistmodel.h"
#include "store/sqldialect.h"
#include "store/statisticsquery.h"
#include "store/workspace.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");
const QString password = QStringLiteral("Gansu-2026");
const QByteArray totpSecret("12345678901234567890");

// A moment in Shanghai as stored (UTC, ISO with ms).
QString sh(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), BusinessClock::timeZone())
            .toUTC()
            .toString(Qt::ISODateWithMs);
}

// The same rows for the client's store and the server's database (portable SQL).
QStringList seedRows()
{
    QStringList sql{QStringLiteral(
            "INSERT INTO applicants (id, kind, name, id_number, id_reversed, phone, address,"
            " legal_representative, contact_name, updated_at) VALUES ('stat-a1', 'person',"
            " '张伟', '1', '1', '', '', '', '', '')")};
    struct Row
    {
        const char *id;
        QString place, state, accepted, decided, due, released;
        int trips;
    };
    QList<Row> rows{
            // Hall: on time, came twice.
            {"s-c1", hall, QStringLiteral("released"), sh(3, 2, 10), sh(3, 4, 15),
             QStringLiteral("2026-03-05"), sh(3, 5, 10), 2},
            // Hall: late.
            {"s-c2", hall, QStringLiteral("released"), sh(3, 3, 9), sh(3, 10, 11),
             QStringLiteral("2026-03-06"), sh(3, 10, 16), 1},
            // Hall: withdrawn, never counted.
            {"s-c3", hall, QStringLiteral("withdrawn"), sh(3, 5, 10), {}, {}, {}, 1},
            // Hall: open.
            {"s-c4",
             hall,
             QStringLiteral("in_review"),
             sh(3, 20, 10),
             {},
             QStringLiteral("2026-04-10"),
             {},
             1},
            // Township: accepted at 23:30 on 31 March, decided in April.
            {"s-t1",
             township,
             QStringLiteral("approved"),
             sh(3, 31, 23, 30),
             sh(4, 1, 10),
             QStringLiteral("2026-04-03"),
             {},
             1},
            // Township: accepted in February, decided in March.
            {"s-t2",
             township,
             QStringLiteral("approved"),
             sh(2, 27, 10),
             sh(3, 2, 10),
             QStringLiteral("2026-03-03"),
             {},
             1},
    };
    // Hall: open, due tomorrow (near due today); accepted in May, outside the periods asked.
    rows.append({"s-c5",
                 hall,
                 QStringLiteral("in_review"),
                 sh(5, 6, 10),
                 {},
                 BusinessClock::today().addDays(1).toString(Qt::ISODate),
                 {},
                 1});
    const auto literal = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + s + QLatin1Char('\'');
    };
    for (const Row &r : rows)
        sql << QStringLiteral(
                       "INSERT INTO cases (id, number, item_code, item_name, department_code,"
                       " item_kind, promised_days, township_acceptable, applicant_id,"
                       " applicant_name, applicant_id_number, applicant_phone, channel, state,"
                       " place_code, release_place_code, staff_id, received_at, accepted_at,"
                       " due_date, decided_at, released_at, trips, updated_at) VALUES ('%1',"
                       " '%1', '621221-SCJG-0001', '', 'SCJG', 'licensing', 5, 0, 'stat-a1',"
                       " '张伟', '620102199001011234', '13912345678', 'window', '%2', '%3',"
                       " '%3', 's1', '%4', '%4', %5, %6, %7, %8, '')")
                        .arg(QString::fromLatin1(r.id), r.state, r.place, r.accepted,
                             literal(r.due), literal(r.decided), literal(r.released))
                        .arg(r.trips);
    // Ratings: at the hall a 5 and a 1 whose appeal was upheld; at the township point a 2.
    const auto rating = [](const char *id, int level, const QString &place) {
        return QStringLiteral("INSERT INTO ratings (id, case_id, scope, visit_id, level,"
                              " rated_at, business_date, place_code, staff_id, item_code,"
                              " department_code, device_id) VALUES ('%1', 's-c1', 'visit', '%1',"
                              " %2, '', '2026-03-10', '%3', 's1', '', '', 'd')")
                .arg(QString::fromLatin1(id))
                .arg(level)
                .arg(place);
    };
    sql << rating("s-r1", 5, hall) << rating("s-r2", 1, hall) << rating("s-r3", 2, township);
    sql << QStringLiteral("INSERT INTO rating_appeals (rating_id, state, filed_by, filed_at,"
                          " reason, decided_by, decided_at, decision_reason) VALUES ('s-r2',"
                          " 'upheld', 's1', '', '误评', 'sup', '', '属实')");
    return sql;
}

void run(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }
}

QMap<QString, PlaceFigures> byPlace(const QList<PlaceFigures> &list)
{
    QMap<QString, PlaceFigures> map;
    for (const PlaceFigures &p : list)
        map.insert(p.placeCode, p);
    return map;
}

void checkSame(const PlaceFigures &a, const PlaceFigures &b)
{
    CHECK(a.counts.accepted == b.counts.accepted);
    CHECK(a.counts.acceptedDecided == b.counts.acceptedDecided);
    CHECK(a.counts.completed == b.counts.completed);
    CHECK(a.counts.completedOnTime == b.counts.completedOnTime);
    CHECK(a.trips.released == b.trips.released);
    CHECK(a.trips.atMostOne == b.trips.atMostOne);
    CHECK(a.ratings.byLevel == b.ratings.byLevel);
    CHECK(a.ratings.excludedByAppeal == b.ratings.excludedByAppeal);
}

HttpReply summary(const QUrl &base, const Device &device, const QString &token,
                  const QString &query)
{
    auto headers = headersFor(&device);
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("OneWindow-Session"), token.toLatin1()});
    return httpRequest("GET", urlOf(base, QStringLiteral("/stats/v1/summary"), query), {}, headers);
}

} // namespace

TEST_CASE("County view: the server counts every place by the dashboard's definitions, for a "
          "supervisor only",
          "[sync][stats]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const QUrl base = server.baseUrl();
    INFO(ServerProcess::backendName().toStdString());
    {
        ServerProcess::Connection c(server);
        REQUIRE(c.db.isOpen());
        run(c.db, seedRows());
        run(c.db,
            {QStringLiteral("UPDATE server_settings SET value = '1000' WHERE key ="
                            " 'password_iterations'")});
    }
    // The supervisor (second factor) and a counter, ready to sign in.
    for (const char *user : {"supervisor", "counter"}) {
        const auto set = server.run(
                {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"),
                 QString::fromLatin1(user), QStringLiteral("--password-stdin"),
                 QStringLiteral("--password-iterations"), QStringLiteral("1000"),
                 QStringLiteral("--db"), server.dbUrl()},
                password.toUtf8() + '\n');
        INFO(set.err.toStdString());
        REQUIRE(set.exitCode == 0);
    }
    {
        ServerProcess::Connection c(server);
        run(c.db,
            {QStringLiteral("UPDATE user_credentials SET must_change = 0"),
             QStringLiteral("UPDATE user_credentials SET totp_secret = '%1' WHERE user_id"
                            " IN (SELECT id FROM users WHERE username = 'supervisor')")
                     .arg(Totp::base32(totpSecret))});
    }
    const auto device = enroll(server, base, hall);
    REQUIRE(device.has_value());
    const auto signIn = [&](const QString &username, const QString &totp) {
        QJsonObject body{{QStringLiteral("username"), username},
                         {QStringLiteral("password"), password}};
        if (!totp.isEmpty())
            body.insert(QStringLiteral("totp"), totp);
        const auto reply = post(base, QStringLiteral("/auth/v1/login"), body, &*device);
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        return bodyOf(reply).value(QStringLiteral("token")).toString();
    };
    const QString supervisor
            = signIn(QStringLiteral("supervisor"),
                     Totp::code(totpSecret, Totp::stepOf(QDateTime::currentDateTimeUtc()) + 1));
    const QString counter = signIn(QStringLiteral("counter"), {});
    const QString march = QStringLiteral("from=2026-03-01&to=2026-03-31");

    // Without a session, as a counter, with a bad period: refused.
    CHECK(summary(base, *device, {}, march).status == 401);
    const auto forbidden = summary(base, *device, counter, march);
    CHECK(forbidden.status == 403);
    CHECK(errorCode(forbidden) == QStringLiteral("role.forbidden"));
    CHECK_FALSE(Permissions::allows(Role::Counter, Action::StatisticsCounty, PlaceRelation::Own));
    CHECK(summary(base, *device, supervisor, QStringLiteral("from=2026-03-31&to=2026-03-01")).status
          == 400);
    CHECK(summary(base, *device, supervisor, march + QStringLiteral("&place=999")).status == 404);

    const auto reply = summary(base, *device, supervisor, march);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    QList<PlaceFigures> fromServer;
    for (const QJsonValue &v : bodyOf(reply).value(QStringLiteral("places")).toArray()) {
        const auto p = StatisticsDefinitions::placeFromJson(v.toObject());
        REQUIRE(p.has_value());
        fromServer.append(*p);
    }
    const auto server2 = byPlace(fromServer);
    REQUIRE(server2.contains(hall));
    REQUIRE(server2.contains(township));
    const PlaceFigures &h = server2.value(hall);
    CHECK_FALSE(h.name.isEmpty());
    CHECK(h.counts.accepted == 3);        // c1 c2 c4 (not the withdrawn c3)
    CHECK(h.counts.acceptedDecided == 2); // c1 c2
    CHECK(h.counts.completed == 2);
    CHECK(h.counts.completedOnTime == 1);
    CHECK(h.trips.released == 2);
    CHECK(h.trips.atMostOne == 1);
    CHECK(h.ratings.total() == 1); // the 1 was taken out by its upheld appeal
    CHECK(h.ratings.excludedByAppeal == 1);
    const PlaceFigures &t = server2.value(township);
    CHECK(t.counts.accepted == 1);  // t1 on 31 March at 23:30
    CHECK(t.counts.completed == 1); // t2, accepted in February
    CHECK(t.counts.completionRate().text() == QStringLiteral("100.00%"));
    CHECK(t.counts.cohortCompletionRate().text() == QStringLiteral("100.00%"));
    CHECK(t.ratings.satisfactionRate().text() == QStringLiteral("0.00%"));
    const PlaceFigures county = StatisticsDefinitions::sum(fromServer);
    CHECK(county.counts.accepted == 4);
    CHECK(county.counts.completed == 3);
    CHECK(county.counts.completionRate().text() == QStringLiteral("75.00%"));

    // The client counts the same rows the same way: the shared SQL on its own store, and the
    // dashboard's places table (read from its daily roll-up).
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(ws.ok());
    QSqlDatabase clientDb = ws.value()->database()->connection();
    run(clientDb, seedRows());
    StatisticsPeriod period = StatisticsPeriod::month(2026, 3);
    auto local = StatisticsQuery::placeFigures(clientDb, period, {});
    REQUIRE(local.ok());
    const auto client = byPlace(local.value());
    CHECK(client.keys() == server2.keys());
    for (const QString &code : client.keys()) {
        INFO(code.toStdString());
        checkSame(client.value(code), server2.value(code));
    }
    StatisticsQuery dashboard(clientDb, ws.value()->calendar());
    auto figures = dashboard.dashboard(period, {}, QDate(2026, 3, 31));
    REQUIRE(figures.ok());
    for (const StatisticsRow &row : figures->places) {
        INFO(row.key.toStdString());
        CHECK(row.counts.accepted == server2.value(row.key).counts.accepted);
        CHECK(row.counts.completed == server2.value(row.key).counts.completed);
        CHECK(row.counts.acceptedDecided == server2.value(row.key).counts.acceptedDecided);
    }

    // Working days (the server's calendar) and today's overdue and near-due counts.
    CHECK(h.counts.workingDaysCounted == 2);
    CHECK(h.overdue == 1); // c4, due 10 April, still in review
    CHECK(h.nearDue == 1); // c5, due tomorrow
    CHECK(t.overdue == 0);
    for (const StatisticsRow &row : figures->places) {
        INFO(row.key.toStdString());
        CHECK(row.counts.workingDaysTotal == server2.value(row.key).counts.workingDaysTotal);
        CHECK(row.counts.workingDaysCounted == server2.value(row.key).counts.workingDaysCounted);
    }

    // The cases behind a figure (click-through): a supervisor only; bad parameters refused.
    const auto cases = [&](const QString &token, const QString &query) {
        auto headers = headersFor(&*device);
        if (!token.isEmpty())
            headers.append({QByteArrayLiteral("OneWindow-Session"), token.toLatin1()});
        return httpRequest("GET", urlOf(base, QStringLiteral("/stats/v1/cases"), query), {},
                           headers);
    };
    const QString hallMarch = march + QStringLiteral("&place=") + hall;
    CHECK(cases({}, hallMarch + QStringLiteral("&figure=accepted")).status == 401);
    const auto refused = cases(counter, hallMarch + QStringLiteral("&figure=accepted"));
    CHECK(refused.status == 403);
    CHECK(errorCode(refused) == QStringLiteral("role.forbidden"));
    const QStringList bads{hallMarch + QStringLiteral("&figure=everything"),
                           hallMarch, // no figure
                           hallMarch + QStringLiteral("&figure=accepted&limit=0"),
                           hallMarch + QStringLiteral("&figure=accepted&limit=501"),
                           hallMarch + QStringLiteral("&figure=accepted&limit=x"),
                           hallMarch + QStringLiteral("&figure=accepted&offset=-1"),
                           QStringLiteral("from=2026-03-31&to=2026-03-01&figure=accepted"
                                          "&place=")
                                   + hall};
    for (const QString &bad : bads) {
        INFO(bad.toStdString());
        const auto r = cases(supervisor, bad);
        CHECK(r.status == 400);
        CHECK(errorCode(r) == QStringLiteral("request.invalid_field"));
    }
    const auto nowhere = cases(supervisor, march + QStringLiteral("&figure=accepted&place=999"));
    CHECK(nowhere.status == 404);
    CHECK(errorCode(nowhere) == QStringLiteral("place.not_found"));

    // Accepted at the hall in March, two at a time: c1, c2, then c4.
    const auto first = cases(supervisor, hallMarch + QStringLiteral("&figure=accepted&limit=2"));
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    const auto page1 = CountyCases::pageFromJson(bodyOf(first));
    REQUIRE(page1.has_value());
    CHECK(page1->total == 3);
    REQUIRE(page1->cases.size() == 2);
    CHECK(page1->cases.at(0).id == QStringLiteral("s-c1"));
    CHECK(page1->cases.at(1).id == QStringLiteral("s-c2"));
    // Masked as in the lists; the whole numbers are nowhere in the answer.
    CHECK(page1->cases.at(0).applicantIdNumber
          == CaseListModel::maskedIdNumber(QStringLiteral("620102199001011234")));
    CHECK(page1->cases.at(0).applicantIdNumber != QStringLiteral("620102199001011234"));
    CHECK(page1->cases.at(0).applicantPhone == PhoneNumber::mask(QStringLiteral("13912345678")));
    CHECK_FALSE(first.body.contains("620102199001011234"));
    CHECK_FALSE(first.body.contains("13912345678"));
    const auto second
            = cases(supervisor, hallMarch + QStringLiteral("&figure=accepted&limit=2&offset=2"));
    REQUIRE(second.status == 200);
    const auto page2 = CountyCases::pageFromJson(bodyOf(second));
    REQUIRE(page2.has_value());
    CHECK(page2->total == 3);
    REQUIRE(page2->cases.size() == 1);
    CHECK(page2->cases.at(0).id == QStringLiteral("s-c4"));
    // Completed at the township point in March: t2 (accepted in February).
    const auto completed = CountyCases::pageFromJson(bodyOf(
            cases(supervisor, march + QStringLiteral("&figure=completed&place=") + township)));
    REQUIRE(completed.has_value());
    CHECK(completed->total == 1);
    REQUIRE(completed->cases.size() == 1);
    CHECK(completed->cases.at(0).id == QStringLiteral("s-t2"));
    // Overdue and near due today, whatever the period.
    const auto overdue = CountyCases::pageFromJson(
            bodyOf(cases(supervisor, hallMarch + QStringLiteral("&figure=overdue"))));
    REQUIRE(overdue.has_value());
    CHECK(overdue->total == 1);
    REQUIRE(overdue->cases.size() == 1);
    CHECK(overdue->cases.at(0).id == QStringLiteral("s-c4"));
    const auto nearDue = CountyCases::pageFromJson(
            bodyOf(cases(supervisor, hallMarch + QStringLiteral("&figure=near_due"))));
    REQUIRE(nearDue.has_value());
    CHECK(nearDue->total == 1);
    REQUIRE(nearDue->cases.size() == 1);
    CHECK(nearDue->cases.at(0).id == QStringLiteral("s-c5"));

    // One township point (and its own points: none).
    const auto one
            = summary(base, *device, supervisor, march + QStringLiteral("&place=") + township);
    REQUIRE(one.status == 200);
    const QJsonArray onlyTownship = bodyOf(one).value(QStringLiteral("places")).toArray();
    REQUIRE(onlyTownship.size() == 1);
    CHECK(onlyTownship.first().toObject().value(QStringLiteral("place_code")).toString()
          == township);
}

namespace {

// Every place's counts of the server's roll-up equal the direct count of its cases and
// ratings (StatisticsQuery::placeFigures), for each period.
void checkRollup(const QSqlDatabase &db)
{
    const QList<StatisticsPeriod> periods{
            StatisticsPeriod::month(2026, 2), StatisticsPeriod::month(2026, 3),
            StatisticsPeriod::month(2026, 4), StatisticsPeriod::year(2026),
            StatisticsPeriod{QDate(2026, 3, 2), QDate(2026, 3, 2)}};
    for (const StatisticsPeriod &period : periods) {
        INFO(period.from.toString(Qt::ISODate).toStdString() + " to "
             + period.to.toString(Qt::ISODate).toStdString());
        const auto direct = StatisticsQuery::placeFigures(db, period, {});
        REQUIRE(direct.ok());
        const auto rolled = CountyRollup(db).placeFigures(period, {});
        REQUIRE(rolled.ok());
        const auto a = byPlace(direct.value());
        const auto b = byPlace(rolled.value());
        CHECK(a.keys() == b.keys());
        for (const QString &code : a.keys()) {
            INFO(code.toStdString());
            checkSame(a.value(code), b.value(code));
            CHECK(a.value(code).name == b.value(code).name);
        }
    }
}

// The case rows' contributions not yet folded into county_daily (CountyRollup::
// pendingSchema, pendingSchemaPostgres).
qint64 pendingRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + CountyRollup::pendingTable()));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QList<PlaceFigures> yearFigures(const QSqlDatabase &db)
{
    const auto rolled = CountyRollup(db).placeFigures(StatisticsPeriod::year(2026), {});
    REQUIRE(rolled.ok());
    return rolled.value();
}

} // namespace

TEST_CASE("County roll-up: the triggers keep every place's counts equal to the direct count",
          "[sync][stats]")
{
    ServerProcess server;
    REQUIRE(server.start()); // init (catalogue, calendar) and serve: the roll-up built, empty
    INFO(ServerProcess::backendName().toStdString());
    ServerProcess::Connection c(server);
    REQUIRE(c.db.isOpen());
    CountyRollup rollup(c.db);
    REQUIRE(rollup.isStale().ok());
    CHECK_FALSE(rollup.isStale().value());

    // Inserts (the triggers add each row, pending until the roll-up is read).
    run(c.db, seedRows());
    CHECK(pendingRows(c.db) == 7); // every seeded case has an act counted
    checkRollup(c.db);
    CHECK(pendingRows(c.db) == 0);
    // Working days: the same whether the triggers added them or a rebuild counted them.
    const auto calendar = WorkCalendar::loadResource();
    REQUIRE(calendar.ok());
    const QList<PlaceFigures> byTriggers = yearFigures(c.db);
    REQUIRE(rollup.rebuild(calendar.value()).ok());
    const QList<PlaceFigures> rebuilt = yearFigures(c.db);
    REQUIRE(byTriggers.size() == rebuilt.size());
    for (qsizetype i = 0; i < rebuilt.size(); ++i) {
        CHECK(byTriggers.at(i).counts.workingDaysTotal == rebuilt.at(i).counts.workingDaysTotal);
        CHECK(byTriggers.at(i).counts.workingDaysCounted
              == rebuilt.at(i).counts.workingDaysCounted);
        checkSame(byTriggers.at(i), rebuilt.at(i));
    }
    const auto hallYear = byPlace(rebuilt).value(hall);
    CHECK(hallYear.counts.workingDaysCounted == 2); // c1 and c2 decided
    CHECK(hallYear.counts.workingDaysTotal
          == calendar->workingDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 4)).value()
                  + calendar->workingDaysBetween(QDate(2026, 3, 3), QDate(2026, 3, 10)).value());

    // Updates: the open case decided; a case moved to another place; a release; a withdrawal.
    run(c.db,
        {QStringLiteral("UPDATE cases SET state = 'approved', decided_at = '%1' WHERE id ="
                        " 's-c4'")
                 .arg(sh(4, 2, 10)),
         QStringLiteral("UPDATE cases SET place_code = '%1' WHERE id = 's-c2'").arg(township),
         QStringLiteral("UPDATE cases SET state = 'released', released_at = '%1', trips = 3"
                        " WHERE id = 's-t2'")
                 .arg(sh(3, 3, 9)),
         QStringLiteral("UPDATE cases SET state = 'withdrawn' WHERE id = 's-t1'"),
         // Not a counted column: nothing to change.
         QStringLiteral("UPDATE cases SET updated_at = 'x' WHERE id = 's-c1'")});
    CHECK(pendingRows(c.db) == 8); // four updates, each the old row taken away, the new added
    checkRollup(c.db);
    run(c.db, {QStringLiteral("UPDATE cases SET updated_at = 'y' WHERE id = 's-c1'")});
    CHECK(pendingRows(c.db) == 0);
    // Ratings: a new bad rating, its appeal filed, then upheld.
    run(c.db,
        {QStringLiteral("INSERT INTO ratings (id, case_id, scope, visit_id, level, rated_at,"
                        " business_date, place_code, staff_id, item_code, department_code,"
                        " device_id) VALUES ('s-r4', 's-c2', 'visit', 's-r4', 2, '',"
                        " '2026-03-11', '%1', 's1', '', '', 'd')")
                 .arg(hall),
         QStringLiteral("INSERT INTO rating_appeals (rating_id, state, filed_by, filed_at,"
                        " reason) VALUES ('s-r4', 'pending', 's1', '', '误评')")});
    checkRollup(c.db);
    run(c.db,
        {QStringLiteral("UPDATE rating_appeals SET state = 'upheld', decided_by = 'sup',"
                        " decided_at = '', decision_reason = '属实' WHERE rating_id = 's-r4'")});
    checkRollup(c.db);
    CHECK(byPlace(yearFigures(c.db)).value(hall).ratings.excludedByAppeal == 2);
    // A delete takes a case's counts away.
    run(c.db, {QStringLiteral("DELETE FROM cases WHERE id = 's-t2'")});
    checkRollup(c.db);
    // Rows pending when the roll-up is built again: counted once, by the rebuild.
    run(c.db,
        {QStringLiteral("UPDATE cases SET decided_at = '%1', state = 'approved' WHERE id ="
                        " 's-c5'")
                 .arg(sh(5, 7, 10))});
    CHECK(pendingRows(c.db) == 2);
    REQUIRE(rollup.rebuild(calendar.value()).ok());
    CHECK(pendingRows(c.db) == 0);
    checkRollup(c.db);

    // A bundle in the catalogue changes which cases count: stale, built again.
    run(c.db,
        {QStringLiteral("INSERT INTO item_bundle_parts (bundle_code, position, part_code) VALUES"
                        " ('621221-SCJG-0001', 99, '621221-SCJG-0001')")});
    REQUIRE(rollup.isStale().ok());
    CHECK(rollup.isStale().value());
    REQUIRE(rollup.rebuildIfStale(calendar.value()).ok());
    CHECK_FALSE(rollup.isStale().value());
    checkRollup(c.db);
    run(c.db, {QStringLiteral("DELETE FROM item_bundle_parts WHERE position = 99")});
    REQUIRE(rollup.rebuildIfStale(calendar.value()).ok());
    checkRollup(c.db);
    CHECK_FALSE(yearFigures(c.db).isEmpty());
}

TEST_CASE("County roll-up: a push batch counts its cases before it commits", "[sync][stats]")
{
    ServerProcess server;
    REQUIRE(server.start());
    INFO(ServerProcess::backendName().toStdString());
    const QUrl base = server.baseUrl();
    const auto device = enroll(server, base, hall);
    REQUIRE(device.has_value());
    // Cases received only, accepted, and accepted then moved on, in one batch and then one
    // more: each batch's case rows written (inserted, updated) and counted.
    Client client;
    REQUIRE(client.workspace);
    const QString item = QStringLiteral("621221-SCJG-0001");
    const auto first17 = [](int n) {
        return QStringLiteral("62122119850612%1").arg(n, 3, 10, QLatin1Char('0'));
    };
    QStringList receivedOnly;
    for (int n = 1; n <= 6; ++n) {
        const bool receive = n % 3 == 0;
        const auto made = client.intake(
                device->shortId, item,
                receive ? IntakeDecision::ReceiveOnly : IntakeDecision::Accept, first17(n));
        REQUIRE(made.ok());
        if (receive)
            receivedOnly.append(made->id);
    }
    const auto firstBatch = client.mutations();
    const auto reply = push(base, *device, firstBatch);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    ServerProcess::Connection c(server);
    REQUIRE(c.db.isOpen());
    // Nothing left pending: county_daily itself holds the counts, as any reader of the table
    // sees it.
    CHECK(pendingRows(c.db) == 0);
    const auto acceptedToday = [&] {
        QSqlQuery q(c.db);
        q.prepare(QStringLiteral("SELECT coalesce(sum(accepted), 0) FROM county_daily WHERE"
                                 " place_code = ?"));
        q.addBindValue(hall);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CHECK(acceptedToday() == 4);
    const StatisticsPeriod today{BusinessClock::today(), BusinessClock::today()};
    const auto direct = StatisticsQuery::placeFigures(c.db, today, {});
    REQUIRE(direct.ok());
    const auto rolled = CountyRollup(c.db).placeFigures(today, {});
    REQUIRE(rolled.ok());
    REQUIRE(byPlace(rolled.value()).contains(hall));
    checkSame(byPlace(direct.value()).value(hall), byPlace(rolled.value()).value(hall));

    // The received-only cases accepted in a second batch: their rows updated, counted again.
    REQUIRE(receivedOnly.size() == 2);
    for (const QString &id : std::as_const(receivedOnly)) {
        TransitionRequest move;
        move.event = CaseEvent::Accept;
        const auto moved
                = client.cases->transition(id, move, client.actor, QDateTime::currentDateTimeUtc());
        INFO((moved.ok() ? std::string() : moved.error().message.toStdString()));
        REQUIRE(moved.ok());
    }
    QList<sync::PushMutation> secondBatch;
    for (const auto &m : client.mutations()) {
        if (m.seq > firstBatch.last().seq)
            secondBatch.append(m);
    }
    REQUIRE(secondBatch.size() == 2);
    const auto again = push(base, *device, secondBatch);
    INFO(again.body.toStdString());
    REQUIRE(again.status == 200);
    CHECK(pendingRows(c.db) == 0);
    CHECK(acceptedToday() == 6);
    const auto directAfter = StatisticsQuery::placeFigures(c.db, today, {});
    REQUIRE(directAfter.ok());
    const auto rolledAfter = CountyRollup(c.db).placeFigures(today, {});
    REQUIRE(rolledAfter.ok());
    checkSame(byPlace(directAfter.value()).value(hall), byPlace(rolledAfter.value()).value(hall));
}
