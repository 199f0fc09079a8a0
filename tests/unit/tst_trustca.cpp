#include "sync/synchttp.h"
#include "testcertificate.h"
#include "testsupport.h"

#include <QDir>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace ow;

TEST_CASE("The county's CA certificate file is trusted for sync, a bad file changes nothing",
          "[tls]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pem = test::makeCaCertificate(QDir(dir.path()), QStringLiteral("county-ca"),
                                                QStringLiteral("OneWindow test county CA"));
    REQUIRE_FALSE(pem.isEmpty());

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
        const Status s
                = SyncHttp::trustCaCertificates(dir.filePath(QStringLiteral("county-ca-key.pem")));
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
