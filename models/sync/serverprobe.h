#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace ow {

// Whether the server answers: GETs <base>/health now and then (every 30 s while it answers;
// after a failure 2 s, doubling up to 60 s) and on demand. The status bar shows state(),
// lastError() and the clock offset.
class ServerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProbe)
public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    struct Intervals
    {
        int onlineMs = 30'000;
        int offlineFirstMs = 2'000;
        int offlineMaxMs = 60'000;
        int timeoutMs = 5'000;
    };

    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    void setBaseUrl(const QUrl &baseUrl); // back to Unknown; probes now when started
    QUrl baseUrl() const { return m_baseUrl; }
    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }

    void start();    // probe now, then periodically
    void stop();     // no more probes; the state stays
    void probeNow(); // one probe at once (ignored while one is under way)

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }         // translated; empty when Online
    QString serverVersion() const { return m_serverVersion; } // from the last answer
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }  // server time - local time
    QDateTime lastContact() const { return m_lastContact; }   // UTC; invalid if never
    int nextProbeMs() const;                                  // -1 when stopped

signals:
    void stateChanged(ow::ServerProbe::State state);
    void probed(); // after every probe, answered or not

private:
    void finished(QNetworkReply *reply, qint64 sentAtMs);
    void succeed(const QString &version, qint64 offsetMs);
    void failWith(const QString &message);
    void setState(State state);
    void scheduleNext();

    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QNetworkReply *m_pending = nullptr;
    QUrl m_baseUrl;
    Intervals m_intervals;
    bool m_running = false;
    int m_failures = 0;
    State m_state = State::Unknown;
    QString m_lastError;
    QString m_serverVersion;
    qint64 m_clockOffsetMs = 0;
    QDateTime m_lastContact;
};

} // namespace ow
