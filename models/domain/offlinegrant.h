#pragma once

#include "result.h"
#include "role.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ow {

// How many failed sign-ins lock an account, and for how long: the server and the device's
// offline sign-in count alike.
struct SignInLockout
{
    static constexpr int maxFailures = 5;
    static constexpr int minutes = 30;
};

// What lets a user sign in on a device without the server (a township point off the network):
// who, with which role, at which place, on which device, until when, and the SHA-256 of the
// password verifier the device stored (PasswordHash format) so that the verifier cannot be
// swapped either, and for a user with a second factor the SHA-256 of the TOTP secret, so that
// the secret the device keeps (sealed under the password, PasswordBox) cannot be swapped for one
// whose codes the editor knows. The server signs the payload (Signing, Ed25519); the device keeps
// payload, signature, verifier and sealed secret, and believes the role only from a payload whose
// signature holds.
struct OfflineGrant
{
    Q_DECLARE_TR_FUNCTIONS(OfflineGrant)
public:
    static constexpr int maxValidDays = 7;

    QString userId;
    QString username;
    Role role = Role::Counter;
    QString placeCode;
    QString deviceId;
    QString verifierDigest; // hex SHA-256 of the stored verifier
    QString totpDigest;     // hex SHA-256 of the user's TOTP secret; empty: no second factor
    QDateTime issuedAt;
    QDateTime validUntil;

    // The bytes that are signed: compact JSON with sorted keys (QJsonObject keeps them sorted).
    QByteArray payload() const;
    static Result<OfflineGrant> fromPayload(const QByteArray &payload);

    static QString digestOf(const QString &verifier);
    static QString secretDigestOf(const QByteArray &totpSecret);
    // An offline sign-in under this grant asks for a TOTP code too.
    bool needsCode() const { return !totpDigest.isEmpty(); }
    // A user whose role needs a second factor (Totp::requiredFor) signs in offline only with
    // one: with a grant that carries the TOTP secret's digest.
    static bool allowedFor(Role role, bool hasSecondFactor);
};

} // namespace ow
