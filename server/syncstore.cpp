#include "syncstore.h"

#include "countyrollup.h"
#include "domain/casenumber.h"
#include "domain/directory.h"
#include "domain/permissions.h"
#include "domain/uuidv7.h"
#include "embeddeddata.h"
#include "entitysync.h"
#include "pullcursor.h"
#include "store/auditlog.h"
#include "store/calendarstore.h"
#include "store/casestore.h"
#include "store/catalogstore.h"
#include "store/changejournal.h"
#include "store/directorystore.h"
#include "store/pgstatement.h"
#include "store/sqldialect.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace ow {

namespace {

using namespace sync;

QString iso(const QDateTime &t)
{
    return isoTime(t);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

template<typename Query>
Error dbError(const Query &q)
{
    return {code::dbUnavailable(), QStringLiteral("The database does not answer."),
            q.lastError().text()};
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// 32 symbols without 0/O, 1/I: read aloud and typed by hand.
const char codeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString normalisedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

// The n-th short id of a place (0-based): two characters while they last, then three. Never
// starts with Z (a device's provisional short id before enrollment does).
QString shortIdAt(int n)
{
    static const QString first = QStringLiteral("ABCDEFGHJKLMNPQRTUVWXY");          // 22
    static const QString rest = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUVWXY"); // 32
    if (n < first.size() * rest.size())
        return QString(first[n / int(rest.size())]) + rest[n % int(rest.size())];
    n -= int(first.size() * rest.size());
    return QString(first[(n / int(rest.size() * rest.size())) % int(first.size())])
            + rest[(n / int(rest.size())) % int(rest.size())] + rest[n % int(rest.size())];
}

// The server's journal: the audit row only; the pull change log is written by SyncStore once per
// touched case and batch.
class ServerJournal final : public ChangeJournal
{
public:
    Status record(const QSqlDatabase &db, const Actor &actor, const JournalEntry &entry) override
    {
        QJsonObject detail = entry.auditDetail;
        detail.insert(QStringLiteral("mutation_id"), entry.mutationId);
        return AuditLog::record(db, actor, entry.name, entry.entity, entry.entityId, detail);
    }
    bool wantsPayload() const override { return false; }
};

} // namespace

SyncStore::SyncStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    // A push batch writes a few MiB in one transaction: with SQLite's default 2 MiB page cache
    // dirty pages spilled into the WAL half way through, and were written again at commit.
    // A savepoint's (and a multi-row statement's) undo pages go to the statement journal, by
    // default a temporary file: written with pwrite for every page a step touched.
    if (m_database->dialect() == SqlDialect::Sqlite) {
        QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
        QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

SyncStore::~SyncStore() = default;

QString SyncStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT value FROM server_settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status SyncStore::ensureCaseStore()
{
    // The calendar may be replaced by `calendar import` in another process: reload on change.
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT loaded_at FROM calendar_info WHERE id = 1")))
        return dbError(q);
    const QString loadedAt = q.next() ? q.value(0).toString() : QString();
    if (m_cases && loadedAt == m_calendarLoadedAt)
        return Status::success();
    auto calendar = CalendarStore(m_database).load();
    if (!calendar)
        return calendar.error();
    m_cases.reset();
    m_entities.reset();
    m_calendar = std::make_unique<WorkCalendar>(calendar.value());
    m_calendarLoadedAt = loadedAt;
    m_cases = std::make_unique<CaseStore>(m_database, *m_calendar);
    m_cases->setJournal(std::make_shared<ServerJournal>());
    m_cases->setNameGrams(false); // no search by name here (server migration 11)
    m_entities = std::make_unique<EntitySync>(m_database, *m_calendar,
                                              std::make_shared<ServerJournal>());
    return Status::success();
}

// Enrollment

Result<QString> SyncStore::createEnrollmentCode(const QString &placeCode, const QString &deviceName,
                                                const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    if (!DirectoryStore(m_database).place(placeCode)) {
        return Error{QStringLiteral("place.not_found"),
                     tr("There is no place %1. Add it to the directory first.").arg(placeCode),
                     {}};
    }
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(codeAlphabet[QRandomGenerator::system()->bounded(32)]);
    }
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO enrollment_codes (code_hash, place_code, device_name,"
                             " created_at, expires_at) VALUES (?,?,?,?,?)"));
    q.addBindValue(sha256Hex(normalisedCode(code).toUtf8()));
    q.addBindValue(placeCode);
    q.addBindValue(sqlText(deviceName));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(iso(nowUtc.addDays(enrollmentCodeValidDays)));
    if (!q.exec())
        return dbError(q);
    Actor system{QStringLiteral("system"), QStringLiteral("system"), placeCode,
                 QStringLiteral("server")};
    if (Status s = AuditLog::record(db, system, QStringLiteral("device.enrollment_code"),
                                    QStringLiteral("place"), placeCode,
                                    {{QStringLiteral("device_name"), deviceName}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return code;
}

Result<QString> SyncStore::allocateShortId(const QSqlDatabase &db, const QString &placeCode,
                                           const QString &deviceId, const QDateTime &nowUtc)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM device_short_ids WHERE place_code = ?"));
    q.addBindValue(placeCode);
    if (!q.exec() || !q.next())
        return dbError(q);
    int n = q.value(0).toInt();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO device_short_ids (place_code, short_id, device_id,"
                                  " assigned_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING"));
    for (int attempt = 0; attempt < 1000; ++attempt, ++n) {
        const QString id = shortIdAt(n);
        insert.addBindValue(placeCode);
        insert.addBindValue(id);
        insert.addBindValue(deviceId);
        insert.addBindValue(iso(nowUtc));
        if (!insert.exec())
            return dbError(insert);
        if (insert.numRowsAffected() == 1)
            return id;
    }
    return Error{code::dbUnavailable(), QStringLiteral("No short id is free."), placeCode};
}

Result<EnrollResponse> SyncStore::enroll(const EnrollRequest &request, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Error{code::dbUnavailable(), QStringLiteral("The database is busy."),
                     transaction.error().detail};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT place_code, device_name, expires_at, used_at"
                             " FROM enrollment_codes WHERE code_hash = ?"));
    const QString hash = sha256Hex(normalisedCode(request.code).toUtf8());
    q.addBindValue(hash);
    if (!q.exec())
        return dbError(q);
    if (!q.next() || !q.value(3).isNull() || parseTime(q.value(2).toString()) < nowUtc) {
        return Error{code::invalidCode(),
                     QStringLiteral("The enrollment code is unknown, used or expired. Ask the "
                                    "administrator for a new one."),
                     {}};
    }
    EnrollResponse response;
    response.placeCode = q.value(0).toString();
    const QString name = request.deviceName.isEmpty() ? q.value(1).toString() : request.deviceName;
    response.deviceId = UuidV7::createString();
    // Insert the device first: device_short_ids refers to it.
    QByteArray tokenBytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(tokenBytes.data()),
                                          tokenBytes.size() / 4);
    response.token = QString::fromLatin1(
            tokenBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    response.tokenExpiresAt = nowUtc.addDays(tokenValidDays);
    response.stream = 1;
    q.prepare(QStringLiteral("INSERT INTO devices (id, place_code, short_id, name, token_hash,"
                             " token_expires_at, stream, client_version, enrolled_at)"
                             " VALUES (?,?,'',?,?,?,1,?,?)"));
    q.addBindValue(response.deviceId);
    q.addBindValue(response.placeCode);
    q.addBindValue(sqlText(name));
    q.addBindValue(sha256Hex(response.token.toLatin1()));
    q.addBindValue(iso(response.tokenExpiresAt));
    q.addBindValue(sqlText(request.clientVersion));
    q.addBindValue(iso(nowUtc));
    if (!q.exec())
        return dbError(q);
    auto shortId = allocateShortId(db, response.placeCode, response.deviceId, nowUtc);
    if (!shortId)
        return shortId.error();
    response.shortId = shortId.value();
    q.prepare(QStringLiteral("UPDATE devices SET short_id = ? WHERE id = ?"));
    q.addBindValue(response.shortId);
    q.addBindValue(response.deviceId);
    if (!q.exec())
        return dbError(q);
    q.prepare(QStringLiteral("INSERT INTO device_streams (device_id, stream, last_seq, started_at)"
                             " VALUES (?, 1, 0, ?)"));
    q.addBindValue(response.deviceId);
    q.addBindValue(iso(nowUtc));
    if (!q.exec())
        return dbError(q);
    q.prepare(QStringLiteral("UPDATE enrollment_codes SET used_at = ?, device_id = ?"
                             " WHERE code_hash = ?"));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(response.deviceId);
    q.addBindValue(hash);
    if (!q.exec())
        return dbError(q);
    Actor system{QStringLiteral("system"), QStringLiteral("system"), response.placeCode,
                 response.deviceId};
    if (Status s = AuditLog::record(
                db, system, QStringLiteral("device.enroll"), QStringLiteral("device"),
                response.deviceId,
                {{QStringLiteral("short_id"), response.shortId}, {QStringLiteral("name"), name}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return response;
}

Result<DeviceRecord> SyncStore::authenticate(const QByteArray &authorization,
                                             const QDateTime &nowUtc)
{
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (authorization.isEmpty())
        return Error{code::authMissing(),
                     QStringLiteral("This request needs \"Authorization: Bearer <token>\"."),
                     {}};
    if (!authorization.startsWith(prefix) || authorization.size() > 200)
        return Error{code::invalidToken(), QStringLiteral("The token is not valid."), {}};
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT d.id, d.place_code, d.short_id, d.name, d.stream,"
                             " d.enrolled_at, d.token_expires_at, d.revoked_at, s.last_seq"
                             " FROM devices d LEFT JOIN device_streams s"
                             " ON s.device_id = d.id AND s.stream = d.stream"
                             " WHERE d.token_hash = ?"));
    q.addBindValue(sha256Hex(authorization.mid(prefix.size()).trimmed()));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return Error{code::invalidToken(), QStringLiteral("The token is not valid."), {}};
    DeviceRecord d;
    d.id = q.value(0).toString();
    d.placeCode = q.value(1).toString();
    d.shortId = q.value(2).toString();
    d.name = q.value(3).toString();
    d.stream = q.value(4).toLongLong();
    d.enrolledAt = parseTime(q.value(5).toString());
    d.tokenExpiresAt = parseTime(q.value(6).toString());
    d.revokedAt = q.value(7).isNull() ? QDateTime() : parseTime(q.value(7).toString());
    d.lastSeq = q.value(8).toLongLong();
    if (d.revokedAt.isValid())
        return Error{code::deviceRevoked(),
                     QStringLiteral("This device was revoked by the administrator; it may no "
                                    "longer sync. Ask for a new enrollment."),
                     d.id};
    if (d.tokenExpiresAt < nowUtc)
        return Error{code::tokenExpired(),
                     QStringLiteral("The device's token has expired; enroll the device again."),
                     d.id};
    return d;
}

Status SyncStore::revoke(const QString &deviceId, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?)"
                             " WHERE id = ? OR short_id = ?"));
    q.addBindValue(iso(nowUtc));
    q.addBindValue(deviceId);
    q.addBindValue(deviceId);
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("device.not_found"),
                     tr("There is no device %1 (or the short id names several; use the "
                        "device id).")
                             .arg(deviceId),
                     {}};
    Actor system{QStringLiteral("system"), QStringLiteral("system"), QStringLiteral("server"),
                 QStringLiteral("server")};
    if (Status s = AuditLog::record(db, system, QStringLiteral("device.revoke"),
                                    QStringLiteral("device"), deviceId);
        !s)
        return s;
    return transaction.commit();
}

Result<QList<DeviceRecord>> SyncStore::devices() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT d.id, d.place_code, d.short_id, d.name, d.stream,"
                               " d.enrolled_at, d.token_expires_at, d.revoked_at, s.last_seq"
                               " FROM devices d LEFT JOIN device_streams s"
                               " ON s.device_id = d.id AND s.stream = d.stream"
                               " ORDER BY d.place_code, d.enrolled_at")))
        return dbError(q);
    QList<DeviceRecord> list;
    while (q.next()) {
        DeviceRecord d;
        d.id = q.value(0).toString();
        d.placeCode = q.value(1).toString();
        d.shortId = q.value(2).toString();
        d.name = q.value(3).toString();
        d.stream = q.value(4).toLongLong();
        d.enrolledAt = parseTime(q.value(5).toString());
        d.tokenExpiresAt = parseTime(q.value(6).toString());
        d.revokedAt = q.value(7).isNull() ? QDateTime() : parseTime(q.value(7).toString());
        d.lastSeq = q.value(8).toLongLong();
        list.append(d);
    }
    return list;
}

Result<RestreamResponse> SyncStore::restream(const DeviceRecord &device, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Error{code::dbUnavailable(), QStringLiteral("The database is busy."),
                     transaction.error().detail};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT stream FROM devices WHERE id = ?"));
    q.addBindValue(device.id);
    if (!q.exec() || !q.next())
        return dbError(q);
    RestreamResponse response;
    response.stream = q.value(0).toLongLong() + 1;
    auto shortId = allocateShortId(db, device.placeCode, device.id, nowUtc);
    if (!shortId)
        return shortId.error();
    response.shortId = shortId.value();
    q.prepare(QStringLiteral("UPDATE devices SET stream = ?, short_id = ? WHERE id = ?"));
    q.addBindValue(response.stream);
    q.addBindValue(response.shortId);
    q.addBindValue(device.id);
    if (!q.exec())
        return dbError(q);
    q.prepare(QStringLiteral("INSERT INTO device_streams (device_id, stream, last_seq, started_at)"
                             " VALUES (?, ?, 0, ?)"));
    q.addBindValue(device.id);
    q.addBindValue(response.stream);
    q.addBindValue(iso(nowUtc));
    if (!q.exec())
        return dbError(q);
    Actor system{QStringLiteral("system"), QStringLiteral("system"), device.placeCode, device.id};
    if (Status s = AuditLog::record(db, system, QStringLiteral("device.restream"),
                                    QStringLiteral("device"), device.id,
                                    {{QStringLiteral("stream"), response.stream},
                                     {QStringLiteral("short_id"), response.shortId}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return response;
}

QStringList SyncStore::buckets(const DeviceRecord &device) const
{
    return {globalBucket(), placeBucket(device.placeCode)};
}

// The change log

Status SyncStore::appendChange(const QSqlDatabase &db, const QString &bucket, const QString &entity,
                               const QString &entityId, qint64 version, const QByteArray &data,
                               const QDateTime &nowUtc)
{
    // The bucket's next seq, taken inside the writing transaction: commit order = cursor order.
    qint64 seq = 0;
    {
        PreparedQuery head(db,
                           QStringLiteral("INSERT INTO buckets (name, head) VALUES (?, 1)"
                                          " ON CONFLICT (name) DO UPDATE SET"
                                          " head = buckets.head + 1 RETURNING head"));
        head->addBindValue(bucket);
        if (!head->exec() || !head->next())
            return dbError(*head);
        seq = head->value(0).toLongLong();
    }
    PreparedQuery q(db,
                    QStringLiteral("INSERT INTO change_log (bucket, seq, entity, entity_id,"
                                   " version, data, at) VALUES (?,?,?,?,?,?,?)"));
    q->addBindValue(bucket);
    q->addBindValue(seq);
    q->addBindValue(entity);
    q->addBindValue(entityId);
    q->addBindValue(version);
    q->addBindValue(QString::fromUtf8(data));
    q->addBindValue(iso(nowUtc));
    if (!q->exec())
        return dbError(*q);
    return Status::success();
}

Status SyncStore::publishGlobal(const QStringList &entities, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    for (const QString &entity : entities) {
        QJsonObject data;
        if (entity == entity::catalog()) {
            auto catalog = CatalogStore(m_database).load();
            if (!catalog)
                return catalog.error();
            data = EmbeddedData::catalogJson(catalog.value());
        } else if (entity == entity::calendar()) {
            auto calendar = CalendarStore(m_database).load();
            if (!calendar)
                return calendar.error();
            data = {{QStringLiteral("document"), calendar->serialize()}};
        } else if (entity == entity::directory()) {
            data = DirectoryJson::toJson(DirectoryStore(m_database).load());
        } else {
            continue;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COALESCE(max(version), 0) FROM change_log"
                                 " WHERE entity = ? AND entity_id = ?"));
        q.addBindValue(entity);
        q.addBindValue(entity);
        if (!q.exec() || !q.next())
            return dbError(q);
        const qint64 version = q.value(0).toLongLong() + 1;
        if (Status s
            = appendChange(db, globalBucket(), entity, entity, version, compactJson(data), nowUtc);
            !s)
            return s;
    }
    return transaction.commit();
}

Result<qint64> SyncStore::compact(const QDateTime &nowUtc)
{
    const int days = setting(QStringLiteral("pull_history_days"), QStringLiteral("30")).toInt();
    const QString before = iso(nowUtc.addDays(-qMax(0, days)));
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString superseded = QStringLiteral(
            " FROM change_log c WHERE c.at < ? AND EXISTS (SELECT 1 FROM change_log n"
            " WHERE n.entity = c.entity AND n.entity_id = c.entity_id AND n.bucket = c.bucket"
            " AND n.seq > c.seq)");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.bucket, max(c.seq)") + superseded
              + QStringLiteral(" GROUP BY c.bucket"));
    q.addBindValue(before);
    if (!q.exec())
        return dbError(q);
    QList<QPair<QString, qint64>> floors;
    while (q.next())
        floors.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.prepare(
            QStringLiteral("DELETE FROM change_log WHERE (bucket, seq) IN (SELECT c.bucket, c.seq")
            + superseded + QStringLiteral(")"));
    q.addBindValue(before);
    if (!q.exec())
        return dbError(q);
    const qint64 removed = q.numRowsAffected();
    for (const auto &floor : floors) {
        q.prepare(QStringLiteral("UPDATE buckets SET floor = ? WHERE name = ? AND floor < ?"));
        q.addBindValue(floor.second);
        q.addBindValue(floor.first);
        q.addBindValue(floor.second);
        if (!q.exec())
            return dbError(q);
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return removed;
}

// Push

namespace {

// Rows of one table written together at the end of a push batch: multi-row INSERTs of 64, 32,
// 16 … rows (each size one statement kept prepared), so that PostgreSQL takes a round trip per
// 64 rows instead of one per row.
class RowBuffer
{
public:
    RowBuffer(QString insertHead, int columns)
        : m_head(std::move(insertHead))
        , m_columns(columns)
    { }
    void add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(int(row.size()) == m_columns);
        for (const QVariant &v : row)
            m_values.append(v);
    }
    qsizetype rows() const { return m_values.size() / m_columns; }
    Status flush(const QSqlDatabase &db)
    {
        QString tuple = QStringLiteral("(?");
        for (int c = 1; c < m_columns; ++c)
            tuple += QStringLiteral(",?");
        tuple += QLatin1Char(')');
        qsizetype done = 0;
        while (done < rows()) {
            qsizetype k = 64;
            while (k > rows() - done)
                k /= 2;
            QString sql = m_head + tuple;
            for (qsizetype i = 1; i < k; ++i)
                sql += QLatin1Char(',') + tuple;
            PreparedQuery q(db, sql);
            for (qsizetype i = done * m_columns; i < (done + k) * m_columns; ++i)
                q->addBindValue(m_values[i]);
            if (!q->exec())
                return dbError(*q);
            done += k;
        }
        m_values.clear();
        return Status::success();
    }

private:
    QString m_head;
    int m_columns;
    QVariantList m_values;
};

// pushOnce's answer when an optimistic batch must be applied again with savepoints (never
// reaches the device).
QString retryWithSavepoints()
{
    return QStringLiteral("push.retry_with_savepoints");
}

bool isAccessRefusal(const QString &code)
{
    return code == QLatin1String("role.forbidden") || code == QLatin1String("place.forbidden")
            || code == QLatin1String("department.forbidden")
            || code == QLatin1String("user.inactive");
}

// A refused mutation leaves an audit row in the server's own chain (the device's chain is the
// device's: the server does not write into it).
Status auditRefusal(const QSqlDatabase &db, const DeviceRecord &device, const User &user,
                    const PushMutation &m, const QString &code)
{
    const Actor actor{user.id, user.username, device.placeCode, QStringLiteral("server")};
    return AuditLog::record(db, actor, m.name, m.name.section(QLatin1Char('.'), 0, 0), m.entityId,
                            {{QStringLiteral("code"), code},
                             {QStringLiteral("device_id"), device.id},
                             {QStringLiteral("mutation_id"), m.id}},
                            QStringLiteral("refused"));
}

} // namespace

Result<PushResponse> SyncStore::push(const DeviceRecord &device, const PushRequest &request,
                                     const QDateTime &nowUtc, const QDeadlineTimer &deadline)
{
    // On PostgreSQL two pushes that lock the same cases in opposite orders deadlock; the server
    // aborts one, which is tried again here before the device hears of it.
    // First without a savepoint per mutation (OptimisticBatch): the rules judge each mutation
    // before it writes. When one is refused (or a step rolled back), the batch is undone whole
    // and applied again with a savepoint per mutation, which keeps the refused one's writes out.
    // On PostgreSQL the optimistic pass sends its writes without waiting for their answers
    // (OptimisticBatch): a write that failed there surfaces as a database error of a later
    // statement, so such an error is also answered by the careful pass, which defers nothing.
    const auto apply = [&]() {
        auto pushed = pushOnce(device, request, nowUtc, deadline, true);
        if (!pushed
            && (pushed.error().code == retryWithSavepoints()
                || (m_database->dialect() == SqlDialect::PostgreSql
                    && (pushed.error().code == code::dbUnavailable()
                        || pushed.error().code == QLatin1String("db.error")
                        || pushed.error().code == QLatin1String("db.busy")))))
            pushed = pushOnce(device, request, nowUtc, deadline, false);
        return pushed;
    };
    for (int attempt = 1;; ++attempt) {
        auto pushed = apply();
        if (pushed || attempt == 3 || m_database->dialect() != SqlDialect::PostgreSql
            || pushed.error().code != code::dbUnavailable()
            || !sqldialect::isTransient(pushed.error().detail) || deadline.hasExpired())
            return pushed;
    }
}

Result<PushResponse> SyncStore::pushOnce(const DeviceRecord &device, const PushRequest &request,
                                         const QDateTime &nowUtc, const QDeadlineTimer &deadline,
                                         bool optimistic)
{
    const auto field = [](qsizetype i, const QString &name) {
        return QStringLiteral("mutations[%1].%2").arg(i).arg(name);
    };
    if (request.stream != device.stream) {
        return Error{code::wrongStream(),
                     QStringLiteral("Stream %1 is not the device's current stream %2.")
                             .arg(request.stream)
                             .arg(device.stream),
                     QString::number(device.lastSeq)};
    }
    // Validate the whole request before anything is written.
    QHash<QString, User> users;
    {
        QSet<QString> ids;
        for (const PushMutation &m : request.mutations)
            ids.insert(m.userId);
        DirectoryStore directory(m_database);
        for (const QString &id : std::as_const(ids)) {
            if (auto user = directory.user(id))
                users.insert(id, *user);
        }
    }
    QList<std::optional<Case>> receivedCases(request.mutations.size());
    QList<std::optional<TransitionPayload>> moves(request.mutations.size());
    QSet<QString> idsInBatch;
    for (qsizetype i = 0; i < request.mutations.size(); ++i) {
        const PushMutation &m = request.mutations[i];
        if (i > 0 && m.seq != request.mutations[i - 1].seq + 1)
            return invalidField(field(i, QStringLiteral("seq")),
                                QStringLiteral("not one more than the mutation before"));
        if (idsInBatch.contains(m.id))
            return invalidField(field(i, QStringLiteral("id")),
                                QStringLiteral("twice in the same batch"));
        idsInBatch.insert(m.id);
        // A user disabled since the mutation was made is refused per mutation (below), so the
        // device's queue goes on; an unknown user or one of another place is a broken request.
        const auto user = users.constFind(m.userId);
        if (user == users.constEnd() || user->placeCode != device.placeCode)
            return invalidField(field(i, QStringLiteral("user_id")),
                                QStringLiteral("not a user of place %1").arg(device.placeCode));
        if (m.name == mutation::caseReceive()) {
            auto c = caseFromJson(m.payload);
            if (!c)
                return invalidField(field(i, QStringLiteral("payload.")) + c.error().detail,
                                    c.error().message);
            if (c->id != m.entityId)
                return invalidField(field(i, QStringLiteral("payload.id")),
                                    QStringLiteral("not the entity_id"));
            receivedCases[i] = c.value();
        } else if (EntitySync::handles(m.name)) {
            if (Status st = EntitySync::validate(m); !st) {
                // The payload's field path, from the request's root.
                Error e = st.error();
                const QString path = field(i, QString()) + e.detail;
                e.message.replace(QLatin1Char('"') + e.detail + QLatin1Char('"'),
                                  QLatin1Char('"') + path + QLatin1Char('"'));
                e.detail = path;
                return e;
            }
        } else {
            auto p = TransitionPayload::fromJson(m.payload);
            if (!p)
                return invalidField(field(i, QString()) + p.error().detail, p.error().message);
            if (p->caseId != m.entityId)
                return invalidField(field(i, QStringLiteral("payload.case_id")),
                                    QStringLiteral("not the entity_id"));
            if (m.name == mutation::caseAccept() && p->event != CaseEvent::Accept)
                return invalidField(field(i, QStringLiteral("payload.event")),
                                    QStringLiteral("case.accept carries the event accept"));
            moves[i] = p.value();
        }
    }
    if (Status s = ensureCaseStore(); !s)
        return s.error();

    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Error{code::dbUnavailable(), QStringLiteral("The database is busy; try again."),
                     transaction.error().detail};
    // Inside the batch's write transaction nothing else changes the directory or the catalogue.
    // An optimistic batch also writes a received case's row once, with the moves that follow
    // on it in the batch (CaseStore::Batch, deferCaseRows): a refusal undoes the whole batch.
    CaseStore::Batch batch(*m_cases, optimistic);
    std::optional<OptimisticBatch> optimisticBatch;
    if (optimistic)
        optimisticBatch.emplace(db);
    const Error retry{retryWithSavepoints(), QStringLiteral("Applied again with savepoints."), {}};

    // The device's stream row first: on PostgreSQL the row lock makes a second push of the same
    // device (through another server process, or a replay) wait for this one's commit, and then
    // read the mutations this one stored. SQLite has one writer at a time anyway.
    qint64 lastSeq = 0;
    {
        PreparedQuery q(db,
                        QStringLiteral("SELECT last_seq FROM device_streams WHERE device_id = ?"
                                       " AND stream = ?")
                                + sqldialect::forUpdate(db));
        q->addBindValue(device.id);
        q->addBindValue(request.stream);
        if (!q->exec() || !q->next())
            return dbError(*q);
        lastSeq = q->value(0).toLongLong();
    }
    struct Stored
    {
        QString hash;
        QJsonObject result;
    };
    QHash<QString, Stored> stored;
    QList<QByteArray> hashes;
    {
        // The batch's mutations stored before, in one statement: the ids as one array (a
        // PostgreSQL text[] literal; a JSON array for SQLite's json_each).
        const bool postgres = sqldialect::isPostgres(db);
        QStringList idList;
        for (const PushMutation &m : request.mutations) {
            hashes.append(m.payloadHash());
            idList.append(m.id);
        }
        const QString ids = postgres
                ? pgstatement::textArray(idList)
                : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(idList))
                                            .toJson(QJsonDocument::Compact));
        PreparedQuery q(db,
                        postgres ? QStringLiteral("SELECT mutation_id, payload_hash, result FROM"
                                                  " mutations WHERE mutation_id = ANY(?::text[])")
                                 : QStringLiteral("SELECT mutation_id, payload_hash, result FROM"
                                                  " mutations WHERE mutation_id IN"
                                                  " (SELECT value FROM json_each(?))"));
        q->addBindValue(ids);
        if (!q->exec())
            return dbError(*q);
        while (q->next()) {
            stored.insert(q->value(0).toString(),
                          {q->value(1).toString(),
                           QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object()});
        }
    }
    for (qsizetype i = 0; i < request.mutations.size(); ++i) {
        const PushMutation &m = request.mutations[i];
        const auto s = stored.constFind(m.id);
        if (s != stored.constEnd() && s->hash != QString::fromLatin1(hashes[i]))
            return Error{code::mutationConflict(),
                         QStringLiteral("Mutation %1 was pushed before with a different "
                                        "content; nothing of this batch was applied.")
                                 .arg(m.id),
                         m.id};
        if (s == stored.constEnd() && m.seq <= lastSeq)
            return Error{code::deviceRegressed(),
                         QStringLiteral("Seq %1 was used before by another mutation: the "
                                        "device's data went back in time. Restream and push "
                                        "the unacknowledged mutations again.")
                                 .arg(m.seq),
                         QString::number(lastSeq)};
    }

    PushResponse response;
    response.stream = request.stream;
    QStringList touchedOrder;
    QHash<QString, Case> touched;
    QList<QPair<QString, QString>> touchedEntities; // (entity, id) of tasks, manifests, ratings
    // The mutation rows, written after the loop (nothing in the batch reads them back).
    RowBuffer mutationRows(QStringLiteral("INSERT INTO mutations (mutation_id, device_id, stream,"
                                          " seq, name, entity_id, user_id, payload_hash, status,"
                                          " result, at) VALUES "),
                           11);
    const QString at = iso(nowUtc);
    QSet<QString> shortIds;
    {
        PreparedQuery q(
                db, QStringLiteral("SELECT short_id FROM device_short_ids WHERE device_id = ?"));
        q->addBindValue(device.id);
        if (!q->exec())
            return dbError(*q);
        while (q->next())
            shortIds.insert(q->value(0).toString());
    }
    for (qsizetype i = 0; i < request.mutations.size(); ++i) {
        const PushMutation &m = request.mutations[i];
        if (m.seq > lastSeq + 1) {
            response.stopped = PushStop{code::gap(), lastSeq + 1};
            break;
        }
        if (deadline.hasExpired()) {
            response.stopped = PushStop{code::timeout(), lastSeq + 1};
            break;
        }
        const auto s = stored.constFind(m.id);
        if (s != stored.constEnd()) {
            // Applied before (perhaps under an earlier stream): the stored result again.
            PushResult r;
            if (auto storedResult = PushResult::fromJson(s->result))
                r = storedResult.value();
            r.id = m.id;
            r.seq = m.seq;
            r.status = result::duplicate();
            r.current.reset();
            if (!r.code.isEmpty()) {
                // A refusal again, with the case as it is now: the first answer (and its
                // snapshot) may never have reached the device, whose own moves must not
                // outlive the refusal.
                if (const auto it = touched.constFind(m.entityId); it != touched.constEnd())
                    r.current = caseToJson(*it, true);
                else if (auto current = m_cases->load(m.entityId))
                    r.current = caseToJson(current.value(), true);
            }
            response.results.append(r);
            lastSeq = qMax(lastSeq, m.seq);
            continue;
        }
        const User &user = users[m.userId];
        const Actor actor{user.id, user.username, device.placeCode, device.id};
        PushResult r;
        r.id = m.id;
        r.seq = m.seq;
        WriteTransaction savepoint(db);
        if (!savepoint.isActive())
            return Error{code::dbUnavailable(), QStringLiteral("The database is busy."),
                         savepoint.error().detail};
        // The permission matrix first: is the user active, and may the role do this here?
        // (Task, manifest and rating mutations ask it through their own shared rules.)
        const Error refused = [&]() -> Error {
            if (!user.active)
                return {QStringLiteral("user.inactive"),
                        tr("The user %1 is disabled; the change was not applied.")
                                .arg(user.username),
                        {}};
            if (EntitySync::handles(m.name))
                return {};
            const auto action = Permissions::forMutation(
                    m.name, moves[i] ? std::optional<CaseEvent>(moves[i]->event) : std::nullopt);
            if (!action)
                return {};
            if (receivedCases[i]) {
                const PlaceRelation relation = receivedCases[i]->placeCode == actor.placeCode
                        ? PlaceRelation::Own
                        : PlaceRelation::Other;
                return Permissions::check(user.role, *action, relation);
            }
            const auto it = touched.constFind(moves[i]->caseId);
            const Result<Case> current = it != touched.constEnd() ? Result<Case>(*it)
                                                                  : m_cases->load(moves[i]->caseId);
            if (!current)
                return {}; // the move itself says the case is unknown
            return Permissions::check(user.role, *action,
                                      m_cases->relationOf(current.value(), actor.placeCode));
        }();
        if (EntitySync::handles(m.name)) {
            // Tasks, manifests and ratings read the cases: a held back case row first.
            if (Status held = m_cases->flushCaseRow(); !held)
                return optimisticBatch ? retry : held.error();
            const QString entity = mutation::entityOf(m.name);
            QStringList changedCases;
            const Status st = refused.isError() ? Status(refused)
                                                : m_entities->apply(db, m, actor, &changedCases);
            if (st) {
                r.status = result::applied();
                const QPair<QString, QString> key{entity, m.entityId};
                if (!touchedEntities.contains(key))
                    touchedEntities.append(key);
                for (const QString &caseId : std::as_const(changedCases)) {
                    auto c = m_cases->load(caseId);
                    if (!c)
                        return c.error();
                    if (!touched.contains(caseId))
                        touchedOrder.append(caseId);
                    touched.insert(caseId, c.value());
                }
            } else {
                const QString errorCode = st.error().code;
                if (errorCode == code::dbUnavailable() || errorCode == QLatin1String("db.busy")
                    || errorCode == QLatin1String("db.error"))
                    return st.error();
                if (optimisticBatch) // its writes cannot be taken back: the batch again
                    return retry;
                savepoint.rollback();
                r.status = result::rejected();
                r.code = errorCode;
                r.message = st.error().message;
                // A task, manifest or rating mutation the role or place may not make is audited
                // like a refused case move.
                if (isAccessRefusal(r.code)) {
                    if (Status audited = auditRefusal(db, device, user, m, r.code); !audited)
                        return audited.error();
                }
                r.current = m_entities->current(db, m);
            }
        }
        Result<Case> applied
                = EntitySync::handles(m.name) ? Result<Case>(Error{}) : [&]() -> Result<Case> {
            if (refused.isError())
                return refused;
            if (receivedCases[i]) {
                const Case &c = *receivedCases[i];
                const auto number = CaseNumber::parse(c.number);
                if (number && !shortIds.contains(number->device)
                    && !number->device.startsWith(QLatin1Char('Z'))) {
                    return Error{QStringLiteral("case.number_device"),
                                 tr("Case number %1 does not carry this device's short id.")
                                         .arg(c.number),
                                 {}};
                }
                return m_cases->applyReceived(c, actor, m.id);
            }
            const TransitionPayload &p = *moves[i];
            TransitionRequest move;
            move.event = p.event;
            move.reason = p.reason;
            move.recipientIdNumber = p.recipientIdNumber;
            move.sameVisitAsAcceptance = p.sameVisit;
            move.releaseBundleParts = false; // each part arrives as its own mutation
            if (p.materials)
                move.materials = *p.materials;
            // A case this batch wrote already is taken as written, not read back.
            if (const auto it = touched.constFind(p.caseId); it != touched.constEnd())
                return m_cases->transition(*it, move, actor, p.at, m.id);
            return m_cases->transition(p.caseId, move, actor, p.at, m.id);
        }();
        if (EntitySync::handles(m.name)) {
            // judged above
        } else if (applied) {
            r.status = result::applied();
            if (!touched.contains(applied->id))
                touchedOrder.append(applied->id);
            touched.insert(applied->id, applied.value());
        } else {
            if (applied.error().code == code::dbUnavailable()
                || applied.error().code == QLatin1String("db.busy"))
                return applied.error();
            // A deadlock or a lost connection is not the mutation's fault: the whole batch
            // is tried again (by push(), then by the device).
            if (sqldialect::isTransient(applied.error().detail))
                return Error{code::dbUnavailable(), QStringLiteral("The database is busy."),
                             applied.error().detail};
            if (optimisticBatch) // its writes cannot be taken back: the batch again
                return retry;
            savepoint.rollback();
            r.status = result::rejected();
            r.code = applied.error().code;
            r.message = applied.error().message;
            if (isAccessRefusal(r.code)) {
                if (Status st = auditRefusal(db, device, user, m, r.code); !st)
                    return st.error();
            }
            const auto it = touched.constFind(m.entityId);
            if (it != touched.constEnd()) {
                r.current = caseToJson(*it, true);
            } else if (auto current = m_cases->load(m.entityId)) {
                r.current = caseToJson(current.value(), true);
            }
        }
        // Without savepoints a refused mutation may have left writes behind: the whole batch
        // again, the careful way.
        if (optimisticBatch && (r.status == result::rejected() || optimisticBatch->rolledBack()))
            return retry;
        // The stored result (without the snapshot, which a duplicate must not repeat stale).
        PushResult storedResult = r;
        storedResult.current.reset();
        mutationRows.add({m.id, device.id, request.stream, m.seq, m.name, m.entityId, m.userId,
                          QString::fromLatin1(hashes[i]), r.status,
                          QString::fromUtf8(compactJson(storedResult.toJson())), at});
        if (savepoint.isActive()) {
            if (Status st = savepoint.commit(); !st)
                return st.error();
        }
        response.results.append(r);
        lastSeq = m.seq;
    }
    if (Status st = m_cases->flushCaseRow(); !st)
        return optimisticBatch ? retry : st.error();
    if (Status st = mutationRows.flush(db); !st)
        return st.error();
    // One change row per touched case and bucket: its whole snapshot after the batch; then one
    // per touched task, manifest and rating and bucket. Each bucket's head moves once per batch,
    // buckets in name order: on PostgreSQL each bucket's head row stays locked until the commit,
    // and concurrent pushes that lock them in the same order cannot deadlock.
    struct PendingChange
    {
        QString entity;
        QString id;
        qint64 version = 0;
        QString data;
    };
    QMap<QString, QList<PendingChange>> byBucket; // bucket → its changes in the batch's order
    for (const QString &id : std::as_const(touchedOrder)) {
        const Case &c = touched[id];
        const QString data = QString::fromUtf8(caseToJsonText(c, true));
        byBucket[placeBucket(c.placeCode)].append({entity::caseEntity(), c.id, c.version, data});
        if (!c.releasePlaceCode.isEmpty() && c.releasePlaceCode != c.placeCode)
            byBucket[placeBucket(c.releasePlaceCode)].append(
                    {entity::caseEntity(), c.id, c.version, data});
    }
    for (const auto &key : std::as_const(touchedEntities)) {
        const auto change = m_entities->snapshot(db, key.first, key.second);
        if (!change)
            continue;
        const QString data = QString::fromUtf8(compactJson(change->data));
        for (const QString &bucket : change->buckets)
            byBucket[bucket].append({change->entity, change->id, change->version, data});
    }
    RowBuffer changeRows(QStringLiteral("INSERT INTO change_log (bucket, seq, entity, entity_id,"
                                        " version, data, at) VALUES "),
                         7);
    for (auto it = byBucket.cbegin(); it != byBucket.cend(); ++it) {
        // The bucket's next seqs, taken inside the writing transaction: commit order = cursor
        // order.
        const qint64 count = it.value().size();
        PreparedQuery head(db,
                           QStringLiteral("INSERT INTO buckets (name, head) VALUES (?, ?)"
                                          " ON CONFLICT (name) DO UPDATE SET"
                                          " head = buckets.head + excluded.head RETURNING head"));
        head->addBindValue(it.key());
        head->addBindValue(count);
        if (!head->exec() || !head->next())
            return dbError(*head);
        qint64 seq = head->value(0).toLongLong() - count;
        for (const PendingChange &change : it.value())
            changeRows.add(
                    {it.key(), ++seq, change.entity, change.id, change.version, change.data, at});
    }
    if (Status st = changeRows.flush(db); !st)
        return st.error();
    if (Status st = flagDuplicateApplications(db, request, response, touched, nowUtc); !st)
        return st.error();
    {
        PreparedQuery q(db,
                        QStringLiteral("UPDATE device_streams SET last_seq = ? WHERE device_id = ?"
                                       " AND stream = ?"));
        q->addBindValue(lastSeq);
        q->addBindValue(device.id);
        q->addBindValue(request.stream);
        if (!q->exec())
            return dbError(*q);
    }
    // SQLite: the batch's case rows counted into the county roll-up in one statement.
    if (Status st = CountyRollup::fold(db); !st)
        return st.error();
    // settle(): on PostgreSQL the answers of the writes still in flight (libpq's pipeline).
    if (optimisticBatch && !optimisticBatch->settle())
        return retry;
    if (Status st = transaction.commit(); !st)
        return Error{code::dbUnavailable(), QStringLiteral("The batch could not be committed."),
                     st.error().detail};
    response.lastSeq = lastSeq;
    response.serverTime = QDateTime::currentDateTimeUtc();
    return response;
}

// Pull

Result<PullResponse> SyncStore::pull(const DeviceRecord &device, const QString &bucket,
                                     const QString &cursorText, int limit)
{
    if (!buckets(device).contains(bucket))
        return invalidField(
                QStringLiteral("bucket"),
                QStringLiteral("not one of this device's buckets (GET %1)").arg(path::buckets()));
    QSqlDatabase db = m_database->connection();
    // One read transaction: head, floor and the page agree (one snapshot on PostgreSQL).
    QSqlQuery begin(db);
    if (!begin.exec(sqldialect::isPostgres(db)
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN")))
        return dbError(begin);
    struct EndRead
    {
        QSqlDatabase db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead{db};
    const QString epoch = setting(QStringLiteral("epoch"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT head, floor FROM buckets WHERE name = ?"));
    q.addBindValue(bucket);
    if (!q.exec())
        return dbError(q);
    qint64 head = 0;
    qint64 floor = 0;
    if (q.next()) {
        head = q.value(0).toLongLong();
        floor = q.value(1).toLongLong();
    }
    qint64 after = 0;
    if (!cursorText.isEmpty()) {
        const auto cursor = PullCursor::parse(cursorText);
        const std::optional<bool> served
                = cursor ? cursor->stillServed(db, bucket, floor) : std::optional<bool>(false);
        if (!served)
            return Error{code::dbUnavailable(), QStringLiteral("The database is busy."), {}};
        if (!cursor || cursor->epoch != epoch || cursor->seq > head || cursor->seq < floor
            || !*served) {
            return Error{code::cursorExpired(),
                         QStringLiteral("The cursor is no longer served (history compacted, or "
                                        "the server's data was restored). Pull bucket %1 again "
                                        "from the start with an empty cursor.")
                                 .arg(bucket),
                         {}};
        }
        after = cursor->seq;
    }
    // The snapshots go into the page as stored (PullResponse::storedData): SQLite hands the text
    // as UTF-8 bytes when asked for a blob.
    const bool postgres = sqldialect::isPostgres(db);
    q.prepare(postgres ? QStringLiteral("SELECT seq, entity, entity_id, version, data"
                                        " FROM change_log WHERE bucket = ? AND seq > ?"
                                        " ORDER BY seq LIMIT ?")
                       : QStringLiteral("SELECT seq, entity, entity_id, version,"
                                        " CAST(data AS BLOB) FROM change_log WHERE bucket = ?"
                                        " AND seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(bucket);
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return dbError(q);
    PullResponse response;
    response.bucket = bucket;
    qint64 last = after;
    while (q.next()) {
        if (response.changes.size() == limit) {
            response.hasMore = true;
            break;
        }
        PullChange change;
        last = q.value(0).toLongLong();
        change.entity = q.value(1).toString();
        change.id = q.value(2).toString();
        change.version = q.value(3).toLongLong();
        response.storedData.append(postgres ? q.value(4).toString().toUtf8()
                                            : q.value(4).toByteArray());
        response.changes.append(change);
    }
    if (!response.hasMore)
        last = qMax(last, head); // compacted rows at the end leave nothing to wait for
    const auto mark = PullCursor::markAt(db, bucket, last);
    if (!mark)
        return Error{code::dbUnavailable(), QStringLiteral("The database is busy."), {}};
    response.cursor = PullCursor{epoch, last, *mark}.toString();
    response.serverTime = QDateTime::currentDateTimeUtc();
    return response;
}

// The seed's change log

Result<SyncStore::SeedPublished> SyncStore::publishSeeded(const QDateTime &nowUtc)
{
    if (Status s = ensureCaseStore(); !s)
        return s.error();
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    SeedPublished published;
    // The ids of one entity with no change yet, in the order given.
    const auto unpublished = [&db](const QString &table, const QString &entity,
                                   const QString &order) -> Result<QStringList> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t.id FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM"
                                 " change_log l WHERE l.entity = ? AND l.entity_id = t.id)"
                                 " ORDER BY %2")
                          .arg(table, order));
        q.addBindValue(entity);
        if (!q.exec())
            return dbError(q);
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    };
    // Cases: a bundle's parts after their parent (same receipt, later id).
    auto caseIds = unpublished(QStringLiteral("cases"), entity::caseEntity(),
                               QStringLiteral("t.received_at, t.id"));
    if (!caseIds)
        return caseIds.error();
    for (const QString &id : std::as_const(caseIds.value())) {
        auto c = m_cases->load(id);
        if (!c)
            return c.error();
        const QByteArray data = caseToJsonText(c.value(), true);
        QStringList buckets{placeBucket(c->placeCode)};
        if (!c->releasePlaceCode.isEmpty() && c->releasePlaceCode != c->placeCode)
            buckets.append(placeBucket(c->releasePlaceCode));
        for (const QString &bucket : std::as_const(buckets)) {
            if (Status s
                = appendChange(db, bucket, entity::caseEntity(), c->id, c->version, data, nowUtc);
                !s)
                return s.error();
            ++published.changes;
        }
        ++published.cases;
    }
    // Tasks and ratings (after their cases: a rating needs its case on the device).
    const std::pair<QString, QString> entities[] = {
            {QStringLiteral("tasks"), entity::task()},
            {QStringLiteral("ratings"), entity::rating()},
    };
    for (const auto &[table, entity] : entities) {
        auto ids
                = unpublished(table, entity,
                              table == QLatin1String("tasks") ? QStringLiteral("t.created_at, t.id")
                                                              : QStringLiteral("t.rated_at, t.id"));
        if (!ids)
            return ids.error();
        for (const QString &id : std::as_const(ids.value())) {
            const auto change = m_entities->snapshot(db, entity, id);
            if (!change)
                continue;
            const QByteArray data = compactJson(change->data);
            for (const QString &bucket : change->buckets) {
                if (Status s = appendChange(db, bucket, change->entity, change->id, change->version,
                                            data, nowUtc);
                    !s)
                    return s.error();
                ++published.changes;
            }
            ++(entity == entity::task() ? published.tasks : published.ratings);
        }
    }
    // The seed adds township points and staff: the directory goes out again.
    if (Status s = publishGlobal({entity::directory()}, nowUtc); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return published;
}

} // namespace ow
