#include "passwordbox.h"

#include <QStringList>

#include <sodium.h>

namespace ow {

namespace {

const QLatin1String scheme("argon2id-secretbox");
// Bounds for a stored cost, so that an edited file cannot make a sign-in take minutes or
// gigabytes (it could not open the box anyway: the key would differ).
constexpr quint64 maximumOps = 16;
constexpr quint64 maximumMemoryKiB = 1024 * 1024;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

bool acceptable(PasswordBox::Cost cost)
{
    return cost.ops >= crypto_pwhash_OPSLIMIT_MIN && cost.ops <= maximumOps
            && cost.memoryKiB * 1024 >= crypto_pwhash_MEMLIMIT_MIN
            && cost.memoryKiB <= maximumMemoryKiB;
}

QByteArray derive(const QString &password, const QByteArray &salt, PasswordBox::Cost cost)
{
    if (!ready() || !acceptable(cost) || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), quint64(key.size()),
                      utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), cost.ops,
                      size_t(cost.memoryKiB * 1024), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {}; // out of memory
    return key;
}

QString encoded(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

PasswordBox::Cost PasswordBox::Cost::production()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024};
}

PasswordBox::Cost PasswordBox::Cost::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN / 1024};
}

PasswordBox::Key PasswordBox::deriveKey(const QString &password, Cost cost)
{
    Key key;
    if (!ready())
        return key;
    key.cost = cost;
    key.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(key.salt.data(), size_t(key.salt.size()));
    key.key = derive(password, key.salt, cost);
    return key;
}

QString PasswordBox::seal(const Key &key, const QByteArray &secret)
{
    if (!ready() || key.key.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray box(secret.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(secret.constData()),
                          quint64(secret.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(key.key.constData()));
    return scheme + QLatin1Char('$') + QString::number(key.cost.ops) + QLatin1Char('$')
            + QString::number(key.cost.memoryKiB) + QLatin1Char('$') + encoded(key.salt)
            + QLatin1Char('$') + encoded(nonce) + QLatin1Char('$') + encoded(box);
}

std::optional<QByteArray> PasswordBox::open(const QString &password, const QString &sealed)
{
    const QStringList parts = sealed.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != scheme)
        return std::nullopt;
    bool opsOk = false, memoryOk = false;
    const Cost cost{parts[1].toULongLong(&opsOk), parts[2].toULongLong(&memoryOk)};
    const QByteArray salt = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray box = QByteArray::fromBase64(parts[5].toLatin1());
    if (!opsOk || !memoryOk || nonce.size() != crypto_secretbox_NONCEBYTES
        || box.size() <= crypto_secretbox_MACBYTES)
        return std::nullopt;
    QByteArray key = derive(password, salt, cost);
    if (key.isEmpty())
        return std::nullopt;
    QByteArray secret(box.size() - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char *>(secret.data()),
            reinterpret_cast<const unsigned char *>(box.constData()), quint64(box.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()),
            reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    if (opened != 0)
        return std::nullopt;
    return secret;
}

} // namespace ow
