#include "sync/synchttp.h"
#include "syncdevice.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace ow;
using namespace synctest;

TEST_CASE("Every sync request waits out the server's request limit", "[sync][retry]")
{
    ServerProcess server;
    // A tight limit set by the operator (the default is 20/s with bursts of 40): 40 pulls one
    // after another run into it however slow the machine is. Each answer is still the server's
    // 200, after SyncHttp waited as Retry-After said.
    server.setServeConfig("[http]\ndevice_requests_per_second=4\ndevice_burst=8\n");
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    county.enroll(server, QStringLiteral("621221"));
    const auto enrollment = county.sync->enrollment();
    REQUIRE(enrollment.has_value());

    SyncHttp http{QUrl(enrollment->serverUrl)};
    http.setToken(enrollment->token);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bucket"), QStringLiteral("global"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    int retried = 0;
    for (int i = 0; i < 40; ++i) {
        const SyncHttpAnswer answer = http.get(sync::path::pull(), query);
        INFO("request " << i << " answered " << answer.status);
        REQUIRE(answer.status == 200);
        retried += answer.retries;
    }
    CHECK(retried > 0);

    // Bounded: with no retries allowed the 429 comes back to the caller at once.
    SyncHttp::RetryPolicy none;
    none.maxRetries = 0;
    http.setRetryPolicy(none);
    bool limited = false;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 40 && !limited; ++i) {
        const SyncHttpAnswer answer = http.get(sync::path::pull(), query);
        limited = answer.status == 429;
        if (limited) {
            CHECK(answer.retries == 0);
            CHECK(answer.retryAfterSeconds >= 1);
            CHECK(answer.errorCode == sync::code::rateLimited());
        }
    }
    CHECK(limited);
    CHECK(timer.elapsed() < 20'000);

    // The sync cycle (pull, push and the audit push) runs through the same policy.
    county.intake(QStringLiteral("621221-SCJG-0001"), QStringLiteral("62122119850612301"),
                  QStringLiteral("张伟"));
    const SyncOutcome outcome = county.syncNow();
    INFO(outcome.error.toStdString());
    CHECK(outcome.ok);
}

// SQLite only (the lock is taken on the server's file): not tagged [sync], so the PostgreSQL
// run of the sync tests does not repeat it.
TEST_CASE("A push that meets the server's database busy is sent again after Retry-After", "[retry]")
{
    if (ServerProcess::backend() != ServerProcess::Backend::Sqlite)
        return;
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    county.enroll(server, QStringLiteral("621221"));
    const Case c = county.intake(QStringLiteral("621221-SCJG-0001"),
                                 QStringLiteral("62122119850612301"), QStringLiteral("张伟"));

    // Another writer holds the server's database for 7 s: longer than the server's 5 s busy
    // wait, so the push is answered 503 db.unavailable (the batch rolled back); SyncHttp waits
    // the Retry-After (5 s) and asks again, by then the lock is gone.
    std::atomic<bool> locked{false};
    std::thread holder([&] {
        const QString name = QStringLiteral("lock-holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(server.dbPath());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            locked = true;
            QThread::msleep(7000);
            REQUIRE(q.exec(QStringLiteral("COMMIT")));
        }
        QSqlDatabase::removeDatabase(name);
    });
    while (!locked)
        QThread::msleep(10);
    QElapsedTimer timer;
    timer.start();
    const SyncOutcome outcome = county.syncNow();
    const qint64 took = timer.elapsed();
    holder.join();
    INFO(outcome.error.toStdString());
    CHECK(outcome.ok);
    CHECK(outcome.pushed >= 1);
    CHECK(took >= 7000); // it waited for the lock rather than failing
    CHECK(county.sync->pendingCount() == 0);
    ServerProcess::Connection look(server);
    QSqlQuery q(look.db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1'").arg(c.id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
