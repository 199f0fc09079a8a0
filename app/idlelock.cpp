#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>

namespace ow {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_paused = true;
        emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    restart();
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    restart();
}

void IdleLock::restart()
{
    if (m_timeoutMs <= 0 || m_paused) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_timeoutMs);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_paused && m_timeoutMs > 0)
            m_timer.start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ow
