#pragma once

#include <QMainWindow>

namespace ow {

// Composes the screens and the actions; holds no rule of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace ow
