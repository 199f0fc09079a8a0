#include "clientsettings.h"
#include "guisupport.h"
#include "language.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "store/workspace.h"
#include "testcertificate.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QList<Place> places()
{
    Place hall;
    hall.code = QStringLiteral("621221");
    hall.name = QStringLiteral("成县政务服务中心");
    Place town;
    town.code = QStringLiteral("621221101");
    town.name = QStringLiteral("抛沙镇便民服务中心");
    town.kind = Place::Kind::Township;
    town.parentCode = hall.code;
    return {hall, town};
}

QMenu *menuNamed(QMainWindow &window, const QString &name)
{
    return window.menuBar()->findChild<QMenu *>(name);
}

QAction *actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The settings dialog is worked from the keyboard and refuses a bad server address",
          "[gui][settings]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    SettingsDialog dialog(places(), {QStringLiteral("Counter-3-Laser")});
    ClientPreferences start;
    start.serverUrl = QStringLiteral("http://127.0.0.1:8470");
    start.language = QStringLiteral("zh_CN");
    start.idleLockMinutes = 10;
    dialog.setPreferences(start);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    auto *place = dialog.findChild<QComboBox *>(QStringLiteral("place"));
    auto *printer = dialog.findChild<QComboBox *>(QStringLiteral("printer"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("idleLockMinutes"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"));
    REQUIRE((server && place && printer && language && idle && message));
    CHECK(server->hasFocus());
    CHECK(dialog.preferences() == start);

    // A wrong address: Enter does not close the dialog, the message says what to fix.
    server->selectAll();
    QTest::keyClicks(server, QStringLiteral("ftp:/onewindow"));
    QTest::keyClick(server, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(message->text().contains(QStringLiteral("ftp:/onewindow")));

    // Fix it, then Tab through the fields choosing with the arrow keys.
    server->selectAll();
    QTest::keyClicks(server, QStringLiteral("https://onewindow.example.gov.cn"));
    CHECK(SettingsDialog::checkServerUrl(server->text()).isEmpty());
    QTest::keyClick(server, Qt::Key_Tab);

    // The county CA's certificate: a file that is not there, or not a certificate, is refused.
    auto *caFile = dialog.findChild<QLineEdit *>(QStringLiteral("caFile"));
    REQUIRE(caFile);
    CHECK(caFile->hasFocus());
    QTemporaryDir caDir;
    const QString missing = caDir.filePath(QStringLiteral("none.pem"));
    QTest::keyClicks(caFile, missing);
    QTest::keyClick(caFile, Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(message->text().contains(missing));
    const QString notPem = caDir.filePath(QStringLiteral("key.txt"));
    {
        QFile f(notPem);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN PRIVATE KEY-----\n");
    }
    caFile->selectAll();
    QTest::keyClicks(caFile, notPem);
    QTest::keyClick(caFile, Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(message->text().contains(QStringLiteral("PEM")));
    // The marker alone is not enough: the file must hold a certificate the sync can trust.
    const QString broken = caDir.filePath(QStringLiteral("broken.pem"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    }
    caFile->selectAll();
    QTest::keyClicks(caFile, broken);
    QTest::keyClick(caFile, Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(message->text().contains(broken));
    CHECK(caFile->hasFocus());
    const QString pem = test::makeCaCertificate(QDir(caDir.path()), QStringLiteral("county-ca"),
                                                QStringLiteral("OneWindow test county CA"));
    REQUIRE_FALSE(pem.isEmpty());
    caFile->selectAll();
    QTest::keyClicks(caFile, pem);
    CHECK(SettingsDialog::checkCaFile(caFile->text()).isEmpty());
    QTest::keyClick(caFile, Qt::Key_Tab);
    CHECK(place->hasFocus());
    QTest::keyClick(place, Qt::Key_Down);
    QTest::keyClick(place, Qt::Key_Down);
    QTest::keyClick(place, Qt::Key_Tab);
    CHECK(printer->hasFocus());
    QTest::keyClick(printer, Qt::Key_Down);
    QTest::keyClick(printer, Qt::Key_Tab);
    CHECK(language->hasFocus());
    QTest::keyClick(language, Qt::Key_Down); // zh_CN -> en
    CHECK(dialog.languageChanged());
    CHECK(message->text().contains(QCoreApplication::translate(
            "ow::SettingsDialog", "The new language takes effect when OneWindow starts again.")));
    QTest::keyClick(language, Qt::Key_Tab);
    CHECK(idle->hasFocus());
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("15"));
    test::saveScreenshot(&dialog, QStringLiteral("settings"));
    QTest::keyClick(idle, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);

    const ClientPreferences chosen = dialog.preferences();
    CHECK(chosen.serverUrl == QStringLiteral("https://onewindow.example.gov.cn"));
    CHECK(chosen.placeCode == QStringLiteral("621221101"));
    CHECK(chosen.printerName == QStringLiteral("Counter-3-Laser"));
    CHECK(chosen.language == QStringLiteral("en"));
    CHECK(chosen.idleLockMinutes == 15);
    CHECK(chosen.caFile == pem);

    // Stored with QSettings, read back the same.
    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(QStringLiteral("onewindow.conf")), QSettings::IniFormat);
        ClientSettings::save(settings, chosen);
    }
    QSettings settings(dir.filePath(QStringLiteral("onewindow.conf")), QSettings::IniFormat);
    CHECK(ClientSettings::load(settings) == chosen);
    // Nothing stored yet: the store's address, else the local default.
    QSettings empty(dir.filePath(QStringLiteral("empty.conf")), QSettings::IniFormat);
    CHECK(ClientSettings::load(empty, QStringLiteral("http://10.0.0.5:8470")).serverUrl
          == QStringLiteral("http://10.0.0.5:8470"));
    CHECK(ClientSettings::load(empty).serverUrl == ClientSettings::defaultServerUrl());
    CHECK(ClientSettings::load(empty).idleLockMinutes == 15);

    // A printer that is gone stays selected (and says so) rather than being lost on save.
    SettingsDialog other(places(), {});
    ClientPreferences gone = chosen;
    gone.printerName = QStringLiteral("Old-Printer");
    other.setPreferences(gone);
    CHECK(other.preferences().printerName == QStringLiteral("Old-Printer"));
}

TEST_CASE("The main window's menus show the counter's shortcuts and F5 syncs now",
          "[gui][settings][menus]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    MainWindow window(*workspace.value(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMenu *file = menuNamed(window, QStringLiteral("fileMenu"));
    QMenu *caseMenu = menuNamed(window, QStringLiteral("caseMenu"));
    QMenu *sync = menuNamed(window, QStringLiteral("syncMenu"));
    REQUIRE((file && caseMenu && sync));
    for (const char *name : {"settingsAction", "backupAction", "restoreAction"})
        CHECK(actionNamed(file, QString::fromLatin1(name)));
    CHECK(actionNamed(file, QStringLiteral("settingsAction"))->shortcut()
          == QKeySequence(Qt::CTRL | Qt::Key_Comma));

    const QList<std::pair<const char *, QKeySequence>> expected{
            {"newIntakeAction", QKeySequence(Qt::Key_F2)},
            {"searchAction", QKeySequence(Qt::Key_F3)},
            {"reviewAction", QKeySequence(Qt::Key_F6)},
            {"releaseAction", QKeySequence(Qt::Key_F9)},
            {"printAction", QKeySequence(QKeySequence::Print)}};
    for (const auto &[name, key] : expected) {
        QAction *action = actionNamed(caseMenu, QString::fromLatin1(name));
        INFO(name);
        REQUIRE(action);
        CHECK(action->shortcut() == key);
        // Shown only: the key itself belongs to the Go menu or the screen.
        CHECK(action->shortcutContext() == Qt::WidgetShortcut);
    }
    QAction *syncNow = window.syncNowAction();
    REQUIRE(syncNow);
    CHECK(sync->actions().contains(syncNow));
    CHECK(syncNow->shortcut() == QKeySequence(Qt::Key_F5));
    CHECK(syncNow->isEnabled());

    // The keys the screens had before still work: F9 opens release, F2 intake.
    auto *screens = window.findChild<QStackedWidget *>();
    REQUIRE(screens);
    const int intakeIndex = screens->currentIndex();
    actionNamed(caseMenu, QStringLiteral("releaseAction"))->trigger();
    CHECK(screens->currentIndex() != intakeIndex);
    actionNamed(caseMenu, QStringLiteral("newIntakeAction"))->trigger();
    CHECK(screens->currentIndex() == intakeIndex);
    QTest::keyClick(&window, Qt::Key_F4);
    CHECK(screens->currentWidget() == reinterpret_cast<QWidget *>(window.caseListScreen()));
    QTest::keyClick(&window, Qt::Key_F2);
    CHECK(screens->currentIndex() == intakeIndex);

    caseMenu->popup(window.mapToGlobal(QPoint(60, 30)));
    REQUIRE(QTest::qWaitForWindowExposed(caseMenu));
    test::saveScreenshot(caseMenu, QStringLiteral("menu-case"));
    caseMenu->hide();
    test::saveScreenshot(&window, QStringLiteral("main-window"));
}
