#pragma once

#include <QObject>
#include <QTimer>

namespace ow {

// Watches the application's keyboard and mouse input; after `timeoutMs` without any it emits
// idle() once (until restarted). 0 switches it off.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    // While paused (the lock is showing) input does not restart the count.
    void setPaused(bool paused);
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_paused = false;
};

} // namespace ow
