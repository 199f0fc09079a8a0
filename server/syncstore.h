#pragma once

#include "domain/workcalendar.h"
#include "store/database.h"
#include "sync/syncprotocol.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>

#include <memory>

namespace ow {

class CaseStore;
struct Case;
class EntitySync;

// An enrolled device as the server knows it.
struct DeviceRecord
{
    QString id;
    QString placeCode;
    QString shortId;
    QString name;
    qint64 stream = 1;
    QDateTime enrolledAt;
    QDateTime tokenExpiresAt;
    QDateTime revokedAt;
    qint64 lastSeq = 0; // of the current stream
};

// The server's sync state, all of it in the database (so several server processes may serve one
// database): devices and their enrollment, the mutations applied, the pull change log. Errors
// carry the protocol's error codes (sync::code); for sync.device_regressed the detail is the
// stream's last_seq, for sync.mutation_conflict the mutation id.
//
// One SyncStore per database connection (per thread).
class SyncStore final
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)
public:
    explicit SyncStore(std::shared_ptr<Database> database);
    ~SyncStore();

    std::shared_ptr<Database> database() const { return m_database; }

    // Operator commands.
    Result<QString> createEnrollmentCode(const QString &placeCode, const QString &deviceName,
                                         const QDateTime &nowUtc);
    Status revoke(const QString &deviceId, const QDateTime &nowUtc);
    Result<QList<DeviceRecord>> devices() const;
    // Deletes superseded pull changes older than pull_history_days; returns how many.
    Result<qint64> compact(const QDateTime &nowUtc);
    // Writes the server's catalogue, calendar and directory as `global` changes (after an import
    // or init). Call inside the import's transaction (or alone: it makes its own).
    Status publishGlobal(const QStringList &entities, const QDateTime &nowUtc);

    // The change log of rows written straight into the tables (demo seed): every case, task
    // and rating that has no change yet, as a push would log it (each case's whole snapshot in
    // its place's bucket and its release place's, tasks and ratings in theirs), and the
    // directory, so that devices pull what the seed made. One transaction.
    struct SeedPublished
    {
        qint64 cases = 0;
        qint64 tasks = 0;
        qint64 ratings = 0;
        qint64 changes = 0;
    };
    Result<SeedPublished> publishSeeded(const QDateTime &nowUtc);

    // Protocol.
    Result<sync::EnrollResponse> enroll(const sync::EnrollRequest &request,
                                        const QDateTime &nowUtc);
    Result<DeviceRecord> authenticate(const QByteArray &authorization, const QDateTime &nowUtc);
    Result<sync::RestreamResponse> restream(const DeviceRecord &device, const QDateTime &nowUtc);
    QStringList buckets(const DeviceRecord &device) const;
    // deadline: stop applying (stopped = request.timeout) once it has passed.
    Result<sync::PushResponse> push(const DeviceRecord &device, const sync::PushRequest &request,
                                    const QDateTime &nowUtc, const QDeadlineTimer &deadline);
    Result<sync::PullResponse> pull(const DeviceRecord &device, const QString &bucket,
                                    const QString &cursor, int limit);

    QString setting(const QString &key, const QString &fallback = {}) const;

private:
    struct Applied;
    Result<sync::PushResponse> pushOnce(const DeviceRecord &device,
                                        const sync::PushRequest &request, const QDateTime &nowUtc,
                                        const QDeadlineTimer &deadline, bool optimistic);
    Result<QString> allocateShortId(const QSqlDatabase &db, const QString &placeCode,
                                    const QString &deviceId, const QDateTime &nowUtc);
    Status appendChange(const QSqlDatabase &db, const QString &bucket, const QString &entity,
                        const QString &entityId, qint64 version, const QByteArray &data,
                        const QDateTime &nowUtc);
    Status ensureCaseStore();
    // Duplicate applications among the cases this push received or accepted (duplicateflags.cpp).
    Status flagDuplicateApplications(const QSqlDatabase &db, const sync::PushRequest &request,
                                     const sync::PushResponse &response,
                                     const QHash<QString, Case> &touched, const QDateTime &nowUtc);

    std::shared_ptr<Database> m_database;
    std::unique_ptr<WorkCalendar> m_calendar;
    QString m_calendarLoadedAt;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<EntitySync> m_entities;
};

} // namespace ow
