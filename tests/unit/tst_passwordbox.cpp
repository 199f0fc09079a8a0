// The TOTP secret an offline sign-in checks codes with, sealed under the password.
#include "domain/passwordbox.h"
#include "domain/totp.h"
#include "testsupport.h"

using namespace ow;

TEST_CASE("PasswordBox: opens with the password only, and not once edited", "[passwordbox]")
{
    const QByteArray secret = Totp::newSecret();
    const auto key
            = PasswordBox::deriveKey(QStringLiteral("Gansu-2026"), PasswordBox::Cost::minimum());
    REQUIRE(key.isValid());
    const QString sealed = PasswordBox::seal(key, secret);
    REQUIRE(sealed.startsWith(QStringLiteral("argon2id-secretbox$")));
    CHECK(PasswordBox::open(QStringLiteral("Gansu-2026"), sealed) == secret);
    CHECK_FALSE(PasswordBox::open(QStringLiteral("Gansu-2027"), sealed).has_value());
    CHECK_FALSE(PasswordBox::open(QString(), sealed).has_value());
    // The same secret sealed twice differs (new nonce), and both open.
    const QString again = PasswordBox::seal(key, secret);
    CHECK(again != sealed);
    CHECK(PasswordBox::open(QStringLiteral("Gansu-2026"), again) == secret);
    // Every part edited: nothing opens.
    const QStringList parts = sealed.split(QLatin1Char('$'));
    for (int i = 1; i < parts.size(); ++i) {
        QStringList edited = parts;
        QString &part = edited[i];
        part[0] = part[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        INFO(i);
        CHECK_FALSE(PasswordBox::open(QStringLiteral("Gansu-2026"), edited.join(QLatin1Char('$')))
                            .has_value());
    }
    // Malformed or absurd costs are refused before any work.
    CHECK_FALSE(PasswordBox::open(QStringLiteral("Gansu-2026"), QString()).has_value());
    CHECK_FALSE(PasswordBox::open(QStringLiteral("Gansu-2026"),
                                  QStringLiteral("argon2id-secretbox$99999$99999999$a$b$c"))
                        .has_value());
    CHECK_FALSE(PasswordBox::deriveKey(QStringLiteral("x"), {0, 0}).isValid());
}
