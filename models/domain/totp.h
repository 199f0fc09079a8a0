#pragma once

#include "role.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ow {

// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), checked on the
// device and on the server alike; works offline.
class Totp final
{
public:
    static constexpr int stepSeconds = 30;
    static constexpr int digits = 6;

    // Supervisor, auditor and admin must sign in with a second factor (graded protection level 3
    // asks for two, one of them cryptographic); every other role may.
    static bool requiredFor(Role role);

    static QByteArray newSecret(); // 20 random bytes from the system CSPRNG
    // The code of a time step (RFC 4226 HOTP over the step number).
    static QString code(const QByteArray &secret, qint64 step, int digitCount = digits);
    static QString codeAt(const QByteArray &secret, const QDateTime &time);
    // The step the code matches within ±1 step of `time`, if any; a caller that remembers the
    // last step used refuses a replay.
    static std::optional<qint64> verify(const QByteArray &secret, const QString &code,
                                        const QDateTime &time);
    static qint64 stepOf(const QDateTime &time);

    static QString base32(const QByteArray &bytes); // RFC 4648, no padding
    static std::optional<QByteArray> fromBase32(const QString &text);
    // otpauth://totp/OneWindow:<user>?secret=...&issuer=OneWindow&digits=6&period=30
    static QString uri(const QByteArray &secret, const QString &account,
                       const QString &issuer = QStringLiteral("OneWindow"));
};

} // namespace ow
