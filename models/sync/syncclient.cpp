#include "syncclient.h"

#include "serverprobe.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

namespace ow {

namespace {

// The worker's state: created, used and destroyed on the sync thread only.
class Worker final : public QObject
{
public:
    explicit Worker(QString databasePath)
        : m_path(std::move(databasePath))
    { }

    std::shared_ptr<Database> database()
    {
        if (!m_database) {
            auto opened = Database::open(m_path);
            if (opened)
                m_database = opened.value();
        }
        return m_database;
    }

private:
    QString m_path;
    std::shared_ptr<Database> m_database;
};

} // namespace

SyncClient::SyncClient(const QString &databasePath, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_actor(actor)
    , m_thread(new QThread(this))
    , m_probe(new ServerProbe(this))
    , m_soon(new QTimer(this))
    , m_recount(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new Worker(databasePath);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_soon->setSingleShot(true);
    connect(m_soon, &QTimer::timeout, this, [this] {
        if (m_probe->state() == ServerProbe::State::Online)
            syncNow();
    });
    connect(m_probe, &ServerProbe::probed, this, &SyncClient::probed);
    m_recount->setInterval(3000);
    connect(m_recount, &QTimer::timeout, this, &SyncClient::refresh);
    m_thread->start();
}

SyncClient::~SyncClient()
{
    m_probe->stop();
    // Ends a running cycle at its next request (quit() leaves the worker's nested loops).
    m_thread->quit();
    m_thread->wait();
}

void SyncClient::setFallbackServerUrl(const QUrl &url)
{
    m_fallbackUrl = url;
    if (!m_enrolledUrl.isValid())
        m_probe->setBaseUrl(url);
}

QUrl SyncClient::serverUrl() const
{
    return m_enrolledUrl.isValid() ? m_enrolledUrl : m_fallbackUrl;
}

void SyncClient::setActor(const Actor &actor)
{
    m_actor = actor;
}

void SyncClient::start()
{
    refresh();
    m_probe->start();
    m_recount->start();
}

void SyncClient::setRecountIntervalMs(int ms)
{
    m_recount->setInterval(ms);
}

void SyncClient::refresh()
{
    QPointer<SyncClient> self(this);
    QMetaObject::invokeMethod(
            m_worker,
            [self, worker = m_worker] {
                auto database = static_cast<Worker *>(worker)->database();
                if (!database)
                    return;
                LocalSyncStore store(database);
                const auto enrollment = store.enrollment();
                const qint64 queued = store.pendingCount();
                const qint64 rejected = store.rejectedCount();
                const SyncRecord record = store.record();
                const QUrl server = enrollment ? QUrl(enrollment->serverUrl) : QUrl();
                const bool enrolled = enrollment.has_value();
                const bool revoked = enrollment && enrollment->revoked;
                // The counter's commits only append to the write-ahead log (Workspace::open):
                // copying it into the database file is this thread's work, off the counter's.
                if (Status s = database->checkpoint(); !s)
                    qWarning("checkpoint: %s", qPrintable(s.error().message));
                QMetaObject::invokeMethod(self, [=] {
                    if (self)
                        self->applyCounts(queued, rejected, record, enrolled, revoked, server);
                });
            },
            Qt::QueuedConnection);
}

void SyncClient::localChanged()
{
    refresh();
}

void SyncClient::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_status.syncing = true;
    emitStatus();
    runOnWorker();
}

void SyncClient::runOnWorker()
{
    QPointer<SyncClient> self(this);
    const Actor actor = m_actor;
    QMetaObject::invokeMethod(
            m_worker,
            [self, actor, worker = m_worker] {
                SyncOutcome outcome;
                auto database = static_cast<Worker *>(worker)->database();
                if (!database) {
                    outcome.errorCode = QStringLiteral("db.cannot_open");
                    outcome.error = SyncEngine::tr("The sync worker cannot open the local "
                                                   "database.");
                    QMetaObject::invokeMethod(self, [=] {
                        if (self)
                            self->finishCycle(outcome, 0, 0, {}, false, false, {});
                    });
                    return;
                }
                SyncEngine engine(database, actor);
                outcome = engine.runCycle();
                LocalSyncStore store(database);
                const auto enrollment = store.enrollment();
                const qint64 queued = store.pendingCount();
                const qint64 rejected = store.rejectedCount();
                const SyncRecord record = store.record();
                const QUrl server = enrollment ? QUrl(enrollment->serverUrl) : QUrl();
                const bool enrolled = enrollment.has_value();
                const bool revoked = enrollment && enrollment->revoked;
                QMetaObject::invokeMethod(self, [=] {
                    if (self)
                        self->finishCycle(outcome, queued, rejected, record, enrolled, revoked,
                                          server);
                });
            },
            Qt::QueuedConnection);
}

void SyncClient::applyCounts(qint64 queued, qint64 rejected, const SyncRecord &record,
                             bool enrolled, bool revoked, const QUrl &server)
{
    // New local work while the server answers: send it soon.
    if (queued > m_status.queued && !m_running && enrolled && !revoked
        && m_probe->state() == ServerProbe::State::Online && !m_soon->isActive()) {
        m_soon->start(m_autoDelayMs);
    }
    m_status.queued = queued;
    m_status.rejected = rejected;
    m_status.enrolled = enrolled;
    m_status.lastSuccess = record.lastSuccessAt;
    if (!m_running)
        m_status.lastError = record.lastError;
    if (revoked)
        m_status.stopped = true;
    if (record.lastAttemptAt.isValid()) {
        m_status.clockOffsetMs = record.clockOffsetMs;
        m_status.clockWarning = qAbs(record.clockOffsetMs) > SyncStatus::clockWarningMs;
    }
    if (server.isValid() && server != m_enrolledUrl) {
        m_enrolledUrl = server;
        m_probe->setBaseUrl(server);
    }
    emitStatus();
}

void SyncClient::finishCycle(const SyncOutcome &outcome, qint64 queued, qint64 rejected,
                             const SyncRecord &record, bool enrolled, bool revoked,
                             const QUrl &server)
{
    m_running = false;
    m_status.syncing = false;
    if (outcome.reachable)
        m_status.connection = SyncStatus::Connection::Online;
    m_status.stopped = outcome.stop == SyncOutcome::Stop::Revoked
            || outcome.stop == SyncOutcome::Stop::UpgradeRequired;
    m_status.lastError = outcome.ok ? QString() : outcome.error;
    if (outcome.clockOffsetMs) {
        m_status.clockOffsetMs = *outcome.clockOffsetMs;
        m_status.clockWarning = qAbs(*outcome.clockOffsetMs) > SyncStatus::clockWarningMs;
    }
    applyCounts(queued, rejected, record, enrolled, revoked, server);
    m_status.lastError = outcome.ok ? QString() : outcome.error;
    emitStatus();
    emit cycleFinished(outcome);
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void SyncClient::probed()
{
    const bool online = m_probe->state() == ServerProbe::State::Online;
    m_status.connection = online ? SyncStatus::Connection::Online : SyncStatus::Connection::Offline;
    if (online) {
        m_status.clockOffsetMs = m_probe->clockOffsetMs();
        m_status.clockWarning = qAbs(m_status.clockOffsetMs) > SyncStatus::clockWarningMs;
    }
    emitStatus();
    // The server answers: sync (each answered probe, so every 30 s while online).
    if (online && m_status.enrolled && !m_status.stopped)
        syncNow();
}

void SyncClient::emitStatus()
{
    emit statusChanged(m_status);
}

} // namespace ow
