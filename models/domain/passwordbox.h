#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ow {

// A small secret sealed under a key derived from a password, so that the file it is kept in does
// not reveal it on its own (the TOTP secret an offline sign-in checks codes with). The key comes
// from Argon2id (libsodium crypto_pwhash) with a salt of its own, never from the stored password
// verifier; the secret is encrypted and authenticated with crypto_secretbox (XSalsa20-Poly1305),
// so an edited box does not open. Stored as
// "argon2id-secretbox$<ops>$<memory KiB>$<salt>$<nonce>$<box>" (base64): the cost travels with it.
// Deriving the key is slow and takes memory on purpose: never on a GUI or event-loop thread.
class PasswordBox final
{
public:
    struct Cost
    {
        quint64 ops = 0;
        quint64 memoryKiB = 0;
        static Cost production(); // libsodium's "interactive" limits: 2 passes over 64 MiB
        static Cost minimum();    // tests only
    };

    struct Key
    {
        Cost cost;
        QByteArray salt;
        QByteArray key;
        bool isValid() const { return !key.isEmpty(); }
    };

    // A key under a new random salt; invalid when the cost is out of libsodium's limits.
    static Key deriveKey(const QString &password, Cost cost);
    // Empty when the key is invalid.
    static QString seal(const Key &key, const QByteArray &secret);
    // The secret, or nothing for a wrong password, an edited box or a malformed one.
    static std::optional<QByteArray> open(const QString &password, const QString &sealed);
};

} // namespace ow
