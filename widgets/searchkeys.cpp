#include "searchkeys.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace ow {

bool forwardResultNavigation(QKeyEvent *key, QWidget *results)
{
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        QCoreApplication::sendEvent(results, key);
        return true;
    default:
        return false;
    }
}

} // namespace ow
