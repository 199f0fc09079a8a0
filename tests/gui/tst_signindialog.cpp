// The sign-in dialog against the real server, worked from the keyboard: a first sign-in with
// its password change, the generic failure, the second factor's enrollment with its QR code,
// and the idle lock of the main window.
#include "domain/totp.h"
#include "guisupport.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "signindialog.h"
#include "signinservice.h"
#include "store/workspace.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString password = QStringLiteral("Gansu-2026");

void serverExec(const ServerProcess &server, const QString &sql)
{
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlQuery q(connection.db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// A server with `username`'s password set, and a device of `place` enrolled with it.
struct Site
{
    ServerProcess server;
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;

    Site(const QString &username, const QString &place, bool mustChange)
    {
        REQUIRE(server.start());
        serverExec(server,
                   QStringLiteral("UPDATE server_settings SET value = '1000'"
                                  " WHERE key = 'password_iterations'"));
        const auto passwd = server.run(
                {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"),
                 username, QStringLiteral("--password-stdin"),
                 QStringLiteral("--password-iterations"), QStringLiteral("1000"),
                 QStringLiteral("--db"), server.dbUrl()},
                password.toUtf8() + '\n');
        REQUIRE(passwd.exitCode == 0);
        if (!mustChange)
            serverExec(server,
                       QStringLiteral("UPDATE user_credentials SET must_change = 0 WHERE user_id"
                                      " = (SELECT id FROM users WHERE username = '%1')")
                               .arg(username));
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        const auto code = server.run({QStringLiteral("device"), QStringLiteral("enroll"),
                                      QStringLiteral("--place"), place, QStringLiteral("--db"),
                                      server.dbUrl()});
        REQUIRE(code.exitCode == 0);
        auto enrolled = SyncEnroller::enroll(workspace->database(), server.baseUrl(),
                                             QString::fromUtf8(code.out).trimmed(),
                                             QStringLiteral("gui test"), workspace->actor());
        REQUIRE(enrolled.ok());
    }

    SignInOptions options() const
    {
        SignInOptions o;
        o.verifierIterations = PasswordHash::minimumIterations;
        o.sealCost = PasswordBox::Cost::minimum();
        o.timeoutMs = 5000;
        return o;
    }
};

void waitIdle(SignInDialog &dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
}

QLineEdit *field(QWidget &w, const char *name)
{
    auto *edit = w.findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(edit);
    return edit;
}

// The room between a page's last field and the buttons: a page takes its own height, not the
// tallest page's (a QStackedWidget did that with wrapped text).
int roomBelow(QWidget &dialog, const char *lastField)
{
    QWidget *last = field(dialog, lastField);
    auto *ok = dialog.findChild<QWidget *>(QStringLiteral("signInOk"));
    REQUIRE(ok);
    return ok->mapTo(&dialog, QPoint(0, 0)).y()
            - last->mapTo(&dialog, QPoint(0, last->height())).y();
}

QString message(QWidget &w)
{
    return w.findChild<QLabel *>(QStringLiteral("signInMessage"))->text();
}

} // namespace

TEST_CASE("Sign-in dialog: a first sign-in changes the password, keyboard only", "[gui][signin]")
{
    Site site(QStringLiteral("township"), QStringLiteral("621221101"), true);
    SignInService service(site.workspace->database(), site.options());
    SignInDialog dialog(service, SignInDialog::Mode::SignIn);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    CHECK(QApplication::focusWidget() == field(dialog, "signInUsername"));
    test::saveScreenshot(&dialog, QStringLiteral("signin-start"));
    CHECK(roomBelow(dialog, "signInCode") < 60);
    CHECK(field(dialog, "signInUsername")->mapTo(&dialog, QPoint(0, 0)).y() < 100);

    // A wrong password: the one generic message, the password field ready again.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("township"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Wrong-2026"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    waitIdle(dialog);
    CHECK(dialog.isVisible());
    CHECK(message(dialog).contains(QStringLiteral("wrong")));
    CHECK(QApplication::focusWidget() == field(dialog, "signInPassword"));
    test::saveScreenshot(&dialog, QStringLiteral("signin-failed"));

    QTest::keyClicks(QApplication::focusWidget(), password);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    waitIdle(dialog);
    // The first sign-in: a new password under the policy.
    REQUIRE(QApplication::focusWidget() == field(dialog, "newPassword"));
    test::saveScreenshot(&dialog, QStringLiteral("signin-new-password"));
    CHECK(roomBelow(dialog, "repeatPassword") < 60);
    CHECK(field(dialog, "newPassword")->mapTo(&dialog, QPoint(0, 0)).y() < 100);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("short"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("short"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(message(dialog).contains(QStringLiteral("8")));
    test::saveScreenshot(&dialog, QStringLiteral("signin-password-policy"));
    field(dialog, "newPassword")->clear();
    field(dialog, "repeatPassword")->clear();
    field(dialog, "newPassword")->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Longnan-2027"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Longnan-2027"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    waitIdle(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(service.signedIn().has_value());
    CHECK(service.signedIn()->user.username == QStringLiteral("township"));
    CHECK(service.signedIn()->grantKept);
}

TEST_CASE("Sign-in dialog: the second factor is enrolled with a QR code", "[gui][signin]")
{
    Site site(QStringLiteral("supervisor"), QStringLiteral("621221"), false);
    SignInService service(site.workspace->database(), site.options());
    SignInDialog dialog(service, SignInDialog::Mode::SignIn);
    dialog.setUsername(QStringLiteral("supervisor"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    CHECK(QApplication::focusWidget() == field(dialog, "signInPassword"));
    const int signInHeight = dialog.height();
    QTest::keyClicks(QApplication::focusWidget(), password);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    waitIdle(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() == field(dialog, "totpCode"), 10000);
    waitIdle(dialog);
    auto *qr = dialog.findChild<QLabel *>(QStringLiteral("totpQr"));
    REQUIRE(qr);
    CHECK_FALSE(qr->pixmap().isNull());
    const QString key = field(dialog, "totpSecret")->text();
    CHECK(key.size() == 32);
    test::saveScreenshot(&dialog, QStringLiteral("signin-totp-enrollment"));
    // The QR code's page is the tall one; the sign-in page was not.
    CHECK(dialog.height() > signInHeight + 150);
    CHECK(roomBelow(dialog, "totpCode") < 60);
    // A wrong code first.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("000000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    waitIdle(dialog);
    CHECK(dialog.isVisible());
    CHECK_FALSE(message(dialog).isEmpty());
    field(dialog, "totpCode")->clear();
    QTest::keyClicks(field(dialog, "totpCode"),
                     Totp::codeAt(*Totp::fromBase32(key), QDateTime::currentDateTimeUtc()));
    QTest::keyClick(field(dialog, "totpCode"), Qt::Key_Return);
    waitIdle(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(service.signedIn().has_value());
    CHECK(service.signedIn()->user.role == Role::Supervisor);
}

TEST_CASE("Idle lock: the window hides its content and asks the current user's password",
          "[gui][signin]")
{
    Site site(QStringLiteral("township"), QStringLiteral("621221101"), false);
    REQUIRE(site.workspace->setCurrentUser(QStringLiteral("township")).ok());
    MainWindow window(*site.workspace, site.server.baseUrl());
    window.setSignInOptions(site.options());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.idleLock()->setTimeoutMs(300);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
    CHECK_FALSE(window.centralWidget()->isVisible());
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SignInDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    CHECK(field(*dialog, "signInUsername")->text() == QStringLiteral("township"));
    CHECK(field(*dialog, "signInUsername")->isReadOnly());
    test::saveScreenshot(&window, QStringLiteral("idle-locked-window"));
    test::saveScreenshot(dialog, QStringLiteral("idle-locked-dialog"));
    // The wrong password keeps it locked.
    QTest::keyClicks(field(*dialog, "signInPassword"), QStringLiteral("Wrong-2026"));
    QTest::keyClick(field(*dialog, "signInPassword"), Qt::Key_Return);
    waitIdle(*dialog);
    CHECK(window.isLocked());
    CHECK(dialog->isVisible());
    QTest::keyClicks(field(*dialog, "signInPassword"), password);
    QTest::keyClick(field(*dialog, "signInPassword"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 15000);
    window.idleLock()->setTimeoutMs(0);
    CHECK(window.centralWidget()->isVisible());
    test::saveScreenshot(&window, QStringLiteral("idle-unlocked-window"));
    // Offline, the same lock takes the verifier of the last online sign-in.
    site.server.kill();
    window.idleLock()->setTimeoutMs(300);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
    QTRY_VERIFY((dialog = window.findChild<SignInDialog *>()) != nullptr && dialog->isVisible());
    QTest::keyClicks(field(*dialog, "signInPassword"), password);
    QTest::keyClick(field(*dialog, "signInPassword"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 15000);
    window.idleLock()->setTimeoutMs(0);
}
