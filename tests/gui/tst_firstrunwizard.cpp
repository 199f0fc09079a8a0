// The first-run wizard of a new device against the real server, worked from the keyboard in
// Chinese: language, server (GET /health), enrollment with a one-time code, printer, idle lock,
// summary; an unreachable server and a wrong code say so and keep nothing; demo mode.
#include "clientsettings.h"
#include "firstrunservice.h"
#include "firstrunwizard.h"
#include "guisupport.h"
#include "language.h"
#include "pendingtranslator.h"
#include "serverprocess.h"
#include "store/localsyncstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString township = QStringLiteral("621221101");

// A new device: an empty local store, no settings, the wizard in Chinese.
struct NewDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<FirstRunService> service;
    std::unique_ptr<FirstRunWizard> wizard;
    test::PendingTranslator translator{{QStringLiteral("pending-auth2.tsv")}};

    NewDevice()
    {
        REQUIRE(Language::install(QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&translator);
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("onewindow.conf")),
                                               QSettings::IniFormat);
        service = std::make_unique<FirstRunService>(workspace->database(), workspace->actor(),
                                                    *settings);
        service->setTimeoutMs(3000);
        ClientPreferences initial;
        initial.serverUrl = QStringLiteral("http://127.0.0.1:8470");
        wizard = std::make_unique<FirstRunWizard>(
                *service, workspace->directory().load().places,
                QStringList{QStringLiteral("Counter-1 HP LaserJet"),
                            QStringLiteral("Counter-2 Kyocera")},
                QStringLiteral("Counter-1 HP LaserJet"), initial);
        QObject::connect(
                wizard.get(), &FirstRunWizard::languageChosen, wizard.get(),
                [](const QString &language) { Language::install(Language::resolve(language)); });
        wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
        QApplication::setActiveWindow(wizard.get());
    }

    ~NewDevice()
    {
        wizard.reset();
        QCoreApplication::removeTranslator(&translator);
        Language::install(QStringLiteral("en"));
    }

    QWidget *focus() const { return QApplication::focusWidget(); }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        REQUIRE(focus());
        QTest::keyClick(focus(), k, modifiers);
    }
    void type(const QString &text)
    {
        key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus(), text);
    }
    void waitIdle() const { QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), 15000); }
    QString message(const char *name) const
    {
        auto *label = wizard->findChild<QLabel *>(QString::fromLatin1(name));
        REQUIRE(label);
        return label->text();
    }
    template<typename T>
    T *field(const char *name) const
    {
        auto *w = wizard->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    bool enrolled() const { return LocalSyncStore(workspace->database()).enrollment().has_value(); }
};

QString enrollmentCode(const ServerProcess &server)
{
    const auto run = server.run({QStringLiteral("device"), QStringLiteral("enroll"),
                                 QStringLiteral("--place"), township, QStringLiteral("--db"),
                                 server.dbUrl()});
    REQUIRE(run.exitCode == 0);
    return QString::fromUtf8(run.out).trimmed();
}

} // namespace

TEST_CASE("First-run wizard: a new device set up from the keyboard against the real server",
          "[gui][firstrun]")
{
    ServerProcess server;
    REQUIRE(server.start());
    const QString code = enrollmentCode(server);
    NewDevice d;

    // Language: the first field has the keyboard; Chinese is picked with the arrow key.
    CHECK(d.wizard->currentId() == FirstRunWizard::LanguagePage);
    CHECK(d.focus() == d.field<QComboBox>("wizardLanguage"));
    d.key(Qt::Key_Down);
    CHECK(d.field<QComboBox>("wizardLanguage")->currentData().toString()
          == QStringLiteral("zh_CN"));
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-1-language"));
    d.key(Qt::Key_Return);

    // Server: the address is checked with GET /health before going on.
    REQUIRE(d.wizard->currentId() == FirstRunWizard::ServerPage);
    CHECK(d.focus() == d.field<QLineEdit>("wizardServer"));
    d.type(server.baseUrl().toString());
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-2-server"));
    d.key(Qt::Key_Return);
    d.waitIdle();

    // Enrollment with the one-time code: the server names the place.
    REQUIRE(d.wizard->currentId() == FirstRunWizard::EnrollPage);
    CHECK(d.focus() == d.field<QLineEdit>("wizardCode"));
    d.type(code);
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-3-enrollment"));
    d.key(Qt::Key_Return);
    d.waitIdle();
    REQUIRE(d.wizard->currentId() == FirstRunWizard::PrinterPage);
    CHECK(d.enrolled());
    CHECK(d.wizard->enrolled());
    CHECK(d.field<QComboBox>("wizardPlace")->currentData().toString() == township);
    // Nothing is kept in the settings before Finish.
    CHECK(d.settings->allKeys().isEmpty());

    // Printer: the second one, by arrow key.
    CHECK(d.focus() == d.field<QComboBox>("wizardPrinter"));
    d.key(Qt::Key_Down);
    d.key(Qt::Key_Down);
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-4-printer"));
    d.key(Qt::Key_Return);

    // Idle lock: 20 minutes.
    REQUIRE(d.wizard->currentId() == FirstRunWizard::IdleLockPage);
    CHECK(d.focus() == d.field<QSpinBox>("wizardIdleLock"));
    d.type(QStringLiteral("20"));
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-5-idle-lock"));
    d.key(Qt::Key_Return);

    // Summary, then Finish keeps it all with the settings dialog's keys.
    REQUIRE(d.wizard->currentId() == FirstRunWizard::SummaryPage);
    const QString summary = d.message("wizardSummary");
    CHECK(summary.contains(server.baseUrl().toString()));
    CHECK(summary.contains(QStringLiteral("Counter-2 Kyocera")));
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-6-summary"));
    d.key(Qt::Key_Return);
    CHECK(d.wizard->result() == QDialog::Accepted);
    d.settings->sync();
    const ClientPreferences kept = ClientSettings::load(*d.settings);
    CHECK(kept.serverUrl == server.baseUrl().toString());
    CHECK(kept.placeCode == township);
    CHECK(kept.language == QStringLiteral("zh_CN"));
    CHECK(kept.printerName == QStringLiteral("Counter-2 Kyocera"));
    CHECK(kept.idleLockMinutes == 20);
    CHECK(ClientSettings::hasPreferences(*d.settings));
    const auto enrollment = LocalSyncStore(d.workspace->database()).enrollment();
    REQUIRE(enrollment.has_value());
    CHECK(enrollment->placeCode == township);
}

TEST_CASE("First-run wizard: an unreachable server and a wrong code say so and keep nothing",
          "[gui][firstrun]")
{
    ServerProcess server;
    REQUIRE(server.start());
    NewDevice d;
    d.key(Qt::Key_Return);
    REQUIRE(d.wizard->currentId() == FirstRunWizard::ServerPage);

    // Not an address at all: said at once.
    d.type(QStringLiteral("counter server"));
    d.key(Qt::Key_Return);
    CHECK(d.wizard->currentId() == FirstRunWizard::ServerPage);
    CHECK_FALSE(d.message("wizardServerMessage").isEmpty());

    // Nobody listens there: the message names the address and the way out.
    d.type(QStringLiteral("http://127.0.0.1:1"));
    d.key(Qt::Key_Return);
    d.waitIdle();
    CHECK(d.wizard->currentId() == FirstRunWizard::ServerPage);
    CHECK(d.message("wizardServerMessage").contains(QStringLiteral("127.0.0.1:1")));
    CHECK(d.focus() == d.field<QLineEdit>("wizardServer"));
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-server-unreachable"));

    // The real server, then a code it never issued.
    d.type(server.baseUrl().toString());
    d.key(Qt::Key_Return);
    d.waitIdle();
    REQUIRE(d.wizard->currentId() == FirstRunWizard::EnrollPage);
    d.type(QStringLiteral("ABCD-EFGH-JKLM-NPQR"));
    d.key(Qt::Key_Return);
    d.waitIdle();
    CHECK(d.wizard->currentId() == FirstRunWizard::EnrollPage);
    const QString refused = d.message("wizardEnrollMessage");
    CHECK_FALSE(refused.isEmpty());
    CHECK(d.focus() == d.field<QLineEdit>("wizardCode"));
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-enroll-wrong-code"));
    CHECK_FALSE(d.enrolled());

    // Esc: nothing kept.
    d.key(Qt::Key_Escape);
    CHECK(d.wizard->result() == QDialog::Rejected);
    d.settings->sync();
    CHECK(d.settings->allKeys().isEmpty());
    CHECK_FALSE(d.enrolled());
}

TEST_CASE("First-run wizard: skipping the server works in demo mode", "[gui][firstrun]")
{
    NewDevice d;
    d.key(Qt::Key_Return);
    REQUIRE(d.wizard->currentId() == FirstRunWizard::ServerPage);
    d.key(Qt::Key_Tab);
    REQUIRE(d.focus() == d.field<QCheckBox>("wizardDemo"));
    d.key(Qt::Key_Space);
    CHECK(d.wizard->demoMode());
    CHECK_FALSE(d.field<QLineEdit>("wizardServer")->isEnabled());
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-demo"));
    d.key(Qt::Key_Return);
    // No enrollment page: straight to the printer.
    REQUIRE(d.wizard->currentId() == FirstRunWizard::PrinterPage);
    d.key(Qt::Key_Return);
    d.key(Qt::Key_Return);
    REQUIRE(d.wizard->currentId() == FirstRunWizard::SummaryPage);
    test::saveScreenshot(d.wizard.get(), QStringLiteral("firstrun-demo-summary"));
    d.key(Qt::Key_Return);
    CHECK(d.wizard->result() == QDialog::Accepted);
    CHECK_FALSE(d.enrolled());
    d.settings->sync();
    const ClientPreferences kept = ClientSettings::load(*d.settings);
    CHECK(kept.serverUrl == QStringLiteral("http://127.0.0.1:8470"));
    CHECK(kept.idleLockMinutes == 15);
}
