#pragma once

#include "domain/actor.h"
#include "syncengine.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace ow {

class ServerProbe;

// What the status bar and the sync panel show.
struct SyncStatus
{
    enum class Connection { Unknown, Online, Offline };
    Connection connection = Connection::Unknown;
    bool enrolled = false;
    bool syncing = false;
    bool stopped = false; // revoked or upgrade required: no more attempts until fixed
    qint64 queued = 0;    // pending outbox mutations
    qint64 rejected = 0;  // mutations the server refused
    QDateTime lastSuccess;
    QString lastError; // translated; empty after a successful sync
    qint64 clockOffsetMs = 0;
    bool clockWarning = false; // the server's clock differs by more than clockWarningMs

    static constexpr qint64 clockWarningMs = 5 * 60 * 1000;
};

// Runs sync on a worker thread with its own connection to the local store (the GUI's writes
// and the worker's queue on SQLite's write lock): automatically while the server answers the
// probe, soon after a local change, and on demand. Never blocks the GUI.
class SyncClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClient)
public:
    SyncClient(const QString &databasePath, const Actor &actor, QObject *parent = nullptr);
    ~SyncClient() override;

    // The server to probe when the device is not enrolled yet (enrollment names its own).
    void setFallbackServerUrl(const QUrl &url);
    void setActor(const Actor &actor);
    void setAutoSyncDelayMs(int ms) { m_autoDelayMs = ms; }
    // How often the queue is recounted (local writes show up and trigger a sync soon).
    void setRecountIntervalMs(int ms);
    void start();

    SyncStatus status() const { return m_status; }
    ServerProbe *probe() const { return m_probe; }
    QUrl serverUrl() const;
    QString databasePath() const { return m_databasePath; }

    void syncNow();      // F5: a cycle at once (or right after the running one)
    void localChanged(); // a write queued a mutation: recount, and sync soon
    void refresh();      // re-read the queue and the enrollment (e.g. after enrolling)

signals:
    void statusChanged(const ow::SyncStatus &status);
    void cycleFinished(const ow::SyncOutcome &outcome);

private:
    void runOnWorker();
    void finishCycle(const SyncOutcome &outcome, qint64 queued, qint64 rejected,
                     const SyncRecord &record, bool enrolled, bool revoked, const QUrl &server);
    void applyCounts(qint64 queued, qint64 rejected, const SyncRecord &record, bool enrolled,
                     bool revoked, const QUrl &server);
    void probed();
    void emitStatus();

    QString m_databasePath;
    Actor m_actor;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread, owns the worker's connection
    ServerProbe *m_probe = nullptr;
    QTimer *m_soon = nullptr;
    QTimer *m_recount = nullptr;
    QUrl m_fallbackUrl;
    QUrl m_enrolledUrl;
    SyncStatus m_status;
    bool m_running = false;
    bool m_again = false;
    int m_autoDelayMs = 2000;
};

} // namespace ow

Q_DECLARE_METATYPE(ow::SyncStatus)
Q_DECLARE_METATYPE(ow::SyncOutcome)
