#include "localsyncstore.h"

#include "auditlog.h"
#include "calendarstore.h"
#include "caseflagstore.h"
#include "catalogstore.h"
#include "directorystore.h"
#include "domain/catalogloader.h"
#include "domain/uuidv7.h"
#include "localsettings.h"
#include "manifeststore.h"
#include "practicemode.h"
#include "pullbulkload.h"
#include "ratingstore.h"
#include "rawstatement.h"
#include "storedtime.h"
#include "taskstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString reversed(const QString &s)
{
    QString r(s.size(), QChar());
    for (qsizetype i = 0; i < s.size(); ++i)
        r[s.size() - 1 - i] = s[i];
    return r;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error failed(const QString &what, const QString &detail)
{
    return sqlError(what, detail);
}

// Writes server snapshots of cases with raw prepared statements: the hot path of a pull.
class CaseWriter final
{
    Q_DISABLE_COPY_MOVE(CaseWriter)
public:
    CaseWriter() = default;

    bool prepare(sqlite3 *db)
    {
        return m_findApplicant.prepare(db,
                                       "SELECT id, name, phone, address, legal_representative,"
                                       " contact_name FROM applicants WHERE kind = ? AND"
                                       " id_number = ?")
                && m_insertApplicant.prepare(
                        db,
                        "INSERT INTO applicants (id, kind, name, id_number, id_reversed, phone,"
                        " address, legal_representative, contact_name, updated_at)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?)")
                && m_updateApplicant.prepare(db,
                                             "UPDATE applicants SET name = ?, phone = ?,"
                                             " address = ?, legal_representative = ?,"
                                             " contact_name = ?, updated_at = ? WHERE id = ?")
                && m_deleteGrams.prepare(db,
                                         "DELETE FROM applicant_name_grams WHERE applicant_id = ?")
                && m_insertGram.prepare(db,
                                        "INSERT OR IGNORE INTO applicant_name_grams (gram,"
                                        " applicant_id) VALUES (?, ?)")
                && m_upsertCase.prepare(
                        db,
                        "INSERT INTO cases (id, number, parent_id, item_code, item_name,"
                        " department_code, item_kind, promised_days, township_acceptable,"
                        " applicant_id, applicant_name, applicant_id_number, applicant_phone,"
                        " agent_name, agent_id_number, channel, state, place_code,"
                        " release_place_code, staff_id, received_at, accepted_at,"
                        " notice_deadline, due_date, suspended_at, suspended_working_days,"
                        " decided_at, released_at, closed_at, trips, delivery, reason, version,"
                        " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                        "?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                        " number = excluded.number, parent_id = excluded.parent_id,"
                        " item_code = excluded.item_code, item_name = excluded.item_name,"
                        " department_code = excluded.department_code,"
                        " item_kind = excluded.item_kind, promised_days = excluded.promised_days,"
                        " township_acceptable = excluded.township_acceptable,"
                        " applicant_id = excluded.applicant_id,"
                        " applicant_name = excluded.applicant_name,"
                        " applicant_id_number = excluded.applicant_id_number,"
                        " applicant_phone = excluded.applicant_phone,"
                        " agent_name = excluded.agent_name,"
                        " agent_id_number = excluded.agent_id_number, channel = excluded.channel,"
                        " state = excluded.state, place_code = excluded.place_code,"
                        " release_place_code = excluded.release_place_code,"
                        " staff_id = excluded.staff_id, received_at = excluded.received_at,"
                        " accepted_at = excluded.accepted_at,"
                        " notice_deadline = excluded.notice_deadline,"
                        " due_date = excluded.due_date, suspended_at = excluded.suspended_at,"
                        " suspended_working_days = excluded.suspended_working_days,"
                        " decided_at = excluded.decided_at, released_at = excluded.released_at,"
                        " closed_at = excluded.closed_at, trips = excluded.trips,"
                        " delivery = excluded.delivery, reason = excluded.reason,"
                        " version = excluded.version, updated_at = excluded.updated_at"
                        " WHERE ?35 OR excluded.version >= cases.version")
                && m_deleteMaterials.prepare(db, "DELETE FROM case_materials WHERE case_id = ?")
                && m_insertMaterial.prepare(
                        db,
                        "INSERT INTO case_materials (case_id, position, name, form,"
                        " copies_expected, requirement, status, copies_received, supply_by,"
                        " received_at, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                && m_deleteHistory.prepare(db, "DELETE FROM case_history WHERE case_id = ?")
                && m_insertHistory.prepare(
                        db,
                        "INSERT INTO case_history (id, case_id, event, from_state, to_state,"
                        " at_utc, business_date, user_id, place_code, device_id, note)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                && m_pending.prepare(db,
                                     "SELECT 1 FROM outbox WHERE entity_id = ? AND"
                                     " status = 'pending' LIMIT 1")
                && m_defer.prepare(db,
                                   "INSERT INTO sync_deferred (entity, id, version, data,"
                                   " pulled_at) VALUES (?,?,?,?,?) ON CONFLICT(entity, id) DO"
                                   " UPDATE SET version = excluded.version, data = excluded.data,"
                                   " pulled_at = excluded.pulled_at"
                                   " WHERE excluded.version >= sync_deferred.version");
    }

    QString error() const { return m_upsertCase.error(); }

    // In a bulk load the name grams are written at its end, for every applicant at once.
    void setBulk(bool bulk) { m_bulk = bulk; }

    bool hasPending(const QString &entityId)
    {
        m_pending.bind(entityId);
        const bool found = m_pending.next();
        m_pending.reset();
        return found;
    }

    bool defer(const QString &entity, const QString &id, qint64 version, const QJsonObject &data,
               const QString &now)
    {
        return m_defer.bind(entity).bind(id).bind(version).bind(compact(data)).bind(now).step();
    }

    // Writes the snapshot; `force` also over a newer local version (the server's word after a
    // rejection). *written is false when a newer version was kept.
    bool write(const Case &c, bool force, const QString &now, bool *written)
    {
        const QString applicantId = saveApplicant(c.applicant, now);
        if (applicantId.isEmpty())
            return false;
        m_upsertCase.bind(c.id)
                .bind(c.number)
                .bindNullable(c.parentId)
                .bind(c.itemCode)
                .bind(c.itemName)
                .bind(c.departmentCode)
                .bind(itemKindKey(c.itemKind))
                .bind(qint64(c.promisedDays))
                .bind(qint64(c.townshipAcceptable ? 1 : 0))
                .bind(applicantId)
                .bind(c.applicant.name)
                .bind(c.applicant.idNumber)
                .bind(c.applicant.phone)
                .bind(c.agentName)
                .bind(c.agentIdNumber)
                .bind(CaseLifecycle::channelKey(c.channel))
                .bind(CaseLifecycle::stateKey(c.state))
                .bind(c.placeCode)
                .bind(c.releasePlaceCode)
                .bind(c.staffId)
                .bind(iso(c.receivedAt))
                .bindNullable(iso(c.acceptedAt))
                .bindNullable(isoDate(c.noticeDeadline))
                .bindNullable(isoDate(c.dueDate))
                .bindNullable(iso(c.suspendedAt))
                .bind(qint64(c.suspendedWorkingDays))
                .bindNullable(iso(c.decidedAt))
                .bindNullable(iso(c.releasedAt))
                .bindNullable(iso(c.closedAt))
                .bind(qint64(c.trips))
                .bind(c.delivery == Case::Delivery::Mail ? QStringLiteral("mail")
                                                         : QStringLiteral("counter"))
                .bind(c.reason)
                .bind(c.version)
                .bind(iso(c.updatedAt))
                .bind(qint64(force ? 1 : 0));
        // A new row takes a new rowid; an update keeps the rowid it had (the last one inserted
        // may be another table's: then the deletes below run for nothing, never wrongly).
        const qint64 rowidBefore = m_upsertCase.lastInsertRowid();
        if (!m_upsertCase.step())
            return false;
        *written = m_upsertCase.changes() > 0;
        if (!*written)
            return true;
        const bool inserted = m_upsertCase.lastInsertRowid() != rowidBefore;

        if (!inserted && !m_deleteMaterials.bind(c.id).step())
            return false;
        for (int i = 0; i < c.materials.size(); ++i) {
            const CaseMaterial &m = c.materials[i];
            m_insertMaterial.bind(c.id)
                    .bind(qint64(i))
                    .bind(m.name)
                    .bind(materialFormKey(m.form))
                    .bind(qint64(m.copiesExpected))
                    .bind(materialRequirementKey(m.requirement))
                    .bind(CaseMaterial::statusKey(m.status))
                    .bind(qint64(m.copiesReceived))
                    .bindNullable(isoDate(m.supplyBy));
            if (m.status == CaseMaterial::Status::Received)
                m_insertMaterial.bind(iso(c.receivedAt));
            else
                m_insertMaterial.bindNull();
            if (!m_insertMaterial.bind(m.note).step())
                return false;
        }
        if (!inserted && !m_deleteHistory.bind(c.id).step())
            return false;
        for (const CaseHistoryEntry &e : c.history) {
            m_insertHistory.bind(e.id)
                    .bind(c.id)
                    .bind(CaseLifecycle::eventKey(e.event))
                    .bind(e.from ? CaseLifecycle::stateKey(*e.from) : QString())
                    .bind(CaseLifecycle::stateKey(e.to))
                    .bind(iso(e.atUtc))
                    .bind(isoDate(e.businessDate))
                    .bind(e.userId)
                    .bind(e.placeCode)
                    .bind(e.deviceId)
                    .bind(e.note);
            if (!m_insertHistory.step())
                return false;
        }
        return true;
    }

private:
    // Applicants are matched by (kind, ID number); this store keeps its own surrogate id.
    QString saveApplicant(const Applicant &a, const QString &now)
    {
        const QString kind = ApplicantRules::kindKey(a.kind);
        const QString idNumber = a.idNumber.trimmed().toUpper();
        m_findApplicant.bind(kind).bind(idNumber);
        QString id;
        bool same = false;
        bool sameName = false;
        if (m_findApplicant.next()) {
            id = m_findApplicant.text(0);
            sameName = m_findApplicant.text(1) == a.name;
            same = sameName && m_findApplicant.text(2) == a.phone
                    && m_findApplicant.text(3) == a.address
                    && m_findApplicant.text(4) == a.legalRepresentative
                    && m_findApplicant.text(5) == a.contactName;
        }
        m_findApplicant.reset();
        if (same)
            return id;
        if (id.isEmpty()) {
            id = UuidV7::createString();
            if (!m_insertApplicant.bind(id)
                         .bind(kind)
                         .bind(a.name)
                         .bind(idNumber)
                         .bind(reversed(idNumber))
                         .bind(a.phone)
                         .bind(a.address)
                         .bind(a.legalRepresentative)
                         .bind(a.contactName)
                         .bind(now)
                         .step()) {
                return {};
            }
        } else {
            if (!m_updateApplicant.bind(a.name)
                         .bind(a.phone)
                         .bind(a.address)
                         .bind(a.legalRepresentative)
                         .bind(a.contactName)
                         .bind(now)
                         .bind(id)
                         .step()) {
                return {};
            }
            if (sameName || m_bulk)
                return id;
            if (!m_deleteGrams.bind(id).step())
                return {};
        }
        if (m_bulk)
            return id;
        // Every two-character run of the name (the same grams CaseStore writes).
        const QString n = a.name.simplified().toLower();
        for (qsizetype i = 0; i + 1 < n.size(); ++i) {
            if (!m_insertGram.bind(n.mid(i, 2)).bind(id).step())
                return {};
        }
        return id;
    }

    RawStatement m_findApplicant;
    RawStatement m_insertApplicant;
    RawStatement m_updateApplicant;
    RawStatement m_deleteGrams;
    RawStatement m_insertGram;
    RawStatement m_upsertCase;
    RawStatement m_deleteMaterials;
    RawStatement m_insertMaterial;
    RawStatement m_deleteHistory;
    RawStatement m_insertHistory;
    RawStatement m_pending;
    RawStatement m_defer;
    bool m_bulk = false;
};

bool isGlobal(const QString &entity)
{
    return entity == sync::entity::catalog() || entity == sync::entity::calendar()
            || entity == sync::entity::directory();
}

Status applyGlobal(const QSqlDatabase &db, const sync::PullChange &change, const Actor &actor)
{
    const auto damaged = [&change](const QString &detail) {
        return Error{
                QStringLiteral("sync.bad_change"),
                LocalSyncStore::tr("The server sent data this version of OneWindow cannot read "
                                   "(%1). Nothing of it was saved; tell the IT administrator.")
                        .arg(change.entity),
                detail};
    };
    if (change.entity == sync::entity::catalog()) {
        auto catalog = CatalogLoader::fromJson(change.data);
        if (!catalog)
            return damaged(catalog.error().message);
        return CatalogStore::replaceWithin(db, catalog.value(), actor);
    }
    if (change.entity == sync::entity::calendar()) {
        auto calendar = WorkCalendar::parse(
                change.data.value(QStringLiteral("document")).toString(), QStringLiteral("server"));
        if (!calendar)
            return damaged(calendar.error().message);
        return CalendarStore::replaceWithin(db, calendar.value(), actor);
    }
    if (change.entity == sync::entity::directory()) {
        Directory directory;
        QString error;
        if (!DirectoryJson::fromJson(change.data, &directory, &error))
            return damaged(error);
        return DirectoryStore::mergeWithin(db, directory, actor);
    }
    return damaged(QStringLiteral("unknown entity ") + change.entity);
}

Error badCase(const Error &decodeError)
{
    return {QStringLiteral("sync.bad_change"),
            LocalSyncStore::tr(
                    "The server sent a case this version of OneWindow cannot read. Nothing "
                    "of the page was saved; tell the IT administrator."),
            decodeError.message + QLatin1Char(' ') + decodeError.detail};
}

Error badEntity(const QString &entity, const Error &decodeError)
{
    return {QStringLiteral("sync.bad_change"),
            LocalSyncStore::tr("The server sent data this version of OneWindow cannot read "
                               "(%1). Nothing of it was saved; tell the IT administrator.")
                    .arg(entity),
            decodeError.message + QLatin1Char(' ') + decodeError.detail};
}

bool caseExists(const QSqlDatabase &db, const QString &caseId)
{
    PreparedQuery q(db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    q->addBindValue(caseId);
    return q->exec() && q->next();
}

// Writes a pulled or `current` snapshot of a task, manifest or rating (`force`: over a newer
// local row too). A rating whose case is not here yet returns *waiting = true.
Status writeEntity(const QSqlDatabase &db, const QString &entity, const QJsonObject &data,
                   bool force, bool *written, bool *waiting)
{
    *written = false;
    if (waiting)
        *waiting = false;
    if (entity == sync::entity::task()) {
        auto t = sync::taskFromJson(data);
        if (!t)
            return badEntity(entity, t.error());
        return TaskStore::writeSnapshot(db, t.value(), force, written);
    }
    if (entity == sync::entity::manifest()) {
        auto m = sync::manifestFromJson(data);
        if (!m)
            return badEntity(entity, m.error());
        return ManifestStore::writeSnapshot(db, m.value(), force, written);
    }
    if (entity == DuplicateFlag::entity()) {
        const auto flag = DuplicateFlag::fromJson(data);
        if (!flag)
            return badEntity(
                    entity,
                    {QStringLiteral("sync.bad_change"), QStringLiteral("not a case flag"), entity});
        *written = true;
        return CaseFlagStore::write(db, *flag, true);
    }
    if (entity == sync::entity::rating()) {
        auto r = sync::RatingSnapshot::fromJson(data);
        if (!r)
            return badEntity(entity, r.error());
        if (!caseExists(db, r->rating.caseId)) {
            if (waiting)
                *waiting = true;
            return Status::success();
        }
        *written = true;
        return RatingStore::writeSnapshot(db, r.value());
    }
    return badEntity(entity,
                     {QStringLiteral("sync.bad_change"), QStringLiteral("unknown entity"), entity});
}

// Applies every deferred snapshot whose entity has no pending mutation left.
Status applyReadyDeferred(const QSqlDatabase &db, CaseWriter &writer, const QSet<QString> &ids,
                          const QString &now, int *applied)
{
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT entity, data FROM sync_deferred WHERE id = ?"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM sync_deferred WHERE entity = ? AND id = ?"));
    for (const QString &id : ids) {
        if (writer.hasPending(id))
            continue;
        select.addBindValue(id);
        if (!select.exec())
            return failed(LocalSyncStore::tr("apply the server's changes"),
                          select.lastError().text());
        QList<QPair<QString, QJsonObject>> rows;
        while (select.next()) {
            rows.append({select.value(0).toString(),
                         QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object()});
        }
        select.finish();
        for (const auto &row : std::as_const(rows)) {
            bool written = false;
            if (row.first == sync::entity::caseEntity()) {
                auto c = sync::caseFromJson(row.second);
                if (!c)
                    return badCase(c.error());
                if (!writer.write(c.value(), true, now, &written))
                    return failed(LocalSyncStore::tr("apply the server's changes"), writer.error());
            } else {
                bool waiting = false;
                if (Status s = writeEntity(db, row.first, row.second, true, &written, &waiting); !s)
                    return s;
                if (waiting)
                    continue; // a rating whose case has not come yet
            }
            ++*applied;
            remove.addBindValue(row.first);
            remove.addBindValue(id);
            if (!remove.exec())
                return failed(LocalSyncStore::tr("apply the server's changes"),
                              remove.lastError().text());
        }
    }
    return Status::success();
}

// Ratings that came before their case: written once the case is here.
Status applyWaitingRatings(const QSqlDatabase &db, int *applied)
{
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, data FROM sync_deferred WHERE entity = 'rating'")))
        return failed(LocalSyncStore::tr("apply the server's changes"), select.lastError().text());
    QList<QPair<QString, QJsonObject>> rows;
    while (select.next()) {
        rows.append({select.value(0).toString(),
                     QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object()});
    }
    select.finish();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM sync_deferred WHERE entity = 'rating' AND id = ?"));
    for (const auto &row : std::as_const(rows)) {
        bool written = false;
        bool waiting = false;
        if (Status s
            = writeEntity(db, sync::entity::rating(), row.second, true, &written, &waiting);
            !s)
            return s;
        if (waiting)
            continue;
        ++*applied;
        remove.addBindValue(row.first);
        if (!remove.exec())
            return failed(LocalSyncStore::tr("apply the server's changes"),
                          remove.lastError().text());
    }
    return Status::success();
}

} // namespace

LocalSyncStore::LocalSyncStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

std::optional<SyncEnrollment> LocalSyncStore::enrollment() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT server_url, device_id, short_id, place_code, token,"
                               " token_expires_at, stream, stream_base, enrolled_at, revoked"
                               " FROM sync_state WHERE id = 1"))
        || !q.next()) {
        return std::nullopt;
    }
    SyncEnrollment e;
    e.serverUrl = q.value(0).toString();
    e.deviceId = q.value(1).toString();
    e.shortId = q.value(2).toString();
    e.placeCode = q.value(3).toString();
    e.token = q.value(4).toString();
    e.tokenExpiresAt = fromIso(q.value(5));
    e.stream = q.value(6).toLongLong();
    e.streamBase = q.value(7).toLongLong();
    e.enrolledAt = fromIso(q.value(8));
    e.revoked = q.value(9).toBool();
    return e;
}

namespace {

// The new stream starts with the oldest pending mutation as seq 1.
std::optional<qint64> newStreamBase(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT min(seq) FROM outbox WHERE status = 'pending'),"
                               " (SELECT max(seq) FROM outbox)"))
        || !q.next()) {
        return std::nullopt;
    }
    if (!q.value(0).isNull())
        return q.value(0).toLongLong() - 1;
    return q.value(1).isNull() ? 0 : q.value(1).toLongLong();
}

} // namespace

Status LocalSyncStore::enroll(const SyncEnrollment &e, const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // The first enrollment ends practice mode: its work goes, in this transaction, before the
    // device's first push (a failure here leaves both the practice data and no enrollment).
    if (PracticeMode::active(db)) {
        auto cleared = PracticeMode::clear(db);
        if (!cleared)
            return cleared.error();
        if (Status s = AuditLog::record(db, actor, QStringLiteral("device.practice_cleared"),
                                        QStringLiteral("device"), e.deviceId,
                                        {{QStringLiteral("cases"), cleared->cases},
                                         {QStringLiteral("applicants"), cleared->applicants},
                                         {QStringLiteral("tasks"), cleared->tasks},
                                         {QStringLiteral("manifests"), cleared->manifests},
                                         {QStringLiteral("ratings"), cleared->ratings},
                                         {QStringLiteral("outbox"), cleared->outbox},
                                         {QStringLiteral("audit_rows"), cleared->auditRows}});
            !s) {
            return s;
        }
    }
    const auto base = newStreamBase(db);
    if (!base)
        return failed(tr("save the enrollment"), QStringLiteral("outbox"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sync_state (id, server_url, device_id, short_id, place_code,"
            " token, token_expires_at, stream, stream_base, enrolled_at, revoked)"
            " VALUES (1,?,?,?,?,?,?,?,?,?,0)"));
    q.addBindValue(e.serverUrl);
    q.addBindValue(e.deviceId);
    q.addBindValue(e.shortId);
    q.addBindValue(e.placeCode);
    q.addBindValue(e.token);
    q.addBindValue(e.tokenExpiresAt.isValid() ? QVariant(iso(e.tokenExpiresAt)) : QVariant());
    q.addBindValue(e.stream);
    q.addBindValue(*base);
    q.addBindValue(iso(e.enrolledAt.isValid() ? e.enrolledAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return failed(tr("save the enrollment"), q.lastError().text());
    if (!q.exec(QStringLiteral("DELETE FROM sync_cursors")))
        return failed(tr("save the enrollment"), q.lastError().text());
    LocalSettings settings(m_database);
    if (Status s = settings.setValue(LocalSettings::deviceShortIdKey(), e.shortId); !s)
        return s;
    if (Status s = settings.setValue(LocalSettings::placeKey(), e.placeCode); !s)
        return s;
    if (Status s = settings.setValue(LocalSettings::serverUrlKey(), e.serverUrl); !s)
        return s;
    if (Status s = AuditLog::record(db, actor, QStringLiteral("device.enroll"),
                                    QStringLiteral("device"), e.deviceId,
                                    {{QStringLiteral("short_id"), e.shortId},
                                     {QStringLiteral("place"), e.placeCode},
                                     {QStringLiteral("server"), e.serverUrl}});
        !s) {
        return s;
    }
    return transaction.commit();
}

Status LocalSyncStore::restream(qint64 stream, const QString &shortId, const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const auto base = newStreamBase(db);
    if (!base)
        return failed(tr("start a new sync stream"), QStringLiteral("outbox"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "UPDATE sync_state SET stream = ?, stream_base = ?, short_id = ? WHERE id = 1"));
    q.addBindValue(stream);
    q.addBindValue(*base);
    q.addBindValue(shortId);
    if (!q.exec())
        return failed(tr("start a new sync stream"), q.lastError().text());
    if (!shortId.isEmpty()) {
        if (Status s
            = LocalSettings(m_database).setValue(LocalSettings::deviceShortIdKey(), shortId);
            !s)
            return s;
    }
    if (Status s = AuditLog::record(db, actor, QStringLiteral("device.restream"),
                                    QStringLiteral("device"), QString(),
                                    {{QStringLiteral("stream"), stream},
                                     {QStringLiteral("short_id"), shortId},
                                     {QStringLiteral("stream_base"), *base}});
        !s) {
        return s;
    }
    return transaction.commit();
}

Status LocalSyncStore::markRevoked(const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE sync_state SET revoked = 1 WHERE id = 1")))
        return failed(tr("save the sync state"), q.lastError().text());
    // A revoked device is taken for lost: the personal data it cached goes, in the same
    // transaction (docs/security.md). The queued mutations stay, so that work done here is not
    // lost if the device is found and enrolled again.
    qint64 wiped = 0;
    const QStringList wipes{
            QStringLiteral("UPDATE cases SET applicant_name = '', applicant_id_number = '',"
                           " applicant_phone = '', agent_name = '', agent_id_number = ''"
                           " WHERE applicant_id_number <> '' OR applicant_name <> ''"
                           " OR applicant_phone <> '' OR agent_id_number <> ''"),
            QStringLiteral("UPDATE applicants SET name = '', id_number = 'wiped:' || id,"
                           " phone = '', address = '', contact_name = ''"
                           " WHERE id_number NOT LIKE 'wiped:%'"),
            QStringLiteral("DELETE FROM applicant_name_grams"),
            // No one signs in offline on a revoked device any more.
            QStringLiteral("DELETE FROM offline_signin"),
            QStringLiteral("UPDATE tasks SET applicant_name = '', requester_name = '',"
                           " requester_phone = ''"
                           " WHERE applicant_name <> '' OR requester_name <> ''"
                           " OR requester_phone <> ''"),
    };
    for (const QString &sql : wipes) {
        if (!q.exec(sql))
            return failed(tr("remove the personal data"), q.lastError().text());
        wiped += qMax(0, q.numRowsAffected());
    }
    if (Status s
        = AuditLog::record(db, actor, QStringLiteral("device.revoked"), QStringLiteral("device"),
                           QString(), {{QStringLiteral("personal_data_rows_wiped"), wiped}});
        !s) {
        return s;
    }
    return transaction.commit();
}

SyncRecord LocalSyncStore::record() const
{
    SyncRecord r;
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT last_attempt_at, last_success_at, last_error_code,"
                              " last_error, clock_offset_ms FROM sync_state WHERE id = 1"))
        && q.next()) {
        r.lastAttemptAt = fromIso(q.value(0));
        r.lastSuccessAt = fromIso(q.value(1));
        r.lastErrorCode = q.value(2).toString();
        r.lastError = q.value(3).toString();
        r.clockOffsetMs = q.value(4).toLongLong();
    }
    return r;
}

Status LocalSyncStore::recordOutcome(const QDateTime &attemptAt, bool success, const QString &code,
                                     const QString &message, std::optional<qint64> clockOffsetMs)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET last_attempt_at = ?,"
                             " last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END,"
                             " last_error_code = ?, last_error = ?,"
                             " clock_offset_ms = COALESCE(?, clock_offset_ms) WHERE id = 1"));
    q.addBindValue(iso(attemptAt));
    q.addBindValue(success ? 1 : 0);
    q.addBindValue(iso(attemptAt));
    q.addBindValue(success ? QStringLiteral("") : sqlText(code));
    q.addBindValue(success ? QStringLiteral("") : sqlText(message));
    q.addBindValue(clockOffsetMs ? QVariant(*clockOffsetMs) : QVariant());
    if (!q.exec())
        return failed(tr("save the sync state"), q.lastError().text());
    return transaction.commit();
}

QString LocalSyncStore::cursor(const QString &bucket) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE bucket = ?"));
    q.addBindValue(bucket);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status LocalSyncStore::dropCursor(const QString &bucket)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE bucket = ?"));
    q.addBindValue(bucket);
    if (!q.exec())
        return failed(tr("save the sync state"), q.lastError().text());
    return Status::success();
}

QList<sync::PushMutation> LocalSyncStore::pendingBatch(int maxCount, qint64 maxBytes) const
{
    QList<sync::PushMutation> batch;
    const auto enrolled = enrollment();
    if (!enrolled)
        return batch;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, mutation_id, name, entity_id, base_version, payload,"
                             " user_id, created_at FROM outbox WHERE status = 'pending'"
                             " ORDER BY seq LIMIT ?"));
    q.addBindValue(maxCount);
    if (!q.exec())
        return batch;
    qint64 bytes = 64; // the request's envelope
    while (q.next()) {
        const QByteArray payload = q.value(5).toString().toUtf8();
        bytes += payload.size() + 300; // the mutation's other fields
        if (!batch.isEmpty() && bytes > maxBytes)
            break;
        sync::PushMutation m;
        m.seq = q.value(0).toLongLong() - enrolled->streamBase;
        m.id = q.value(1).toString();
        m.name = q.value(2).toString();
        m.entityId = q.value(3).toString();
        m.baseVersion = q.value(4).toLongLong();
        m.payload = QJsonDocument::fromJson(payload).object();
        m.userId = q.value(6).toString();
        m.createdAt = fromIso(q.value(7));
        batch.append(m);
    }
    return batch;
}

qint64 LocalSyncStore::streamSeq() const
{
    const auto enrolled = enrollment();
    if (!enrolled)
        return 0;
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT max(seq) FROM outbox")) || !q.next() || q.value(0).isNull())
        return 0;
    return qMax<qint64>(0, q.value(0).toLongLong() - enrolled->streamBase);
}

qint64 LocalSyncStore::pendingCount() const
{
    return Outbox::pendingCount(m_database->connection());
}

qint64 LocalSyncStore::rejectedCount() const
{
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'rejected'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<RejectedMutation> LocalSyncStore::rejected() const
{
    QList<RejectedMutation> list;
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral(
                "SELECT o.seq, o.mutation_id, o.name, o.entity_id, o.payload, o.result,"
                " o.user_id, o.created_at, c.number, c.state FROM outbox o"
                " LEFT JOIN cases c ON c.id = o.entity_id WHERE o.status = 'rejected'"
                " ORDER BY o.seq DESC"))) {
        return list;
    }
    while (q.next()) {
        RejectedMutation r;
        r.seq = q.value(0).toLongLong();
        r.mutationId = q.value(1).toString();
        r.name = q.value(2).toString();
        r.entityId = q.value(3).toString();
        const QJsonObject payload
                = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        const QJsonObject result = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        r.event = r.name == sync::mutation::caseReceive()
                ? QStringLiteral("receive")
                : payload.value(QStringLiteral("event")).toString();
        if (r.event.isEmpty())
            r.event = r.name.section(QLatin1Char('.'), 1); // create, send, add, followup, ...
        r.userId = q.value(6).toString();
        r.createdAt = fromIso(q.value(7));
        r.caseNumber = q.value(8).toString();
        if (r.caseNumber.isEmpty())
            r.caseNumber = payload.value(QStringLiteral("number")).toString();
        if (r.caseNumber.isEmpty()) // a task: its case's number, or its title
            r.caseNumber = result.value(QStringLiteral("current"))
                                   .toObject()
                                   .value(QStringLiteral("case_number"))
                                   .toString();
        r.localState = q.value(9).toString();
        r.code = result.value(QStringLiteral("code")).toString();
        r.message = result.value(QStringLiteral("message")).toString();
        r.current = result.value(QStringLiteral("current")).toObject();
        r.serverState = r.current.value(QStringLiteral("state")).toString();
        if (r.serverState.isEmpty()) // a task: its status
            r.serverState = r.current.value(QStringLiteral("status")).toString();
        list.append(r);
    }
    return list;
}

Result<PullApplied> LocalSyncStore::applyPage(const QString &bucket,
                                              const QList<sync::PullChange> &changes,
                                              const QString &cursor, const Actor &actor,
                                              bool hasMore)
{
    // Decode before the write lock is taken: the counter's writes wait only for the writing.
    QList<Case> cases;
    cases.reserve(changes.size());
    for (const sync::PullChange &change : changes) {
        if (change.entity != sync::entity::caseEntity())
            continue;
        auto c = sync::caseFromJson(change.data);
        if (!c)
            return badCase(c.error());
        cases.append(std::move(c.value()));
    }

    QSqlDatabase db = m_database->connection();
    // A bulk load writes with its own connection settings (set outside a transaction).
    const bool mayBeBulk = PullBulkLoad::pending(db)
            || (hasMore && this->cursor(bucket).isEmpty() && PullBulkLoad::eligible(db));
    if (mayBeBulk)
        PullBulkLoad::tune(db, true);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString what = tr("apply the server's changes");
    QSqlQuery q(db);
    // Children may arrive before their parent case within a page: check at commit.
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return failed(what, q.lastError().text());
    // The first page of a fresh store's first pull, with more to come, starts a bulk load.
    bool bulk = PullBulkLoad::pending(db);
    if (!bulk && hasMore && this->cursor(bucket).isEmpty() && PullBulkLoad::eligible(db)) {
        if (Status s = PullBulkLoad::begin(db); !s)
            return s.error();
        bulk = true;
    }
    const bool anyPending = Outbox::pendingCount(db) > 0;
    CaseWriter writer;
    if (!writer.prepare(sqliteHandle(db)))
        return failed(what, writer.error());
    writer.setBulk(bulk);
    const QString now = iso(QDateTime::currentDateTimeUtc());
    PullApplied applied;
    int caseIndex = 0;
    for (const sync::PullChange &change : changes) {
        if (isGlobal(change.entity)) {
            if (Status s = applyGlobal(db, change, actor); !s)
                return s.error();
            ++applied.applied;
            continue;
        }
        if (change.entity != sync::entity::caseEntity()) {
            if (anyPending && change.entity != sync::entity::rating()
                && writer.hasPending(change.id)) {
                if (!writer.defer(change.entity, change.id, change.version, change.data, now))
                    return failed(what, writer.error());
                ++applied.deferred;
                continue;
            }
            bool written = false;
            bool waiting = false;
            if (Status s = writeEntity(db, change.entity, change.data, false, &written, &waiting);
                !s)
                return s.error();
            if (waiting) {
                if (!writer.defer(change.entity, change.id, change.version, change.data, now))
                    return failed(what, writer.error());
                ++applied.deferred;
                continue;
            }
            ++(written ? applied.applied : applied.skipped);
            continue;
        }
        const Case &c = cases.at(caseIndex++);
        if (anyPending && writer.hasPending(c.id)) {
            if (!writer.defer(change.entity, c.id, c.version, change.data, now))
                return failed(what, writer.error());
            ++applied.deferred;
            continue;
        }
        bool written = false;
        if (!writer.write(c, false, now, &written))
            return failed(what, writer.error());
        ++(written ? applied.applied : applied.skipped);
    }
    {
        int waited = 0;
        if (Status s = applyWaitingRatings(db, &waited); !s)
            return s.error();
        applied.applied += waited;
        applied.deferred -= qMin(applied.deferred, waited);
    }
    q.prepare(QStringLiteral("INSERT INTO sync_cursors (bucket, cursor, updated_at) VALUES (?,?,?)"
                             " ON CONFLICT(bucket) DO UPDATE SET cursor = excluded.cursor,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(bucket);
    q.addBindValue(cursor);
    q.addBindValue(now);
    if (!q.exec())
        return failed(what, q.lastError().text());
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (mayBeBulk && !bulk)
        PullBulkLoad::tune(db, false); // it was not one after all
    // The last page: build what the bulk load deferred (its own transaction: a kill here
    // leaves the pages and the record, and the next start builds it).
    if (bulk && !hasMore) {
        if (Status s = PullBulkLoad::finish(db); !s)
            return s.error();
    }
    return applied;
}

bool LocalSyncStore::bulkLoadPending() const
{
    return PullBulkLoad::pending(m_database->connection());
}

Status LocalSyncStore::finishBulkLoad()
{
    return PullBulkLoad::finish(m_database->connection());
}

Result<AckApplied> LocalSyncStore::acknowledge(const QList<sync::PushResult> &results)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString what = tr("save what the server answered");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return failed(what, q.lastError().text());
    CaseWriter writer;
    if (!writer.prepare(sqliteHandle(db)))
        return failed(what, writer.error());
    RawStatement mark;
    if (!mark.prepare(sqliteHandle(db),
                      "UPDATE outbox SET status = ?, result = ? WHERE mutation_id = ?"
                      " RETURNING entity_id, name")) {
        return failed(what, mark.error());
    }
    const QString now = iso(QDateTime::currentDateTimeUtc());
    AckApplied ack;
    QSet<QString> touched;
    QStringList confirmed;
    for (const sync::PushResult &r : results) {
        // A duplicate carries the result stored the first time: rejected when it has a code.
        const bool rejected = r.status == sync::result::rejected()
                || (r.status == sync::result::duplicate() && !r.code.isEmpty());
        QJsonObject result{{QStringLiteral("status"), r.status}};
        if (!r.code.isEmpty())
            result.insert(QStringLiteral("code"), r.code);
        if (!r.message.isEmpty())
            result.insert(QStringLiteral("message"), r.message);
        if (r.current)
            result.insert(QStringLiteral("current"), *r.current);
        mark.bind(rejected ? QStringLiteral("rejected") : QStringLiteral("applied"))
                .bind(compact(result))
                .bind(r.id);
        QString name;
        while (mark.next()) {
            touched.insert(mark.text(0));
            name = mark.text(1);
            // The server took this device's claim first: it is no longer provisional.
            if (!rejected && name == sync::mutation::taskEvent(TaskEvent::Claim))
                confirmed.append(mark.text(0));
        }
        mark.reset();
        ++(rejected ? ack.rejected : ack.applied);
        if (r.current && !r.current->isEmpty()) {
            // The server's state wins over the local move it refused: applied below once no
            // change of that case is pending any more.
            const QString id = r.current->value(QStringLiteral("id")).toString();
            const qint64 version = r.current->value(QStringLiteral("version")).toInteger();
            QString entity = sync::mutation::entityOf(name);
            if (entity.isEmpty())
                entity = sync::entity::caseEntity();
            if (!writer.defer(entity, id, version, *r.current, now))
                return failed(what, writer.error());
            touched.insert(id);
        }
    }
    if (!confirmed.isEmpty()) {
        QSqlQuery confirm(db);
        confirm.prepare(QStringLiteral("UPDATE tasks SET claim_provisional = 0 WHERE id = ?"
                                       " AND claim_provisional = 1"));
        for (const QString &id : std::as_const(confirmed)) {
            confirm.addBindValue(id);
            if (!confirm.exec())
                return failed(what, confirm.lastError().text());
        }
    }
    if (Status s = applyReadyDeferred(db, writer, touched, now, &ack.snapshots); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return ack;
}

} // namespace ow
