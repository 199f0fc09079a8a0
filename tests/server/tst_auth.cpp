// Users against the real server: sign-in, lockout, sessions, the second factor, and the role ×
// action × place matrix, every cell, on pushed mutations and on requests.
#include "domain/case.h"
#include "domain/permissions.h"
#include "domain/residentid.h"
#include "domain/totp.h"
#include "domain/uuidv7.h"
#include "serverschema.h"
#include "store/database.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");
const QString otherTownship = QStringLiteral("621221102");
const QString itemCode = QStringLiteral("621221-SCJG-0001");
const QString password = QStringLiteral("Gansu-2026");
const QByteArray totpSecret("12345678901234567890");

struct Fixture
{
    ServerProcess server;
    QUrl base;

    Fixture()
    {
        REQUIRE(server.start());
        base = server.baseUrl();
        // Tests hash at a low cost: the setting the server reads for password changes.
        exec(QStringLiteral(
                "UPDATE server_settings SET value = '1000' WHERE key = 'password_iterations'"));
    }

    Device device(const QString &place = hall)
    {
        auto d = enroll(server, base, place);
        REQUIRE(d.has_value());
        return *d;
    }

    void exec(const QString &sql)
    {
        auto db = Database::open(server.dbPath(), serverSchema());
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

    qint64 count(const QString &sql)
    {
        auto db = Database::open(server.dbPath(), serverSchema());
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QString userId(const QString &username)
    {
        auto db = Database::open(server.dbPath(), serverSchema());
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
        q.addBindValue(username);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    void setPassword(const QString &username)
    {
        const auto run = server.run(
                {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"),
                 username, QStringLiteral("--password-stdin"),
                 QStringLiteral("--password-iterations"), QStringLiteral("1000"),
                 QStringLiteral("--db"), server.dbUrl()},
                password.toUtf8() + '\n');
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

    // A user ready to work: password set, no first-login change, a second factor where needed.
    void readyUser(const QString &username, Role role)
    {
        setPassword(username);
        exec(QStringLiteral("UPDATE user_credentials SET must_change = 0%1 WHERE user_id = '%2'")
                     .arg(role == Role::Supervisor || role == Role::Auditor || role == Role::Admin
                                  ? QStringLiteral(", totp_secret = '%1'")
                                            .arg(Totp::base32(totpSecret))
                                  : QString(),
                          userId(username)));
    }

    void addUser(const QString &username, Role role, const QString &place)
    {
        QStringList args{QStringLiteral("user"),       QStringLiteral("add"),
                         QStringLiteral("--username"), username,
                         QStringLiteral("--name"),     username,
                         QStringLiteral("--role"),     Roles::key(role),
                         QStringLiteral("--place"),    place,
                         QStringLiteral("--db"),       server.dbUrl()};
        if (role == Role::Approver)
            args << QStringLiteral("--department") << QStringLiteral("SCJG");
        const auto run = server.run(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
};

HttpReply login(const QUrl &base, const Device &device, const QString &username,
                const QString &pass, const QString &totp = {})
{
    QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), pass}};
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);
    return post(base, QStringLiteral("/auth/v1/login"), body, &device);
}

QList<QPair<QByteArray, QByteArray>> sessionHeaders(const Device &device, const QString &token)
{
    auto headers = headersFor(&device);
    headers.append({QByteArrayLiteral("OneWindow-Session"), token.toLatin1()});
    return headers;
}

HttpReply request(const QUrl &base, const QByteArray &method, const QString &path,
                  const Device &device, const QString &token, const QJsonObject &body = {})
{
    return httpRequest(method, urlOf(base, path),
                       method == "GET" ? QByteArray()
                                       : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       sessionHeaders(device, token));
}

QString tokenOf(const HttpReply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QString token = bodyOf(reply).value(QStringLiteral("token")).toString();
    REQUIRE(token.size() >= 43); // 256 bits, base64url
    return token;
}

QString scopeOf(const HttpReply &reply)
{
    return bodyOf(reply).value(QStringLiteral("scope")).toString();
}

QString nextTotp()
{
    // The next step's code: within the ±1 window, and never used before in these tests.
    return Totp::code(totpSecret, Totp::stepOf(QDateTime::currentDateTimeUtc()) + 1);
}

sync::PushResponse pushed(const HttpReply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto parsed = sync::PushResponse::fromJson(bodyOf(reply));
    REQUIRE(parsed.ok());
    return parsed.value();
}

QString first17(int n)
{
    return QStringLiteral("621221198506%1").arg(12301 + n, 5, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("Auth: the sixth attempt is refused even with the right password, after a restart "
          "too",
          "[auth]")
{
    Fixture f;
    const Device d = f.device();
    f.setPassword(QStringLiteral("counter"));
    for (int i = 0; i < 5; ++i) {
        const auto reply = login(f.base, d, QStringLiteral("counter"), QStringLiteral("wrong-1A"));
        CHECK(reply.status == 401);
        CHECK(errorCode(reply) == QStringLiteral("auth.failed"));
    }
    const auto sixth = login(f.base, d, QStringLiteral("counter"), password);
    CHECK(sixth.status == 401);
    CHECK(errorCode(sixth) == QStringLiteral("auth.failed"));
    // The message says nothing of which part was wrong, nor that the name exists.
    const auto unknown = login(f.base, d, QStringLiteral("nobody"), password);
    CHECK(unknown.status == 401);
    CHECK(bodyOf(unknown).value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))
          == bodyOf(sixth)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message")));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.lockout'"))
          == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login'"
                                 " AND result = 'failed'"))
          == 7);

    // A restart keeps the lock (it lives in the database).
    f.server.kill();
    SecondServer second;
    REQUIRE(second.start(f.server.dbUrl()));
    CHECK(errorCode(login(second.baseUrl, d, QStringLiteral("counter"), password))
          == QStringLiteral("auth.failed"));
    // Thirty minutes later (moved back in the database) the right password works again.
    f.exec(QStringLiteral("UPDATE user_credentials SET locked_until = '2000-01-01T00:00:00.000Z'"));
    const auto later = login(second.baseUrl, d, QStringLiteral("counter"), password);
    CHECK(later.status == 200);
    CHECK(scopeOf(later) == QStringLiteral("change_password"));
}

TEST_CASE("Auth: first sign-in changes the password and sessions expire or end with the user "
          "or the device",
          "[auth]")
{
    Fixture f;
    const Device d = f.device();
    f.setPassword(QStringLiteral("counter"));
    QString token = tokenOf(login(f.base, d, QStringLiteral("counter"), password));
    // Only the password change is open to a first session.
    auto audit = request(f.base, "GET", QStringLiteral("/audit/v1/entries"), d, token);
    CHECK(audit.status == 403);
    CHECK(errorCode(audit) == QStringLiteral("auth.password_change_required"));
    auto weak = request(f.base, "POST", QStringLiteral("/auth/v1/password"), d, token,
                        {{QStringLiteral("old_password"), password},
                         {QStringLiteral("new_password"), QStringLiteral("abcdefgh")}});
    CHECK(weak.status == 400);
    CHECK(errorCode(weak) == QStringLiteral("password.policy"));
    auto changed = request(f.base, "POST", QStringLiteral("/auth/v1/password"), d, token,
                           {{QStringLiteral("old_password"), password},
                            {QStringLiteral("new_password"), QStringLiteral("Longnan#2027")}});
    INFO(changed.body.toStdString());
    CHECK(changed.status == 200);
    CHECK(scopeOf(changed) == QStringLiteral("full"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM user_credentials WHERE password_hash LIKE"
                                 " 'pbkdf2-sha256$1000$%'"))
          == 1);
    // The token is kept hashed, never as given.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = '%1'")
                          .arg(token))
          == 0);

    // Another device's session header does not work on this device.
    const Device other = f.device();
    CHECK(request(f.base, "GET", QStringLiteral("/auth/v1/session"), other, token).status == 401);
    CHECK(request(f.base, "GET", QStringLiteral("/auth/v1/session"), d, token).status == 200);

    SECTION("expiry")
    {
        f.exec(QStringLiteral("UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z'"));
        const auto expired = request(f.base, "GET", QStringLiteral("/auth/v1/session"), d, token);
        CHECK(expired.status == 401);
        CHECK(errorCode(expired) == QStringLiteral("auth.session_expired"));
    }
    SECTION("a disabled user's sessions end at once, and it cannot sign in")
    {
        const auto run = f.server.run({QStringLiteral("user"), QStringLiteral("disable"),
                                       QStringLiteral("--username"), QStringLiteral("counter"),
                                       QStringLiteral("--db"), f.server.dbUrl()});
        REQUIRE(run.exitCode == 0);
        const auto ended = request(f.base, "GET", QStringLiteral("/auth/v1/session"), d, token);
        CHECK(ended.status == 401);
        CHECK(errorCode(ended) == QStringLiteral("auth.session_invalid"));
        CHECK(errorCode(login(f.base, d, QStringLiteral("counter"), QStringLiteral("Longnan#2027")))
              == QStringLiteral("auth.failed"));
    }
    SECTION("a revoked device's sessions stop working")
    {
        const auto run = f.server.run({QStringLiteral("device"), QStringLiteral("revoke"),
                                       QStringLiteral("--device"), d.id, QStringLiteral("--db"),
                                       f.server.dbUrl()});
        REQUIRE(run.exitCode == 0);
        const auto revoked = request(f.base, "GET", QStringLiteral("/auth/v1/session"), d, token);
        CHECK(revoked.status == 403);
        CHECK(errorCode(revoked) == QStringLiteral("device.revoked"));
    }
    SECTION("sign out")
    {
        CHECK(request(f.base, "POST", QStringLiteral("/auth/v1/logout"), d, token).status == 200);
        CHECK(request(f.base, "GET", QStringLiteral("/auth/v1/session"), d, token).status == 401);
    }
}

TEST_CASE("Auth: a supervisor enrolls a second factor, then signs in with it", "[auth]")
{
    Fixture f;
    const Device d = f.device();
    f.setPassword(QStringLiteral("supervisor"));
    f.exec(QStringLiteral("UPDATE user_credentials SET must_change = 0"));
    const QString token = tokenOf(login(f.base, d, QStringLiteral("supervisor"), password));
    const auto whoami = request(f.base, "GET", QStringLiteral("/auth/v1/session"), d, token);
    CHECK(scopeOf(whoami) == QStringLiteral("enroll_totp"));
    CHECK(errorCode(request(f.base, "POST", QStringLiteral("/auth/v1/logout"), d, token))
                  .isEmpty());
    const QString again = tokenOf(login(f.base, d, QStringLiteral("supervisor"), password));
    const auto begun = request(f.base, "POST", QStringLiteral("/auth/v1/totp/begin"), d, again);
    REQUIRE(begun.status == 200);
    const auto secret = Totp::fromBase32(bodyOf(begun).value(QStringLiteral("secret")).toString());
    REQUIRE(secret.has_value());
    CHECK(bodyOf(begun)
                  .value(QStringLiteral("uri"))
                  .toString()
                  .startsWith(QStringLiteral("otpauth://totp/OneWindow:supervisor?secret=")));
    CHECK(request(f.base, "POST", QStringLiteral("/auth/v1/totp/confirm"), d, again,
                  {{QStringLiteral("code"), QStringLiteral("000000")}})
                  .status
          == 400);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto confirmed = request(f.base, "POST", QStringLiteral("/auth/v1/totp/confirm"), d,
                                   again, {{QStringLiteral("code"), Totp::codeAt(*secret, now)}});
    CHECK(confirmed.status == 200);
    CHECK(scopeOf(confirmed) == QStringLiteral("full"));

    // From now on the code is needed, and a used code does not work twice.
    CHECK(errorCode(login(f.base, d, QStringLiteral("supervisor"), password))
          == QStringLiteral("auth.failed"));
    CHECK(errorCode(login(f.base, d, QStringLiteral("supervisor"), password,
                          Totp::codeAt(*secret, now)))
          == QStringLiteral("auth.failed"));
    const auto withCode = login(f.base, d, QStringLiteral("supervisor"), password,
                                Totp::code(*secret, Totp::stepOf(now) + 1));
    CHECK(withCode.status == 200);
    CHECK(scopeOf(withCode) == QStringLiteral("full"));
}

TEST_CASE("Matrix: every role's requests against the real server (403 with a reason, audited)",
          "[auth][matrix]")
{
    Fixture f;
    const Device d = f.device();
    const Device t = f.device(township);
    struct Probe
    {
        Action action;
        QByteArray method;
        QString path;
        QJsonObject body;
        int allowedStatus; // the status an allowed role gets (the target does not exist)
    };
    const QList<Probe> probes{
            {Action::AuditRead, "GET", QStringLiteral("/audit/v1/entries"), {}, 200},
            {Action::UserAdmin,
             "POST",
             QStringLiteral("/admin/v1/users/disable"),
             {{QStringLiteral("username"), QStringLiteral("nobody")}},
             404},
            {Action::DeviceAdmin,
             "POST",
             QStringLiteral("/admin/v1/devices/revoke"),
             {{QStringLiteral("device"), QStringLiteral("no-such-device")}},
             404},
    };
    int refused = 0;
    for (Role role : Roles::all()) {
        const QString username = Roles::key(role);
        f.readyUser(username, role);
        const Device &device = role == Role::Township ? t : d;
        const QString token = tokenOf(login(f.base, device, username, password, nextTotp()));
        for (const Probe &probe : probes) {
            INFO(username.toStdString() << " " << probe.path.toStdString());
            const auto reply = request(f.base, probe.method, probe.path, device, token, probe.body);
            if (Permissions::allows(role, probe.action, PlaceRelation::Own)) {
                CHECK(reply.status == probe.allowedStatus);
            } else {
                CHECK(reply.status == 403);
                CHECK(errorCode(reply) == QStringLiteral("role.forbidden"));
                ++refused;
            }
        }
        // Each login used a code of the next step: let the next one use the same step again.
        f.exec(QStringLiteral("UPDATE user_credentials SET totp_last_step = 0"));
    }
    CHECK(refused == 7 * 3 - 3);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE result = 'refused'"
                                 " AND entity = 'request'"))
          == refused);
}

TEST_CASE("Matrix: every case action x role x place, pushed to the real server", "[auth][matrix]")
{
    Fixture f;
    // Own place: the demo users (the hall's, and the township point's township staff). Another
    // place: one user of every role at the second township point.
    for (Role role : Roles::all())
        f.addUser(QStringLiteral("far_") + Roles::key(role), role, otherTownship);
    Device devices[3] = {f.device(hall), f.device(township), f.device(otherTownship)};
    qint64 seqs[3] = {0, 0, 0};

    // A case at the hall and one at the township point, pushed by their own staff.
    Client counter(QStringLiteral("counter"));
    REQUIRE(counter.intake(devices[0].shortId, itemCode, IntakeDecision::ReceiveOnly, first17(1))
                    .ok());
    auto hallMutations = counter.mutations();
    REQUIRE(!hallMutations.isEmpty());
    const QString hallCase = hallMutations.first().entityId;
    const auto receivedCase = sync::caseFromJson(hallMutations.first().payload);
    REQUIRE(receivedCase.ok());
    for (const auto &r : pushed(push(f.base, devices[0], hallMutations)).results)
        CHECK(r.status == sync::result::applied());
    seqs[0] = hallMutations.last().seq;
    Client town(QStringLiteral("township"));
    const auto townIntake = town.intake(devices[1].shortId, itemCode, IntakeDecision::ReceiveOnly,
                                        first17(2), CaseChannel::Township);
    INFO(townIntake.error().message.toStdString());
    REQUIRE(townIntake.ok());
    auto townMutations = town.mutations();
    const QString townCase = townMutations.first().entityId;
    for (const auto &r : pushed(push(f.base, devices[1], townMutations)).results)
        CHECK(r.status == sync::result::applied());
    seqs[1] = townMutations.last().seq;

    struct Cell
    {
        Role role;
        Action action;
        PlaceRelation relation;
    };
    QList<sync::PushMutation> batches[3];
    QHash<QString, Cell> cells; // by mutation id
    for (Role role : Roles::all()) {
        for (PlaceRelation relation : {PlaceRelation::Own, PlaceRelation::Other}) {
            const bool own = relation == PlaceRelation::Own;
            const int deviceIndex = !own ? 2 : role == Role::Township ? 1 : 0;
            const QString userId
                    = f.userId(own ? Roles::key(role) : QStringLiteral("far_") + Roles::key(role));
            for (CaseEvent event : CaseLifecycle::allEvents()) {
                sync::PushMutation m;
                m.seq = ++seqs[deviceIndex];
                m.id = UuidV7::createString();
                m.userId = userId;
                m.createdAt = QDateTime::currentDateTimeUtc();
                if (event == CaseEvent::Receive) {
                    Case c = receivedCase.value();
                    c.id = UuidV7::createString();
                    c.placeCode = own ? devices[deviceIndex].placeCode : township;
                    c.releasePlaceCode = c.placeCode;
                    m.name = sync::mutation::caseReceive();
                    m.entityId = c.id;
                    m.payload = sync::caseToJson(c, false);
                } else {
                    sync::TransitionPayload p;
                    p.caseId = own && role == Role::Township ? townCase : hallCase;
                    p.event = event;
                    p.reason = QStringLiteral("matrix test");
                    p.at = m.createdAt;
                    p.businessDate = CaseRules::businessDate(p.at);
                    m.name = sync::mutation::caseTransition();
                    m.entityId = p.caseId;
                    m.payload = p.toJson();
                }
                cells.insert(m.id, {role, Permissions::forCaseEvent(event), relation});
                batches[deviceIndex].append(m);
            }
        }
    }
    int checked = 0;
    int forbidden = 0;
    int applied = 0;
    for (int i = 0; i < 3; ++i) {
        const auto response = pushed(push(f.base, devices[i], batches[i]));
        REQUIRE(response.results.size() == batches[i].size());
        for (const auto &r : response.results) {
            const Cell cell = cells.value(r.id);
            INFO(Roles::key(cell.role).toStdString()
                 << " " << Permissions::actionKey(cell.action).toStdString() << " "
                 << (cell.relation == PlaceRelation::Own ? "own" : "other") << ": "
                 << r.status.toStdString() << " " << r.code.toStdString() << " "
                 << r.message.toStdString());
            const Error expected = Permissions::check(cell.role, cell.action, cell.relation);
            if (expected.isError()) {
                CHECK(r.status == sync::result::rejected());
                CHECK(r.code == expected.code);
                ++forbidden;
            } else {
                CHECK(r.code != QStringLiteral("role.forbidden"));
                CHECK(r.code != QStringLiteral("place.forbidden"));
                if (r.status == sync::result::applied())
                    ++applied;
            }
            ++checked;
        }
    }
    CHECK(checked == 7 * 2 * CaseLifecycle::allEvents().size());
    CHECK(applied > 0);
    // Every refusal left an audit row in the server's chain.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE result = 'refused'"
                                 " AND device_id = 'server'"))
          >= forbidden);

    // A user disabled after making a change: the change is refused, the queue goes on.
    REQUIRE(f.server.run({QStringLiteral("user"), QStringLiteral("disable"),
                          QStringLiteral("--username"), QStringLiteral("counter"),
                          QStringLiteral("--db"), f.server.dbUrl()})
                    .exitCode
            == 0);
    sync::PushMutation late;
    late.seq = ++seqs[0];
    late.id = UuidV7::createString();
    late.userId = f.userId(QStringLiteral("counter"));
    late.createdAt = QDateTime::currentDateTimeUtc();
    sync::TransitionPayload p;
    p.caseId = hallCase;
    p.event = CaseEvent::Withdraw;
    p.reason = QStringLiteral("late");
    p.at = late.createdAt;
    p.businessDate = CaseRules::businessDate(p.at);
    late.name = sync::mutation::caseTransition();
    late.entityId = hallCase;
    late.payload = p.toJson();
    const auto response = pushed(push(f.base, devices[0], {late}));
    REQUIRE(response.results.size() == 1);
    CHECK(response.results.first().status == sync::result::rejected());
    CHECK(response.results.first().code == QStringLiteral("user.inactive"));
    CHECK(response.lastSeq == late.seq);
}

TEST_CASE("Auth: injection-shaped and very long names and passwords are only text", "[auth]")
{
    Fixture f;
    const Device d = f.device();
    f.setPassword(QStringLiteral("counter"));
    for (const QString &name :
         {QStringLiteral("'"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("--"),
          QStringLiteral("counter' --"), QStringLiteral("' OR '1'='1"), QStringLiteral("count%"),
          QStringLiteral("counte_")}) {
        INFO(name.toStdString());
        const auto reply = login(f.base, d, name, password);
        CHECK(reply.status == 401);
        CHECK(errorCode(reply) == QStringLiteral("auth.failed"));
    }
    CHECK(errorCode(login(f.base, d, QStringLiteral("counter"), QStringLiteral("' OR '1'='1")))
          == QStringLiteral("auth.failed"));
    const auto longName = login(f.base, d, QString(10000, QLatin1Char('a')), password);
    CHECK(longName.status == 400);
    const auto longPassword
            = login(f.base, d, QStringLiteral("counter"), QString(5000, QLatin1Char('%')));
    CHECK(longPassword.status == 400);
    // None of it touched the users: the right password still works (one failure counted).
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM users")) == 7);
    CHECK(login(f.base, d, QStringLiteral("counter"), password).status == 200);
}
