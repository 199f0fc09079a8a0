#include "language.h"
#include "mainwindow.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

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
                                        QStringLiteral("Work as this user (until sign-in exists)."),
                                        QStringLiteral("username"));
    parser.addOptions({langOption, serverOption, dbOption, userOption});
    parser.process(app);

    ow::Language::install(ow::Language::resolve(parser.value(langOption)));

    const QString dbPath
            = parser.isSet(dbOption) ? parser.value(dbOption) : ow::Database::defaultPath();
    auto workspace = ow::Workspace::open(dbPath);
    if (!workspace) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("main", "OneWindow cannot start"),
                              workspace.error().message);
        return 1;
    }
    if (parser.isSet(userOption)) {
        if (ow::Status s = workspace.value()->setCurrentUser(parser.value(userOption)); !s) {
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("main", "OneWindow cannot start"),
                                  s.error().message);
            return 1;
        }
    }
    const QUrl server = parser.isSet(serverOption)
            ? QUrl::fromUserInput(parser.value(serverOption))
            : QUrl::fromUserInput(workspace.value()->settings().value(
                    ow::LocalSettings::serverUrlKey(), QStringLiteral("http://127.0.0.1:8470")));

    ow::MainWindow window(*workspace.value(), server);
    window.show();
    return QApplication::exec();
}
