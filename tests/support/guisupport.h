#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace ow::test {

// Saves a PNG of a widget into build/screenshots/ so that people can look at what users see.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(ONEWINDOW_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    return path;
}

} // namespace ow::test
