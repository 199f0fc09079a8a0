#pragma once

#include "domain/actor.h"
#include "domain/directory.h"
#include "domain/offlinegrant.h"
#include "domain/permissions.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace ow {

struct DeviceRecord;

// What a signed-in user's session allows: everything the role may, or only the step that must
// come first (a new password at first login; a second factor for the roles that need one).
enum class SessionScope { Full, ChangePassword, EnrollTotp };

struct SessionRecord
{
    User user;
    QString deviceId;
    QDateTime expiresAt;
    SessionScope scope = SessionScope::Full;
};

// An offline sign-in grant as the device keeps it (OfflineGrant's payload, signed).
struct SignedGrant
{
    QByteArray payload;
    QByteArray signature;
    QByteArray publicKey; // the server's, for the device to pin at its first grant
};

struct LoginResult
{
    QString token; // shown once; the server keeps its SHA-256
    SessionRecord session;
    // The user's TOTP secret when this very request proved a code of it: the device seals it
    // under the password for offline sign-in. A session token alone never gets it.
    QByteArray totpSecret;
};

// Users' credentials and sessions on the server: PBKDF2 password hashes (PasswordHash), lockout
// after repeated failures (persisted, so a restart does not reset it), TOTP second factor,
// session tokens (256 bits from the system CSPRNG, stored hashed, expiring, revoked when the
// user is disabled). Every login, failed login and refusal leaves an audit row.
//
// login() and setPassword() hash: call them on a worker thread, never on the event loop.
class AuthStore final
{
    Q_DECLARE_TR_FUNCTIONS(AuthStore)
public:
    static constexpr int maxFailures = SignInLockout::maxFailures;
    static constexpr int lockoutMinutes = SignInLockout::minutes;

    explicit AuthStore(std::shared_ptr<Database> database);

    // Operator commands (and the password route). mustChange: asked for at the next login.
    Status setPassword(const QString &username, const QString &password, int iterations,
                       bool mustChange, const Actor &actor);
    // users.active = 0 and every session of the user revoked, in one transaction.
    Status disable(const QString &username, const Actor &actor, const QDateTime &nowUtc);

    Result<LoginResult> login(const QString &username, const QString &password,
                              const QString &totpCode, const DeviceRecord &device,
                              const QDateTime &nowUtc);
    Result<SessionRecord> session(const QByteArray &token, const QDateTime &nowUtc) const;
    Status logout(const QByteArray &token, const QDateTime &nowUtc);
    Status changePassword(const SessionRecord &session, const QByteArray &token,
                          const QString &oldPassword, const QString &newPassword,
                          const QDateTime &nowUtc);
    // A new secret, kept pending until confirmTotp() sees a code of it.
    Result<QByteArray> beginTotp(const SessionRecord &session);
    Status confirmTotp(const SessionRecord &session, const QByteArray &token, const QString &code,
                       const QDateTime &nowUtc);

    // Signs the grant that lets the session's user sign in on this device without the server
    // for offline_days (server setting, at most OfflineGrant::maxValidDays): `verifier` is the
    // PasswordHash the device computed from the password just used. A user with a second factor
    // gets the digest of the TOTP secret in the grant (the device must hold that secret); one
    // whose role needs a second factor and has none gets no grant. Audited.
    Result<SignedGrant> offlineGrant(const SessionRecord &session, const QString &verifier,
                                     const QDateTime &nowUtc);
    // The server's Ed25519 key pair, made at the first use and kept in server_settings.
    Result<QByteArray> signingPublicKey();

    // A role refused a request: 403's body and an audit row.
    Status auditRefusal(const SessionRecord &session, Action action, const QString &code);

    int passwordIterations() const; // server_settings.password_iterations
    int sessionHours() const;       // server_settings.session_hours

    static QString scopeKey(SessionScope scope);

private:
    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };
    Result<KeyPair> signingKeys();
    QString setting(const QString &key, const QString &fallback) const;
    Status recordFailure(const QString &userId, const QString &username, const QString &deviceId,
                         const QString &placeCode, const QString &reason, const QDateTime &nowUtc);

    std::shared_ptr<Database> m_database;
};

} // namespace ow
