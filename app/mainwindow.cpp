#include "mainwindow.h"

namespace ow {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("OneWindow"));
}

MainWindow::~MainWindow() = default;

} // namespace ow
