#include "taskstore.h"

#include "auditlog.h"
#include "domain/case.h"
#include "domain/uuidv7.h"
#include "outbox.h"
#include "storedtime.h"
#include "sync/syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

int phaseOf(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return 0;
    case TaskStatus::Claimed:
    case TaskStatus::InProgress:
        return 1;
    case TaskStatus::Done:
    case TaskStatus::Returned:
        break;
    }
    return 2;
}

Error invalid(const QString &message)
{
    return {QStringLiteral("task.invalid"), message, {}};
}

constexpr int maxTitleLength = 200;

} // namespace

TaskStore::TaskStore(std::shared_ptr<Database> database, const WorkCalendar &calendar)
    : m_database(std::move(database))
    , m_calendar(calendar)
    , m_directory(m_database)
    , m_journal(std::make_shared<OutboxJournal>())
{ }

void TaskStore::setJournal(std::shared_ptr<ChangeJournal> journal)
{
    m_journal = std::move(journal);
}

std::optional<QString> TaskStore::userName(const QString &userId) const
{
    if (userId.isEmpty())
        return QString();
    if (const auto user = m_directory.user(userId))
        return user->displayName;
    return std::nullopt;
}

TaskActorContext TaskStore::contextFor(const Actor &actor, const QDate &today) const
{
    TaskActorContext ctx;
    ctx.userId = actor.userId;
    ctx.placeCode = actor.placeCode;
    ctx.hallCode = actor.placeCode;
    ctx.today = today;
    if (const auto user = m_directory.user(actor.userId)) {
        ctx.role = user->role;
        if (!user->departmentCode.isEmpty())
            ctx.departmentCodes = QStringList{user->departmentCode};
    } else {
        ctx.role = Role::Auditor; // unknown users change nothing
    }
    if (const auto place = m_directory.place(actor.placeCode);
        place && place->kind == Place::Kind::Township) {
        ctx.hallCode = place->parentCode;
    }
    return ctx;
}

QList<TaskEvent> TaskStore::availableEvents(const AgentTask &task, const Actor &actor,
                                            const QDate &today) const
{
    return TaskRules::availableEvents(TaskFacts::of(task), contextFor(actor, today));
}

QList<User> TaskStore::handoverCandidates(const AgentTask &task) const
{
    QList<User> users;
    for (const User &u : m_directory.load().users) {
        if (u.active && TaskRules::mayWorkTasks(u.role) && u.placeCode == task.placeCode
            && u.id != task.ownerId) {
            users.append(u);
        }
    }
    return users;
}

Result<AgentTask> TaskStore::create(const NewTask &draft, const Actor &actor,
                                    const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto task = createIn(db, draft, actor, nowUtc);
    if (!task)
        return task.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return load(task->id);
}

Result<AgentTask> TaskStore::createIn(const QSqlDatabase &db, const NewTask &draft,
                                      const Actor &actor, const QDateTime &nowUtc)
{
    if (draft.title.trimmed().size() > maxTitleLength)
        return invalid(
                tr("The title is too long: at most %n characters.", nullptr, maxTitleLength));
    if (draft.note.size() > TaskRules::maxTextLength()
        || draft.attorney.scope.size() > TaskRules::maxTextLength())
        return invalid(tr("The text is too long: at most %n characters.", nullptr,
                          TaskRules::maxTextLength()));
    for (const TaskSubstep &s : draft.substeps) {
        if (s.departmentCode.trimmed().isEmpty())
            return invalid(tr("Every sub-step names its department."));
    }
    const QDate today = CaseRules::businessDate(nowUtc);
    AgentTask t;
    t.id = UuidV7::createString();
    t.kind = draft.kind;
    t.origin = draft.origin;
    t.title = draft.title.trimmed();
    t.caseId = draft.caseId;
    t.caseNumber = draft.caseNumber;
    t.applicantId = draft.applicantId;
    t.applicantName = draft.applicantName.trimmed();
    t.requesterName = draft.requesterName.trimmed();
    t.requesterPhone = draft.requesterPhone.trimmed();
    t.placeCode = draft.placeCode.isEmpty() ? actor.placeCode : draft.placeCode;
    t.departmentCode = draft.departmentCode;
    t.priority = draft.priority;
    t.attorney = draft.attorney;
    t.substeps = draft.substeps;
    for (TaskSubstep &s : t.substeps) {
        s.done = false;
        s.doneAt = {};
    }
    t.workingDays = draft.workingDays > 0 ? draft.workingDays
                                          : TaskRules::defaultWorkingDays(t.kind, t.priority);
    const auto due = m_calendar.addWorkingDays(today, t.workingDays);
    if (!due)
        return due.error();
    t.dueDate = due.value();
    t.createdBy = actor.userId;
    t.createdAt = nowUtc;
    t.updatedAt = nowUtc;

    return applyCreate(db, t, draft.note, actor, nowUtc, UuidV7::createString());
}

Result<AgentTask> TaskStore::applyCreate(const QSqlDatabase &db, AgentTask t, const QString &note,
                                         const Actor &actor, const QDateTime &at,
                                         const QString &mutationId)
{
    const QDate today = CaseRules::businessDate(at);
    TaskActorContext ctx = contextFor(actor, today);
    ctx.text = note;
    TaskFacts facts = TaskFacts::of(t);
    facts.status.reset();
    const TaskOutcome outcome = TaskRules::apply(facts, TaskEvent::Create, ctx);
    if (!outcome)
        return outcome.toError();
    t.status = outcome.to;
    t.ownerId.clear();
    t.ownerName.clear();
    t.claimProvisional = false;
    t.lastStep.reset();
    t.outcome.clear();
    t.closedAt = {};
    for (TaskSubstep &s : t.substeps) {
        s.done = false;
        s.doneAt = {};
    }
    t.createdBy = actor.userId;
    t.version = 1;
    t.log.clear();

    TaskLogEntry entry;
    entry.id = mutationId;
    entry.event = TaskEvent::Create;
    entry.from = TaskStatus::Open;
    entry.to = TaskStatus::Open;
    entry.note = note.trimmed();
    entry.userId = actor.userId;
    entry.placeCode = actor.placeCode;
    entry.deviceId = actor.deviceId;
    entry.atUtc = at;
    entry.businessDate = today;
    t.log.append(entry);

    if (Status s = writeTask(db, t, true); !s)
        return s.error();
    if (Status s = writeLog(db, t, entry); !s)
        return s.error();
    JournalEntry journal;
    journal.mutationId = mutationId;
    journal.name = sync::mutation::taskCreate();
    journal.entity = QStringLiteral("task");
    journal.entityId = t.id;
    journal.baseVersion = 0;
    if (m_journal->wantsPayload())
        journal.payload = toJson(t);
    journal.auditDetail = {{QStringLiteral("kind"), TaskRules::kindKey(t.kind)},
                           {QStringLiteral("case_id"), t.caseId}};
    if (Status s = m_journal->record(db, actor, journal); !s)
        return s.error();
    return t;
}

std::function<Status(const QSqlDatabase &, const Case &)> TaskStore::intakeFollowUp(
        const IntakeAssistance &assistance, const Actor &actor, const QDateTime &nowUtc)
{
    return [this, assistance, actor, nowUtc](const QSqlDatabase &db, const Case &c) -> Status {
        NewTask t;
        t.kind = assistance.kind;
        t.origin = TaskOrigin::Intake;
        if (const auto place = m_directory.place(actor.placeCode);
            place && place->kind == Place::Kind::Township) {
            t.origin = TaskOrigin::Township;
        }
        t.title = c.itemName;
        t.caseId = c.id;
        t.caseNumber = c.number;
        t.applicantId = c.applicant.id;
        t.applicantName = c.applicant.name;
        t.requesterName = c.applicant.name;
        t.requesterPhone = c.applicant.phone;
        t.departmentCode = c.departmentCode;
        t.priority = assistance.priority;
        t.note = assistance.note;
        if (assistance.kind == TaskKind::Proxy) {
            t.attorney.grantorName = c.applicant.name;
            t.attorney.grantorIdNumber = c.applicant.idNumber;
            const auto place = m_directory.place(actor.placeCode);
            t.attorney.granteeName = place ? place->name : actor.placeCode;
            t.attorney.scope
                    = tr("Apply for “%1”, supply materials and collect the result").arg(c.itemName);
            t.attorney.validUntil = assistance.attorneyValidUntil;
        }
        auto created = createIn(db, t, actor, nowUtc);
        if (!created)
            return created.error();
        return Status::success();
    };
}

Result<AgentTask> TaskStore::act(const QString &taskId, TaskEvent event, const TaskRequest &request,
                                 const Actor &actor, const QDateTime &nowUtc)
{
    if (event == TaskEvent::Create)
        return invalid(tr("Use create() for a new task."));
    if (request.text.size() > TaskRules::maxTextLength())
        return invalid(tr("The text is too long: at most %n characters.", nullptr,
                          TaskRules::maxTextLength()));
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto loaded = loadIn(db, taskId, false);
    if (!loaded)
        return loaded.error();
    auto applied = applyEvent(db, std::move(loaded).value(), event, request, actor, nowUtc,
                              UuidV7::createString());
    if (!applied)
        return applied.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return applied;
}

Result<AgentTask> TaskStore::applyEvent(const QSqlDatabase &db, AgentTask t, TaskEvent event,
                                        const TaskRequest &request, const Actor &actor,
                                        const QDateTime &at, const QString &mutationId)
{
    const QDate today = CaseRules::businessDate(at);
    TaskActorContext ctx = contextFor(actor, today);
    ctx.text = request.text;
    ctx.step = request.step;
    ctx.substep = request.substep;
    if (event == TaskEvent::Handover) {
        ctx.targetUserId = request.targetUserId;
        if (const auto target = m_directory.user(request.targetUserId)) {
            ctx.targetRole = target->role;
            ctx.targetPlaceCode = target->placeCode;
            ctx.targetActive = target->active;
        }
    }
    const TaskOutcome outcome = TaskRules::apply(TaskFacts::of(t), event, ctx);
    if (!outcome)
        return outcome.toError();

    TaskLogEntry entry;
    entry.id = mutationId;
    entry.event = event;
    entry.from = t.status;
    entry.to = outcome.to;
    entry.step = request.step;
    entry.substep = request.substep;
    entry.note = request.text.trimmed();
    entry.ownerBefore = t.ownerId;
    entry.ownerAfter = outcome.ownerAfter;
    entry.userId = actor.userId;
    entry.placeCode = actor.placeCode;
    entry.deviceId = actor.deviceId;
    entry.atUtc = at;
    entry.businessDate = today;

    t.status = outcome.to;
    if (t.ownerId != outcome.ownerAfter) {
        t.ownerId = outcome.ownerAfter;
        t.ownerName = userName(t.ownerId).value_or(QString());
    }
    if (event == TaskEvent::Claim)
        t.claimProvisional = true; // until the server confirms it was first
    else if (event == TaskEvent::Release || event == TaskEvent::Handover)
        t.claimProvisional = false;
    if (request.step && (!t.lastStep || int(*request.step) > int(*t.lastStep)))
        t.lastStep = request.step;
    const bool substepDone = event == TaskEvent::Progress && request.substep >= 0;
    if (substepDone) {
        TaskSubstep &s = t.substeps[request.substep];
        s.done = true;
        s.doneAt = at;
        s.note = request.text.trimmed();
    }
    if (event == TaskEvent::Complete || event == TaskEvent::Return) {
        t.outcome = request.text.trimmed();
        t.closedAt = at;
    }
    ++t.version;
    t.updatedAt = at;

    if (Status s = writeTask(db, t, false); !s)
        return s.error();
    if (substepDone) {
        if (Status s = writeSubstep(db, t, request.substep); !s)
            return s.error();
    }
    if (Status s = writeLog(db, t, entry); !s)
        return s.error();
    JournalEntry journal;
    journal.mutationId = mutationId;
    journal.name = sync::mutation::taskEvent(event);
    journal.entity = QStringLiteral("task");
    journal.entityId = t.id;
    journal.baseVersion = t.version - 1;
    if (m_journal->wantsPayload()) {
        sync::TaskEventPayload payload;
        payload.taskId = t.id;
        payload.event = event;
        payload.at = at;
        payload.businessDate = today;
        payload.text = request.text.trimmed();
        payload.step = request.step;
        payload.substep = request.substep;
        payload.toUserId = request.targetUserId;
        journal.payload = payload.toJson();
    }
    QJsonObject detail{{QStringLiteral("event"), TaskRules::eventKey(event)},
                       {QStringLiteral("status"), TaskRules::statusKey(t.status)}};
    if (entry.ownerBefore != entry.ownerAfter) {
        detail.insert(QStringLiteral("owner_before"), entry.ownerBefore);
        detail.insert(QStringLiteral("owner_after"), entry.ownerAfter);
    }
    journal.auditDetail = detail;
    if (Status s = m_journal->record(db, actor, journal); !s)
        return s.error();
    t.log.append(entry);
    return t;
}

Status TaskStore::writeTask(const QSqlDatabase &db, const AgentTask &t, bool insert)
{
    static const QString columns = QStringLiteral(
            "kind, origin, title, case_id, case_number, applicant_id, applicant_name,"
            " requester_name, requester_phone, place_code, department_code, priority,"
            " priority_rank, status, phase, owner_id, owner_name, claim_provisional,"
            " working_days, due_date, last_step, outcome, attorney_grantor, attorney_grantor_id,"
            " attorney_grantee, attorney_scope, attorney_valid_until, created_by, created_at,"
            " closed_at, version, updated_at");
    static const QString insertSql = QStringLiteral("INSERT INTO tasks (") + columns
            + QStringLiteral(", id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                             "?,?,?,?,?,?,?,?,?)");
    // Only what events change: the indexes on place, priority and due stay untouched.
    static const QString updateSql = QStringLiteral(
            "UPDATE tasks SET status = ?, phase = ?, owner_id = ?, owner_name = ?,"
            " claim_provisional = ?, last_step = ?, outcome = ?, closed_at = ?, version = ?,"
            " updated_at = ? WHERE id = ? AND version = ?");
    PreparedQuery pq(db, insert ? insertSql : updateSql);
    PreparedStatement &q = *pq;
    if (!insert) {
        q.addBindValue(TaskRules::statusKey(t.status));
        q.addBindValue(phaseOf(t.status));
        q.addBindValue(sqlText(t.ownerId));
        q.addBindValue(sqlText(t.ownerName));
        q.addBindValue(t.claimProvisional ? 1 : 0);
        q.addBindValue(t.lastStep ? TaskRules::stepKey(*t.lastStep) : QStringLiteral(""));
        q.addBindValue(sqlText(t.outcome));
        q.addBindValue(isoOrNull(t.closedAt));
        q.addBindValue(t.version);
        q.addBindValue(iso(t.updatedAt));
        q.addBindValue(t.id);
        q.addBindValue(t.version - 1);
    }
    if (insert) {
        q.addBindValue(TaskRules::kindKey(t.kind));
        q.addBindValue(TaskRules::originKey(t.origin));
        q.addBindValue(t.title);
        q.addBindValue(sqlText(t.caseId));
        q.addBindValue(sqlText(t.caseNumber));
        q.addBindValue(sqlText(t.applicantId));
        q.addBindValue(sqlText(t.applicantName));
        q.addBindValue(sqlText(t.requesterName));
        q.addBindValue(sqlText(t.requesterPhone));
        q.addBindValue(t.placeCode);
        q.addBindValue(sqlText(t.departmentCode));
        q.addBindValue(TaskRules::priorityKey(t.priority));
        q.addBindValue(TaskRules::priorityRank(t.priority));
        q.addBindValue(TaskRules::statusKey(t.status));
        q.addBindValue(phaseOf(t.status));
        q.addBindValue(sqlText(t.ownerId));
        q.addBindValue(sqlText(t.ownerName));
        q.addBindValue(t.claimProvisional ? 1 : 0);
        q.addBindValue(t.workingDays);
        q.addBindValue(dateText(t.dueDate));
        q.addBindValue(t.lastStep ? TaskRules::stepKey(*t.lastStep) : QStringLiteral(""));
        q.addBindValue(sqlText(t.outcome));
        q.addBindValue(sqlText(t.attorney.grantorName));
        q.addBindValue(sqlText(t.attorney.grantorIdNumber));
        q.addBindValue(sqlText(t.attorney.granteeName));
        q.addBindValue(sqlText(t.attorney.scope));
        q.addBindValue(dateText(t.attorney.validUntil));
        q.addBindValue(t.createdBy);
        q.addBindValue(iso(t.createdAt));
        q.addBindValue(isoOrNull(t.closedAt));
        q.addBindValue(t.version);
        q.addBindValue(iso(t.updatedAt));
        q.addBindValue(t.id);
    }
    if (!q.exec())
        return sqlError(tr("save the task"), q.lastError().text());
    if (!insert && q.numRowsAffected() != 1) {
        return Error{QStringLiteral("task.changed"),
                     tr("The task was changed meanwhile. Look at it again and repeat the "
                        "action."),
                     t.id};
    }
    if (!insert)
        return Status::success();
    PreparedQuery sq(db,
                     QStringLiteral("INSERT INTO task_substeps (task_id, position, department_code,"
                                    " title, done, done_at, note) VALUES (?,?,?,?,?,?,?)"));
    for (int i = 0; i < t.substeps.size(); ++i) {
        const TaskSubstep &s = t.substeps[i];
        sq->addBindValue(t.id);
        sq->addBindValue(i);
        sq->addBindValue(s.departmentCode);
        sq->addBindValue(sqlText(s.title));
        sq->addBindValue(s.done ? 1 : 0);
        sq->addBindValue(isoOrNull(s.doneAt));
        sq->addBindValue(sqlText(s.note));
        if (!sq->exec())
            return sqlError(tr("save the task"), sq->lastError().text());
    }
    return Status::success();
}

Status TaskStore::writeSubstep(const QSqlDatabase &db, const AgentTask &t, int index)
{
    const TaskSubstep &s = t.substeps.at(index);
    PreparedQuery q(db,
                    QStringLiteral("UPDATE task_substeps SET done = ?, done_at = ?, note = ?"
                                   " WHERE task_id = ? AND position = ?"));
    q->addBindValue(s.done ? 1 : 0);
    q->addBindValue(isoOrNull(s.doneAt));
    q->addBindValue(sqlText(s.note));
    q->addBindValue(t.id);
    q->addBindValue(index);
    if (!q->exec())
        return sqlError(tr("save the task"), q->lastError().text());
    return Status::success();
}

Status TaskStore::writeLog(const QSqlDatabase &db, const AgentTask &t, const TaskLogEntry &e)
{
    // A line with this id is the same event (the mutation id): it is kept as it is.
    PreparedQuery pq(db,
                     QStringLiteral("INSERT INTO task_log (id, task_id, event, from_status,"
                                    " to_status, step, substep, note, owner_before, owner_after,"
                                    " user_id, place_code, device_id, at_utc, business_date)"
                                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                                    " ON CONFLICT (id) DO NOTHING"));
    PreparedStatement &q = *pq;
    q.addBindValue(e.id);
    q.addBindValue(t.id);
    q.addBindValue(TaskRules::eventKey(e.event));
    q.addBindValue(TaskRules::statusKey(e.from));
    q.addBindValue(TaskRules::statusKey(e.to));
    q.addBindValue(e.step ? TaskRules::stepKey(*e.step) : QStringLiteral(""));
    q.addBindValue(e.substep);
    q.addBindValue(sqlText(e.note));
    q.addBindValue(sqlText(e.ownerBefore));
    q.addBindValue(sqlText(e.ownerAfter));
    q.addBindValue(e.userId);
    q.addBindValue(sqlText(e.placeCode));
    q.addBindValue(sqlText(e.deviceId));
    q.addBindValue(iso(e.atUtc));
    q.addBindValue(dateText(e.businessDate));
    if (!q.exec())
        return sqlError(tr("save the task log"), q.lastError().text());
    return Status::success();
}

Result<AgentTask> TaskStore::load(const QString &taskId) const
{
    return loadIn(m_database->connection(), taskId, true);
}

Result<AgentTask> TaskStore::loadIn(const QSqlDatabase &db, const QString &taskId, bool withLog)
{
    PreparedQuery pq(
            db,
            QStringLiteral(
                    "SELECT id, kind, origin, title, case_id, case_number, applicant_id, "
                    "applicant_name,"
                    " requester_name, requester_phone, place_code, department_code, priority, "
                    "status,"
                    " owner_id, owner_name, claim_provisional, working_days, due_date, last_step,"
                    " outcome, attorney_grantor, attorney_grantor_id, attorney_grantee, "
                    "attorney_scope,"
                    " attorney_valid_until, created_by, created_at, closed_at, version, updated_at"
                    " FROM tasks WHERE id = ?"));
    PreparedStatement &q = *pq;
    q.addBindValue(taskId);
    if (!q.exec())
        return sqlError(tr("read the task"), q.lastError().text());
    if (!q.next())
        return Error{QStringLiteral("task.not_found"), tr("The task was not found."), taskId};
    AgentTask t;
    int i = 0;
    t.id = q.value(i++).toString();
    t.kind = TaskRules::kindFromKey(q.value(i++).toString()).value_or(TaskKind::Help);
    t.origin = TaskRules::originFromKey(q.value(i++).toString()).value_or(TaskOrigin::Standalone);
    t.title = q.value(i++).toString();
    t.caseId = q.value(i++).toString();
    t.caseNumber = q.value(i++).toString();
    t.applicantId = q.value(i++).toString();
    t.applicantName = q.value(i++).toString();
    t.requesterName = q.value(i++).toString();
    t.requesterPhone = q.value(i++).toString();
    t.placeCode = q.value(i++).toString();
    t.departmentCode = q.value(i++).toString();
    t.priority = TaskRules::priorityFromKey(q.value(i++).toString()).value_or(TaskPriority::Normal);
    t.status = TaskRules::statusFromKey(q.value(i++).toString()).value_or(TaskStatus::Open);
    t.ownerId = q.value(i++).toString();
    t.ownerName = q.value(i++).toString();
    t.claimProvisional = q.value(i++).toBool();
    t.workingDays = q.value(i++).toInt();
    t.dueDate = dateFrom(q.value(i++));
    t.lastStep = TaskRules::stepFromKey(q.value(i++).toString());
    t.outcome = q.value(i++).toString();
    t.attorney.grantorName = q.value(i++).toString();
    t.attorney.grantorIdNumber = q.value(i++).toString();
    t.attorney.granteeName = q.value(i++).toString();
    t.attorney.scope = q.value(i++).toString();
    t.attorney.validUntil = dateFrom(q.value(i++));
    t.createdBy = q.value(i++).toString();
    t.createdAt = fromIso(q.value(i++));
    t.closedAt = fromIso(q.value(i++));
    t.version = q.value(i++).toLongLong();
    t.updatedAt = fromIso(q.value(i++));

    q.finish();
    PreparedQuery sq(db,
                     QStringLiteral("SELECT department_code, title, done, done_at, note"
                                    " FROM task_substeps WHERE task_id = ? ORDER BY position"));
    sq->addBindValue(taskId);
    if (!sq->exec())
        return sqlError(tr("read the task"), sq->lastError().text());
    while (sq->next()) {
        TaskSubstep s;
        s.departmentCode = sq->value(0).toString();
        s.title = sq->value(1).toString();
        s.done = sq->value(2).toBool();
        s.doneAt = fromIso(sq->value(3));
        s.note = sq->value(4).toString();
        t.substeps.append(s);
    }
    if (!withLog)
        return t;
    QSqlQuery lq(db);
    lq.setForwardOnly(true);
    lq.prepare(QStringLiteral("SELECT id, event, from_status, to_status, step, substep, note,"
                              " owner_before, owner_after, user_id, place_code, device_id,"
                              " at_utc, business_date FROM task_log WHERE task_id = ?"
                              " ORDER BY at_utc, seq"));
    lq.addBindValue(taskId);
    if (!lq.exec())
        return sqlError(tr("read the task"), lq.lastError().text());
    while (lq.next()) {
        TaskLogEntry e;
        e.id = lq.value(0).toString();
        e.event = TaskRules::eventFromKey(lq.value(1).toString()).value_or(TaskEvent::Create);
        e.from = TaskRules::statusFromKey(lq.value(2).toString()).value_or(TaskStatus::Open);
        e.to = TaskRules::statusFromKey(lq.value(3).toString()).value_or(TaskStatus::Open);
        e.step = TaskRules::stepFromKey(lq.value(4).toString());
        e.substep = lq.value(5).toInt();
        e.note = lq.value(6).toString();
        e.ownerBefore = lq.value(7).toString();
        e.ownerAfter = lq.value(8).toString();
        e.userId = lq.value(9).toString();
        e.placeCode = lq.value(10).toString();
        e.deviceId = lq.value(11).toString();
        e.atUtc = fromIso(lq.value(12));
        e.businessDate = dateFrom(lq.value(13));
        t.log.append(e);
    }
    return t;
}

Status TaskStore::confirmClaim(const QString &taskId)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE tasks SET claim_provisional = 0 WHERE id = ?"));
    q.addBindValue(taskId);
    if (!q.exec())
        return sqlError(tr("save the task"), q.lastError().text());
    return Status::success();
}

QJsonObject TaskStore::toJson(const AgentTask &t)
{
    return sync::taskToJson(t);
}

Result<AgentTask> TaskStore::fromJson(const QJsonObject &o)
{
    auto t = sync::taskFromJson(o);
    if (!t)
        return Error{QStringLiteral("task.malformed"),
                     tr("The task from the server is incomplete."),
                     t.error().message + QLatin1Char(' ')
                             + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))};
    return t;
}

Status TaskStore::applySnapshot(const QJsonObject &json)
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

Status TaskStore::writeSnapshot(const QSqlDatabase &db, const AgentTask &snapshot, bool force,
                                bool *written)
{
    if (written)
        *written = false;
    AgentTask t = snapshot;
    t.claimProvisional = false; // the server's word is final
    if (!force) {
        PreparedQuery v(db, QStringLiteral("SELECT version FROM tasks WHERE id = ?"));
        v->addBindValue(t.id);
        if (!v->exec())
            return sqlError(tr("save the task"), v->lastError().text());
        if (v->next() && v->value(0).toLongLong() > t.version)
            return Status::success();
    }
    // The log and sub-steps go with the row (ON DELETE CASCADE needs foreign keys on: delete
    // them anyway).
    for (const QString &sql : {QStringLiteral("DELETE FROM task_log WHERE task_id = ?"),
                               QStringLiteral("DELETE FROM task_substeps WHERE task_id = ?"),
                               QStringLiteral("DELETE FROM tasks WHERE id = ?")}) {
        PreparedQuery q(db, sql);
        q->addBindValue(t.id);
        if (!q->exec())
            return sqlError(tr("save the task"), q->lastError().text());
    }
    if (Status s = writeTask(db, t, true); !s)
        return s;
    for (const TaskLogEntry &e : std::as_const(t.log)) {
        if (Status s = writeLog(db, t, e); !s)
            return s;
    }
    if (written)
        *written = true;
    return Status::success();
}

qint64 TaskStore::count() const
{
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM tasks")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace ow
