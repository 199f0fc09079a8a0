#include "authstore.h"

#include "domain/passwordhash.h"
#include "domain/signing.h"
#include "domain/totp.h"
#include "store/auditlog.h"
#include "store/directorystore.h"
#include "store/storedtime.h"
#include "sync/syncprotocol.h"
#include "syncstore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

Error dbFailure(const QSqlQuery &q)
{
    return {QStringLiteral("db.unavailable"), QStringLiteral("The database could not be read."),
            q.lastError().text()};
}

Error failed()
{
    // One answer for a wrong name, a wrong password, a locked or disabled account: it tells a
    // guesser nothing.
    return {QStringLiteral("auth.failed"),
            AuthStore::tr("The user name or password is wrong, or the account is locked for a "
                          "while. Check them and try again, or ask the administrator."),
            {}};
}

struct Credential
{
    QString hash;
    bool mustChange = false;
    int failedCount = 0;
    QDateTime lockedUntil;
    QByteArray totpSecret;
    qint64 totpLastStep = 0;
};

std::optional<Credential> credentialOf(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash, must_change, failed_count, locked_until,"
                             " totp_secret, totp_last_step FROM user_credentials"
                             " WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Credential c;
    c.hash = q.value(0).toString();
    c.mustChange = q.value(1).toInt() != 0;
    c.failedCount = q.value(2).toInt();
    c.lockedUntil = fromIso(q.value(3));
    if (!q.value(4).isNull())
        c.totpSecret = Totp::fromBase32(q.value(4).toString()).value_or(QByteArray());
    c.totpLastStep = q.value(5).toLongLong();
    return c;
}

Actor actorOf(const User &user, const QString &placeCode)
{
    // The server's own audit chain ("server"); the device is named in the row's detail.
    return {user.id, user.username, placeCode, QStringLiteral("server")};
}

} // namespace

AuthStore::AuthStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QString AuthStore::scopeKey(SessionScope scope)
{
    switch (scope) {
    case SessionScope::Full:
        return QStringLiteral("full");
    case SessionScope::ChangePassword:
        return QStringLiteral("change_password");
    case SessionScope::EnrollTotp:
        break;
    }
    return QStringLiteral("enroll_totp");
}

QString AuthStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT value FROM server_settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

int AuthStore::passwordIterations() const
{
    const int value = setting(QStringLiteral("password_iterations"), QString()).toInt();
    return value >= PasswordHash::minimumIterations ? value : PasswordHash::productionIterations;
}

int AuthStore::sessionHours() const
{
    const int value = setting(QStringLiteral("session_hours"), QString()).toInt();
    return value > 0 ? value : 12;
}

Status AuthStore::setPassword(const QString &username, const QString &password, int iterations,
                              bool mustChange, const Actor &actor)
{
    const auto user = DirectoryStore(m_database).userByName(username);
    if (!user)
        return Error{
                QStringLiteral("user.not_found"), tr("There is no user %1.").arg(username), {}};
    if (Error e = PasswordHash::checkPolicy(password); e.isError())
        return e;
    const QString hash = PasswordHash::hash(password, iterations); // before the transaction
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO user_credentials (user_id, password_hash, must_change, failed_count,"
            " changed_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT (user_id) DO UPDATE SET"
            " password_hash = excluded.password_hash, must_change = excluded.must_change,"
            " failed_count = 0, locked_until = NULL, changed_at = excluded.changed_at"));
    q.addBindValue(user->id);
    q.addBindValue(hash);
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return dbFailure(q);
    if (Status s
        = AuditLog::record(db, actor, QStringLiteral("user.password"), QStringLiteral("user"),
                           user->id, {{QStringLiteral("must_change"), mustChange}});
        !s)
        return s;
    return transaction.commit();
}

Status AuthStore::disable(const QString &username, const Actor &actor, const QDateTime &nowUtc)
{
    const auto user = DirectoryStore(m_database).userByName(username);
    if (!user)
        return Error{
                QStringLiteral("user.not_found"), tr("There is no user %1.").arg(username), {}};
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"));
    q.addBindValue(user->id);
    if (!q.exec())
        return dbFailure(q);
    q.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ?"
                             " AND revoked_at IS NULL"));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(user->id);
    if (!q.exec())
        return dbFailure(q);
    if (Status s = AuditLog::record(db, actor, QStringLiteral("user.disable"),
                                    QStringLiteral("user"), user->id);
        !s)
        return s;
    if (Status s = SyncStore(m_database).publishGlobal({sync::entity::directory()}, nowUtc); !s)
        return s;
    return transaction.commit();
}

Status AuthStore::recordFailure(const QString &userId, const QString &username,
                                const QString &deviceId, const QString &placeCode,
                                const QString &reason, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!userId.isEmpty() && reason != QLatin1String("locked")) {
        // Counted in the database, so a restart or a second server process shares the count.
        q.prepare(QStringLiteral("UPDATE user_credentials SET failed_count = failed_count + 1"
                                 " WHERE user_id = ?"));
        q.addBindValue(userId);
        if (!q.exec())
            return dbFailure(q);
        q.prepare(QStringLiteral("UPDATE user_credentials SET locked_until = ?, failed_count = 0"
                                 " WHERE user_id = ? AND failed_count >= ?"));
        q.addBindValue(iso(nowUtc.addSecs(lockoutMinutes * 60)));
        q.addBindValue(userId);
        q.addBindValue(maxFailures);
        if (!q.exec())
            return dbFailure(q);
        if (q.numRowsAffected() > 0) {
            const Actor actor{userId, username, placeCode, QStringLiteral("server")};
            if (Status s = AuditLog::record(db, actor, QStringLiteral("auth.lockout"),
                                            QStringLiteral("user"), userId,
                                            {{QStringLiteral("device_id"), deviceId},
                                             {QStringLiteral("minutes"), lockoutMinutes}});
                !s)
                return s;
        }
    }
    const Actor actor{userId.isEmpty() ? QStringLiteral("unknown") : userId, username, placeCode,
                      QStringLiteral("server")};
    if (Status s
        = AuditLog::record(db, actor, QStringLiteral("auth.login"), QStringLiteral("user"), userId,
                           {{QStringLiteral("username"), username.left(64)},
                            {QStringLiteral("device_id"), deviceId},
                            {QStringLiteral("reason"), reason}},
                           QStringLiteral("failed"));
        !s)
        return s;
    return transaction.commit();
}

Result<LoginResult> AuthStore::login(const QString &username, const QString &password,
                                     const QString &totpCode, const DeviceRecord &device,
                                     const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    const auto user = DirectoryStore(m_database).userByName(username);
    const auto credential = user ? credentialOf(db, user->id) : std::nullopt;
    const auto fail = [&](const QString &reason) -> Result<LoginResult> {
        if (Status s = recordFailure(user ? user->id : QString(), username, device.id,
                                     device.placeCode, reason, nowUtc);
            !s)
            return s.error();
        return failed();
    };
    if (!user || !credential) {
        // As slow as a real check, so that the time taken does not say whether the name exists.
        PasswordHash::verify(password, PasswordHash::hash(QString(), passwordIterations()));
        return fail(QStringLiteral("unknown"));
    }
    if (credential->lockedUntil.isValid() && credential->lockedUntil > nowUtc)
        return fail(QStringLiteral("locked")); // even with the right password
    if (!PasswordHash::verify(password, credential->hash))
        return fail(QStringLiteral("password"));
    if (!user->active)
        return fail(QStringLiteral("inactive"));
    if (user->placeCode != device.placeCode)
        return fail(QStringLiteral("place"));
    std::optional<qint64> totpStep;
    if (!credential->totpSecret.isEmpty()) {
        totpStep = Totp::verify(credential->totpSecret, totpCode, nowUtc);
        if (!totpStep || *totpStep <= credential->totpLastStep)
            return fail(QStringLiteral("totp"));
    }

    LoginResult result;
    QByteArray tokenBytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(tokenBytes.data()), 8);
    result.token = QString::fromLatin1(
            tokenBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    result.session.user = *user;
    result.session.deviceId = device.id;
    result.session.expiresAt = nowUtc.addSecs(qint64(sessionHours()) * 3600);
    if (totpStep)
        result.totpSecret = credential->totpSecret;
    if (credential->mustChange)
        result.session.scope = SessionScope::ChangePassword;
    else if (credential->totpSecret.isEmpty() && Totp::requiredFor(user->role))
        result.session.scope = SessionScope::EnrollTotp;

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE user_credentials SET failed_count = 0, locked_until = NULL,"
                             " totp_last_step = ? WHERE user_id = ?"));
    q.addBindValue(totpStep.value_or(credential->totpLastStep));
    q.addBindValue(user->id);
    if (!q.exec())
        return dbFailure(q);
    q.prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_id, device_id, scope,"
                             " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tokenHash(result.token.toLatin1()));
    q.addBindValue(user->id);
    q.addBindValue(device.id);
    q.addBindValue(scopeKey(result.session.scope));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(iso(result.session.expiresAt));
    if (!q.exec())
        return dbFailure(q);
    if (Status s = AuditLog::record(db, actorOf(*user, device.placeCode),
                                    QStringLiteral("auth.login"), QStringLiteral("user"), user->id,
                                    {{QStringLiteral("device_id"), device.id},
                                     {QStringLiteral("scope"), scopeKey(result.session.scope)}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return result;
}

Result<SessionRecord> AuthStore::session(const QByteArray &token, const QDateTime &nowUtc) const
{
    if (token.isEmpty())
        return Error{QStringLiteral("auth.session_missing"),
                     tr("Sign in first: this request needs the header OneWindow-Session."),
                     {}};
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT user_id, device_id, scope, expires_at, revoked_at"
                             " FROM sessions WHERE token_hash = ?"));
    q.addBindValue(tokenHash(token));
    if (!q.exec())
        return dbFailure(q);
    const Error invalid{QStringLiteral("auth.session_invalid"),
                        tr("The session has ended; sign in again."),
                        {}};
    if (!q.next())
        return invalid;
    SessionRecord s;
    s.deviceId = q.value(1).toString();
    const QString scope = q.value(2).toString();
    s.scope = scope == scopeKey(SessionScope::Full)       ? SessionScope::Full
            : scope == scopeKey(SessionScope::EnrollTotp) ? SessionScope::EnrollTotp
                                                          : SessionScope::ChangePassword;
    s.expiresAt = fromIso(q.value(3));
    if (!q.value(4).isNull())
        return invalid;
    if (!s.expiresAt.isValid() || s.expiresAt <= nowUtc)
        return Error{QStringLiteral("auth.session_expired"),
                     tr("The session has expired; sign in again."),
                     {}};
    const auto user = DirectoryStore(m_database).user(q.value(0).toString());
    if (!user || !user->active)
        return invalid;
    s.user = *user;
    return s;
}

Status AuthStore::logout(const QByteArray &token, const QDateTime &nowUtc)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE token_hash = ?"
                             " AND revoked_at IS NULL"));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(tokenHash(token));
    if (!q.exec())
        return dbFailure(q);
    return Status::success();
}

Status AuthStore::changePassword(const SessionRecord &session, const QByteArray &token,
                                 const QString &oldPassword, const QString &newPassword,
                                 const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    const auto credential = credentialOf(db, session.user.id);
    if (!credential || !PasswordHash::verify(oldPassword, credential->hash)) {
        if (Status s
            = recordFailure(session.user.id, session.user.username, session.deviceId,
                            session.user.placeCode, QStringLiteral("password_change"), nowUtc);
            !s)
            return s;
        return failed();
    }
    if (oldPassword == newPassword)
        return Error{QStringLiteral("password.unchanged"),
                     tr("Choose a new password, not the one you have."),
                     {}};
    if (Status s = setPassword(session.user.username, newPassword, passwordIterations(), false,
                               actorOf(session.user, session.user.placeCode));
        !s)
        return s;
    QSqlQuery q(db);
    const SessionScope next
            = credential->totpSecret.isEmpty() && Totp::requiredFor(session.user.role)
            ? SessionScope::EnrollTotp
            : SessionScope::Full;
    q.prepare(QStringLiteral("UPDATE sessions SET scope = ? WHERE token_hash = ?"));
    q.addBindValue(scopeKey(next));
    q.addBindValue(tokenHash(token));
    if (!q.exec())
        return dbFailure(q);
    return Status::success();
}

Result<QByteArray> AuthStore::beginTotp(const SessionRecord &session)
{
    const QByteArray secret = Totp::newSecret();
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE user_credentials SET totp_pending = ? WHERE user_id = ?"));
    q.addBindValue(Totp::base32(secret));
    q.addBindValue(session.user.id);
    if (!q.exec())
        return dbFailure(q);
    return secret;
}

Status AuthStore::confirmTotp(const SessionRecord &session, const QByteArray &token,
                              const QString &code, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT totp_pending FROM user_credentials WHERE user_id = ?"));
    q.addBindValue(session.user.id);
    if (!q.exec())
        return dbFailure(q);
    const QByteArray secret = q.next() && !q.value(0).isNull()
            ? Totp::fromBase32(q.value(0).toString()).value_or(QByteArray())
            : QByteArray();
    const auto step = Totp::verify(secret, code, nowUtc);
    if (!step)
        return Error{QStringLiteral("totp.wrong_code"),
                     tr("The code does not match. Scan the QR code again and enter the code "
                        "the authenticator shows now."),
                     {}};
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    q.prepare(QStringLiteral("UPDATE user_credentials SET totp_secret = totp_pending,"
                             " totp_pending = NULL, totp_last_step = ? WHERE user_id = ?"));
    q.addBindValue(*step);
    q.addBindValue(session.user.id);
    if (!q.exec())
        return dbFailure(q);
    q.prepare(QStringLiteral("UPDATE sessions SET scope = ? WHERE token_hash = ?"));
    q.addBindValue(scopeKey(SessionScope::Full));
    q.addBindValue(tokenHash(token));
    if (!q.exec())
        return dbFailure(q);
    if (Status s
        = AuditLog::record(db, actorOf(session.user, session.user.placeCode),
                           QStringLiteral("user.totp_enroll"), QStringLiteral("user"),
                           session.user.id, {{QStringLiteral("device_id"), session.deviceId}});
        !s)
        return s;
    return transaction.commit();
}

Result<AuthStore::KeyPair> AuthStore::signingKeys()
{
    const auto read = [this]() -> std::optional<KeyPair> {
        const QByteArray secret = QByteArray::fromBase64(
                setting(QStringLiteral("signing_secret_key"), QString()).toLatin1());
        const QByteArray pub = QByteArray::fromBase64(
                setting(QStringLiteral("signing_public_key"), QString()).toLatin1());
        if (secret.size() != Signing::secretKeyBytes || pub.size() != Signing::publicKeyBytes)
            return std::nullopt;
        return KeyPair{pub, secret};
    };
    if (auto pair = read())
        return *pair;
    // The first grant makes the pair. Two servers racing: the first insert wins, both read it.
    const Signing::KeyPair made = Signing::generate();
    if (made.publicKey.isEmpty())
        return Error{QStringLiteral("signing.unavailable"),
                     tr("The server cannot make its signing key."),
                     {}};
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO server_settings (key, value) VALUES (?, ?), (?, ?)"
                             " ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(QStringLiteral("signing_secret_key"));
    q.addBindValue(QString::fromLatin1(made.secretKey.toBase64()));
    q.addBindValue(QStringLiteral("signing_public_key"));
    q.addBindValue(QString::fromLatin1(made.publicKey.toBase64()));
    if (!q.exec())
        return dbFailure(q);
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (auto pair = read())
        return *pair;
    return Error{QStringLiteral("signing.unavailable"),
                 tr("The server cannot read its signing key."),
                 {}};
}

Result<QByteArray> AuthStore::signingPublicKey()
{
    auto keys = signingKeys();
    if (!keys)
        return keys.error();
    return keys->publicKey;
}

Result<SignedGrant> AuthStore::offlineGrant(const SessionRecord &session, const QString &verifier,
                                            const QDateTime &nowUtc)
{
    const auto credential = credentialOf(m_database->connection(), session.user.id);
    const QByteArray totpSecret = credential ? credential->totpSecret : QByteArray();
    if (!OfflineGrant::allowedFor(session.user.role, !totpSecret.isEmpty()))
        return Error{QStringLiteral("auth.offline_not_allowed"),
                     tr("This role signs in with a second factor: set it up before signing in "
                        "offline."),
                     {}};
    const auto iterations = PasswordHash::iterationsOf(verifier);
    if (verifier.size() > 512 || !iterations || *iterations < PasswordHash::minimumIterations)
        return sync::invalidField(QStringLiteral("verifier"),
                                  QStringLiteral("not a PBKDF2 password hash"));
    auto keys = signingKeys();
    if (!keys)
        return keys.error();
    const int days = qBound(
            1,
            setting(QStringLiteral("offline_days"), QString::number(OfflineGrant::maxValidDays))
                    .toInt(),
            OfflineGrant::maxValidDays);
    OfflineGrant grant;
    grant.userId = session.user.id;
    grant.username = session.user.username;
    grant.role = session.user.role;
    grant.placeCode = session.user.placeCode;
    grant.deviceId = session.deviceId;
    grant.verifierDigest = OfflineGrant::digestOf(verifier);
    if (!totpSecret.isEmpty())
        grant.totpDigest = OfflineGrant::secretDigestOf(totpSecret);
    grant.issuedAt = nowUtc;
    grant.validUntil = nowUtc.addDays(days);
    SignedGrant signedGrant;
    signedGrant.payload = grant.payload();
    signedGrant.signature = Signing::sign(signedGrant.payload, keys->secretKey);
    signedGrant.publicKey = keys->publicKey;

    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = AuditLog::record(db, actorOf(session.user, session.user.placeCode),
                                    QStringLiteral("auth.offline_grant"), QStringLiteral("user"),
                                    session.user.id,
                                    {{QStringLiteral("device_id"), session.deviceId},
                                     {QStringLiteral("valid_until"), iso(grant.validUntil)}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return signedGrant;
}

Status AuthStore::auditRefusal(const SessionRecord &session, Action action, const QString &code)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = AuditLog::record(
                db, actorOf(session.user, session.user.placeCode), Permissions::actionKey(action),
                QStringLiteral("request"), QString(),
                {{QStringLiteral("code"), code}, {QStringLiteral("device_id"), session.deviceId}},
                QStringLiteral("refused"));
        !s)
        return s;
    return transaction.commit();
}

} // namespace ow
