#include "taskstore.h"

#include "auditlog.h"
#include "domain/case.h"
#include "domain/uuidv7.h"
#include "outbox.h"
#include "storedtime.h"

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

QString textKey(TaskEvent event)
{
    switch (event) {
    case TaskEvent::Progress:
    case TaskEvent::Create:
        return QStringLiteral("note");
    case TaskEvent::Complete:
        return QStringLiteral("outcome");
    case TaskEvent::Release:
    case TaskEvent::Handover:
    case TaskEvent::Return:
    case TaskEvent::Claim:
        break;
    }
    return QStringLiteral("reason");
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
{ }

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

    TaskActorContext ctx = contextFor(actor, today);
    ctx.text = draft.note;
    TaskFacts facts = TaskFacts::of(t);
    facts.status.reset();
    const TaskOutcome outcome = TaskRules::apply(facts, TaskEvent::Create, ctx);
    if (!outcome)
        return outcome.toError();
    t.status = outcome.to;

    if (Status s = writeTask(db, t, true); !s)
        return s.error();
    const auto mutation
            = Outbox::append(db, actor, QStringLiteral("task.create"), t.id, 0, toJson(t));
    if (!mutation)
        return mutation.error();
    TaskLogEntry entry;
    entry.id = mutation.value();
    entry.event = TaskEvent::Create;
    entry.from = TaskStatus::Open;
    entry.to = TaskStatus::Open;
    entry.note = draft.note.trimmed();
    entry.userId = actor.userId;
    entry.placeCode = actor.placeCode;
    entry.deviceId = actor.deviceId;
    entry.atUtc = nowUtc;
    entry.businessDate = today;
    if (Status s = writeLog(db, t, entry); !s)
        return s.error();
    if (Status s
        = AuditLog::record(db, actor, QStringLiteral("task.create"), QStringLiteral("task"), t.id,
                           {{QStringLiteral("kind"), TaskRules::kindKey(t.kind)},
                            {QStringLiteral("case_id"), t.caseId}});
        !s) {
        return s.error();
    }
    t.log.append(entry);
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
    auto loaded = load(taskId);
    if (!loaded)
        return loaded.error();
    AgentTask t = loaded.value();
    const QDate today = CaseRules::businessDate(nowUtc);
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
    entry.atUtc = nowUtc;
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
    if (event == TaskEvent::Progress && request.substep >= 0) {
        TaskSubstep &s = t.substeps[request.substep];
        s.done = true;
        s.doneAt = nowUtc;
        s.note = request.text.trimmed();
    }
    if (event == TaskEvent::Complete || event == TaskEvent::Return) {
        t.outcome = request.text.trimmed();
        t.closedAt = nowUtc;
    }
    ++t.version;
    t.updatedAt = nowUtc;

    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = writeTask(db, t, false); !s)
        return s.error();
    QJsonObject payload{{QStringLiteral("task_id"), t.id},
                        {QStringLiteral("event"), TaskRules::eventKey(event)},
                        {QStringLiteral("at"), iso(nowUtc)},
                        {QStringLiteral("business_date"), dateText(today)}};
    if (!request.text.isEmpty())
        payload.insert(textKey(event), request.text.trimmed());
    if (request.step)
        payload.insert(QStringLiteral("step"), TaskRules::stepKey(*request.step));
    if (request.substep >= 0)
        payload.insert(QStringLiteral("substep"), request.substep);
    if (event == TaskEvent::Handover)
        payload.insert(QStringLiteral("to_user_id"), request.targetUserId);
    const QString name = QStringLiteral("task.") + TaskRules::eventKey(event);
    const auto mutation = Outbox::append(db, actor, name, t.id, t.version - 1, payload);
    if (!mutation)
        return mutation.error();
    entry.id = mutation.value();
    if (Status s = writeLog(db, t, entry); !s)
        return s.error();
    QJsonObject detail{{QStringLiteral("event"), TaskRules::eventKey(event)},
                       {QStringLiteral("status"), TaskRules::statusKey(t.status)}};
    if (entry.ownerBefore != entry.ownerAfter) {
        detail.insert(QStringLiteral("owner_before"), entry.ownerBefore);
        detail.insert(QStringLiteral("owner_after"), entry.ownerAfter);
    }
    if (Status s = AuditLog::record(db, actor, name, QStringLiteral("task"), t.id, detail); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    t.log.append(entry);
    return t;
}

Status TaskStore::writeTask(const QSqlDatabase &db, const AgentTask &t, bool insert)
{
    QSqlQuery q(db);
    const QString columns = QStringLiteral(
            "kind, origin, title, case_id, case_number, applicant_id, applicant_name,"
            " requester_name, requester_phone, place_code, department_code, priority,"
            " priority_rank, status, phase, owner_id, owner_name, claim_provisional,"
            " working_days, due_date, last_step, outcome, attorney_grantor, attorney_grantor_id,"
            " attorney_grantee, attorney_scope, attorney_valid_until, created_by, created_at,"
            " closed_at, version, updated_at");
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO tasks (") + columns
                  + QStringLiteral(", id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                                   "?,?,?,?,?,?,?,?,?)"));
    } else {
        // Only what events change: the indexes on place, priority and due stay untouched.
        q.prepare(QStringLiteral(
                "UPDATE tasks SET status = ?, phase = ?, owner_id = ?, owner_name = ?,"
                " claim_provisional = ?, last_step = ?, outcome = ?, closed_at = ?, version = ?,"
                " updated_at = ? WHERE id = ? AND version = ?"));
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
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO task_substeps (task_id, position, department_code,"
                                 " title, done, done_at, note) VALUES (?,?,?,?,?,?,?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE task_substeps SET department_code = ?, title = ?,"
                                 " done = ?, done_at = ?, note = ? WHERE task_id = ?"
                                 " AND position = ?"));
    }
    for (int i = 0; i < t.substeps.size(); ++i) {
        const TaskSubstep &s = t.substeps[i];
        if (insert) {
            q.addBindValue(t.id);
            q.addBindValue(i);
        }
        q.addBindValue(s.departmentCode);
        q.addBindValue(sqlText(s.title));
        q.addBindValue(s.done ? 1 : 0);
        q.addBindValue(isoOrNull(s.doneAt));
        q.addBindValue(sqlText(s.note));
        if (!insert) {
            q.addBindValue(t.id);
            q.addBindValue(i);
        }
        if (!q.exec())
            return sqlError(tr("save the task"), q.lastError().text());
    }
    return Status::success();
}

Status TaskStore::writeLog(const QSqlDatabase &db, const AgentTask &t, const TaskLogEntry &e)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO task_log (id, task_id, event, from_status, to_status, step,"
            " substep, note, owner_before, owner_after, user_id, place_code, device_id, at_utc,"
            " business_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
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
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(
            "SELECT id, kind, origin, title, case_id, case_number, applicant_id, applicant_name,"
            " requester_name, requester_phone, place_code, department_code, priority, status,"
            " owner_id, owner_name, claim_provisional, working_days, due_date, last_step,"
            " outcome, attorney_grantor, attorney_grantor_id, attorney_grantee, attorney_scope,"
            " attorney_valid_until, created_by, created_at, closed_at, version, updated_at"
            " FROM tasks WHERE id = ?"));
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

    q.prepare(QStringLiteral("SELECT department_code, title, done, done_at, note"
                             " FROM task_substeps WHERE task_id = ? ORDER BY position"));
    q.addBindValue(taskId);
    if (!q.exec())
        return sqlError(tr("read the task"), q.lastError().text());
    while (q.next()) {
        TaskSubstep s;
        s.departmentCode = q.value(0).toString();
        s.title = q.value(1).toString();
        s.done = q.value(2).toBool();
        s.doneAt = fromIso(q.value(3));
        s.note = q.value(4).toString();
        t.substeps.append(s);
    }
    q.prepare(QStringLiteral("SELECT id, event, from_status, to_status, step, substep, note,"
                             " owner_before, owner_after, user_id, place_code, device_id,"
                             " at_utc, business_date FROM task_log WHERE task_id = ?"
                             " ORDER BY at_utc, seq"));
    q.addBindValue(taskId);
    if (!q.exec())
        return sqlError(tr("read the task"), q.lastError().text());
    while (q.next()) {
        TaskLogEntry e;
        e.id = q.value(0).toString();
        e.event = TaskRules::eventFromKey(q.value(1).toString()).value_or(TaskEvent::Create);
        e.from = TaskRules::statusFromKey(q.value(2).toString()).value_or(TaskStatus::Open);
        e.to = TaskRules::statusFromKey(q.value(3).toString()).value_or(TaskStatus::Open);
        e.step = TaskRules::stepFromKey(q.value(4).toString());
        e.substep = q.value(5).toInt();
        e.note = q.value(6).toString();
        e.ownerBefore = q.value(7).toString();
        e.ownerAfter = q.value(8).toString();
        e.userId = q.value(9).toString();
        e.placeCode = q.value(10).toString();
        e.deviceId = q.value(11).toString();
        e.atUtc = fromIso(q.value(12));
        e.businessDate = dateFrom(q.value(13));
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
    QJsonArray substeps;
    for (const TaskSubstep &s : t.substeps) {
        substeps.append(QJsonObject{{QStringLiteral("department_code"), s.departmentCode},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("done"), s.done},
                                    {QStringLiteral("done_at"), iso(s.doneAt)},
                                    {QStringLiteral("note"), s.note}});
    }
    QJsonArray log;
    for (const TaskLogEntry &e : t.log) {
        log.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("event"), TaskRules::eventKey(e.event)},
                {QStringLiteral("from_status"), TaskRules::statusKey(e.from)},
                {QStringLiteral("to_status"), TaskRules::statusKey(e.to)},
                {QStringLiteral("step"), e.step ? TaskRules::stepKey(*e.step) : QString()},
                {QStringLiteral("substep"), e.substep},
                {QStringLiteral("note"), e.note},
                {QStringLiteral("owner_before"), e.ownerBefore},
                {QStringLiteral("owner_after"), e.ownerAfter},
                {QStringLiteral("user_id"), e.userId},
                {QStringLiteral("place_code"), e.placeCode},
                {QStringLiteral("device_id"), e.deviceId},
                {QStringLiteral("at_utc"), iso(e.atUtc)},
                {QStringLiteral("business_date"), dateText(e.businessDate)}});
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("kind"), TaskRules::kindKey(t.kind)},
            {QStringLiteral("origin"), TaskRules::originKey(t.origin)},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("case_id"), t.caseId},
            {QStringLiteral("case_number"), t.caseNumber},
            {QStringLiteral("applicant_id"), t.applicantId},
            {QStringLiteral("applicant_name"), t.applicantName},
            {QStringLiteral("requester_name"), t.requesterName},
            {QStringLiteral("requester_phone"), t.requesterPhone},
            {QStringLiteral("place_code"), t.placeCode},
            {QStringLiteral("department_code"), t.departmentCode},
            {QStringLiteral("priority"), TaskRules::priorityKey(t.priority)},
            {QStringLiteral("status"), TaskRules::statusKey(t.status)},
            {QStringLiteral("owner_id"), t.ownerId},
            {QStringLiteral("owner_name"), t.ownerName},
            {QStringLiteral("working_days"), t.workingDays},
            {QStringLiteral("due_date"), dateText(t.dueDate)},
            {QStringLiteral("last_step"), t.lastStep ? TaskRules::stepKey(*t.lastStep) : QString()},
            {QStringLiteral("outcome"), t.outcome},
            {QStringLiteral("attorney"),
             QJsonObject{{QStringLiteral("grantor_name"), t.attorney.grantorName},
                         {QStringLiteral("grantor_id_number"), t.attorney.grantorIdNumber},
                         {QStringLiteral("grantee_name"), t.attorney.granteeName},
                         {QStringLiteral("scope"), t.attorney.scope},
                         {QStringLiteral("valid_until"), dateText(t.attorney.validUntil)}}},
            {QStringLiteral("substeps"), substeps},
            {QStringLiteral("created_by"), t.createdBy},
            {QStringLiteral("created_at"), iso(t.createdAt)},
            {QStringLiteral("closed_at"), iso(t.closedAt)},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("updated_at"), iso(t.updatedAt)},
            {QStringLiteral("log"), log}};
}

Result<AgentTask> TaskStore::fromJson(const QJsonObject &o)
{
    const auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    AgentTask t;
    t.id = str("id");
    const auto kind = TaskRules::kindFromKey(str("kind"));
    const auto status = TaskRules::statusFromKey(str("status"));
    const auto priority = TaskRules::priorityFromKey(str("priority"));
    if (t.id.isEmpty() || !kind || !status || !priority || str("place_code").isEmpty())
        return Error{QStringLiteral("task.malformed"),
                     tr("The task from the server is incomplete."),
                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))};
    t.kind = *kind;
    t.status = *status;
    t.priority = *priority;
    t.origin = TaskRules::originFromKey(str("origin")).value_or(TaskOrigin::Standalone);
    t.title = str("title");
    t.caseId = str("case_id");
    t.caseNumber = str("case_number");
    t.applicantId = str("applicant_id");
    t.applicantName = str("applicant_name");
    t.requesterName = str("requester_name");
    t.requesterPhone = str("requester_phone");
    t.placeCode = str("place_code");
    t.departmentCode = str("department_code");
    t.ownerId = str("owner_id");
    t.ownerName = str("owner_name");
    t.workingDays = o.value(QStringLiteral("working_days")).toInt();
    t.dueDate = QDate::fromString(str("due_date"), Qt::ISODate);
    t.lastStep = TaskRules::stepFromKey(str("last_step"));
    t.outcome = str("outcome");
    const QJsonObject a = o.value(QStringLiteral("attorney")).toObject();
    t.attorney.grantorName = a.value(QStringLiteral("grantor_name")).toString();
    t.attorney.grantorIdNumber = a.value(QStringLiteral("grantor_id_number")).toString();
    t.attorney.granteeName = a.value(QStringLiteral("grantee_name")).toString();
    t.attorney.scope = a.value(QStringLiteral("scope")).toString();
    t.attorney.validUntil
            = QDate::fromString(a.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.value(QStringLiteral("substeps")).toArray()) {
        const QJsonObject s = v.toObject();
        t.substeps.append({s.value(QStringLiteral("department_code")).toString(),
                           s.value(QStringLiteral("title")).toString(),
                           s.value(QStringLiteral("done")).toBool(),
                           QDateTime::fromString(s.value(QStringLiteral("done_at")).toString(),
                                                 Qt::ISODateWithMs),
                           s.value(QStringLiteral("note")).toString()});
    }
    t.createdBy = str("created_by");
    t.createdAt = QDateTime::fromString(str("created_at"), Qt::ISODateWithMs);
    t.closedAt = QDateTime::fromString(str("closed_at"), Qt::ISODateWithMs);
    t.version = o.value(QStringLiteral("version")).toInteger(1);
    t.updatedAt = QDateTime::fromString(str("updated_at"), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QStringLiteral("log")).toArray()) {
        const QJsonObject l = v.toObject();
        const auto lstr = [&l](const char *key) { return l.value(QLatin1String(key)).toString(); };
        TaskLogEntry e;
        e.id = lstr("id");
        e.event = TaskRules::eventFromKey(lstr("event")).value_or(TaskEvent::Progress);
        e.from = TaskRules::statusFromKey(lstr("from_status")).value_or(TaskStatus::Open);
        e.to = TaskRules::statusFromKey(lstr("to_status")).value_or(TaskStatus::Open);
        e.step = TaskRules::stepFromKey(lstr("step"));
        e.substep = l.value(QStringLiteral("substep")).toInt(-1);
        e.note = lstr("note");
        e.ownerBefore = lstr("owner_before");
        e.ownerAfter = lstr("owner_after");
        e.userId = lstr("user_id");
        e.placeCode = lstr("place_code");
        e.deviceId = lstr("device_id");
        e.atUtc = QDateTime::fromString(lstr("at_utc"), Qt::ISODateWithMs);
        e.businessDate = QDate::fromString(lstr("business_date"), Qt::ISODate);
        if (!e.id.isEmpty())
            t.log.append(e);
    }
    return t;
}

Status TaskStore::applySnapshot(const QJsonObject &json)
{
    auto parsed = fromJson(json);
    if (!parsed)
        return parsed.error();
    AgentTask t = parsed.value();
    t.claimProvisional = false; // the server's word is final
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    q.addBindValue(t.id);
    if (!q.exec())
        return sqlError(tr("save the task"), q.lastError().text());
    // The log goes with the row (ON DELETE CASCADE needs foreign keys on; delete it anyway).
    q.prepare(QStringLiteral("DELETE FROM task_log WHERE task_id = ?"));
    q.addBindValue(t.id);
    if (!q.exec())
        return sqlError(tr("save the task"), q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM task_substeps WHERE task_id = ?"));
    q.addBindValue(t.id);
    if (!q.exec())
        return sqlError(tr("save the task"), q.lastError().text());
    if (Status s = writeTask(db, t, true); !s)
        return s;
    for (const TaskLogEntry &e : std::as_const(t.log)) {
        if (Status s = writeLog(db, t, e); !s)
            return s;
    }
    return transaction.commit();
}

qint64 TaskStore::count() const
{
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM tasks")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace ow
