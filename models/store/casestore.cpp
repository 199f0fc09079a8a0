#include "casestore.h"

#include "auditlog.h"
#include "casenumberallocator.h"
#include "changejournal.h"
#include "domain/casenumber.h"
#include "domain/uuidv7.h"
#include "storedtime.h"
#include "storemark.h"
#include "sync/syncprotocol.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace ow {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString reversed(const QString &s)
{
    QString r(s.size(), QChar());
    for (qsizetype i = 0; i < s.size(); ++i)
        r[s.size() - 1 - i] = s[i];
    return r;
}

// Every two-character run of a name, for search by any 2+ characters.
QSet<QString> nameGrams(const QString &name)
{
    QSet<QString> grams;
    const QString n = name.simplified().toLower();
    for (qsizetype i = 0; i + 1 < n.size(); ++i)
        grams.insert(n.mid(i, 2));
    return grams;
}

Error invalid(const QString &message)
{
    return {QStringLiteral("intake.invalid"), message, {}};
}

} // namespace

CaseStore::CaseStore(const std::shared_ptr<Database> &database, const WorkCalendar &calendar)
    : m_database(database)
    , m_calendar(calendar)
    , m_directory(database)
    , m_journal(std::make_shared<OutboxJournal>())
{ }

void CaseStore::setJournal(std::shared_ptr<ChangeJournal> journal)
{
    m_journal = std::move(journal);
}

std::optional<Applicant> CaseStore::findApplicant(Applicant::Kind kind,
                                                  const QString &idNumber) const
{
    PreparedQuery found(
            m_database->connection(),
            QStringLiteral(
                    "SELECT id, name, id_number, phone, address, legal_representative, contact_name"
                    " FROM applicants WHERE kind = ? AND id_number = ?"));
    found->addBindValue(ApplicantRules::kindKey(kind));
    found->addBindValue(idNumber.trimmed().toUpper());
    if (!found->exec() || !found->next())
        return std::nullopt;
    Applicant a;
    a.kind = kind;
    a.id = found->value(0).toString();
    a.name = found->value(1).toString();
    a.idNumber = found->value(2).toString();
    a.phone = found->value(3).toString();
    a.address = found->value(4).toString();
    a.legalRepresentative = found->value(5).toString();
    a.contactName = found->value(6).toString();
    return a;
}

CaseStore::Batch::Batch(CaseStore &store, bool deferCaseRows)
    : m_store(store)
{
    m_store.m_inBatch = true;
    m_store.m_deferCaseRows = deferCaseRows;
}

CaseStore::Batch::~Batch()
{
    // A row still held back belongs to a batch that was not committed.
    m_store.m_held.reset();
    m_store.m_heldError.reset();
    m_store.m_deferCaseRows = false;
    m_store.m_inBatch = false;
    m_store.m_places.clear();
    m_store.m_users.clear();
    m_store.m_items.clear();
}

std::optional<Place> CaseStore::placeOf(const QString &code) const
{
    if (!m_inBatch)
        return m_directory.place(code);
    auto it = m_places.constFind(code);
    if (it == m_places.constEnd())
        it = m_places.insert(code, m_directory.place(code));
    return *it;
}

std::optional<User> CaseStore::userOf(const QString &id) const
{
    if (!m_inBatch)
        return m_directory.user(id);
    auto it = m_users.constFind(id);
    if (it == m_users.constEnd())
        it = m_users.insert(id, m_directory.user(id));
    return *it;
}

Result<bool> CaseStore::itemExists(const QSqlDatabase &db, const QString &code) const
{
    if (m_inBatch) {
        if (const auto it = m_items.constFind(code); it != m_items.constEnd())
            return *it;
    }
    PreparedQuery item(db, QStringLiteral("SELECT 1 FROM service_items WHERE code = ?"));
    item->addBindValue(code);
    if (!item->exec())
        return sqlError(tr("read the catalogue"), item->lastError().text());
    const bool exists = item->next();
    if (m_inBatch)
        m_items.insert(code, exists);
    return exists;
}

QString CaseStore::hallOf(const QString &placeCode) const
{
    const auto place = placeOf(placeCode);
    if (place && place->kind == Place::Kind::Township)
        return place->parentCode;
    return placeCode;
}

TransitionContext CaseStore::contextFor(const Case &c, const Actor &actor, const QDate &today) const
{
    TransitionContext ctx;
    const auto user = userOf(actor.userId);
    const auto place = placeOf(actor.placeCode);
    if (user) {
        ctx.role = user->role;
        ctx.departmentCode = user->departmentCode;
    }
    ctx.placeKind = place ? place->kind : Place::Kind::Hall;
    ctx.placeCode = actor.placeCode;
    ctx.caseDepartmentCode = c.departmentCode;
    ctx.caseHallCode = hallOf(c.placeCode);
    ctx.acceptingPlaceCode = c.placeCode;
    ctx.releasePlaceCode = c.releasePlaceCode;
    ctx.channel = c.channel;
    ctx.townshipAcceptable = c.townshipAcceptable;
    ctx.materialsComplete = c.materialsComplete();
    ctx.materialsOverdue = CaseRules::materialsOverdue(c, today);
    addBundleFacts(c, ctx);
    const auto addWorkingDays = [this](QDate from, int n) {
        const auto r = m_calendar.addWorkingDays(from, n);
        return r ? r.value() : QDate();
    };
    ctx.deemedAccepted = CaseLifecycle::isDeemedAccepted(
            c.itemKind, c.state, CaseRules::businessDate(c.receivedAt), today, addWorkingDays);
    return ctx;
}

PlaceRelation CaseStore::relationOf(const Case &c, const QString &placeCode) const
{
    if (placeCode.isEmpty())
        return PlaceRelation::Other;
    const bool own = placeCode == c.placeCode || placeCode == hallOf(c.placeCode)
            || placeCode == c.releasePlaceCode;
    return own ? PlaceRelation::Own : PlaceRelation::Other;
}

// 一件事一次办: a bundle's main case waits for its parts' decisions; a part waits for its main
// case to be released (CaseLifecycle applies both).
void CaseStore::addBundleFacts(const Case &c, TransitionContext &ctx) const
{
    // Asked for every move (the server: for every pushed mutation): prepared once. A case row
    // held back is written first unless it is this case's own (whose parts, if any, were
    // received after it was written).
    if (m_held && m_held->c.id != c.id)
        (void)flushCaseRow(); // a failure is reported by the next flushCaseRow()
    const QSqlDatabase db = m_database->connection();
    if (!c.parentId.isEmpty()) {
        PreparedQuery q(db, QStringLiteral("SELECT state FROM cases WHERE id = ?"));
        q->addBindValue(c.parentId);
        if (q->exec() && q->next()) {
            const auto state = CaseLifecycle::stateFromKey(q->value(0).toString());
            ctx.heldForBundle = state && CaseLifecycle::isOpen(*state);
        }
        return;
    }
    PreparedQuery q(db, QStringLiteral("SELECT state FROM cases WHERE parent_id = ?"));
    q->addBindValue(c.id);
    if (!q->exec())
        return;
    while (q->next()) {
        const auto state = CaseLifecycle::stateFromKey(q->value(0).toString());
        if (state && CaseLifecycle::isPending(*state))
            ctx.bundlePartsPending = true;
    }
}

QDate CaseStore::supplementDeadline(QDate noticeDay) const
{
    return CaseRules::supplementDeadline(noticeDay, [this](QDate from, int n) {
        const auto r = m_calendar.addWorkingDays(from, n);
        return r ? r.value() : QDate();
    });
}

Status CaseStore::saveApplicant(const QSqlDatabase &db, Applicant &a, const QDateTime &nowUtc) const
{
    a.name = a.name.trimmed();
    a.idNumber = a.idNumber.trimmed().toUpper();
    a.phone = a.phone.trimmed();
    a.address = a.address.trimmed();
    a.legalRepresentative = a.legalRepresentative.trimmed();
    a.contactName = a.contactName.trimmed();
    bool sameName = false;
    bool newId = false; // made here: no row can carry it yet
    if (const auto existing = findApplicant(a.kind, a.idNumber)) {
        a.id = existing->id;
        sameName = existing->name == a.name;
        // A returning applicant with nothing changed: nothing to write (rewriting the same row
        // dirtied a table page and an index page, both at random places in the store).
        if (sameName && existing->phone == a.phone && existing->address == a.address
            && existing->legalRepresentative == a.legalRepresentative
            && existing->contactName == a.contactName)
            return Status::success();
    } else if (a.id.isEmpty()) {
        a.id = UuidV7::createString();
        newId = true;
    }
    const auto failed = [](const PreparedStatement &q) {
        return sqlError(tr("save the applicant"), q.lastError().text());
    };
    PreparedQuery upsert(
            db,
            QStringLiteral(
                    "INSERT INTO applicants (id, kind, name, id_number, id_reversed, phone, "
                    "address,"
                    " legal_representative, contact_name, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
                    " ON CONFLICT(id) DO UPDATE SET name = excluded.name, phone = excluded.phone,"
                    " address = excluded.address, legal_representative = "
                    "excluded.legal_representative,"
                    " contact_name = excluded.contact_name, updated_at = excluded.updated_at"));
    upsert->addBindValue(a.id);
    upsert->addBindValue(ApplicantRules::kindKey(a.kind));
    upsert->addBindValue(a.name);
    upsert->addBindValue(a.idNumber);
    upsert->addBindValue(reversed(a.idNumber));
    upsert->addBindValue(sqlText(a.phone.trimmed()));
    upsert->addBindValue(sqlText(a.address.trimmed()));
    upsert->addBindValue(sqlText(a.legalRepresentative.trimmed()));
    upsert->addBindValue(sqlText(a.contactName.trimmed()));
    upsert->addBindValue(iso(nowUtc));
    if (!upsert->exec())
        return failed(*upsert);
    // A returning applicant under the same name: the grams are there. The server keeps none.
    if (sameName || !m_nameGrams)
        return Status::success();
    // A new applicant, or a changed name: (re)build the name's grams (an applicant whose id was
    // made just now has none to drop).
    if (!newId) {
        PreparedQuery dropGrams(
                db, QStringLiteral("DELETE FROM applicant_name_grams WHERE applicant_id = ?"));
        dropGrams->addBindValue(a.id);
        if (!dropGrams->exec())
            return failed(*dropGrams);
    }
    PreparedQuery addGram(
            db,
            QStringLiteral("INSERT INTO applicant_name_grams (gram, applicant_id) VALUES (?, ?)"));
    for (const QString &gram : nameGrams(a.name)) {
        addGram->addBindValue(gram);
        addGram->addBindValue(a.id);
        if (!addGram->exec())
            return failed(*addGram);
    }
    return Status::success();
}

Status CaseStore::flushCaseRow() const
{
    if (m_heldError)
        return *m_heldError;
    if (!m_held)
        return Status::success();
    const HeldCase held = std::move(*m_held);
    m_held.reset();
    const QSqlDatabase db = m_database->connection();
    Status written = insertCase(db, held.c);
    for (const CaseHistoryEntry &entry : held.entries) {
        if (!written)
            break;
        written = insertHistory(db, held.c, entry);
    }
    if (!written)
        m_heldError = written.error();
    return written;
}

Status CaseStore::insertCase(const QSqlDatabase &db, const Case &c) const
{
    PreparedQuery insert(
            db,
            QStringLiteral(
                    "INSERT INTO cases (id, number, parent_id, item_code, item_name, "
                    "department_code,"
                    " item_kind, promised_days, township_acceptable, applicant_id, applicant_name,"
                    " applicant_id_number, applicant_phone, agent_name, agent_id_number, channel, "
                    "state,"
                    " place_code, release_place_code, staff_id, received_at, accepted_at,"
                    " notice_deadline, due_date, suspended_at, suspended_working_days,"
                    " decided_at, released_at, closed_at, trips, delivery, reason,"
                    " version, updated_at) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    insert->addBindValue(c.id);
    insert->addBindValue(c.number);
    insert->addBindValue(c.parentId.isEmpty() ? QVariant() : QVariant(c.parentId));
    insert->addBindValue(c.itemCode);
    insert->addBindValue(c.itemName);
    insert->addBindValue(c.departmentCode);
    insert->addBindValue(itemKindKey(c.itemKind));
    insert->addBindValue(c.promisedDays);
    insert->addBindValue(c.townshipAcceptable ? 1 : 0);
    insert->addBindValue(c.applicant.id);
    insert->addBindValue(c.applicant.name);
    insert->addBindValue(c.applicant.idNumber);
    insert->addBindValue(sqlText(c.applicant.phone));
    insert->addBindValue(sqlText(c.agentName));
    insert->addBindValue(sqlText(c.agentIdNumber));
    insert->addBindValue(CaseLifecycle::channelKey(c.channel));
    insert->addBindValue(CaseLifecycle::stateKey(c.state));
    insert->addBindValue(c.placeCode);
    insert->addBindValue(c.releasePlaceCode);
    insert->addBindValue(c.staffId);
    insert->addBindValue(iso(c.receivedAt));
    insert->addBindValue(isoOrNull(c.acceptedAt));
    insert->addBindValue(dateOrNull(c.noticeDeadline));
    insert->addBindValue(dateOrNull(c.dueDate));
    insert->addBindValue(isoOrNull(c.suspendedAt));
    insert->addBindValue(c.suspendedWorkingDays);
    insert->addBindValue(isoOrNull(c.decidedAt));
    insert->addBindValue(isoOrNull(c.releasedAt));
    insert->addBindValue(isoOrNull(c.closedAt));
    insert->addBindValue(c.trips);
    insert->addBindValue(c.delivery == Case::Delivery::Mail ? QStringLiteral("mail")
                                                            : QStringLiteral("counter"));
    insert->addBindValue(sqlText(c.reason));
    insert->addBindValue(c.version);
    insert->addBindValue(iso(c.updatedAt));
    if (!insert->exec())
        return sqlError(tr("save the case"), insert->lastError().text());
    PreparedQuery material(
            db,
            QStringLiteral(
                    "INSERT INTO case_materials (case_id, position, name, form, copies_expected,"
                    " requirement, status, copies_received, supply_by, received_at, note)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < c.materials.size(); ++i) {
        const CaseMaterial &m = c.materials[i];
        material->addBindValue(c.id);
        material->addBindValue(i);
        material->addBindValue(m.name);
        material->addBindValue(materialFormKey(m.form));
        material->addBindValue(m.copiesExpected);
        material->addBindValue(materialRequirementKey(m.requirement));
        material->addBindValue(CaseMaterial::statusKey(m.status));
        material->addBindValue(m.copiesReceived);
        material->addBindValue(dateOrNull(m.supplyBy));
        material->addBindValue(m.status == CaseMaterial::Status::Received
                                       ? QVariant(iso(c.receivedAt))
                                       : QVariant());
        material->addBindValue(sqlText(m.note));
        if (!material->exec())
            return sqlError(tr("save the materials"), material->lastError().text());
    }
    return Status::success();
}

Status CaseStore::updateCase(const QSqlDatabase &db, const Case &c, bool materialsChanged)
{
    PreparedQuery update(
            db,
            QStringLiteral(
                    "UPDATE cases SET state = ?, release_place_code = ?, accepted_at = ?,"
                    " notice_deadline = ?, due_date = ?, suspended_at = ?, suspended_working_days "
                    "= ?,"
                    " decided_at = ?, released_at = ?, closed_at = ?, trips = ?, delivery = ?,"
                    " reason = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?"));
    update->addBindValue(CaseLifecycle::stateKey(c.state));
    update->addBindValue(c.releasePlaceCode);
    update->addBindValue(isoOrNull(c.acceptedAt));
    update->addBindValue(dateOrNull(c.noticeDeadline));
    update->addBindValue(dateOrNull(c.dueDate));
    update->addBindValue(isoOrNull(c.suspendedAt));
    update->addBindValue(c.suspendedWorkingDays);
    update->addBindValue(isoOrNull(c.decidedAt));
    update->addBindValue(isoOrNull(c.releasedAt));
    update->addBindValue(isoOrNull(c.closedAt));
    update->addBindValue(c.trips);
    update->addBindValue(c.delivery == Case::Delivery::Mail ? QStringLiteral("mail")
                                                            : QStringLiteral("counter"));
    update->addBindValue(sqlText(c.reason));
    update->addBindValue(c.version);
    update->addBindValue(iso(c.updatedAt));
    update->addBindValue(c.id);
    update->addBindValue(c.version - 1);
    if (!update->exec())
        return sqlError(tr("save the case"), update->lastError().text());
    if (update->numRowsAffected() != 1) {
        return Error{QStringLiteral("case.changed"),
                     tr("Case %1 was changed by someone else meanwhile. Open it again and "
                        "repeat the action.")
                             .arg(c.number),
                     {}};
    }
    // Materials change with 补正 only: then rewrite their statuses.
    if (!materialsChanged)
        return Status::success();
    PreparedQuery material(
            db,
            QStringLiteral("UPDATE case_materials SET status = ?, copies_received = ?,"
                           " supply_by = ?, note = ?, received_at = COALESCE(received_at, ?)"
                           " WHERE case_id = ? AND position = ?"));
    for (int i = 0; i < c.materials.size(); ++i) {
        const CaseMaterial &m = c.materials[i];
        material->addBindValue(CaseMaterial::statusKey(m.status));
        material->addBindValue(m.copiesReceived);
        material->addBindValue(dateOrNull(m.supplyBy));
        material->addBindValue(sqlText(m.note));
        material->addBindValue(m.status == CaseMaterial::Status::Received
                                       ? QVariant(iso(c.updatedAt))
                                       : QVariant());
        material->addBindValue(c.id);
        material->addBindValue(i);
        if (!material->exec())
            return sqlError(tr("save the materials"), material->lastError().text());
    }
    return Status::success();
}

Status CaseStore::insertHistory(const QSqlDatabase &db, const Case &c,
                                const CaseHistoryEntry &e) const
{
    PreparedQuery insert(
            db,
            QStringLiteral(
                    "INSERT INTO case_history (id, case_id, event, from_state, to_state, at_utc,"
                    " business_date, user_id, place_code, device_id, note) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?)"));
    insert->addBindValue(e.id);
    insert->addBindValue(c.id);
    insert->addBindValue(CaseLifecycle::eventKey(e.event));
    insert->addBindValue(e.from ? CaseLifecycle::stateKey(*e.from) : QStringLiteral(""));
    insert->addBindValue(CaseLifecycle::stateKey(e.to));
    insert->addBindValue(iso(e.atUtc));
    insert->addBindValue(e.businessDate.toString(Qt::ISODate));
    insert->addBindValue(e.userId);
    insert->addBindValue(e.placeCode);
    insert->addBindValue(e.deviceId);
    insert->addBindValue(sqlText(e.note));
    if (!insert->exec())
        return sqlError(tr("save the case history"), insert->lastError().text());
    return Status::success();
}

Status CaseStore::applyOutcome(Case &c, const TransitionOutcome &outcome, CaseEvent event,
                               const QString &note, const Actor &actor, const QDateTime &nowUtc,
                               const QString &entryId, CaseHistoryEntry *entry)
{
    const QDate today = CaseRules::businessDate(nowUtc);
    const std::optional<CaseState> from
            = event == CaseEvent::Receive ? std::nullopt : std::optional<CaseState>(c.state);
    switch (event) {
    case CaseEvent::Accept:
    case CaseEvent::Supplement: {
        // A licensing application not answered within 5 working days counts as accepted from
        // the day it was received (行政许可法 第三十二条).
        const bool deemed = event == CaseEvent::Accept && c.noticeDeadline.isValid()
                && today > c.noticeDeadline;
        c.acceptedAt = deemed ? c.receivedAt : nowUtc;
        const auto due
                = m_calendar.addWorkingDays(CaseRules::businessDate(c.acceptedAt), c.promisedDays);
        if (!due)
            return due.error();
        c.dueDate = due.value();
        break;
    }
    case CaseEvent::Suspend:
        c.suspendedAt = nowUtc;
        c.reason = note;
        break;
    case CaseEvent::Resume: {
        const auto paused
                = m_calendar.workingDaysBetween(CaseRules::businessDate(c.suspendedAt), today);
        if (!paused)
            return paused.error();
        const int days = qMax(0, paused.value());
        if (c.dueDate.isValid() && days > 0) {
            const auto due = m_calendar.addWorkingDays(c.dueDate, days);
            if (!due)
                return due.error();
            c.dueDate = due.value();
        }
        c.suspendedWorkingDays += days;
        c.suspendedAt = QDateTime();
        break;
    }
    case CaseEvent::Approve:
    case CaseEvent::Deny:
        c.decidedAt = nowUtc;
        c.reason = note;
        break;
    case CaseEvent::Release:
    case CaseEvent::MailRelease:
        c.releasedAt = nowUtc;
        c.closedAt = nowUtc;
        c.delivery
                = event == CaseEvent::MailRelease ? Case::Delivery::Mail : Case::Delivery::Counter;
        break;
    case CaseEvent::Reject:
    case CaseEvent::Terminate:
    case CaseEvent::Withdraw:
        c.closedAt = nowUtc;
        c.reason = note;
        break;
    default:
        break;
    }
    c.state = outcome.to;
    c.trips += outcome.tripDelta;
    c.updatedAt = nowUtc;
    // The entry's id is the id of the mutation that carries the move to the server.
    *entry = {entryId.isEmpty() ? UuidV7::createString() : entryId,
              event,
              from,
              outcome.to,
              nowUtc,
              today,
              actor.userId,
              actor.placeCode,
              actor.deviceId,
              note};
    return Status::success();
}

Result<Case> CaseStore::intake(const IntakeRequest &request, const Actor &actor,
                               const QString &deviceShortId, const QDateTime &nowUtc)
{
    // Validate everything before touching the store.
    Applicant applicant = request.applicant;
    const QList<ApplicantRules::Problem> problems = ApplicantRules::check(applicant);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const auto &p : problems)
            messages << p.message;
        return invalid(messages.join(QLatin1Char('\n')));
    }
    if (request.item.code.isEmpty())
        return invalid(tr("Choose the item the applicant applies for."));
    if (const QString agent = checkAgent(request.agentName, request.agentIdNumber);
        !agent.isEmpty())
        return invalid(agent);
    if (request.reason.size() > maxReasonLength)
        return invalid(
                tr("The reason is too long: at most %n characters.", nullptr, maxReasonLength));
    const QDate today = CaseRules::businessDate(nowUtc);
    for (const CaseMaterial &m : request.materials) {
        if (m.status == CaseMaterial::Status::Deferred
            && (m.requirement != Material::Requirement::Deferrable || !m.supplyBy.isValid()
                || m.supplyBy <= today)) {
            return invalid(tr("\"%1\" can be supplied later only if the catalogue allows it, with "
                              "a promised date after today.")
                                   .arg(m.name));
        }
        if (m.note.size() > maxReasonLength)
            return invalid(tr("The note on \"%1\" is too long.").arg(m.name));
    }
    if (request.item.isBundle() && request.bundleParts.size() != request.item.bundleParts.size())
        return invalid(tr("The parts of this one-visit bundle are missing from the catalogue."));

    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // Inside the write transaction the directory cannot change: its places and users are read
    // once for the whole intake (a Batch of its own unless the caller holds one), not for every
    // rule that asks (five look-ups of places and two of users per case).
    std::optional<Batch> lookups;
    if (!m_inBatch)
        lookups.emplace(*this);
    if (Status s = saveApplicant(db, applicant, nowUtc); !s)
        return s.error();

    std::optional<CaseNumber> lastNumber; // for the store's mark, once committed
    // The decision at the counter, made on the case in memory; `entry` and `journal` get the
    // move to write (none for receive-only).
    const auto decide = [&](Case &c, CaseHistoryEntry *entry,
                            std::optional<JournalEntry> *journal) -> Status {
        if (request.decision == IntakeDecision::ReceiveOnly)
            return Status::success();
        const CaseEvent event = request.decision == IntakeDecision::Accept ? CaseEvent::Accept
                : request.decision == IntakeDecision::Notify               ? CaseEvent::Notify
                                                                           : CaseEvent::Reject;
        TransitionContext ctx = contextFor(c, actor, today);
        ctx.reason = request.reason;
        if (event == CaseEvent::Notify && c.outstandingMaterials().isEmpty())
            return invalid(tr("Every material was handed in: there is nothing to put on a "
                              "one-time notice."));
        const TransitionOutcome outcome = CaseLifecycle::apply(c.state, event, ctx);
        if (!outcome)
            return outcome.toError();
        ++c.version;
        if (Status s = applyOutcome(c, outcome, event, request.reason, actor, nowUtc, {}, entry);
            !s)
            return s;
        TransitionRequest move;
        move.event = event;
        move.reason = request.reason;
        journal->emplace(transitionEntry(c, move, entry->id, nowUtc));
        return Status::success();
    };
    // A new case: received, then decided, in memory; written once, in its final state, with
    // both moves in its history and the outbox (a case row is the widest write of the intake:
    // writing it twice, received and then decided, cost a second round of index updates).
    const auto newCase = [&](const ServiceItem &item, const QString &parentId,
                             const QList<CaseMaterial> &materials) -> Result<Case> {
        auto number = CaseNumberAllocator::next(db, actor.placeCode, today, deviceShortId);
        if (!number)
            return number.error();
        lastNumber = number.value();
        Case c;
        c.id = UuidV7::createString();
        c.number = number->toString();
        c.parentId = parentId;
        c.itemCode = item.code;
        c.itemName = item.name;
        c.departmentCode = item.departmentCode;
        c.itemKind = item.kind;
        c.promisedDays = item.promisedDays;
        c.townshipAcceptable = item.townshipAcceptable;
        c.applicant = applicant;
        c.agentName = request.agentName.trimmed();
        c.agentIdNumber = request.agentIdNumber.trimmed().toUpper();
        c.channel = request.channel;
        c.placeCode = actor.placeCode;
        c.releasePlaceCode = hallOf(actor.placeCode);
        c.staffId = actor.userId;
        c.receivedAt = nowUtc;
        c.updatedAt = nowUtc;
        c.materials = materials;
        if (request.decision == IntakeDecision::Notify) // the 补正 deadline goes on the notice
            CaseRules::setSupplementDeadline(c.materials, supplementDeadline(today));
        if (item.kind == ItemKind::Licensing) {
            c.noticeDeadline = CaseLifecycle::noticeDeadline(today, [this](QDate from, int n) {
                const auto r = m_calendar.addWorkingDays(from, n);
                return r ? r.value() : QDate();
            });
        }
        const TransitionOutcome received = CaseLifecycle::receive(contextFor(c, actor, today));
        if (!received)
            return received.toError();
        CaseHistoryEntry receivedEntry;
        if (Status s = applyOutcome(c, received, CaseEvent::Receive, QString(), actor, nowUtc, {},
                                    &receivedEntry);
            !s)
            return s.error();
        // The receipt as it was handed in: the decision's move follows it in the outbox.
        const JournalEntry receivedJournal = receiveEntry(c, receivedEntry.id);
        c.history = {receivedEntry};
        CaseHistoryEntry decisionEntry;
        std::optional<JournalEntry> decisionJournal;
        if (Status s = decide(c, &decisionEntry, &decisionJournal); !s)
            return s.error();
        if (decisionJournal)
            c.history.append(decisionEntry);
        if (Status s = insertCase(db, c); !s)
            return s.error();
        if (Status s = insertHistory(db, c, receivedEntry); !s)
            return s.error();
        if (Status s = m_journal->record(db, actor, receivedJournal); !s)
            return s.error();
        if (decisionJournal) {
            if (Status s = insertHistory(db, c, decisionEntry); !s)
                return s.error();
            if (Status s = m_journal->record(db, actor, *decisionJournal); !s)
                return s.error();
        }
        return c;
    };

    auto parent = newCase(request.item, QString(), request.materials);
    if (!parent)
        return parent.error();
    // 一件事一次办: one case per department under the parent, each decided there; the
    // materials were checked once, on the parent.
    if (request.item.isBundle() && request.decision == IntakeDecision::Accept) {
        for (const ServiceItem &part : request.bundleParts) {
            auto child = newCase(part, parent->id, {});
            if (!child)
                return child.error();
        }
    }
    if (request.alsoSave) {
        if (Status s = request.alsoSave(db, parent.value()); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (lastNumber)
        StoreMark::recordNumber(db, *lastNumber);
    // What was written, as load() would read it back (the case row, its materials and its
    // history); not read again: that read was a third of the intake's work.
    return parent;
}

Result<Case> CaseStore::transition(const QString &caseId, const TransitionRequest &request,
                                   const Actor &actor, const QDateTime &nowUtc,
                                   const QString &mutationId)
{
    if (request.reason.size() > maxReasonLength)
        return invalid(
                tr("The reason is too long: at most %n characters.", nullptr, maxReasonLength));
    auto loaded = load(caseId);
    if (!loaded)
        return loaded.error();
    return transition(loaded.value(), request, actor, nowUtc, mutationId);
}

Result<Case> CaseStore::transition(const Case &current, const TransitionRequest &request,
                                   const Actor &actor, const QDateTime &nowUtc,
                                   const QString &mutationId)
{
    if (request.reason.size() > maxReasonLength)
        return invalid(
                tr("The reason is too long: at most %n characters.", nullptr, maxReasonLength));
    Case c = current;
    const QDate today = CaseRules::businessDate(nowUtc);
    if (request.event == CaseEvent::Supplement) {
        if (request.materials.size() != c.materials.size())
            return invalid(tr("The materials list does not match the case."));
        c.materials = request.materials;
    }
    if (request.event == CaseEvent::Release
        && !CaseRules::mayCollect(c, request.recipientIdNumber)) {
        return Error{QStringLiteral("release.recipient"),
                     tr("The ID number does not match the applicant's or an authorised agent's. "
                        "The result can be handed only to them."),
                     {}};
    }
    if (request.event == CaseEvent::Notify)
        CaseRules::setSupplementDeadline(c.materials, supplementDeadline(today));
    TransitionContext ctx = contextFor(c, actor, today);
    ctx.reason = request.reason;
    ctx.sameVisitAsAcceptance = request.sameVisitAsAcceptance && c.acceptedAt.isValid()
            && CaseRules::businessDate(c.acceptedAt) == today;
    const TransitionOutcome outcome = CaseLifecycle::apply(c.state, request.event, ctx);
    if (!outcome)
        return outcome.toError();

    const bool materialsChanged
            = request.event == CaseEvent::Supplement || request.event == CaseEvent::Notify;
    // The held back row of this very case takes the move in memory (Batch, deferCaseRows);
    // any other held back row is written first.
    const bool onHeldRow
            = m_held && m_held->c.id == c.id && m_held->c.version == c.version && !materialsChanged;
    if (m_held && !onHeldRow) {
        if (Status s = flushCaseRow(); !s)
            return s.error();
    }
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    CaseHistoryEntry entry;
    ++c.version;
    if (Status s = applyOutcome(c, outcome, request.event, request.reason, actor, nowUtc,
                                mutationId, &entry);
        !s)
        return s.error();
    if (onHeldRow) {
        m_held->c = c;
        m_held->entries.append(entry);
    } else {
        if (Status s = updateCase(db, c, materialsChanged); !s)
            return s.error();
        if (Status s = insertHistory(db, c, entry); !s)
            return s.error();
    }
    if (Status s = m_journal->record(db, actor, transitionEntry(c, request, entry.id, nowUtc)); !s)
        return s.error();
    if (request.releaseBundleParts
        && (request.event == CaseEvent::Release || request.event == CaseEvent::MailRelease)) {
        if (Status s = releaseBundleParts(db, c, request, actor, nowUtc); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    // The case as saved (reading it back cost a quarter of the server's apply time).
    c.history.append(entry);
    return c;
}

JournalEntry CaseStore::receiveEntry(const Case &c, const QString &mutationId) const
{
    return {mutationId,
            sync::mutation::caseReceive(),
            sync::entity::caseEntity(),
            c.id,
            0,
            m_journal->wantsPayload() ? sync::caseToJson(c, false) : QJsonObject(),
            {{QStringLiteral("number"), c.number}}};
}

JournalEntry CaseStore::transitionEntry(const Case &c, const TransitionRequest &request,
                                        const QString &mutationId, const QDateTime &nowUtc) const
{
    // Everything the server needs to judge the same move again (docs/sync-protocol.md).
    sync::TransitionPayload payload;
    payload.caseId = c.id;
    payload.event = request.event;
    payload.reason = request.reason;
    payload.at = nowUtc;
    payload.businessDate = CaseRules::businessDate(nowUtc);
    if (request.event == CaseEvent::Supplement || request.event == CaseEvent::Notify)
        payload.materials = c.materials;
    payload.recipientIdNumber = request.recipientIdNumber.trimmed().toUpper();
    payload.sameVisit = request.sameVisitAsAcceptance;
    return {mutationId,
            request.event == CaseEvent::Accept ? sync::mutation::caseAccept()
                                               : sync::mutation::caseTransition(),
            sync::entity::caseEntity(),
            c.id,
            c.version - 1,
            m_journal->wantsPayload() ? payload.toJson() : QJsonObject(),
            {{QStringLiteral("event"), CaseLifecycle::eventKey(request.event)}}};
}

QString CaseStore::checkAgent(const QString &name, const QString &idNumber)
{
    // An agent may collect the result (CaseRules::mayCollect): only with a valid ID number.
    if (name.trimmed().isEmpty() && idNumber.trimmed().isEmpty())
        return QString();
    for (const auto field : {ApplicantRules::Field::Name, ApplicantRules::Field::IdNumber}) {
        const QString message = ApplicantRules::checkField(
                Applicant::Kind::Person, field,
                field == ApplicantRules::Field::Name ? name : idNumber);
        if (!message.isEmpty())
            return tr("Agent: %1").arg(message);
    }
    return QString();
}

Result<Case> CaseStore::applyReceived(const Case &received, const Actor &actor,
                                      const QString &mutationId)
{
    // The whole case is checked with the rules intake applied on the device.
    Case c = received;
    const QList<ApplicantRules::Problem> problems = ApplicantRules::check(c.applicant);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const auto &p : problems)
            messages << p.message;
        return invalid(messages.join(QLatin1Char('\n')));
    }
    if (const QString agent = checkAgent(c.agentName, c.agentIdNumber); !agent.isEmpty())
        return invalid(agent);
    if (c.state != CaseState::Received)
        return invalid(tr("A case reaches the server in the state received, not %1.")
                               .arg(CaseLifecycle::stateKey(c.state)));
    if (c.placeCode != actor.placeCode)
        return invalid(tr("Case %1 was received at %2, not at the device's place %3.")
                               .arg(c.number, c.placeCode, actor.placeCode));
    if (!c.receivedAt.isValid())
        return invalid(tr("Case %1 has no time of receipt.").arg(c.number));
    const QDate today = CaseRules::businessDate(c.receivedAt);
    const auto number = CaseNumber::parse(c.number);
    if (!number || number->placeCode != c.placeCode || number->date != today)
        return invalid(tr("\"%1\" is not a case number of place %2 on %3.")
                               .arg(c.number, c.placeCode, today.toString(Qt::ISODate)));
    if (c.reason.size() > maxReasonLength)
        return invalid(
                tr("The reason is too long: at most %n characters.", nullptr, maxReasonLength));
    for (const CaseMaterial &m : c.materials) {
        if (m.note.size() > maxReasonLength)
            return invalid(tr("The note on \"%1\" is too long.").arg(m.name));
    }
    if (Status s = flushCaseRow(); !s)
        return s.error();
    QSqlDatabase db = m_database->connection();
    {
        const auto item = itemExists(db, c.itemCode);
        if (!item)
            return item.error();
        if (!item.value())
            return Error{QStringLiteral("item.not_found"),
                         tr("Item %1 is not in the catalogue.").arg(c.itemCode),
                         {}};
        if (!c.parentId.isEmpty()) {
            PreparedQuery parent(db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
            parent->addBindValue(c.parentId);
            if (!parent->exec())
                return sqlError(tr("read the case"), parent->lastError().text());
            if (!parent->next())
                return Error{QStringLiteral("case.not_found"),
                             tr("The bundle case of %1 is not known.").arg(c.number), c.parentId};
        }
        const Result<bool> taken
                = idOrNumberTaken(db, QStringLiteral("cases"), c.id, c.number, tr("read the case"));
        if (!taken)
            return taken.error();
        if (taken.value())
            return Error{QStringLiteral("case.exists"),
                         tr("A case with the id or number of %1 exists already.").arg(c.number),
                         c.id};
    }
    c.version = 1;
    c.history.clear();
    // A received case has made no later move: what a payload says of them is not kept.
    c.acceptedAt = QDateTime();
    c.dueDate = QDate();
    c.suspendedAt = QDateTime();
    c.suspendedWorkingDays = 0;
    c.decidedAt = QDateTime();
    c.releasedAt = QDateTime();
    c.closedAt = QDateTime();
    c.delivery = Case::Delivery::Counter;
    c.reason.clear();
    c.staffId = actor.userId;
    c.releasePlaceCode = hallOf(c.placeCode);
    c.updatedAt = c.receivedAt;

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = saveApplicant(db, c.applicant, c.receivedAt); !s)
        return s.error();
    const TransitionOutcome outcome = CaseLifecycle::receive(contextFor(c, actor, today));
    if (!outcome)
        return outcome.toError();
    CaseHistoryEntry entry;
    if (Status s = applyOutcome(c, outcome, CaseEvent::Receive, QString(), actor, c.receivedAt,
                                mutationId, &entry);
        !s)
        return s.error();
    if (m_inBatch && m_deferCaseRows && transaction.isNested()) {
        m_held = HeldCase{c, {entry}};
    } else {
        if (Status s = insertCase(db, c); !s)
            return s.error();
        if (Status s = insertHistory(db, c, entry); !s)
            return s.error();
    }
    if (Status s = m_journal->record(db, actor, receiveEntry(c, entry.id)); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    c.history = {entry};
    return c;
}

// 一件事一次办: the parts whose results are at the window go out with the main case, in the
// same transaction, each with its own history entry, mutation and audit row. The main case is
// already released here, so the rule no longer holds the parts back.
Status CaseStore::releaseBundleParts(const QSqlDatabase &db, const Case &parent,
                                     const TransitionRequest &request, const Actor &actor,
                                     const QDateTime &nowUtc)
{
    const QDate today = CaseRules::businessDate(nowUtc);
    const QString note = tr("Released together with bundle case %1").arg(parent.number);
    for (Case part : children(parent.id)) {
        if (!CaseLifecycle::releasesWithBundle(part.state))
            continue;
        if (request.event == CaseEvent::Release
            && !CaseRules::mayCollect(part, request.recipientIdNumber)) {
            return Error{QStringLiteral("release.recipient"),
                         tr("The ID number does not match the applicant's or an authorised "
                            "agent's of case %1.")
                                 .arg(part.number),
                         {}};
        }
        TransitionContext ctx = contextFor(part, actor, today);
        ctx.sameVisitAsAcceptance = request.sameVisitAsAcceptance && part.acceptedAt.isValid()
                && CaseRules::businessDate(part.acceptedAt) == today;
        const TransitionOutcome outcome = CaseLifecycle::apply(part.state, request.event, ctx);
        if (!outcome) {
            Error error = outcome.toError();
            error.message = tr("Case %1 of this bundle: %2").arg(part.number, error.message);
            return error;
        }
        CaseHistoryEntry entry;
        ++part.version;
        if (Status s = applyOutcome(part, outcome, request.event, note, actor, nowUtc, {}, &entry);
            !s)
            return s;
        if (Status s = updateCase(db, part, false); !s)
            return s;
        if (Status s = insertHistory(db, part, entry); !s)
            return s;
        TransitionRequest partMove = request;
        partMove.reason = note;
        partMove.releaseBundleParts = false;
        if (Status s
            = m_journal->record(db, actor, transitionEntry(part, partMove, entry.id, nowUtc));
            !s) {
            return s;
        }
    }
    return Status::success();
}

Result<TerminationSweep> CaseStore::terminateOverdue(const Actor &actor, const QDateTime &nowUtc)
{
    const QDate today = CaseRules::businessDate(nowUtc);
    QStringList states;
    for (CaseState state : CaseLifecycle::allStates()) {
        if (CaseLifecycle::isTerminable(state))
            states << QLatin1Char('\'') + CaseLifecycle::stateKey(state) + QLatin1Char('\'');
    }
    // Open cases are few; each is checked against its materials by primary key.
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT c.id FROM cases c WHERE c.state IN (%1) AND EXISTS"
                             " (SELECT 1 FROM case_materials m WHERE m.case_id = c.id"
                             " AND m.status <> 'received' AND m.supply_by < ?)"
                             " ORDER BY c.number")
                      .arg(states.join(QLatin1Char(','))));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(tr("find the cases past their deadline"), q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();

    TerminationSweep sweep;
    for (const QString &id : std::as_const(ids)) {
        auto loaded = load(id);
        if (!loaded) {
            sweep.failures.append(loaded.error());
            continue;
        }
        const Case &c = loaded.value();
        if (!CaseRules::terminationDue(c, today))
            continue;
        const QString deadline = CaseRules::earliestDeadline(c).toString(Qt::ISODate);
        TransitionRequest request;
        request.event = CaseEvent::Terminate;
        request.reason = c.state == CaseState::AwaitingMaterials
                ? tr("The materials listed on the one-time notice were not supplied by %1.")
                          .arg(deadline)
                : tr("The deferred materials promised for %1 were not supplied.").arg(deadline);
        TransitionContext ctx = contextFor(c, actor, today);
        ctx.reason = request.reason;
        if (!CaseLifecycle::apply(c.state, CaseEvent::Terminate, ctx)) {
            ++sweep.notPermitted;
            continue;
        }
        auto terminated = transition(id, request, actor, nowUtc);
        if (terminated)
            sweep.terminated << terminated->number;
        else
            sweep.failures.append(terminated.error());
    }
    return sweep;
}

Result<Case> CaseStore::load(const QString &caseId) const
{
    if (Status s = flushCaseRow(); !s)
        return s.error();
    QSqlDatabase db = m_database->connection();
    // Inside a write on PostgreSQL the case row is locked until the commit: a concurrent move
    // of the same case (another server process) waits and then judges the new state, as under
    // SQLite's single writer.
    const QString lock = sqldialect::isPostgres(db) && WriteTransaction::inTransaction(db)
            ? QStringLiteral(" FOR UPDATE OF c")
            : QString();
    PreparedQuery row(
            db,
            QStringLiteral(
                    "SELECT c.id, c.number, c.parent_id, c.item_code, c.item_name, "
                    "c.department_code,"
                    " c.item_kind, c.promised_days, c.township_acceptable, c.applicant_id,"
                    " c.applicant_name, c.applicant_id_number, c.applicant_phone, c.agent_name,"
                    " c.agent_id_number, c.channel, c.state, c.place_code, c.release_place_code,"
                    " c.staff_id, c.received_at, c.accepted_at, c.notice_deadline, c.due_date,"
                    " c.suspended_at, c.suspended_working_days, c.decided_at, c.released_at,"
                    " c.closed_at, c.trips, c.delivery, c.reason, c.version, c.updated_at,"
                    " a.kind, a.address, a.legal_representative, a.contact_name"
                    " FROM cases c JOIN applicants a ON a.id = c.applicant_id WHERE c.id = ?")
                    + lock);
    row->addBindValue(caseId);
    if (!row->exec())
        return sqlError(tr("read the case"), row->lastError().text());
    if (!row->next())
        return Error{QStringLiteral("case.not_found"), tr("The case was not found."), caseId};
    Case c;
    int i = 0;
    c.id = row->value(i++).toString();
    c.number = row->value(i++).toString();
    c.parentId = row->value(i++).toString();
    c.itemCode = row->value(i++).toString();
    c.itemName = row->value(i++).toString();
    c.departmentCode = row->value(i++).toString();
    c.itemKind = itemKindFromKey(row->value(i++).toString()).value_or(ItemKind::PublicService);
    c.promisedDays = row->value(i++).toInt();
    c.townshipAcceptable = row->value(i++).toBool();
    c.applicant.id = row->value(i++).toString();
    c.applicant.name = row->value(i++).toString();
    c.applicant.idNumber = row->value(i++).toString();
    c.applicant.phone = row->value(i++).toString();
    c.agentName = row->value(i++).toString();
    c.agentIdNumber = row->value(i++).toString();
    c.channel = CaseLifecycle::channelFromKey(row->value(i++).toString())
                        .value_or(CaseChannel::Window);
    c.state = CaseLifecycle::stateFromKey(row->value(i++).toString()).value_or(CaseState::Received);
    c.placeCode = row->value(i++).toString();
    c.releasePlaceCode = row->value(i++).toString();
    c.staffId = row->value(i++).toString();
    c.receivedAt = fromIso(row->value(i++));
    c.acceptedAt = fromIso(row->value(i++));
    c.noticeDeadline = dateFrom(row->value(i++));
    c.dueDate = dateFrom(row->value(i++));
    c.suspendedAt = fromIso(row->value(i++));
    c.suspendedWorkingDays = row->value(i++).toInt();
    c.decidedAt = fromIso(row->value(i++));
    c.releasedAt = fromIso(row->value(i++));
    c.closedAt = fromIso(row->value(i++));
    c.trips = row->value(i++).toInt();
    c.delivery = row->value(i++).toString() == QLatin1String("mail") ? Case::Delivery::Mail
                                                                     : Case::Delivery::Counter;
    c.reason = row->value(i++).toString();
    c.version = row->value(i++).toLongLong();
    c.updatedAt = fromIso(row->value(i++));
    ApplicantRules::kindFromKey(row->value(i++).toString(), &c.applicant.kind);
    c.applicant.address = row->value(i++).toString();
    c.applicant.legalRepresentative = row->value(i++).toString();
    c.applicant.contactName = row->value(i++).toString();

    PreparedQuery materials(
            db,
            QStringLiteral("SELECT name, form, copies_expected, requirement, status,"
                           " copies_received, supply_by, note FROM case_materials"
                           " WHERE case_id = ? ORDER BY position"));
    materials->addBindValue(caseId);
    if (!materials->exec())
        return sqlError(tr("read the case"), materials->lastError().text());
    while (materials->next()) {
        CaseMaterial m;
        m.name = materials->value(0).toString();
        m.form = materialFormFromKey(materials->value(1).toString())
                         .value_or(Material::Form::Original);
        m.copiesExpected = materials->value(2).toInt();
        m.requirement = materialRequirementFromKey(materials->value(3).toString())
                                .value_or(Material::Requirement::Required);
        CaseMaterial::statusFromKey(materials->value(4).toString(), &m.status);
        m.copiesReceived = materials->value(5).toInt();
        m.supplyBy = dateFrom(materials->value(6));
        m.note = materials->value(7).toString();
        c.materials.append(m);
    }
    PreparedQuery history(
            db,
            QStringLiteral("SELECT id, event, from_state, to_state, at_utc, business_date,"
                           " user_id, place_code, device_id, note FROM case_history"
                           // In the order the moves were applied (on the server: its order),
                           // not by the clocks of the devices that made them.
                           " WHERE case_id = ? ORDER BY rowid"));
    history->addBindValue(caseId);
    if (!history->exec())
        return sqlError(tr("read the case"), history->lastError().text());
    while (history->next()) {
        CaseHistoryEntry e;
        e.id = history->value(0).toString();
        e.event = CaseLifecycle::eventFromKey(history->value(1).toString())
                          .value_or(CaseEvent::Receive);
        e.from = CaseLifecycle::stateFromKey(history->value(2).toString());
        e.to = CaseLifecycle::stateFromKey(history->value(3).toString())
                       .value_or(CaseState::Received);
        e.atUtc = fromIso(history->value(4));
        e.businessDate = dateFrom(history->value(5));
        e.userId = history->value(6).toString();
        e.placeCode = history->value(7).toString();
        e.deviceId = history->value(8).toString();
        e.note = history->value(9).toString();
        c.history.append(e);
    }
    return c;
}

Result<PersonalData> CaseStore::revealPersonalData(const QString &caseId, const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT number, applicant_id_number, applicant_phone, agent_id_number,"
                             " place_code, release_place_code FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(tr("read the case"), q.lastError().text());
    if (!q.next())
        return Error{QStringLiteral("case.not_found"), tr("The case was not found."), caseId};
    const QString number = q.value(0).toString();
    PersonalData data{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    // The matrix decides who sees the whole value; a refusal is audited too.
    Case where;
    where.placeCode = q.value(4).toString();
    where.releasePlaceCode = q.value(5).toString();
    const auto user = userOf(actor.userId);
    const Error refused = user
            ? Permissions::check(user->role, Action::RevealPersonalData,
                                 relationOf(where, actor.placeCode))
            : Error{QStringLiteral("role.forbidden"), tr("Sign in to see personal data."), {}};
    if (refused.isError()) {
        if (Status s = AuditLog::record(
                    db, actor, QStringLiteral("personal_data.reveal"), QStringLiteral("case"),
                    caseId,
                    {{QStringLiteral("number"), number}, {QStringLiteral("code"), refused.code}},
                    QStringLiteral("refused"));
            !s) {
            return s.error();
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
        return refused;
    }
    QJsonArray fields{QStringLiteral("id_number"), QStringLiteral("phone")};
    if (!data.agentIdNumber.isEmpty())
        fields.append(QStringLiteral("agent_id_number"));
    if (Status s = AuditLog::record(
                db, actor, QStringLiteral("personal_data.reveal"), QStringLiteral("case"), caseId,
                {{QStringLiteral("number"), number}, {QStringLiteral("fields"), fields}});
        !s) {
        return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return data;
}

std::optional<QString> CaseStore::idByNumber(const QString &number) const
{
    (void)flushCaseRow(); // a failure is reported by the next flushCaseRow()
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE number = ?"));
    q.addBindValue(number.trimmed().toUpper());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

QList<Case> CaseStore::children(const QString &parentId) const
{
    QList<Case> result;
    if (!flushCaseRow())
        return result;
    QStringList ids;
    {
        PreparedQuery q(m_database->connection(),
                        QStringLiteral("SELECT id FROM cases WHERE parent_id = ? ORDER BY number"));
        q->addBindValue(parentId);
        if (!q->exec())
            return result;
        while (q->next())
            ids << q->value(0).toString();
    }
    for (const QString &id : ids) {
        if (auto c = load(id))
            result.append(c.value());
    }
    return result;
}

qint64 CaseStore::count() const
{
    if (!flushCaseRow())
        return -1;
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace ow
