#include "sync/synchttp.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace ow;

TEST_CASE("The county's CA certificate file is trusted for sync, a bad file changes nothing",
          "[tls]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pem = dir.filePath(QStringLiteral("county-ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=OneWindow test county CA"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), pem});
    REQUIRE(openssl.waitForFinished(30'000));
    REQUIRE(openssl.exitCode() == 0);

    const auto trusted = [] {
        QStringList names;
        for (const QSslCertificate &c : QSslConfiguration::defaultConfiguration().caCertificates())
            names += c.subjectInfo(QSslCertificate::CommonName);
        return names;
    };
    const qsizetype before = QSslConfiguration::defaultConfiguration().caCertificates().size();

    SECTION("a missing file")
    {
        const Status s = SyncHttp::trustCaCertificates(dir.filePath(QStringLiteral("none.pem")));
        REQUIRE_FALSE(s);
        CHECK(s.error().code == QStringLiteral("tls.ca_file"));
        CHECK(s.error().message.contains(QStringLiteral("none.pem")));
        CHECK(QSslConfiguration::defaultConfiguration().caCertificates().size() == before);
    }
    SECTION("a file without a certificate (the private key)")
    {
        const Status s = SyncHttp::trustCaCertificates(dir.filePath(QStringLiteral("key.pem")));
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("no certificate")));
        CHECK(QSslConfiguration::defaultConfiguration().caCertificates().size() == before);
    }
    SECTION("the CA's certificate")
    {
        REQUIRE(SyncHttp::trustCaCertificates(pem));
        CHECK(trusted().contains(QStringLiteral("OneWindow test county CA")));
        CHECK(QSslConfiguration::defaultConfiguration().caCertificates().size() == before + 1);
    }
}
