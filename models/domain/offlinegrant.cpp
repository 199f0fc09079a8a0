#include "offlinegrant.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

QByteArray OfflineGrant::payload() const
{
    const QJsonObject o{{QStringLiteral("user_id"), userId},
                        {QStringLiteral("username"), username},
                        {QStringLiteral("role"), Roles::key(role)},
                        {QStringLiteral("place_code"), placeCode},
                        {QStringLiteral("device_id"), deviceId},
                        {QStringLiteral("verifier_sha256"), verifierDigest},
                        {QStringLiteral("issued_at"), issuedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("valid_until"), validUntil.toUTC().toString(Qt::ISODate)}};
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

bool OfflineGrant::allowedFor(Role role)
{
    return role != Role::Supervisor && role != Role::Auditor && role != Role::Admin;
}

} // namespace ow
