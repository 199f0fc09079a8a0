#include "offlinegrant.h"

#include "totp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

QByteArray OfflineGrant::payload() const
{
    QJsonObject o{{QStringLiteral("user_id"), userId},
                  {QStringLiteral("username"), username},
                  {QStringLiteral("role"), Roles::key(role)},
                  {QStringLiteral("place_code"), placeCode},
                  {QStringLiteral("device_id"), deviceId},
                  {QStringLiteral("verifier_sha256"), verifierDigest},
                  {QStringLiteral("issued_at"), issuedAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("valid_until"), validUntil.toUTC().toString(Qt::ISODate)}};
    if (!totpDigest.isEmpty()) // absent for a user without a second factor (and older grants)
        o.insert(QStringLiteral("totp_sha256"), totpDigest);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<OfflineGrant> OfflineGrant::fromPayload(const QByteArray &payload)
{
    const Error malformed{QStringLiteral("grant.malformed"),
                          tr("The stored offline sign-in is damaged; sign in once while the "
                             "server can be reached."),
                          {}};
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return malformed;
    const QJsonObject o = doc.object();
    OfflineGrant g;
    g.userId = o.value(QStringLiteral("user_id")).toString();
    g.username = o.value(QStringLiteral("username")).toString();
    const auto role = Roles::fromKey(o.value(QStringLiteral("role")).toString());
    g.placeCode = o.value(QStringLiteral("place_code")).toString();
    g.deviceId = o.value(QStringLiteral("device_id")).toString();
    g.verifierDigest = o.value(QStringLiteral("verifier_sha256")).toString();
    g.totpDigest = o.value(QStringLiteral("totp_sha256")).toString();
    g.issuedAt
            = QDateTime::fromString(o.value(QStringLiteral("issued_at")).toString(), Qt::ISODate);
    g.validUntil
            = QDateTime::fromString(o.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    if (!role || g.userId.isEmpty() || g.username.isEmpty() || g.placeCode.isEmpty()
        || g.deviceId.isEmpty() || g.verifierDigest.isEmpty() || !g.issuedAt.isValid()
        || !g.validUntil.isValid())
        return malformed;
    g.role = *role;
    return g;
}

QString OfflineGrant::digestOf(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString OfflineGrant::secretDigestOf(const QByteArray &totpSecret)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(totpSecret, QCryptographicHash::Sha256).toHex());
}

bool OfflineGrant::allowedFor(Role role, bool hasSecondFactor)
{
    return hasSecondFactor || !Totp::requiredFor(role);
}

} // namespace ow
