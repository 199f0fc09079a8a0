#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QtEndian>

#include <cstring>

namespace ow {

namespace {

const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

bool Totp::requiredFor(Role role)
{
    return role == Role::Supervisor || role == Role::Auditor || role == Role::Admin;
}

QByteArray Totp::newSecret()
{
    QByteArray secret(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), 5);
    return secret;
}

QString Totp::code(const QByteArray &secret, qint64 step, int digitCount)
{
    QByteArray counter(8, '\0');
    qToBigEndian(quint64(step), counter.data());
    const QByteArray mac
            = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac[offset]) & 0x7f) << 24)
            | (quint32(quint8(mac[offset + 1])) << 16) | (quint32(quint8(mac[offset + 2])) << 8)
            | quint32(quint8(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < digitCount; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digitCount, 10, QLatin1Char('0'));
}

qint64 Totp::stepOf(const QDateTime &time)
{
    return time.toSecsSinceEpoch() / stepSeconds;
}

QString Totp::codeAt(const QByteArray &secret, const QDateTime &time)
{
    return code(secret, stepOf(time));
}

std::optional<qint64> Totp::verify(const QByteArray &secret, const QString &given,
                                   const QDateTime &time)
{
    const QString trimmed = given.trimmed();
    if (secret.isEmpty() || trimmed.size() != digits)
        return std::nullopt;
    const qint64 now = stepOf(time);
    for (qint64 step : {now, now - 1, now + 1}) {
        // Every candidate is computed, so the time taken does not say which one matched.
        const QString expected = code(secret, step);
        int diff = 0;
        for (int i = 0; i < digits; ++i)
            diff |= expected[i].unicode() ^ trimmed[i].unicode();
        if (diff == 0)
            return step;
    }
    return std::nullopt;
}

QString Totp::base32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> Totp::fromBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('=') || c.isSpace())
            continue;
        const char upper = char(c.toUpper().toLatin1());
        const char *at = std::strchr(alphabet, upper);
        if (!upper || !at)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - alphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString Totp::uri(const QByteArray &secret, const QString &account, const QString &issuer)
{
    const QString label = QString::fromLatin1(
            QUrl::toPercentEncoding(issuer + QLatin1Char(':') + account, "@:"));
    return QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") + base32(secret)
            + QStringLiteral("&issuer=") + QString::fromLatin1(QUrl::toPercentEncoding(issuer))
            + QStringLiteral("&algorithm=SHA1&digits=%1&period=%2").arg(digits).arg(stepSeconds);
}

} // namespace ow
