#pragma once

#include "domain/actor.h"
#include "domain/directory.h"
#include "domain/passwordbox.h"
#include "domain/passwordhash.h"
#include "domain/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <memory>

namespace ow {

struct SignInOptions
{
    // The cost of the offline verifier the device keeps (PasswordHash); tests use a low one.
    int verifierIterations = PasswordHash::productionIterations;
    // The cost of the key that seals the TOTP secret for offline sign-in; tests use a low one.
    PasswordBox::Cost sealCost = PasswordBox::Cost::production();
    int offlineDays = 7;    // offline sign-in ends this many days after the last online one
    int timeoutMs = 10'000; // waiting for the server before signing in offline
    QByteArray pinnedKey;   // the server's Ed25519 public key, pinned at the first grant
};

// Where a sign-in stands.
enum class SignInStep {
    Done,           // signed in: work may start
    ChangePassword, // first sign-in: a new password (changePassword) before anything else
    EnrollTotp,     // the role needs a second factor: enroll (beginTotp, confirmTotp)
};

struct SignedIn
{
    User user;
    SignInStep step = SignInStep::Done;
    bool offline = false;   // checked on this device only (the server could not be reached)
    bool demo = false;      // a device not enrolled yet: the demo directory, no password
    bool grantKept = false; // an offline grant was stored for next time
};

// Signing a user in on this device (blocking: run it on a worker thread with a Database opened
// there). Online against the server when the device is enrolled: POST /auth/v1/login, then the
// first password change or TOTP enrollment the server asks for, then an offline grant
// (/auth/v1/offline) for the verifier hashed here meanwhile. For a user with a second factor the
// server also answers the TOTP secret to the login that proved a code of it; the device seals it
// under a key derived here from the password (also meanwhile) and keeps it with the grant. When
// the server cannot be reached, offline against the stored grant (OfflineSignIn), with the code
// for those who have a second factor. A device not enrolled yet works with the demo directory
// and no password.
class SignInClient final
{
    Q_DECLARE_TR_FUNCTIONS(SignInClient)
public:
    SignInClient(std::shared_ptr<Database> database, SignInOptions options);

    Result<SignedIn> signIn(const QString &username, const QString &password,
                            const QString &totpCode);
    Result<SignedIn> changePassword(const QString &oldPassword, const QString &newPassword);
    // The otpauth:// URI for the QR code.
    Result<QString> beginTotp();
    Result<SignedIn> confirmTotp(const QString &code);
    // Ends the server session (when there is one); never fails the caller.
    void signOut();

    // The store to work in: a Database opened in the thread that calls next (a worker's own).
    void setDatabase(std::shared_ptr<Database> database) { m_database = std::move(database); }
    bool enrolled() const { return !m_server.isEmpty(); }
    QString session() const { return m_session; }
    // The server key after the first grant (to pin), or the pinned one.
    QByteArray serverKey() const { return m_options.pinnedKey; }

private:
    Result<SignedIn> answerOf(const QJsonObject &body);
    void keepGrant();
    // Whether to derive the sealing key at this sign-in: the user gave a code, or the role will
    // have to enroll a second factor.
    bool mayNeedSeal(const QString &username, const QString &totpCode) const;
    void rememberCode(const QString &code);

    std::shared_ptr<Database> m_database;
    SignInOptions m_options;
    QUrl m_server;
    QString m_deviceToken;
    QString m_deviceId;
    bool m_revoked = false; // enrolled, then revoked: nobody signs in (not practice mode)
    QString m_session;
    QString m_verifier;         // of the password last used, for the grant once the session is full
    PasswordBox::Key m_sealKey; // from the same password, for the TOTP secret
    QByteArray m_totpSecret;    // as the server gave it (login) or made it (enrollment)
    QByteArray m_pendingSecret; // beginTotp's, until confirmTotp accepts a code of it
    qint64 m_usedStep = 0;      // the step of the code used online: not to be used again offline
    SignedIn m_state;
};

} // namespace ow
