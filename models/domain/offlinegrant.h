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
// swapped either. The server signs the payload (Signing, Ed25519); the device keeps payload,
// signature and verifier, and believes the role only from a payload whose signature holds.
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
    QDateTime issuedAt;
    QDateTime validUntil;

    // The bytes that are signed: compact JSON with sorted keys (QJsonObject keeps them sorted).
    QByteArray payload() const;
    static Result<OfflineGrant> fromPayload(const QByteArray &payload);

    static QString digestOf(const QString &verifier);
    // Offline sign-in has one factor only: the roles that need a second one sign in online.
    static bool allowedFor(Role role);
};

} // namespace ow
