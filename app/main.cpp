#include "clientsettings.h"
#include "documentprinter.h"
#include "enrollmentdialog.h"
#include "firstrunservice.h"
#include "firstrunwizard.h"
#include "language.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "signinservice.h"
#include "store/localsyncstore.h"
#include "store/practicemode.h"
#include "store/workspace.h"
#include "sync/syncengine.h"
#include "sync/synchttp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>
#include <QTextStream>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    QApplication::setWindowIcon(
            QIcon::fromTheme(QStringLiteral("onewindow"))); // icon from the package

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow counter client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: zh_CN or en (default: system)."),
                                        QStringLiteral("language"));
    const QCommandLineOption serverOption(
            QStringLiteral("server"), QStringLiteral("Server address, e.g. http://127.0.0.1:8470."),
            QStringLiteral("url"));
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            QStringLiteral("Local database file (default: %1).").arg(ow::Database::defaultPath()),
            QStringLiteral("path"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("The user name the sign-in dialog offers."),
                                        QStringLiteral("username"));
    const QCommandLineOption enrollOption(
            QStringLiteral("enroll"),
            QStringLiteral("Enroll this device with the server using the one-time code (from "
                           "onewindow-server device enroll); ignored when it is enrolled with "
                           "that server already."),
            QStringLiteral("code"));
    parser.addOptions({langOption, serverOption, dbOption, userOption, enrollOption});
    parser.process(app);

    // The settings dialog's choices (QSettings); the command line wins.
    const QSettings settings;
    ow::Language::install(ow::Language::resolve(
            parser.isSet(langOption)
                    ? parser.value(langOption)
                    : settings.value(ow::ClientSettings::languageKey()).toString()));

    const QString dbPath
            = parser.isSet(dbOption) ? parser.value(dbOption) : ow::Database::defaultPath();
    auto workspace = ow::Workspace::open(dbPath);
    if (!workspace) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("main", "OneWindow cannot start"),
                              workspace.error().message);
        return 1;
    }
    const std::shared_ptr<ow::Database> database = workspace.value()->database();
    const auto enrollment = ow::LocalSyncStore(database).enrollment();
    ow::ClientPreferences preferences = ow::ClientSettings::load(
            settings, workspace.value()->settings().value(ow::LocalSettings::serverUrlKey()));
    const bool newDevice = !enrollment && !ow::ClientSettings::hasPreferences(settings)
            && !parser.isSet(enrollOption) && !parser.isSet(serverOption);
    // Practice work on this device (not enrolled: PracticeMode), which enrolling clears.
    QString practiceData;
    if (workspace.value()->practiceMode()) {
        if (const auto counts = ow::PracticeMode::count(database->connection());
            counts && !counts->isEmpty())
            practiceData = ow::PracticeMode::describe(counts.value());
    }
    if (newDevice) {
        // A new device: the first-run wizard (language, server, enrollment, printer, idle lock).
        QSettings store;
        ow::FirstRunService service(database, workspace.value()->actor(), store);
        ow::FirstRunWizard wizard(service, workspace.value()->directory().load().places,
                                  ow::DocumentPrinter::availablePrinters(),
                                  ow::DocumentPrinter::defaultPrinterName(), preferences);
        wizard.setPracticeData(practiceData);
        QObject::connect(&wizard, &ow::FirstRunWizard::languageChosen, &wizard,
                         [](const QString &language) {
                             ow::Language::install(ow::Language::resolve(language));
                         });
        if (wizard.exec() == QDialog::Accepted)
            preferences = wizard.preferences();
    }
    const QUrl server = QUrl::fromUserInput(parser.isSet(serverOption) ? parser.value(serverOption)
                                                                       : preferences.serverUrl);
    ow::DocumentPrinter::setPreferredPrinter(preferences.printerName);
    // The county's own CA (setting server/ca_file), before anything talks to the server.
    if (!preferences.caFile.isEmpty()) {
        if (ow::Status trusted = ow::SyncHttp::trustCaCertificates(preferences.caFile); !trusted) {
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Server certificate"),
                                 trusted.error().message);
        }
    }
    const auto enrollWith = [&](const QUrl &url, const QString &code) -> ow::Status {
        auto enrolled = ow::SyncEnroller::enroll(database, url, code, QSysInfo::machineHostName(),
                                                 workspace.value()->actor());
        if (!enrolled)
            return enrolled.error();
        return ow::Status::success();
    };
    if (parser.isSet(enrollOption)) {
        // A new code also replaces an enrollment the server no longer accepts.
        const QString lastError = ow::LocalSyncStore(database).record().lastErrorCode;
        bool go = !enrollment || enrollment->revoked || QUrl(enrollment->serverUrl) != server
                || lastError.startsWith(QLatin1String("auth."));
        if (go && !practiceData.isEmpty()) {
            go = QMessageBox::question(nullptr,
                                       QCoreApplication::translate("main", "Enroll this device"),
                                       ow::EnrollmentDialog::practiceWarning(practiceData)
                                               + QStringLiteral("\n\n")
                                               + QCoreApplication::translate("main", "Enroll now?"))
                    == QMessageBox::Yes;
        }
        if (go) {
            if (ow::Status s = enrollWith(server, parser.value(enrollOption)); !s) {
                QTextStream(stderr) << s.error().message << '\n';
                QMessageBox::warning(nullptr,
                                     QCoreApplication::translate("main", "Enrollment failed"),
                                     s.error().message);
            }
        }
    } else if ((!enrollment || enrollment->revoked) && !newDevice) {
        // Not enrolled: enroll now, or later from the Sync menu (practice mode until then). A
        // revoked device enrolls again here, before anyone can sign in on it.
        ow::EnrollmentDialog dialog(server, enrollWith);
        dialog.setPracticeData(practiceData);
        dialog.exec();
    }
    // Nobody works before signing in: online against the server, offline at a township point
    // with the grant of the last online sign-in, or (not enrolled yet) in practice mode as a demo
    // user, without a password: nothing done in practice mode is valid or ever sent.
    ow::SignInOptions signInOptions;
    signInOptions.offlineDays = ow::ClientSettings::offlineDays(settings);
    signInOptions.pinnedKey = ow::SignInService::loadPinnedKey(workspace.value()->actor().deviceId);
    ow::SignInService signIn(database, signInOptions);
    {
        ow::SignInDialog dialog(signIn, ow::SignInDialog::Mode::SignIn);
        dialog.setUsername(parser.isSet(userOption) ? parser.value(userOption) : QString());
        if (workspace.value()->practiceMode())
            dialog.setNote(ow::MainWindow::practiceSignInNote());
        if (dialog.exec() != QDialog::Accepted || !signIn.signedIn())
            return 0;
    }
    ow::SignInService::savePinnedKey(workspace.value()->actor().deviceId, signIn.serverKey());
    if (ow::Status s = workspace.value()->setCurrentUser(signIn.signedIn()->user.username); !s) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("main", "OneWindow cannot start"),
                              s.error().message);
        return 1;
    }

    ow::MainWindow window(*workspace.value(), server);
    window.setSignInOptions(signInOptions);
    window.setServerSession(signIn.session());
    window.show();
    return QApplication::exec();
}
