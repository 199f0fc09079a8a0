#include "manifeststore.h"

#include "auditlog.h"
#include "domain/case.h"
#include "domain/uuidv7.h"
#include "outbox.h"
#include "storedtime.h"
#include "sync/syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

Error invalid(const QString &message)
{
    return {QStringLiteral("manifest.invalid"), message, {}};
}

struct CaseLine
{
    ManifestCaseFacts facts;
    ManifestEntry entry;
};

std::optional<CaseLine> caseLine(const QSqlDatabase &db, const QString &caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT number, item_name, applicant_name, state, channel,"
                             " place_code, release_place_code, township_acceptable"
                             " FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CaseLine line;
    line.entry.caseId = caseId;
    line.entry.caseNumber = q.value(0).toString();
    line.entry.itemName = q.value(1).toString();
    line.entry.applicantName = q.value(2).toString();
    line.facts.state
            = CaseLifecycle::stateFromKey(q.value(3).toString()).value_or(CaseState::Received);
    line.facts.channel
            = CaseLifecycle::channelFromKey(q.value(4).toString()).value_or(CaseChannel::Window);
    line.facts.placeCode = q.value(5).toString();
    line.facts.releasePlaceCode = q.value(6).toString();
    line.facts.townshipAcceptable = q.value(7).toBool();
    return line;
}

} // namespace

ManifestStore::ManifestStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
    , m_directory(m_database)
    , m_journal(std::make_shared<OutboxJournal>())
{ }

void ManifestStore::setJournal(std::shared_ptr<ChangeJournal> journal)
{
    m_journal = std::move(journal);
}

ManifestActor ManifestStore::actorFacts(const Actor &actor) const
{
    ManifestActor a;
    a.placeCode = actor.placeCode;
    a.hallCode = actor.placeCode;
    a.role = Role::Auditor;
    if (const auto user = m_directory.user(actor.userId))
        a.role = user->role;
    if (const auto place = m_directory.place(actor.placeCode);
        place && place->kind == Place::Kind::Township) {
        a.hallCode = place->parentCode;
    }
    return a;
}

QList<ManifestEntry> ManifestStore::candidates(ManifestDirection direction, const Actor &actor,
                                               const QString &toPlace) const
{
    QList<ManifestEntry> result;
    const ManifestActor a = actorFacts(actor);
    const QString to = direction == ManifestDirection::Forward ? a.hallCode : toPlace;
    QSqlQuery q(m_database->connection());
    if (direction == ManifestDirection::Forward) {
        q.prepare(QStringLiteral(
                "SELECT id FROM cases WHERE state IN ('received', 'in_review')"
                " AND place_code = ? AND channel = 'township' AND id NOT IN (SELECT e.case_id"
                " FROM manifest_entries e JOIN manifests m ON m.id = e.manifest_id"
                " WHERE m.direction = 'forward') ORDER BY received_at, id LIMIT 500"));
        q.addBindValue(actor.placeCode);
    } else {
        q.prepare(QStringLiteral(
                "SELECT id FROM cases WHERE state = 'ready_for_release' AND place_code = ?"
                " AND release_place_code = ? AND id NOT IN (SELECT e.case_id"
                " FROM manifest_entries e JOIN manifests m ON m.id = e.manifest_id"
                " WHERE m.direction = 'return') ORDER BY received_at, id LIMIT 500"));
        q.addBindValue(toPlace);
        q.addBindValue(actor.placeCode);
    }
    if (!q.exec())
        return result;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    const QSqlDatabase db = m_database->connection();
    for (const QString &id : ids) {
        const auto line = caseLine(db, id);
        if (line && ManifestRules::mayList(direction, line->facts, actor.placeCode, to))
            result.append(line->entry);
    }
    return result;
}

Result<Manifest> ManifestStore::send(const ManifestDraft &draft, const Actor &actor,
                                     const QString &deviceShortId, const QDateTime &nowUtc)
{
    if (draft.items.isEmpty())
        return invalid(tr("Choose at least one case for the manifest."));
    if (draft.note.size() > 500)
        return invalid(tr("The note is too long: at most %n characters.", nullptr, 500));
    const ManifestActor a = actorFacts(actor);
    Manifest m;
    m.direction = draft.direction;
    m.fromPlace = actor.placeCode;
    m.toPlace = draft.direction == ManifestDirection::Forward && draft.toPlace.isEmpty()
            ? a.hallCode
            : draft.toPlace;
    for (const ManifestDraft::Item &item : draft.items) {
        ManifestEntry entry;
        entry.caseId = item.caseId;
        entry.packets = item.packets;
        m.entries.append(entry);
    }
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QDate today = CaseRules::businessDate(nowUtc);
    const QString prefix = ManifestRules::number(m.fromPlace, today, deviceShortId, 0).chopped(3);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM manifests WHERE number >= ? AND number < ?"));
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QChar(0xFFFF)));
    if (!q.exec() || !q.next())
        return sqlError(tr("number the manifest"), q.lastError().text());
    m.id = UuidV7::createString();
    m.number = ManifestRules::number(m.fromPlace, today, deviceShortId, q.value(0).toInt() + 1);
    m.note = draft.note.trimmed();
    q.finish();
    auto sent = applySend(db, m, actor, nowUtc, UuidV7::createString(), true);
    if (!sent)
        return sent.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return load(m.id);
}

Result<Manifest> ManifestStore::applySend(const QSqlDatabase &db, Manifest m, const Actor &actor,
                                          const QDateTime &at, const QString &mutationId,
                                          bool bumpCaseVersions)
{
    const ManifestActor a = actorFacts(actor);
    const auto toPlace = m_directory.place(m.toPlace);
    if (Status s = ManifestRules::maySend(m.direction, a, m.fromPlace, m.toPlace,
                                          toPlace ? toPlace->parentCode : QString());
        !s) {
        return s.error();
    }
    QSet<QString> listed;
    for (ManifestEntry &entry : m.entries) {
        if (listed.contains(entry.caseId))
            return invalid(tr("A case is listed twice."));
        listed.insert(entry.caseId);
        if (entry.packets < 1 || entry.packets > ManifestRules::maxPackets())
            return invalid(
                    tr("Each case goes with 1 to %1 packets.").arg(ManifestRules::maxPackets()));
        const auto line = caseLine(db, entry.caseId);
        if (!line)
            return Error{QStringLiteral("case.not_found"), tr("The case was not found."),
                         entry.caseId};
        if (Status s = ManifestRules::mayList(m.direction, line->facts, m.fromPlace, m.toPlace);
            !s) {
            Error e = s.error();
            e.message = tr("%1: %2").arg(line->entry.caseNumber, e.message);
            return e;
        }
        const int packets = entry.packets;
        entry = line->entry;
        entry.packets = packets;
        entry.packetsReceived.reset();
        entry.note.clear();
    }
    m.status = ManifestStatus::Sent;
    m.createdBy = actor.userId;
    m.createdAt = at;
    m.receivedBy.clear();
    m.receivedAt = {};
    m.version = 1;
    m.updatedAt = at;
    if (Status s = write(db, m, true); !s)
        return s.error();
    // Returned results are held at the township from now on: only it releases them.
    if (m.direction == ManifestDirection::Return) {
        PreparedQuery q(db,
                        bumpCaseVersions ? QStringLiteral("UPDATE cases SET release_place_code = ?,"
                                                          " updated_at = ?, version = version + 1"
                                                          " WHERE id = ?")
                                         : QStringLiteral("UPDATE cases SET release_place_code = ?,"
                                                          " updated_at = ? WHERE id = ?"));
        for (const ManifestEntry &e : std::as_const(m.entries)) {
            q->addBindValue(m.toPlace);
            q->addBindValue(iso(at));
            q->addBindValue(e.caseId);
            if (!q->exec())
                return sqlError(tr("save the case"), q->lastError().text());
        }
    }
    JournalEntry journal;
    journal.mutationId = mutationId;
    journal.name = sync::mutation::manifestSend();
    journal.entity = QStringLiteral("manifest");
    journal.entityId = m.id;
    journal.baseVersion = 0;
    if (m_journal->wantsPayload())
        journal.payload = toJson(m);
    journal.auditDetail = {{QStringLiteral("number"), m.number},
                           {QStringLiteral("cases"), int(m.entries.size())}};
    if (Status s = m_journal->record(db, actor, journal); !s)
        return s.error();
    return m;
}

Result<Manifest> ManifestStore::receive(const QString &number, const QList<int> &packetsReceived,
                                        const QStringList &notes, const Actor &actor,
                                        const QDateTime &nowUtc)
{
    auto loaded = byNumber(number);
    if (!loaded)
        return loaded.error();
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto received = applyReceive(db, loaded.value(), packetsReceived, notes, actor, nowUtc,
                                 UuidV7::createString());
    if (!received)
        return received.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return load(received->id);
}

Result<Manifest> ManifestStore::applyReceive(const QSqlDatabase &db, Manifest m,
                                             const QList<int> &packetsReceived,
                                             const QStringList &notes, const Actor &actor,
                                             const QDateTime &at, const QString &mutationId)
{
    if (Status s = ManifestRules::mayReceive(m, actorFacts(actor)); !s)
        return s.error();
    if (packetsReceived.size() != m.entries.size())
        return invalid(tr("Say for every case on the manifest how many packets arrived."));
    for (int i = 0; i < m.entries.size(); ++i) {
        ManifestEntry &e = m.entries[i];
        if (packetsReceived[i] < 0 || packetsReceived[i] > e.packets)
            return invalid(tr("%1: between 0 and %2 packets can arrive.")
                                   .arg(e.caseNumber)
                                   .arg(e.packets));
        e.packetsReceived = packetsReceived[i];
        e.note = notes.value(i).trimmed().left(200);
    }
    m.status = ManifestRules::statusAfterReceipt(m.entries);
    m.receivedBy = actor.userId;
    m.receivedAt = at;
    ++m.version;
    m.updatedAt = at;
    if (Status s = write(db, m, false); !s)
        return s.error();
    sync::ManifestReceivePayload payload;
    payload.manifestId = m.id;
    payload.number = m.number;
    payload.at = at;
    payload.businessDate = CaseRules::businessDate(at);
    for (int i = 0; i < m.entries.size(); ++i)
        payload.entries.append({i, m.entries[i].caseId, packetsReceived[i], m.entries[i].note});
    JournalEntry journal;
    journal.mutationId = mutationId;
    journal.name = sync::mutation::manifestReceive();
    journal.entity = QStringLiteral("manifest");
    journal.entityId = m.id;
    journal.baseVersion = m.version - 1;
    if (m_journal->wantsPayload())
        journal.payload = payload.toJson();
    journal.auditDetail = {{QStringLiteral("number"), m.number},
                           {QStringLiteral("status"), ManifestRules::statusKey(m.status)},
                           {QStringLiteral("missing_packets"), m.missingPackets()}};
    if (Status s = m_journal->record(db, actor, journal); !s)
        return s.error();
    return m;
}

Status ManifestStore::write(const QSqlDatabase &db, const Manifest &m, bool insert)
{
    QSqlQuery q(db);
    if (insert) {
        q.prepare(QStringLiteral(
                "INSERT INTO manifests (id, number, direction, from_place, to_place, status,"
                " note, created_by, created_at, received_by, received_at, version, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(m.id);
        q.addBindValue(m.number);
        q.addBindValue(ManifestRules::directionKey(m.direction));
        q.addBindValue(m.fromPlace);
        q.addBindValue(m.toPlace);
        q.addBindValue(ManifestRules::statusKey(m.status));
        q.addBindValue(sqlText(m.note));
        q.addBindValue(m.createdBy);
        q.addBindValue(iso(m.createdAt));
        q.addBindValue(sqlText(m.receivedBy));
        q.addBindValue(isoOrNull(m.receivedAt));
        q.addBindValue(m.version);
        q.addBindValue(iso(m.updatedAt));
    } else {
        q.prepare(QStringLiteral("UPDATE manifests SET status = ?, received_by = ?,"
                                 " received_at = ?, version = ?, updated_at = ?"
                                 " WHERE id = ? AND version = ?"));
        q.addBindValue(ManifestRules::statusKey(m.status));
        q.addBindValue(sqlText(m.receivedBy));
        q.addBindValue(isoOrNull(m.receivedAt));
        q.addBindValue(m.version);
        q.addBindValue(iso(m.updatedAt));
        q.addBindValue(m.id);
        q.addBindValue(m.version - 1);
    }
    if (!q.exec())
        return sqlError(tr("save the manifest"), q.lastError().text());
    if (!insert && q.numRowsAffected() != 1)
        return Error{QStringLiteral("manifest.changed"),
                     tr("The manifest was changed meanwhile. Open it again."), m.id};
    q.prepare(QStringLiteral(
            "INSERT INTO manifest_entries (manifest_id, position, case_id, case_number,"
            " item_name, applicant_name, packets, packets_received, note)"
            " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (manifest_id, position) DO UPDATE SET"
            " case_id = excluded.case_id, case_number = excluded.case_number,"
            " item_name = excluded.item_name, applicant_name = excluded.applicant_name,"
            " packets = excluded.packets, packets_received = excluded.packets_received,"
            " note = excluded.note"));
    for (int i = 0; i < m.entries.size(); ++i) {
        const ManifestEntry &e = m.entries[i];
        q.addBindValue(m.id);
        q.addBindValue(i);
        q.addBindValue(e.caseId);
        q.addBindValue(e.caseNumber);
        q.addBindValue(sqlText(e.itemName));
        q.addBindValue(sqlText(e.applicantName));
        q.addBindValue(e.packets);
        q.addBindValue(e.packetsReceived ? QVariant(*e.packetsReceived) : QVariant());
        q.addBindValue(sqlText(e.note));
        if (!q.exec())
            return sqlError(tr("save the manifest"), q.lastError().text());
    }
    return Status::success();
}

Result<Manifest> ManifestStore::byNumber(const QString &number) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM manifests WHERE number = ?"));
    q.addBindValue(number.trimmed().toUpper());
    if (!q.exec())
        return sqlError(tr("read the manifest"), q.lastError().text());
    if (!q.next())
        return Error{QStringLiteral("manifest.not_found"),
                     tr("No manifest %1 here. If it was sent just now, wait for the next sync.")
                             .arg(number.trimmed()),
                     {}};
    return load(q.value(0).toString());
}

Result<Manifest> ManifestStore::load(const QString &id) const
{
    return loadIn(m_database->connection(), id);
}

Result<Manifest> ManifestStore::loadIn(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, number, direction, from_place, to_place, status, note,"
                             " created_by, created_at, received_by, received_at, version,"
                             " updated_at FROM manifests WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("read the manifest"), q.lastError().text());
    if (!q.next())
        return Error{QStringLiteral("manifest.not_found"), tr("The manifest was not found."), id};
    Manifest m;
    m.id = q.value(0).toString();
    m.number = q.value(1).toString();
    m.direction = ManifestRules::directionFromKey(q.value(2).toString())
                          .value_or(ManifestDirection::Forward);
    m.fromPlace = q.value(3).toString();
    m.toPlace = q.value(4).toString();
    m.status = ManifestRules::statusFromKey(q.value(5).toString()).value_or(ManifestStatus::Sent);
    m.note = q.value(6).toString();
    m.createdBy = q.value(7).toString();
    m.createdAt = fromIso(q.value(8));
    m.receivedBy = q.value(9).toString();
    m.receivedAt = fromIso(q.value(10));
    m.version = q.value(11).toLongLong();
    m.updatedAt = fromIso(q.value(12));
    q.prepare(QStringLiteral("SELECT e.case_id, e.case_number, e.item_name, e.applicant_name,"
                             " e.packets, e.packets_received, e.note, c.id IS NOT NULL"
                             " FROM manifest_entries e LEFT JOIN cases c ON c.id = e.case_id"
                             " WHERE e.manifest_id = ? ORDER BY e.position"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("read the manifest"), q.lastError().text());
    while (q.next()) {
        ManifestEntry e;
        e.caseId = q.value(0).toString();
        e.caseNumber = q.value(1).toString();
        e.itemName = q.value(2).toString();
        e.applicantName = q.value(3).toString();
        e.packets = q.value(4).toInt();
        if (!q.value(5).isNull())
            e.packetsReceived = q.value(5).toInt();
        e.note = q.value(6).toString();
        e.caseKnown = q.value(7).toBool();
        m.entries.append(e);
    }
    return m;
}

QList<Manifest> ManifestStore::recent(const QString &placeCode, int limit) const
{
    QList<Manifest> result;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM (SELECT id, created_at FROM manifests"
                             " WHERE from_place = ? UNION SELECT id, created_at FROM manifests"
                             " WHERE to_place = ?) ORDER BY created_at DESC, id DESC LIMIT ?"));
    q.addBindValue(placeCode);
    q.addBindValue(placeCode);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString &id : ids) {
        if (auto m = load(id))
            result.append(m.value());
    }
    return result;
}

QJsonObject ManifestStore::toJson(const Manifest &m)
{
    return sync::manifestToJson(m);
}

Result<Manifest> ManifestStore::fromJson(const QJsonObject &o)
{
    auto m = sync::manifestFromJson(o);
    if (!m)
        return Error{QStringLiteral("manifest.malformed"),
                     tr("The manifest from the server is incomplete."),
                     m.error().message + QLatin1Char(' ')
                             + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))};
    return m;
}

Status ManifestStore::applySnapshot(const QJsonObject &json)
{
    auto parsed = fromJson(json);
    if (!parsed)
        return parsed.error();
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = writeSnapshot(db, parsed.value(), true); !s)
        return s;
    return transaction.commit();
}

Status ManifestStore::writeSnapshot(const QSqlDatabase &db, const Manifest &m, bool force,
                                    bool *written)
{
    if (written)
        *written = false;
    QSqlQuery q(db);
    if (!force) {
        q.prepare(QStringLiteral("SELECT version FROM manifests WHERE id = ?"));
        q.addBindValue(m.id);
        if (!q.exec())
            return sqlError(tr("save the manifest"), q.lastError().text());
        if (q.next() && q.value(0).toLongLong() > m.version)
            return Status::success();
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM manifest_entries WHERE manifest_id = ?"),
                               QStringLiteral("DELETE FROM manifests WHERE id = ?")}) {
        q.prepare(sql);
        q.addBindValue(m.id);
        if (!q.exec())
            return sqlError(tr("save the manifest"), q.lastError().text());
    }
    if (Status s = write(db, m, true); !s)
        return s;
    if (written)
        *written = true;
    return Status::success();
}

} // namespace ow
