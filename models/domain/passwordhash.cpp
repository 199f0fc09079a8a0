#include "passwordhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace ow {

namespace {

const QLatin1String scheme("pbkdf2-sha256");
constexpr int hashBytes = 32;
constexpr int saltBytes = 16;
constexpr int maximumIterations = 100000000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, hashBytes);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parsed> parse(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != scheme)
        return std::nullopt;
    bool ok = false;
    Parsed p;
    p.iterations = parts[1].toInt(&ok);
    if (!ok || p.iterations < 1 || p.iterations > maximumIterations)
        return std::nullopt;
    p.salt = QByteArray::fromBase64(parts[2].toLatin1());
    p.hash = QByteArray::fromBase64(parts[3].toLatin1());
    if (p.salt.isEmpty() || p.hash.size() != hashBytes)
        return std::nullopt;
    return p;
}

} // namespace

QString PasswordHash::hash(const QString &password, int iterations)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltBytes / int(sizeof(quint32)));
    const int cost = qBound(1, iterations, maximumIterations);
    return scheme + QLatin1Char('$') + QString::number(cost) + QLatin1Char('$')
            + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$')
            + QString::fromLatin1(derive(password, salt, cost).toBase64());
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const auto p = parse(stored);
    if (!p)
        return false;
    return equalInConstantTime(derive(password, p->salt, p->iterations), p->hash);
}

std::optional<int> PasswordHash::iterationsOf(const QString &stored)
{
    const auto p = parse(stored);
    return p ? std::optional<int>(p->iterations) : std::nullopt;
}

Error PasswordHash::checkPolicy(const QString &password)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    if (password.size() < minimumLength() || classes < 3)
        return {QStringLiteral("password.policy"),
                tr("Choose a password of at least %1 characters with at least three of: lower "
                   "case letters, upper case letters, digits, other characters.")
                        .arg(minimumLength()),
                {}};
    return {};
}

} // namespace ow
