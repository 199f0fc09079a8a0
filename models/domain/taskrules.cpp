#include "taskrules.h"

#include "permissions.h"

#include <algorithm>

namespace ow {

namespace {

bool hasText(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

bool roleMay(TaskEvent event, Role role)
{
    return Permissions::mayEver(role, Permissions::forTaskEvent(event));
}

// Events only the owner makes (a supervisor may release, hand over and return anyone's task).
bool ownerOnly(TaskEvent event)
{
    switch (event) {
    case TaskEvent::Release:
    case TaskEvent::Handover:
    case TaskEvent::Return:
    case TaskEvent::Progress:
    case TaskEvent::Complete:
        return true;
    case TaskEvent::Create:
    case TaskEvent::Claim:
        break;
    }
    return false;
}

bool needsAttorney(TaskEvent event, std::optional<TaskStatus> from)
{
    switch (event) {
    case TaskEvent::Create:
    case TaskEvent::Claim:
    case TaskEvent::Complete:
        return true;
    case TaskEvent::Progress:
        // 归档, 上报 and 回访 after completion are the hall's own acts, not the applicant's.
        return from != TaskStatus::Done;
    case TaskEvent::Release:
    case TaskEvent::Handover:
    case TaskEvent::Return:
        break;
    }
    return false;
}

TaskOutcome evaluate(const TaskFacts &task, TaskEvent event, const TaskActorContext &actor,
                     bool checkText)
{
    TaskOutcome outcome;
    outcome.from = task.status;
    outcome.event = event;
    outcome.role = actor.role;
    outcome.ownerName = task.ownerName;
    outcome.attorneyValidUntil = task.attorneyValidUntil;
    const auto refuse = [&outcome](TaskRefusal refusal) {
        outcome.refusal = refusal;
        return outcome;
    };

    const auto to = TaskRules::targetStatus(task.status, event, actor.step);
    if (!to) {
        if (event == TaskEvent::Claim
            && (task.status == TaskStatus::Claimed || task.status == TaskStatus::InProgress))
            return refuse(TaskRefusal::AlreadyClaimed);
        return refuse(TaskRefusal::IllegalTransition);
    }
    if (!roleMay(event, actor.role))
        return refuse(TaskRefusal::RoleForbidden);
    const bool atPlace = !actor.placeCode.isEmpty() && actor.placeCode == task.placeCode;
    const bool atHall = event == TaskEvent::Create && actor.role == Role::Township
            && !actor.hallCode.isEmpty() && actor.hallCode == task.placeCode;
    if (!atPlace && !atHall)
        return refuse(TaskRefusal::PlaceForbidden);
    if (event == TaskEvent::Claim && !task.departmentCode.isEmpty()
        && !actor.departmentCodes.isEmpty() && !actor.departmentCodes.contains(task.departmentCode))
        return refuse(TaskRefusal::DepartmentForbidden);
    const bool supervising = actor.role == Role::Supervisor;
    if (ownerOnly(event) && !supervising
        && (task.ownerId.isEmpty() || task.ownerId != actor.userId))
        return refuse(TaskRefusal::NotOwner);
    if (task.kind == TaskKind::Proxy && needsAttorney(event, task.status)) {
        if (!task.hasAttorney || !task.attorneyValidUntil.isValid())
            return refuse(TaskRefusal::AttorneyMissing);
        if (!actor.today.isValid() || task.attorneyValidUntil < actor.today)
            return refuse(TaskRefusal::AttorneyExpired);
    }
    switch (event) {
    case TaskEvent::Create:
        if (!hasText(task.title))
            return refuse(TaskRefusal::TitleRequired);
        break;
    case TaskEvent::Handover:
        if (checkText && !hasText(actor.text))
            return refuse(TaskRefusal::ReasonRequired);
        if (checkText
            && (actor.targetUserId.isEmpty() || actor.targetUserId == task.ownerId
                || !actor.targetRole || !TaskRules::mayWorkTasks(*actor.targetRole)
                || actor.targetPlaceCode != task.placeCode || !actor.targetActive))
            return refuse(TaskRefusal::TargetInvalid);
        break;
    case TaskEvent::Release:
    case TaskEvent::Return:
        if (checkText && TaskRules::needsText(event, actor.role) && !hasText(actor.text))
            return refuse(TaskRefusal::ReasonRequired);
        break;
    case TaskEvent::Progress:
        if (checkText && !hasText(actor.text))
            return refuse(TaskRefusal::NoteRequired);
        if (task.status == TaskStatus::Done
            && (!actor.step || !TaskRules::isPostCompletionStep(*actor.step)))
            return refuse(TaskRefusal::StepAfterDone);
        if (actor.step && task.lastStep && int(*actor.step) < int(*task.lastStep))
            return refuse(TaskRefusal::StepOutOfOrder);
        if (actor.substep >= 0
            && (actor.substep >= task.substepCount
                || task.substepsDone.value(actor.substep, false)))
            return refuse(TaskRefusal::SubstepInvalid);
        break;
    case TaskEvent::Complete:
        if (checkText && !hasText(actor.text))
            return refuse(TaskRefusal::OutcomeRequired);
        if (task.substepsDone.contains(false))
            return refuse(TaskRefusal::SubstepsOpen);
        break;
    case TaskEvent::Claim:
        break;
    }

    outcome.allowed = true;
    outcome.to = *to;
    switch (event) {
    case TaskEvent::Claim:
        outcome.ownerAfter = actor.userId;
        break;
    case TaskEvent::Handover:
        outcome.ownerAfter = actor.targetUserId;
        break;
    case TaskEvent::Release:
    case TaskEvent::Create:
        break;
    case TaskEvent::Progress:
    case TaskEvent::Complete:
    case TaskEvent::Return:
        // Done and returned tasks keep who had them: the record says who finished.
        outcome.ownerAfter = task.ownerId;
        break;
    }
    return outcome;
}

} // namespace

int AgentTask::openSubsteps() const
{
    return int(std::count_if(substeps.cbegin(), substeps.cend(),
                             [](const TaskSubstep &s) { return !s.done; }));
}

TaskFacts TaskFacts::of(const AgentTask &task)
{
    TaskFacts f;
    f.status = task.status;
    f.kind = task.kind;
    f.placeCode = task.placeCode;
    f.departmentCode = task.departmentCode;
    f.ownerId = task.ownerId;
    f.ownerName = task.ownerName;
    f.lastStep = task.lastStep;
    f.hasAttorney = !task.attorney.isEmpty();
    f.attorneyValidUntil = task.attorney.validUntil;
    f.substepCount = int(task.substeps.size());
    for (const TaskSubstep &s : task.substeps)
        f.substepsDone.append(s.done);
    f.title = task.title;
    return f;
}

QString TaskOutcome::refusalCode() const
{
    return TaskRules::refusalKey(refusal);
}

QString TaskOutcome::message() const
{
    return TaskRules::refusalMessage(*this);
}

Error TaskOutcome::toError() const
{
    if (allowed)
        return {};
    return {refusalCode(), message(),
            QStringLiteral("%1 -> %2 by %3")
                    .arg(from ? TaskRules::statusKey(*from) : QStringLiteral("(new)"),
                         TaskRules::eventKey(event), Roles::key(role))};
}

TaskOutcome TaskRules::apply(const TaskFacts &task, TaskEvent event, const TaskActorContext &actor)
{
    return evaluate(task, event, actor, true);
}

QList<TaskEvent> TaskRules::availableEvents(const TaskFacts &task, const TaskActorContext &actor)
{
    QList<TaskEvent> events;
    for (TaskEvent event : allEvents()) {
        if (event == TaskEvent::Create)
            continue;
        TaskActorContext asked = actor;
        // After completion only the later steps are recorded: offer progress for them.
        if (event == TaskEvent::Progress && task.status == TaskStatus::Done && !asked.step)
            asked.step = TaskStep::FollowUp;
        if (evaluate(task, event, asked, false).allowed)
            events.append(event);
    }
    return events;
}

std::optional<TaskStatus> TaskRules::targetStatus(std::optional<TaskStatus> from, TaskEvent event,
                                                  std::optional<TaskStep> step)
{
    Q_UNUSED(step);
    if (!from) {
        if (event == TaskEvent::Create)
            return TaskStatus::Open;
        return std::nullopt;
    }
    switch (*from) {
    case TaskStatus::Open:
        if (event == TaskEvent::Claim)
            return TaskStatus::Claimed;
        if (event == TaskEvent::Return)
            return TaskStatus::Returned;
        break;
    case TaskStatus::Claimed:
    case TaskStatus::InProgress:
        switch (event) {
        case TaskEvent::Release:
            return TaskStatus::Open;
        case TaskEvent::Handover:
            return *from;
        case TaskEvent::Progress:
            return TaskStatus::InProgress;
        case TaskEvent::Complete:
            return TaskStatus::Done;
        case TaskEvent::Return:
            return TaskStatus::Returned;
        case TaskEvent::Create:
        case TaskEvent::Claim:
            break;
        }
        break;
    case TaskStatus::Done:
        // 归档, 上报, 回访 are recorded after completion; the task stays done.
        if (event == TaskEvent::Progress)
            return TaskStatus::Done;
        break;
    case TaskStatus::Returned:
        break;
    }
    return std::nullopt;
}

bool TaskRules::needsText(TaskEvent event, Role role)
{
    switch (event) {
    case TaskEvent::Handover:
    case TaskEvent::Return:
    case TaskEvent::Progress:
    case TaskEvent::Complete:
        return true;
    case TaskEvent::Release:
        // Releasing one's own task needs no reason; taking it from an agent does.
        return role == Role::Supervisor;
    case TaskEvent::Create:
    case TaskEvent::Claim:
        break;
    }
    return false;
}

bool TaskRules::mayWorkTasks(Role role)
{
    return role == Role::Agent || role == Role::Township;
}

bool TaskRules::isPostCompletionStep(TaskStep step)
{
    return step == TaskStep::Archive || step == TaskStep::Report || step == TaskStep::FollowUp;
}

int TaskRules::defaultWorkingDays(TaskKind kind, TaskPriority priority)
{
    if (priority == TaskPriority::KeyProject)
        return 20; // an investment project across departments
    if (priority == TaskPriority::Elderly || priority == TaskPriority::Disabled)
        return kind == TaskKind::Proxy ? 5 : 3;
    return kind == TaskKind::Proxy ? 10 : 5;
}

TaskRules::Due TaskRules::dueState(TaskStatus status, QDate dueDate, QDate today,
                                   const AddWorkingDays &addWorkingDays)
{
    if (status == TaskStatus::Done || status == TaskStatus::Returned || !dueDate.isValid()
        || !today.isValid())
        return Due::None;
    if (dueDate < today)
        return Due::Overdue;
    const QDate limit = nearDueLimit(today, addWorkingDays);
    return dueDate <= limit ? Due::NearDue : Due::OnTime;
}

QDate TaskRules::nearDueLimit(QDate today, const AddWorkingDays &addWorkingDays)
{
    const QDate next = addWorkingDays ? addWorkingDays(today, 1) : QDate();
    return next.isValid() ? next : today.addDays(1);
}

int TaskRules::priorityRank(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::Elderly:
        return 0;
    case TaskPriority::Disabled:
        return 1;
    case TaskPriority::KeyProject:
        return 2;
    case TaskPriority::Normal:
        break;
    }
    return 3;
}

QList<TaskStatus> TaskRules::allStatuses()
{
    return {TaskStatus::Open, TaskStatus::Claimed, TaskStatus::InProgress, TaskStatus::Done,
            TaskStatus::Returned};
}

QList<TaskEvent> TaskRules::allEvents()
{
    return {TaskEvent::Create,   TaskEvent::Claim,    TaskEvent::Release, TaskEvent::Handover,
            TaskEvent::Progress, TaskEvent::Complete, TaskEvent::Return};
}

QList<TaskPriority> TaskRules::allPriorities()
{
    return {TaskPriority::Normal, TaskPriority::KeyProject, TaskPriority::Disabled,
            TaskPriority::Elderly};
}

QList<TaskStep> TaskRules::allSteps()
{
    return {TaskStep::Entrust, TaskStep::Accept, TaskStep::Handle,  TaskStep::Deliver,
            TaskStep::Archive, TaskStep::Report, TaskStep::FollowUp};
}

namespace {

template<typename Enum, typename KeyFn>
std::optional<Enum> fromKey(const QList<Enum> &all, KeyFn key, const QString &text)
{
    for (Enum e : all) {
        if (key(e) == text)
            return e;
    }
    return std::nullopt;
}

} // namespace

QString TaskRules::kindKey(TaskKind kind)
{
    return kind == TaskKind::Proxy ? QStringLiteral("proxy") : QStringLiteral("help");
}

std::optional<TaskKind> TaskRules::kindFromKey(const QString &key)
{
    return fromKey<TaskKind>({TaskKind::Help, TaskKind::Proxy}, kindKey, key);
}

QString TaskRules::statusKey(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return QStringLiteral("open");
    case TaskStatus::Claimed:
        return QStringLiteral("claimed");
    case TaskStatus::InProgress:
        return QStringLiteral("in_progress");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

std::optional<TaskStatus> TaskRules::statusFromKey(const QString &key)
{
    return fromKey<TaskStatus>(allStatuses(), statusKey, key);
}

QString TaskRules::eventKey(TaskEvent event)
{
    switch (event) {
    case TaskEvent::Create:
        return QStringLiteral("create");
    case TaskEvent::Claim:
        return QStringLiteral("claim");
    case TaskEvent::Release:
        return QStringLiteral("release");
    case TaskEvent::Handover:
        return QStringLiteral("handover");
    case TaskEvent::Progress:
        return QStringLiteral("progress");
    case TaskEvent::Complete:
        return QStringLiteral("complete");
    case TaskEvent::Return:
        return QStringLiteral("return");
    }
    return {};
}

std::optional<TaskEvent> TaskRules::eventFromKey(const QString &key)
{
    return fromKey<TaskEvent>(allEvents(), eventKey, key);
}

QString TaskRules::priorityKey(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::Normal:
        return QStringLiteral("normal");
    case TaskPriority::KeyProject:
        return QStringLiteral("key_project");
    case TaskPriority::Disabled:
        return QStringLiteral("disabled");
    case TaskPriority::Elderly:
        return QStringLiteral("elderly");
    }
    return {};
}

std::optional<TaskPriority> TaskRules::priorityFromKey(const QString &key)
{
    return fromKey<TaskPriority>(allPriorities(), priorityKey, key);
}

QString TaskRules::originKey(TaskOrigin origin)
{
    switch (origin) {
    case TaskOrigin::Intake:
        return QStringLiteral("intake");
    case TaskOrigin::Township:
        return QStringLiteral("township");
    case TaskOrigin::Standalone:
        break;
    }
    return QStringLiteral("standalone");
}

std::optional<TaskOrigin> TaskRules::originFromKey(const QString &key)
{
    return fromKey<TaskOrigin>({TaskOrigin::Intake, TaskOrigin::Township, TaskOrigin::Standalone},
                               originKey, key);
}

QString TaskRules::stepKey(TaskStep step)
{
    switch (step) {
    case TaskStep::Entrust:
        return QStringLiteral("entrust");
    case TaskStep::Accept:
        return QStringLiteral("accept");
    case TaskStep::Handle:
        return QStringLiteral("handle");
    case TaskStep::Deliver:
        return QStringLiteral("deliver");
    case TaskStep::Archive:
        return QStringLiteral("archive");
    case TaskStep::Report:
        return QStringLiteral("report");
    case TaskStep::FollowUp:
        return QStringLiteral("follow_up");
    }
    return {};
}

std::optional<TaskStep> TaskRules::stepFromKey(const QString &key)
{
    return fromKey<TaskStep>(allSteps(), stepKey, key);
}

QString TaskRules::refusalKey(TaskRefusal refusal)
{
    switch (refusal) {
    case TaskRefusal::None:
        break;
    case TaskRefusal::IllegalTransition:
        return QStringLiteral("transition.illegal");
    case TaskRefusal::AlreadyClaimed:
        return QStringLiteral("task.already_claimed");
    case TaskRefusal::RoleForbidden:
        return QStringLiteral("role.forbidden");
    case TaskRefusal::PlaceForbidden:
        return QStringLiteral("place.forbidden");
    case TaskRefusal::DepartmentForbidden:
        return QStringLiteral("department.forbidden");
    case TaskRefusal::NotOwner:
        return QStringLiteral("task.not_owner");
    case TaskRefusal::AttorneyMissing:
        return QStringLiteral("attorney.missing");
    case TaskRefusal::AttorneyExpired:
        return QStringLiteral("attorney.expired");
    case TaskRefusal::ReasonRequired:
        return QStringLiteral("reason.required");
    case TaskRefusal::NoteRequired:
        return QStringLiteral("note.required");
    case TaskRefusal::OutcomeRequired:
        return QStringLiteral("outcome.required");
    case TaskRefusal::TargetInvalid:
        return QStringLiteral("handover.target_invalid");
    case TaskRefusal::StepOutOfOrder:
        return QStringLiteral("step.out_of_order");
    case TaskRefusal::StepAfterDone:
        return QStringLiteral("step.after_done");
    case TaskRefusal::SubstepInvalid:
        return QStringLiteral("substep.invalid");
    case TaskRefusal::SubstepsOpen:
        return QStringLiteral("substeps.open");
    case TaskRefusal::TitleRequired:
        return QStringLiteral("title.required");
    }
    return {};
}

QString TaskRules::kindName(TaskKind kind)
{
    return kind == TaskKind::Proxy ? tr("Proxy (代办)") : tr("Help (帮办)");
}

QString TaskRules::statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return tr("Open");
    case TaskStatus::Claimed:
        return tr("Claimed");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::Returned:
        return tr("Returned");
    }
    return {};
}

QString TaskRules::eventName(TaskEvent event)
{
    switch (event) {
    case TaskEvent::Create:
        return tr("Create");
    case TaskEvent::Claim:
        return tr("Claim");
    case TaskEvent::Release:
        return tr("Release to the pool");
    case TaskEvent::Handover:
        return tr("Hand over");
    case TaskEvent::Progress:
        return tr("Add progress");
    case TaskEvent::Complete:
        return tr("Complete");
    case TaskEvent::Return:
        return tr("Return");
    }
    return {};
}

QString TaskRules::priorityName(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::Normal:
        return tr("Normal");
    case TaskPriority::KeyProject:
        return tr("Key project");
    case TaskPriority::Disabled:
        return tr("Disabled applicant");
    case TaskPriority::Elderly:
        return tr("Elderly applicant");
    }
    return {};
}

QString TaskRules::originName(TaskOrigin origin)
{
    switch (origin) {
    case TaskOrigin::Intake:
        return tr("From intake");
    case TaskOrigin::Township:
        return tr("From a township point");
    case TaskOrigin::Standalone:
        break;
    }
    return tr("Standalone");
}

QString TaskRules::stepName(TaskStep step)
{
    switch (step) {
    case TaskStep::Entrust:
        return tr("Entrust (委托)");
    case TaskStep::Accept:
        return tr("Accept (受理)");
    case TaskStep::Handle:
        return tr("Handle (办理)");
    case TaskStep::Deliver:
        return tr("Deliver (送达)");
    case TaskStep::Archive:
        return tr("Archive (归档)");
    case TaskStep::Report:
        return tr("Report (上报)");
    case TaskStep::FollowUp:
        return tr("Follow-up visit (回访)");
    }
    return {};
}

QString TaskRules::refusalMessage(const TaskOutcome &outcome)
{
    switch (outcome.refusal) {
    case TaskRefusal::None:
        break;
    case TaskRefusal::IllegalTransition:
        if (!outcome.from)
            return tr("The task does not exist yet.");
        if (outcome.event == TaskEvent::Create)
            return tr("The task exists already.");
        if (*outcome.from == TaskStatus::Done || *outcome.from == TaskStatus::Returned)
            return tr("The task is closed (%1); it cannot be changed any more.")
                    .arg(statusName(*outcome.from));
        if (*outcome.from == TaskStatus::Open)
            return tr("Nobody has claimed this task yet: claim it first.");
        return tr("“%1” is not possible for a task that is “%2”.")
                .arg(eventName(outcome.event), statusName(*outcome.from));
    case TaskRefusal::AlreadyClaimed:
        if (outcome.ownerName.isEmpty())
            return tr("Someone else has claimed this task already.");
        return tr("%1 has claimed this task already.").arg(outcome.ownerName);
    case TaskRefusal::RoleForbidden:
        if (outcome.role == Role::Supervisor)
            return tr("Supervisors assign and return tasks but do not work them.");
        return tr("The role “%1” may not do this: %2.")
                .arg(Roles::displayName(outcome.role), eventName(outcome.event));
    case TaskRefusal::PlaceForbidden:
        return tr("This task belongs to another place's pool.");
    case TaskRefusal::DepartmentForbidden:
        return tr("This task is for another department's agents.");
    case TaskRefusal::NotOwner:
        if (outcome.ownerName.isEmpty())
            return tr("Nobody has claimed this task: claim it first.");
        return tr("This task is %1's: only the agent who has it may do this.")
                .arg(outcome.ownerName);
    case TaskRefusal::AttorneyMissing:
        return tr("A proxy task needs the applicant's power of attorney (委托书). Record it "
                  "first.");
    case TaskRefusal::AttorneyExpired:
        return tr("The power of attorney was valid until %1 and has expired. Ask the "
                  "applicant for a new one.")
                .arg(outcome.attorneyValidUntil.toString(Qt::ISODate));
    case TaskRefusal::ReasonRequired:
        return tr("Give a reason for this step.");
    case TaskRefusal::NoteRequired:
        return tr("Write what was done.");
    case TaskRefusal::OutcomeRequired:
        return tr("Write the outcome: what the applicant got.");
    case TaskRefusal::TargetInvalid:
        return tr("Choose another active agent of this place to hand the task over to.");
    case TaskRefusal::StepOutOfOrder:
        return tr("The steps go in order (委托 → 受理 → 办理 → 送达 → 归档 → 上报 → 回访); this "
                  "step comes before one already recorded.");
    case TaskRefusal::StepAfterDone:
        return tr("The task is done: only archiving, reporting and the follow-up visit can be "
                  "recorded now.");
    case TaskRefusal::SubstepInvalid:
        return tr("That department's sub-step does not exist or is done already.");
    case TaskRefusal::SubstepsOpen:
        return tr("Some departments' sub-steps are not done yet.");
    case TaskRefusal::TitleRequired:
        return tr("Say what the applicant needs help with.");
    }
    return {};
}

} // namespace ow
