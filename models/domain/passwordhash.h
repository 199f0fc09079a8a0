#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow {

// Passwords as stored: "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>", PBKDF2-HMAC-
// SHA256 with a 16-byte salt from the system CSPRNG; the cost travels with the hash, so raising
// it later leaves old hashes verifiable. Slow on purpose: never call on a GUI or event-loop thread.
class PasswordHash final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)
public:
    static constexpr int productionIterations = 600000;
    static constexpr int minimumIterations = 1000; // tests only; production uses the above

    static QString hash(const QString &password, int iterations = productionIterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString &password, const QString &stored);
    static std::optional<int> iterationsOf(const QString &stored);

    // The password policy: at least 8 characters from at least 3 of the classes lower case,
    // upper case, digits, others. An empty Error when the password is acceptable.
    static Error checkPolicy(const QString &password);
    static int minimumLength() { return 8; }
};

} // namespace ow
