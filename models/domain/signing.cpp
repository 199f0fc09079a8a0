#include "signing.h"

#include <sodium.h>

namespace ow {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

Signing::KeyPair Signing::generate()
{
    KeyPair pair;
    if (!ready())
        return pair;
    pair.publicKey.resize(publicKeyBytes);
    pair.secretKey.resize(secretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray Signing::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!ready() || secretKey.size() != secretKeyBytes)
        return {};
    QByteArray signature(signatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool Signing::verify(const QByteArray &message, const QByteArray &signature,
                     const QByteArray &publicKey)
{
    if (!ready() || signature.size() != signatureBytes || publicKey.size() != publicKeyBytes)
        return false;
    return crypto_sign_verify_detached(
                   reinterpret_cast<const unsigned char *>(signature.constData()),
                   reinterpret_cast<const unsigned char *>(message.constData()),
                   quint64(message.size()),
                   reinterpret_cast<const unsigned char *>(publicKey.constData()))
            == 0;
}

} // namespace ow
