#pragma once

#include "database.h"
#include "domain/actor.h"
#include "domain/directory.h"
#include "domain/offlinegrant.h"
#include "domain/passwordbox.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace ow {

// Signing in on this device without the server (a township point off the network). At each
// online sign-in the device keeps, per user, a password verifier (PasswordHash, the server's
// code) and the grant the server signed (OfflineGrant). Offline, a sign-in needs the password
// to match the verifier, the verifier to match the grant's digest, the grant's signature to hold
// under the server key the device pinned, the grant to be for this device and still valid
// (both its own end and `maxDays` after it was issued), and the local directory to agree with the
// grant on the user's id, role and place: editing the database cannot raise a role.
//
// A user with a second factor also needs a TOTP code (±1 step, never the step of a code already
// used here, online or offline). The device keeps the TOTP secret sealed under a key derived from
// the password (PasswordBox), and the signed grant carries the secret's digest, so an edited or
// swapped secret is refused. A role that needs a second factor (Totp::requiredFor) and has none
// in its grant does not sign in offline. Wrong passwords and wrong codes count alike: five
// failures lock the user out for 30 minutes, kept in the database (a restart does not reset it).
// Every sign-in and failure is audited in the device's chain.
//
// signIn() and the verifier hash are slow on purpose: call them on a worker thread.
class OfflineSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(OfflineSignIn)
public:
    explicit OfflineSignIn(std::shared_ptr<Database> database);

    // What a grant of a user with a second factor needs besides: the secret (the server's, whose
    // digest the grant carries), the key to seal it with (derived from the password just used)
    // and the step of the code that user just used online.
    struct SecondFactor
    {
        QByteArray secret;
        PasswordBox::Key key;
        qint64 usedStep = 0;
    };

    // Keeps a grant the server signed, after checking it; clears the user's failure count.
    Status store(const QByteArray &payload, const QByteArray &signature, const QString &verifier,
                 const SecondFactor &secondFactor, const QByteArray &publicKey,
                 const QString &deviceId, const QDateTime &nowUtc);
    // `where` names this device and place for the audit rows (its user is ignored). `totpCode`
    // is asked for only when the grant carries a second factor.
    Result<User> signIn(const QString &username, const QString &password, const QString &totpCode,
                        const QByteArray &publicKey, const QString &deviceId, int maxDays,
                        const Actor &where, const QDateTime &nowUtc);
    bool hasGrant(const QString &username) const;

    static Error failed(); // one message for every failure, online or offline
    // The password was right, but the role needs a second factor this device does not hold.
    static Error secondFactorMissing();

    // Where the sealed secret and the last used step are kept (the local settings table).
    static QString sealedSecretKey(const QString &username);
    static QString usedStepKey(const QString &username);

private:
    Status recordFailure(const QString &username, const std::optional<User> &user,
                         const QString &reason, bool count, const Actor &where,
                         const QDateTime &nowUtc);
    qint64 usedStep(const QString &username) const;

    std::shared_ptr<Database> m_database;
};

} // namespace ow
