#pragma once

#include <QByteArray>

namespace ow {

// Ed25519 signatures (libsodium): the server signs what a device must not be able to change on
// its own (the offline sign-in grant); the device checks with the server's public key, which it
// pinned at its first contact.
class Signing final
{
public:
    static constexpr int publicKeyBytes = 32;
    static constexpr int secretKeyBytes = 64;
    static constexpr int signatureBytes = 64;

    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };

    static KeyPair generate();
    // The detached signature; empty when the key is malformed.
    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);
};

} // namespace ow
