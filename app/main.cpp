#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    ow::MainWindow window;
    window.show();
    return QApplication::exec();
}
