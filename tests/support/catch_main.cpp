#define CATCH_CONFIG_RUNNER
#include "testsupport.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs the binary at build time, with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the user's real data folders from a test.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindowTests"));
    QApplication::setApplicationName(QStringLiteral("onewindow-tests"));
    return Catch::Session().run(argc, argv);
}
