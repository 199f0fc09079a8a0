#pragma once

// A self-signed CA certificate made with openssl for tests of the CA certificate setting.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ow::test {

// Writes `name`.pem (the certificate, common name `commonName`) and `name`-key.pem (its private
// key) into `dir`; returns the certificate's path, or an empty string when openssl failed.
inline QString makeCaCertificate(const QDir &dir, const QString &name, const QString &commonName)
{
    const QString pem = dir.filePath(name + QStringLiteral(".pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"),
                   dir.filePath(name + QStringLiteral("-key.pem")), QStringLiteral("-out"), pem});
    if (!openssl.waitForFinished(30'000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0)
        return {};
    return pem;
}

} // namespace ow::test
