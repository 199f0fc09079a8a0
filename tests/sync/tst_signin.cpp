// Signing in on a device against the real server: online sign-in with the first password change,
// the offline grant the server signs, offline sign-in when the server is gone, its expiry, a
// tampered role in the local database, and the offline lockout across a restart.
#include "domain/offlinegrant.h"
#include "domain/signing.h"
#include "domain/totp.h"
#include "store/offlinesignin.h"
#include "sync/signinclient.h"
#include "syncdevice.h"

#include <QUrlQuery>

using namespace ow;
using namespace synctest;

namespace {

const QString township = QStringLiteral("621221101");
const QString password = QStringLiteral("Gansu-2026");
const QString newPassword = QStringLiteral("Longnan-2027");

void onServer(const ServerProcess &server, const QString &sql)
{
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlQuery q(connection.db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

void setPassword(const ServerProcess &server, const QString &username, bool mustChange)
{
    const auto run = server.run(
            {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"),
             username, QStringLiteral("--password-stdin"), QStringLiteral("--password-iterations"),
             QStringLiteral("1000"), QStringLiteral("--db"), server.dbUrl()},
            password.toUtf8() + '\n');
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    if (!mustChange)
        onServer(server,
                 QStringLiteral("UPDATE user_credentials SET must_change = 0 WHERE"
                                " user_id = (SELECT id FROM users WHERE username = '%1')")
                         .arg(username));
}

SignInOptions options(const QByteArray &pinned = {})
{
    SignInOptions o;
    o.verifierIterations = PasswordHash::minimumIterations;
    o.timeoutMs = 3000;
    o.pinnedKey = pinned;
    return o;
}

struct Setup
{
    ServerProcess server;
    std::unique_ptr<Device> device;
    QByteArray pinned;

    Setup()
    {
        REQUIRE(server.start());
        onServer(server,
                 QStringLiteral("UPDATE server_settings SET value = '1000'"
                                " WHERE key = 'password_iterations'"));
        setPassword(server, QStringLiteral("township"), false);
        device = std::make_unique<Device>(QStringLiteral("township"));
        device->enroll(server, township);
    }

    // Online once: the grant is kept and the server key pinned.
    void signInOnline()
    {
        SignInClient client(device->workspace->database(), options());
        auto s = client.signIn(QStringLiteral("township"), password, {});
        INFO(s.error().message.toStdString() << ' ' << s.error().code.toStdString());
        REQUIRE(s.ok());
        CHECK_FALSE(s->offline);
        CHECK(s->step == SignInStep::Done);
        CHECK(s->grantKept);
        REQUIRE(client.serverKey().size() == Signing::publicKeyBytes);
        pinned = client.serverKey();
    }

    Actor where() const { return device->actor(); }

    Result<User> offline(const QString &pass, const QDateTime &at, int days = 7)
    {
        const auto enrollment = device->sync->enrollment();
        REQUIRE(enrollment.has_value());
        return OfflineSignIn(device->workspace->database())
                .signIn(QStringLiteral("township"), pass, pinned, enrollment->deviceId, days,
                        where(), at);
    }

    void sql(const QString &statement)
    {
        QSqlQuery q(device->workspace->database()->connection());
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
    }
};

} // namespace

TEST_CASE("Sign-in: online, then offline with the signed grant when the server is gone",
          "[signin][sync]")
{
    Setup s;
    s.signInOnline();
    // A wrong password online is the one generic failure, and keeps nothing.
    {
        SignInClient client(s.device->workspace->database(), options(s.pinned));
        auto wrong = client.signIn(QStringLiteral("township"), QStringLiteral("Wrong-2026"), {});
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == QStringLiteral("auth.failed"));
    }
    s.server.kill();
    SignInClient client(s.device->workspace->database(), options(s.pinned));
    auto offline = client.signIn(QStringLiteral("township"), password, {});
    INFO(offline.error().message.toStdString());
    REQUIRE(offline.ok());
    CHECK(offline->offline);
    CHECK(offline->user.role == Role::Township);
    CHECK(offline->user.placeCode == township);
    auto wrong = client.signIn(QStringLiteral("township"), QStringLiteral("Wrong-2026"), {});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("auth.failed"));
    // Another user never signed in here: no offline sign-in for them.
    auto stranger = client.signIn(QStringLiteral("counter"), password, {});
    CHECK_FALSE(stranger.ok());
    // Without the pinned key nothing checks out.
    SignInClient unpinned(s.device->workspace->database(), options());
    CHECK_FALSE(unpinned.signIn(QStringLiteral("township"), password, {}).ok());
}

TEST_CASE("Sign-in: offline sign-in ends after its validity, and after the device's own limit",
          "[signin][sync]")
{
    Setup s;
    s.signInOnline();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(s.offline(password, now.addDays(6)).ok());
    CHECK_FALSE(s.offline(password, now.addDays(7).addSecs(60)).ok());
    // The device's setting may shorten it: 2 days.
    CHECK(s.offline(password, now.addDays(1), 2).ok());
    CHECK_FALSE(s.offline(password, now.addDays(2).addSecs(60), 2).ok());
    // A server setting shortens what it signs.
    onServer(s.server,
             QStringLiteral(
                     "INSERT INTO server_settings (key, value) VALUES ('offline_days', '1')"));
    s.signInOnline();
    CHECK(s.offline(password, now.addSecs(3600)).ok());
    CHECK_FALSE(s.offline(password, now.addDays(1).addSecs(60)).ok());
}

TEST_CASE("Sign-in: a role edited in the local database is refused offline", "[signin][sync]")
{
    Setup s;
    s.signInOnline();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(s.offline(password, now).ok());
    SECTION("the directory's role")
    {
        s.sql(QStringLiteral("UPDATE users SET role = 'counter' WHERE username = 'township'"));
        const auto refused = s.offline(password, now);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("auth.failed"));
    }
    SECTION("the grant's role")
    {
        s.sql(QStringLiteral("UPDATE offline_signin SET payload = CAST(replace(CAST(payload AS"
                             " TEXT), '\"role\":\"township\"', '\"role\":\"counter\"') AS BLOB)"));
        QSqlQuery q(s.device->workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT payload FROM offline_signin")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toByteArray().contains("\"role\":\"counter\""));
        s.sql(QStringLiteral("UPDATE users SET role = 'counter' WHERE username = 'township'"));
        CHECK_FALSE(s.offline(password, now).ok());
    }
    SECTION("the verifier swapped for one of a password the editor knows")
    {
        s.sql(QStringLiteral("UPDATE offline_signin SET verifier = '%1'")
                      .arg(PasswordHash::hash(QStringLiteral("Mine-2026!"), 1000)));
        CHECK_FALSE(s.offline(QStringLiteral("Mine-2026!"), now).ok());
    }
    SECTION("a grant made for another device")
    {
        CHECK_FALSE(OfflineSignIn(s.device->workspace->database())
                            .signIn(QStringLiteral("township"), password, s.pinned,
                                    QStringLiteral("another-device"), 7, s.where(), now)
                            .ok());
    }
    // Each refusal is in the device's audit log.
    QSqlQuery q(s.device->workspace->database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.login'"
                                  " AND result = 'failed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 1);
}

TEST_CASE("Sign-in: five offline failures lock the user for 30 minutes, across a restart",
          "[signin][sync]")
{
    Setup s;
    s.signInOnline();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < SignInLockout::maxFailures; ++i)
        CHECK_FALSE(s.offline(QStringLiteral("Wrong-2026"), now).ok());
    CHECK_FALSE(s.offline(password, now).ok()); // locked: the right password too
    s.device->reopen();                         // the application restarts
    CHECK_FALSE(s.offline(password, now.addSecs(60)).ok());
    CHECK(s.offline(password, now.addSecs(31 * 60)).ok());
    QSqlQuery q(s.device->workspace->database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.lockout'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("Sign-in: the first sign-in changes the password under the policy, then the grant "
          "follows",
          "[signin][sync]")
{
    ServerProcess server;
    REQUIRE(server.start());
    onServer(server,
             QStringLiteral("UPDATE server_settings SET value = '1000'"
                            " WHERE key = 'password_iterations'"));
    setPassword(server, QStringLiteral("township"), true);
    Device device(QStringLiteral("township"));
    device.enroll(server, township);
    SignInClient client(device.workspace->database(), options());
    auto first = client.signIn(QStringLiteral("township"), password, {});
    INFO(first.error().message.toStdString());
    REQUIRE(first.ok());
    CHECK(first->step == SignInStep::ChangePassword);
    CHECK_FALSE(first->grantKept);
    auto weak = client.changePassword(password, QStringLiteral("short"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == QStringLiteral("password.policy"));
    auto changed = client.changePassword(password, newPassword);
    INFO(changed.error().message.toStdString());
    REQUIRE(changed.ok());
    CHECK(changed->step == SignInStep::Done);
    CHECK(changed->grantKept);
    server.kill();
    SignInClient offline(device.workspace->database(), options(client.serverKey()));
    CHECK(offline.signIn(QStringLiteral("township"), newPassword, {}).ok());
    CHECK_FALSE(offline.signIn(QStringLiteral("township"), password, {}).ok());
}

TEST_CASE("Sign-in: roles with a second factor get no offline grant", "[signin][sync]")
{
    ServerProcess server;
    REQUIRE(server.start());
    onServer(server,
             QStringLiteral("UPDATE server_settings SET value = '1000'"
                            " WHERE key = 'password_iterations'"));
    setPassword(server, QStringLiteral("supervisor"), false);
    Device device(QStringLiteral("supervisor"));
    device.enroll(server, QStringLiteral("621221"));
    SignInClient client(device.workspace->database(), options());
    auto first = client.signIn(QStringLiteral("supervisor"), password, {});
    REQUIRE(first.ok());
    CHECK(first->step == SignInStep::EnrollTotp);
    const auto uri = client.beginTotp();
    REQUIRE(uri.ok());
    CHECK(uri->startsWith(QStringLiteral("otpauth://totp/")));
    const QString secret = QUrlQuery(QUrl(uri.value())).queryItemValue(QStringLiteral("secret"));
    auto confirmed = client.confirmTotp(
            Totp::codeAt(*Totp::fromBase32(secret), QDateTime::currentDateTimeUtc()));
    INFO(confirmed.error().message.toStdString());
    REQUIRE(confirmed.ok());
    CHECK(confirmed->step == SignInStep::Done);
    CHECK_FALSE(confirmed->grantKept);
    CHECK_FALSE(OfflineSignIn(device.workspace->database()).hasGrant(QStringLiteral("supervisor")));
}
