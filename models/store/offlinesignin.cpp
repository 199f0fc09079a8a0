#include "offlinesignin.h"

#include "auditlog.h"
#include "directorystore.h"
#include "domain/passwordhash.h"
#include "domain/signing.h"
#include "domain/totp.h"
#include "localsettings.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

Error dbFailure(const QSqlQuery &q)
{
    return {QStringLiteral("db.unavailable"),
            OfflineSignIn::tr("The local database could not be read."), q.lastError().text()};
}

} // namespace

OfflineSignIn::OfflineSignIn(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Error OfflineSignIn::failed()
{
    return {QStringLiteral("auth.failed"),
            tr("The user name or password is wrong, or the account is locked for a while. "
               "Check them and try again, or ask the administrator."),
            {}};
}

Error OfflineSignIn::secondFactorMissing()
{
    return {QStringLiteral("auth.offline_second_factor"),
            tr("Your role signs in with a second factor, and this device holds none for you "
               "yet: sign in once with your one-time code while the server can be reached."),
            {}};
}

QString OfflineSignIn::sealedSecretKey(const QString &username)
{
    return QStringLiteral("offline_signin.totp_secret.") + username;
}

QString OfflineSignIn::usedStepKey(const QString &username)
{
    return QStringLiteral("offline_signin.totp_step.") + username;
}

qint64 OfflineSignIn::usedStep(const QString &username) const
{
    return LocalSettings(m_database).value(usedStepKey(username)).toLongLong();
}

Status OfflineSignIn::store(const QByteArray &payload, const QByteArray &signature,
                            const QString &verifier, const SecondFactor &secondFactor,
                            const QByteArray &publicKey, const QString &deviceId,
                            const QDateTime &nowUtc)
{
    const Error refused{QStringLiteral("grant.invalid"),
                        tr("The server's offline sign-in permit does not check out; offline "
                           "sign-in stays off for this user."),
                        {}};
    if (!Signing::verify(payload, signature, publicKey))
        return refused;
    auto grant = OfflineGrant::fromPayload(payload);
    if (!grant)
        return grant.error();
    if (grant->deviceId != deviceId || grant->verifierDigest != OfflineGrant::digestOf(verifier)
        || grant->validUntil <= nowUtc)
        return refused;
    // The secret must be the one the server vouches for; sealed under the password's key here.
    QString sealed = QStringLiteral(""); // not NULL: the settings table refuses that
    if (grant->needsCode()) {
        if (OfflineGrant::secretDigestOf(secondFactor.secret) != grant->totpDigest)
            return refused;
        sealed = PasswordBox::seal(secondFactor.key, secondFactor.secret);
        if (sealed.isEmpty())
            return refused;
    }
    if (!OfflineGrant::allowedFor(grant->role, grant->needsCode()))
        return refused;
    const qint64 step = qMax(usedStep(grant->username), secondFactor.usedStep);
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO offline_signin (username, payload, signature, verifier, failed_count,"
            " locked_until, stored_at) VALUES (?, ?, ?, ?, 0, NULL, ?)"
            " ON CONFLICT (username) DO UPDATE SET payload = excluded.payload,"
            " signature = excluded.signature, verifier = excluded.verifier, failed_count = 0,"
            " locked_until = NULL, stored_at = excluded.stored_at"));
    q.addBindValue(grant->username);
    q.addBindValue(payload);
    q.addBindValue(signature);
    q.addBindValue(verifier);
    q.addBindValue(iso(nowUtc));
    if (!q.exec())
        return dbFailure(q);
    // In the settings table until offline_signin has columns of its own for them.
    LocalSettings settings(m_database);
    if (Status s = settings.setValue(sealedSecretKey(grant->username), sealed); !s)
        return s;
    if (grant->needsCode()) {
        if (Status s = settings.setValue(usedStepKey(grant->username), QString::number(step)); !s)
            return s;
    }
    return transaction.commit();
}

bool OfflineSignIn::hasGrant(const QString &username) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM offline_signin WHERE username = ?"
                             " AND payload IS NOT NULL"));
    q.addBindValue(username);
    return q.exec() && q.next();
}

Status OfflineSignIn::recordFailure(const QString &username, const std::optional<User> &user,
                                    const QString &reason, bool count, const Actor &where,
                                    const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    const Actor actor{user ? user->id : QStringLiteral("unknown"), username.left(64),
                      where.placeCode, where.deviceId};
    if (count) {
        q.prepare(QStringLiteral("UPDATE offline_signin SET failed_count = failed_count + 1"
                                 " WHERE username = ?"));
        q.addBindValue(username);
        if (!q.exec())
            return dbFailure(q);
        q.prepare(QStringLiteral("UPDATE offline_signin SET locked_until = ?, failed_count = 0"
                                 " WHERE username = ? AND failed_count >= ?"));
        q.addBindValue(iso(nowUtc.addSecs(qint64(SignInLockout::minutes) * 60)));
        q.addBindValue(username);
        q.addBindValue(SignInLockout::maxFailures);
        if (!q.exec())
            return dbFailure(q);
        if (q.numRowsAffected() > 0) {
            if (Status s = AuditLog::record(db, actor, QStringLiteral("auth.lockout"),
                                            QStringLiteral("user"), actor.userId,
                                            {{QStringLiteral("offline"), true},
                                             {QStringLiteral("minutes"), SignInLockout::minutes}});
                !s)
                return s;
        }
    }
    if (Status s = AuditLog::record(db, actor, QStringLiteral("auth.login"), QStringLiteral("user"),
                                    user ? user->id : QString(),
                                    {{QStringLiteral("username"), username.left(64)},
                                     {QStringLiteral("offline"), true},
                                     {QStringLiteral("reason"), reason}},
                                    QStringLiteral("failed"));
        !s)
        return s;
    return transaction.commit();
}

Result<User> OfflineSignIn::signIn(const QString &username, const QString &password,
                                   const QString &totpCode, const QByteArray &publicKey,
                                   const QString &deviceId, int maxDays, const Actor &where,
                                   const QDateTime &nowUtc)
{
    const auto user = DirectoryStore(m_database).userByName(username);
    const auto failWith
            = [&](const Error &error, const QString &reason, bool count) -> Result<User> {
        if (Status s = recordFailure(username, user, reason, count, where, nowUtc); !s)
            return s.error();
        return error;
    };
    const auto fail
            = [&](const QString &reason, bool count) { return failWith(failed(), reason, count); };
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT payload, signature, verifier, locked_until"
                             " FROM offline_signin WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return dbFailure(q);
    if (!q.next() || q.value(0).isNull()) {
        // As slow as a real check: the time taken does not say whether the name is known here.
        PasswordHash::verify(password,
                             PasswordHash::hash(QString(), PasswordHash::minimumIterations));
        return fail(QStringLiteral("no_grant"), false);
    }
    const QByteArray payload = q.value(0).toByteArray();
    const QByteArray signature = q.value(1).toByteArray();
    const QString verifier = q.value(2).toString();
    const QDateTime lockedUntil = fromIso(q.value(3));
    q.finish();
    if (lockedUntil.isValid() && lockedUntil > nowUtc)
        return fail(QStringLiteral("locked"), false); // even with the right password
    if (!PasswordHash::verify(password, verifier))
        return fail(QStringLiteral("password"), true);
    // The password is right: from here on a failure is tampering or an old grant, not a guess.
    if (publicKey.isEmpty() || !Signing::verify(payload, signature, publicKey))
        return fail(QStringLiteral("signature"), false);
    const auto grant = OfflineGrant::fromPayload(payload);
    if (!grant || grant->username != username
        || grant->verifierDigest != OfflineGrant::digestOf(verifier))
        return fail(QStringLiteral("grant"), false);
    if (grant->deviceId != deviceId)
        return fail(QStringLiteral("device"), false);
    const int days = qBound(1, maxDays, OfflineGrant::maxValidDays);
    if (grant->validUntil <= nowUtc || grant->issuedAt.addDays(days) <= nowUtc
        || grant->issuedAt > nowUtc.addSecs(600))
        return fail(QStringLiteral("expired"), false);
    if (!OfflineGrant::allowedFor(grant->role, grant->needsCode()))
        return failWith(secondFactorMissing(), QStringLiteral("second_factor"), false);
    if (!user || !user->active || user->id != grant->userId || user->role != grant->role
        || user->placeCode != grant->placeCode)
        return fail(QStringLiteral("directory_mismatch"), false);
    std::optional<qint64> step;
    if (grant->needsCode()) {
        const auto secret = PasswordBox::open(
                password, LocalSettings(m_database).value(sealedSecretKey(username)));
        if (!secret || OfflineGrant::secretDigestOf(*secret) != grant->totpDigest)
            return fail(QStringLiteral("totp_secret"), false); // edited or swapped
        step = Totp::verify(*secret, totpCode, nowUtc);
        if (!step)
            return fail(QStringLiteral("totp"), true); // a guess, counted like a password
        if (*step <= usedStep(username))
            return fail(QStringLiteral("totp_replay"), true);
    }

    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE offline_signin SET failed_count = 0, locked_until = NULL"
                             " WHERE username = ?"));
    u.addBindValue(username);
    if (!u.exec())
        return dbFailure(u);
    if (step) {
        if (Status s
            = LocalSettings(m_database).setValue(usedStepKey(username), QString::number(*step));
            !s)
            return s.error();
    }
    const Actor actor{user->id, user->username, where.placeCode, where.deviceId};
    if (Status s = AuditLog::record(db, actor, QStringLiteral("auth.login"), QStringLiteral("user"),
                                    user->id,
                                    {{QStringLiteral("offline"), true},
                                     {QStringLiteral("second_factor"), step.has_value()},
                                     {QStringLiteral("valid_until"), iso(grant->validUntil)}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *user;
}

} // namespace ow
