// `demo seed` into a server database (SQLite, and PostgreSQL in the sync-pg: run): the seed writes
// the change log, so a fresh device pulls what it made, and its view equals the server's.
#include "syncdevice.h"

#include <QProcess>
#include <QSqlQuery>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");

// The seed, as an operator runs it (it may take longer than ServerProcess::run waits).
ServerProcess::Run seed(const ServerProcess &server, int cases)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ONEWINDOW_SERVER_DB"));
    env.insert(QStringLiteral("HOME"), server.dir());
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(server.dir());
    process.start(ServerProcess::binary(),
                  {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--db"),
                   server.dbUrl(), QStringLiteral("--cases"), QString::number(cases),
                   QStringLiteral("--places"), QStringLiteral("2"), QStringLiteral("--seed"),
                   QStringLiteral("5")});
    ServerProcess::Run run;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

// Syncs until nothing more comes (the pull pages through the seed's change log).
void syncUntilQuiet(Device &device)
{
    for (int i = 0; i < 20; ++i) {
        const SyncOutcome outcome = device.syncNow();
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.ok);
        if (outcome.pulled == 0 && outcome.deferred == 0)
            return;
    }
    FAIL("the device kept pulling");
}

// The device's cases, tasks and ratings are the server's for its place (cases as snapshots;
// tasks and ratings by id, status and level).
void checkSameAsServer(const ServerProcess &server, const Device &device, const QString &place)
{
    const QMap<QString, QJsonObject> view = device.serverView();
    const QStringList local = device.caseIds();
    CHECK(QSet<QString>(local.cbegin(), local.cend())
          == QSet<QString>(view.keyBegin(), view.keyEnd()));
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        INFO("case " << it.key().toStdString());
        CHECK(localView(device, it.key()) == comparable(it.value()));
    }

    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    const QSqlDatabase here = device.workspace->database()->connection();
    // Every case of the place is on the device.
    const QStringList placeCases = column(
            connection.db,
            QStringLiteral("SELECT id FROM cases WHERE place_code = '%1' OR release_place_code ="
                           " '%1' ORDER BY id")
                    .arg(place));
    CHECK(placeCases.size() == local.size());
    CHECK(placeCases == local);
    const auto same = [&](const QString &sql) {
        const QStringList there = column(connection.db, sql);
        const QStringList mine = column(here, sql);
        CHECK_FALSE(there.isEmpty());
        CHECK(there == mine);
    };
    same(QStringLiteral("SELECT r.id || ' ' || r.level || ' ' || r.staff_id || ' ' ||"
                        " COALESCE(f.feedback_at, '-') || ' ' || COALESCE(a.state, '-') FROM"
                        " ratings r JOIN cases c ON c.id = r.case_id LEFT JOIN rating_followups f"
                        " ON f.rating_id = r.id LEFT JOIN rating_appeals a ON a.rating_id = r.id"
                        " WHERE c.place_code = '%1' OR c.release_place_code = '%1'"
                        " ORDER BY r.id")
                 .arg(place));
    if (place == hall) {
        same(QStringLiteral("SELECT t.id || ' ' || t.status || ' ' || t.owner_id || ' ' ||"
                            " t.attorney_grantor_id || ' ' || (SELECT count(*) FROM task_log l"
                            " WHERE l.task_id = t.id) FROM tasks t ORDER BY t.id"));
    }
}

} // namespace

TEST_CASE("A seeded server's cases, tasks and ratings reach a fresh device as the server has them",
          "[sync][seed]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const ServerProcess::Run seeded = seed(server, 400);
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    CHECK(seeded.out.contains("change log:"));

    // The seed wrote the change log: every generated case, task and rating has its change.
    {
        const ServerProcess::Connection connection(server);
        REQUIRE(connection.db.isOpen());
        CHECK(column(connection.db,
                     QStringLiteral("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM"
                                    " change_log l WHERE l.entity = 'case' AND l.entity_id ="
                                    " c.id)"))
                      .first()
              == QStringLiteral("0"));
        CHECK(column(connection.db, QStringLiteral("SELECT count(*) FROM cases")).first().toInt()
              >= 400);
        CHECK(column(connection.db, QStringLiteral("SELECT count(*) FROM tasks")).first().toInt()
              > 0);
    }

    Device county(QStringLiteral("counter"));
    county.enroll(server, hall);
    syncUntilQuiet(county);
    CHECK(county.caseIds().size() >= 400); // the hall holds every case for release
    checkSameAsServer(server, county, hall);

    Device point(QStringLiteral("township"));
    point.enroll(server, township);
    syncUntilQuiet(point);
    CHECK_FALSE(point.caseIds().isEmpty());
    CHECK(point.caseIds().size() < county.caseIds().size());
    checkSameAsServer(server, point, township);

    // The seeded directory (the township points and staff it added) reached the devices too.
    CHECK(column(county.workspace->database()->connection(),
                 QStringLiteral("SELECT count(*) FROM places"))
                  .first()
                  .toInt()
          == 3);

    // A second seed into the same database is refused: it holds cases.
    const ServerProcess::Run again = seed(server, 10);
    CHECK(again.exitCode != 0);
}
