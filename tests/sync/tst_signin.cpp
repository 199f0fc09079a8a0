// Signing in on a device against the real server: online sign-in with the first password change,
// the offline grant the server signs, offline sign-in when the server is gone, its expiry, a
// tampered role in the local database, the offline lockout across a restart, and the second
// factor offline (the TOTP secret sealed under the password, its code, its replay, its tampering).
#include "domain/offlinegrant.h"
#include "domain/passwordbox.h"
#include "domain/signing.h"
#include "domain/totp.h"
#include "store/directorystore.h"
#include "store/localsettings.h"
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
    o.sealCost = PasswordBox::Cost::minimum();
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
                .signIn(QStringLiteral("township"), pass, {}, pinned, enrollment->deviceId, days,
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
                            .signIn(QStringLiteral("township"), password, {}, s.pinned,
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

namespace {

// A supervisor (second factor required) on a device of the hall: enrolled through the sign-in,
// so that the device holds the grant and the sealed TOTP secret.
struct SupervisorSetup
{
    ServerProcess server;
    std::unique_ptr<Device> device;
    QByteArray secret;
    QByteArray pinned;
    QDateTime enrolledAt;

    SupervisorSetup()
    {
        REQUIRE(server.start());
        onServer(server,
                 QStringLiteral("UPDATE server_settings SET value = '1000'"
                                " WHERE key = 'password_iterations'"));
        setPassword(server, QStringLiteral("supervisor"), false);
        device = std::make_unique<Device>(QStringLiteral("supervisor"));
        device->enroll(server, QStringLiteral("621221"));
        SignInClient client(device->workspace->database(), options());
        auto first = client.signIn(QStringLiteral("supervisor"), password, {});
        INFO(first.error().message.toStdString());
        REQUIRE(first.ok());
        REQUIRE(first->step == SignInStep::EnrollTotp);
        const auto uri = client.beginTotp();
        REQUIRE(uri.ok());
        secret = *Totp::fromBase32(
                QUrlQuery(QUrl(uri.value())).queryItemValue(QStringLiteral("secret")));
        enrolledAt = QDateTime::currentDateTimeUtc();
        auto confirmed = client.confirmTotp(Totp::codeAt(secret, enrolledAt));
        INFO(confirmed.error().message.toStdString());
        REQUIRE(confirmed.ok());
        CHECK(confirmed->step == SignInStep::Done);
        CHECK(confirmed->grantKept);
        pinned = client.serverKey();
        REQUIRE(pinned.size() == Signing::publicKeyBytes);
    }

    Result<User> offline(const QString &pass, const QString &code, const QDateTime &at)
    {
        const auto enrollment = device->sync->enrollment();
        REQUIRE(enrollment.has_value());
        return OfflineSignIn(device->workspace->database())
                .signIn(QStringLiteral("supervisor"), pass, code, pinned, enrollment->deviceId, 7,
                        device->actor(), at);
    }

    // A moment `steps` TOTP steps after the enrollment's code, and the code of that moment.
    QDateTime later(int steps) const { return enrolledAt.addSecs(qint64(steps) * 30); }
    QString codeAt(const QDateTime &at) const { return Totp::codeAt(secret, at); }

    QString sealed() const
    {
        return LocalSettings(device->workspace->database())
                .value(OfflineSignIn::sealedSecretKey(QStringLiteral("supervisor")));
    }
    void setSealed(const QString &value)
    {
        REQUIRE(LocalSettings(device->workspace->database())
                        .setValue(OfflineSignIn::sealedSecretKey(QStringLiteral("supervisor")),
                                  value)
                        .ok());
    }
};

} // namespace

TEST_CASE("Sign-in: a supervisor signs in offline with password and authenticator code",
          "[signin][sync]")
{
    SupervisorSetup s;
    // The grant carries the secret's digest; the device keeps the secret sealed, not in clear.
    CHECK(OfflineSignIn(s.device->workspace->database()).hasGrant(QStringLiteral("supervisor")));
    const QString sealed = s.sealed();
    CHECK(sealed.startsWith(QStringLiteral("argon2id-secretbox$")));
    CHECK_FALSE(sealed.contains(Totp::base32(s.secret)));
    CHECK_FALSE(sealed.toLatin1().contains(s.secret.toBase64()));
    CHECK(PasswordBox::open(password, sealed) == s.secret);

    s.server.kill();
    SignInClient client(s.device->workspace->database(), options(s.pinned));
    // Password alone: refused.
    auto noCode = client.signIn(QStringLiteral("supervisor"), password, {});
    REQUIRE_FALSE(noCode.ok());
    CHECK(noCode.error().code == QStringLiteral("auth.failed"));
    // Password and the next code: in, offline, with the signed role.
    const QDateTime at = s.later(1);
    auto in = s.offline(password, s.codeAt(at), at);
    INFO(in.error().message.toStdString());
    REQUIRE(in.ok());
    CHECK(in->role == Role::Supervisor);
    // A code without the right password: refused.
    CHECK_FALSE(s.offline(QStringLiteral("Wrong-2026"), s.codeAt(s.later(2)), s.later(2)).ok());
    // Through the sign-in client too, with the code of now (the enrollment's step was used).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Totp::stepOf(now) > Totp::stepOf(at)) {
        auto viaClient = client.signIn(QStringLiteral("supervisor"), password, s.codeAt(now));
        INFO(viaClient.error().message.toStdString());
        REQUIRE(viaClient.ok());
        CHECK(viaClient->offline);
    }
    QSqlQuery q(s.device->workspace->database()->connection());
    REQUIRE(q.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.login'"
                           " AND result = 'ok' AND detail LIKE '%\"second_factor\":true%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 1);
}

TEST_CASE("Sign-in: a code is used once, online or offline", "[signin][sync]")
{
    SupervisorSetup s;
    // The code the enrollment was confirmed with does not sign in offline again.
    CHECK_FALSE(s.offline(password, s.codeAt(s.enrolledAt), s.enrolledAt).ok());
    const QDateTime at = s.later(1);
    REQUIRE(s.offline(password, s.codeAt(at), at).ok());
    // The same code again within its window: refused.
    CHECK_FALSE(s.offline(password, s.codeAt(at), at.addSecs(20)).ok());
    // A code of a step before the last used one, though still within ±1 step: refused.
    CHECK_FALSE(s.offline(password, s.codeAt(s.enrolledAt), at).ok());
    CHECK(s.offline(password, s.codeAt(s.later(2)), s.later(2)).ok());
    // The step survives a restart.
    s.device->reopen();
    CHECK_FALSE(s.offline(password, s.codeAt(s.later(2)), s.later(2)).ok());
    CHECK(s.offline(password, s.codeAt(s.later(3)), s.later(3)).ok());
}

TEST_CASE("Sign-in: an online sign-in with a code renews the sealed secret and the used step",
          "[signin][sync]")
{
    SupervisorSetup s;
    // Wait for the next step: the server refuses the enrollment's code a second time.
    const qint64 enrolledStep = Totp::stepOf(s.enrolledAt);
    while (Totp::stepOf(QDateTime::currentDateTimeUtc()) <= enrolledStep)
        QThread::msleep(200);
    const QString before = s.sealed();
    SignInClient client(s.device->workspace->database(), options(s.pinned));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto online = client.signIn(QStringLiteral("supervisor"), password, s.codeAt(now));
    INFO(online.error().message.toStdString());
    REQUIRE(online.ok());
    CHECK_FALSE(online->offline);
    CHECK(online->grantKept);
    CHECK(s.sealed() != before); // sealed anew under a new salt and nonce
    // The code just used online does not sign in offline.
    CHECK_FALSE(s.offline(password, s.codeAt(now), now).ok());
    const QDateTime next = now.addSecs(Totp::stepSeconds);
    CHECK(s.offline(password, s.codeAt(next), next).ok());
}

TEST_CASE("Sign-in: wrong offline codes count towards the lockout", "[signin][sync]")
{
    SupervisorSetup s;
    const QDateTime at = s.later(1);
    const QString right = s.codeAt(at);
    const QString wrong = right == QStringLiteral("000000") ? QStringLiteral("111111")
                                                            : QStringLiteral("000000");
    for (int i = 0; i < SignInLockout::maxFailures; ++i) {
        const auto refused = s.offline(password, wrong, at);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("auth.failed"));
    }
    // Locked: the right password and the right code too.
    CHECK_FALSE(s.offline(password, right, at).ok());
    const QDateTime after = at.addSecs(31 * 60);
    CHECK(s.offline(password, s.codeAt(after), after).ok());
    QSqlQuery q(s.device->workspace->database()->connection());
    REQUIRE(q.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.login'"
                           " AND result = 'failed' AND detail LIKE '%\"reason\":\"totp\"%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == SignInLockout::maxFailures);
}

TEST_CASE("Sign-in: an edited or swapped sealed secret is refused offline", "[signin][sync]")
{
    SupervisorSetup s;
    const QDateTime at = s.later(1);
    SECTION("a byte of the box changed")
    {
        QString edited = s.sealed();
        const int at64 = int(edited.size()) - 6;
        edited[at64] = edited[at64] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        s.setSealed(edited);
        CHECK_FALSE(s.offline(password, s.codeAt(at), at).ok());
    }
    SECTION("a secret whose codes the editor knows, sealed under the right password")
    {
        const QByteArray mine = Totp::newSecret();
        s.setSealed(PasswordBox::seal(
                PasswordBox::deriveKey(password, PasswordBox::Cost::minimum()), mine));
        CHECK_FALSE(s.offline(password, Totp::codeAt(mine, at), at).ok());
        CHECK_FALSE(s.offline(password, s.codeAt(at), at).ok());
    }
    SECTION("no sealed secret at all")
    {
        s.setSealed(QStringLiteral(""));
        CHECK_FALSE(s.offline(password, s.codeAt(at), at).ok());
    }
    SECTION("the digest removed from the grant")
    {
        QSqlQuery q(s.device->workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral(
                "UPDATE offline_signin SET payload = CAST(replace(CAST(payload AS TEXT),"
                " ',\"totp_sha256\":\"' || substr(CAST(payload AS TEXT),"
                " instr(CAST(payload AS TEXT), '\"totp_sha256\":\"') + 15, 64) || '\"', '')"
                " AS BLOB)")));
        REQUIRE(q.exec(QStringLiteral("SELECT payload FROM offline_signin")));
        REQUIRE(q.next());
        REQUIRE_FALSE(q.value(0).toByteArray().contains("totp_sha256"));
        CHECK_FALSE(s.offline(password, {}, at).ok());
        CHECK_FALSE(s.offline(password, s.codeAt(at), at).ok());
    }
}

TEST_CASE("Sign-in: a supervisor's offline sign-in ends with the grant", "[signin][sync]")
{
    SupervisorSetup s;
    const QDateTime inside = s.enrolledAt.addDays(6);
    CHECK(s.offline(password, s.codeAt(inside), inside).ok());
    const QDateTime outside = s.enrolledAt.addDays(7).addSecs(120);
    CHECK_FALSE(s.offline(password, s.codeAt(outside), outside).ok());
}

TEST_CASE("Sign-in: a role that needs a second factor and has none gets no offline sign-in, "
          "and is told why",
          "[signin][sync]")
{
    ServerProcess server;
    REQUIRE(server.start());
    onServer(server,
             QStringLiteral("UPDATE server_settings SET value = '1000'"
                            " WHERE key = 'password_iterations'"));
    setPassword(server, QStringLiteral("supervisor"), false);
    Device device(QStringLiteral("supervisor"));
    device.enroll(server, QStringLiteral("621221"));
    // Online the session can only enroll: no grant is kept for it.
    SignInClient client(device.workspace->database(), options());
    auto first = client.signIn(QStringLiteral("supervisor"), password, {});
    REQUIRE(first.ok());
    CHECK(first->step == SignInStep::EnrollTotp);
    CHECK_FALSE(first->grantKept);
    CHECK_FALSE(OfflineSignIn(device.workspace->database()).hasGrant(QStringLiteral("supervisor")));

    // A grant without a second factor for a supervisor (as one signed before second factors
    // went offline): with the right password the refusal says why.
    const auto enrollment = device.sync->enrollment();
    REQUIRE(enrollment.has_value());
    const auto user
            = DirectoryStore(device.workspace->database()).userByName(QStringLiteral("supervisor"));
    REQUIRE(user.has_value());
    const Signing::KeyPair keys = Signing::generate();
    const QString verifier = PasswordHash::hash(password, 1000);
    OfflineGrant grant;
    grant.userId = user->id;
    grant.username = user->username;
    grant.role = user->role;
    grant.placeCode = user->placeCode;
    grant.deviceId = enrollment->deviceId;
    grant.verifierDigest = OfflineGrant::digestOf(verifier);
    grant.issuedAt = QDateTime::currentDateTimeUtc();
    grant.validUntil = grant.issuedAt.addDays(7);
    // The device does not keep such a grant ...
    CHECK_FALSE(OfflineSignIn(device.workspace->database())
                        .store(grant.payload(), Signing::sign(grant.payload(), keys.secretKey),
                               verifier, {}, keys.publicKey, enrollment->deviceId, grant.issuedAt)
                        .ok());
    // ... and one found in the database does not sign in.
    QSqlQuery q(device.workspace->database()->connection());
    q.prepare(QStringLiteral("INSERT INTO offline_signin (username, payload, signature, verifier,"
                             " failed_count) VALUES ('supervisor', ?, ?, ?, 0)"));
    q.addBindValue(grant.payload());
    q.addBindValue(Signing::sign(grant.payload(), keys.secretKey));
    q.addBindValue(verifier);
    REQUIRE(q.exec());
    const auto refused = OfflineSignIn(device.workspace->database())
                                 .signIn(QStringLiteral("supervisor"), password, {}, keys.publicKey,
                                         enrollment->deviceId, 7, device.actor(),
                                         QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("auth.offline_second_factor"));
    CHECK(refused.error().message.contains(QStringLiteral("second factor")));
    // A wrong password still gets the one generic answer.
    const auto wrong = OfflineSignIn(device.workspace->database())
                               .signIn(QStringLiteral("supervisor"), QStringLiteral("Wrong-2026"),
                                       {}, keys.publicKey, enrollment->deviceId, 7, device.actor(),
                                       QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("auth.failed"));
}

TEST_CASE("Sign-in: the TOTP secret goes only to a login that proved a code and asked for it",
          "[signin][sync]")
{
    SupervisorSetup s;
    const auto enrollment = s.device->sync->enrollment();
    REQUIRE(enrollment.has_value());
    SyncHttp http(s.server.baseUrl());
    http.setToken(enrollment->token);
    // A login with the next code (within ±1 step) that does not ask for the secret.
    const QString code = s.codeAt(s.later(1));
    const SyncHttpAnswer login
            = http.post(QStringLiteral("/auth/v1/login"),
                        {{QStringLiteral("username"), QStringLiteral("supervisor")},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("totp"), code}});
    INFO(login.errorMessage.toStdString());
    REQUIRE(login.ok());
    CHECK_FALSE(login.body.contains(QStringLiteral("totp_secret")));
    // The session alone: a grant with the secret's digest, never the secret.
    http.setSession(login.body.value(QStringLiteral("token")).toString());
    const SyncHttpAnswer grant
            = http.post(QStringLiteral("/auth/v1/offline"),
                        {{QStringLiteral("verifier"), PasswordHash::hash(password, 1000)}});
    INFO(grant.errorMessage.toStdString());
    REQUIRE(grant.ok());
    CHECK_FALSE(grant.body.contains(QStringLiteral("totp_secret")));
    const auto payload = OfflineGrant::fromPayload(QByteArray::fromBase64(
            grant.body.value(QStringLiteral("payload")).toString().toLatin1()));
    REQUIRE(payload.ok());
    CHECK(payload->totpDigest == OfflineGrant::secretDigestOf(s.secret));
    CHECK(payload->needsCode());
    // Asking for it with a wrong code: the one generic failure, no secret.
    SyncHttp again(s.server.baseUrl());
    again.setToken(enrollment->token);
    const SyncHttpAnswer wrong
            = again.post(QStringLiteral("/auth/v1/login"),
                         {{QStringLiteral("username"), QStringLiteral("supervisor")},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("totp"),
                           code == QStringLiteral("000000") ? QStringLiteral("111111")
                                                            : QStringLiteral("000000")},
                          {QStringLiteral("offline_second_factor"), true}});
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.errorCode == QStringLiteral("auth.failed"));
    CHECK_FALSE(wrong.body.contains(QStringLiteral("totp_secret")));
}
