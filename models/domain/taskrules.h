#pragma once

#include "agenttask.h"
#include "result.h"
#include "role.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace ow {

// Why a task event was refused, from the first check that failed (in this order).
enum class TaskRefusal {
    None,
    IllegalTransition,   // "transition.illegal": the status does not allow the event
    AlreadyClaimed,      // "task.already_claimed": someone (maybe you) owns it
    RoleForbidden,       // "role.forbidden"
    PlaceForbidden,      // "place.forbidden"
    DepartmentForbidden, // "department.forbidden"
    NotOwner,            // "task.not_owner"
    AttorneyMissing,     // "attorney.missing"
    AttorneyExpired,     // "attorney.expired"
    ReasonRequired,      // "reason.required"
    NoteRequired,        // "note.required"
    OutcomeRequired,     // "outcome.required"
    TargetInvalid,       // "handover.target_invalid"
    StepOutOfOrder,      // "step.out_of_order"
    StepAfterDone,       // "step.after_done": only 归档, 上报, 回访 follow a completion
    SubstepInvalid,      // "substep.invalid"
    SubstepsOpen,        // "substeps.open": a department's sub-step is not done
    TitleRequired,       // "title.required"
};

// The facts of the task the rule looks at (a whole AgentTask gives them).
struct TaskFacts
{
    std::optional<TaskStatus> status; // empty: the task does not exist yet (Create)
    TaskKind kind = TaskKind::Help;
    QString placeCode;
    QString departmentCode;
    QString ownerId;
    QString ownerName;
    std::optional<TaskStep> lastStep;
    QDate attorneyValidUntil; // null: no power of attorney
    bool hasAttorney = false;
    int substepCount = 0;
    QList<bool> substepsDone;
    QString title;

    static TaskFacts of(const AgentTask &task);
};

// Who acts, where, and what they gave with the event.
struct TaskActorContext
{
    QString userId;
    Role role = Role::Agent;
    QString placeCode;
    QString hallCode;            // the actor's hall: its own code at a hall, the parent's at a
                                 // township point (a township may put a task in its hall's pool)
    QStringList departmentCodes; // empty: every department of the place
    QDate today;                 // business date of the act (Asia/Shanghai)

    // The event's own data
    QString text;                 // reason (release, handover, return), note (progress),
                                  // outcome (complete)
    std::optional<TaskStep> step; // progress: the step it records, if any
    int substep = -1;             // progress: the department sub-step it completes, or -1
    // handover: the agent who takes it over
    QString targetUserId;
    std::optional<Role> targetRole;
    QString targetPlaceCode;
    bool targetActive = false;
};

struct TaskOutcome
{
    bool allowed = false;
    TaskStatus to = TaskStatus::Open;
    QString ownerAfter; // the owner once the event is applied (empty: in the pool or closed)
    TaskRefusal refusal = TaskRefusal::None;

    // What was asked, so that message() can say why it was refused.
    std::optional<TaskStatus> from;
    TaskEvent event = TaskEvent::Create;
    Role role = Role::Agent;
    QString ownerName;
    QDate attorneyValidUntil;

    explicit operator bool() const { return allowed; }
    QString refusalCode() const;
    QString message() const; // translated; empty when allowed
    Error toError() const;   // an empty Error when allowed
};

// The task queue's one rule: statuses, who may claim, release, hand over, record progress,
// complete and return, and why not. Pure: the client judges an event when it is made, the
// server again when the mutation arrives (docs/tasks.md).
class TaskRules final
{
    Q_DECLARE_TR_FUNCTIONS(TaskRules)
public:
    static TaskOutcome apply(const TaskFacts &task, TaskEvent event, const TaskActorContext &actor);
    // The events the actor may make now, their texts assumed given (the UI asks for them).
    static QList<TaskEvent> availableEvents(const TaskFacts &task, const TaskActorContext &actor);

    // The bare graph: where the event leads from `from`, if anywhere.
    static std::optional<TaskStatus> targetStatus(std::optional<TaskStatus> from, TaskEvent event,
                                                  std::optional<TaskStep> step = std::nullopt);
    static bool needsText(TaskEvent event, Role role);
    static bool mayWorkTasks(Role role); // agents and township staff claim and work tasks
    static bool isPostCompletionStep(TaskStep step); // 归档, 上报, 回访
    static int maxTextLength() { return 500; }

    // Due dates: working days from the day the task is created.
    static int defaultWorkingDays(TaskKind kind, TaskPriority priority);
    // Near due: due today or on the next working day; overdue: due before today.
    enum class Due { None, OnTime, NearDue, Overdue };
    using AddWorkingDays = std::function<QDate(QDate from, int workingDays)>;
    static Due dueState(TaskStatus status, QDate dueDate, QDate today,
                        const AddWorkingDays &addWorkingDays);
    // Tasks due on or before this date are "near due or overdue" on the board.
    static QDate nearDueLimit(QDate today, const AddWorkingDays &addWorkingDays);
    // 0 = most urgent: the order the board sorts in.
    static int priorityRank(TaskPriority priority);

    static QList<TaskStatus> allStatuses();
    static QList<TaskEvent> allEvents();
    static QList<TaskPriority> allPriorities();
    static QList<TaskStep> allSteps();

    // Stable keys for storage and the wire.
    static QString kindKey(TaskKind kind);
    static std::optional<TaskKind> kindFromKey(const QString &key);
    static QString statusKey(TaskStatus status);
    static std::optional<TaskStatus> statusFromKey(const QString &key);
    static QString eventKey(TaskEvent event); // "claim"; the mutation is "task." + key
    static std::optional<TaskEvent> eventFromKey(const QString &key);
    static QString priorityKey(TaskPriority priority);
    static std::optional<TaskPriority> priorityFromKey(const QString &key);
    static QString originKey(TaskOrigin origin);
    static std::optional<TaskOrigin> originFromKey(const QString &key);
    static QString stepKey(TaskStep step);
    static std::optional<TaskStep> stepFromKey(const QString &key);
    static QString refusalKey(TaskRefusal refusal);

    // Translated names.
    static QString kindName(TaskKind kind);
    static QString statusName(TaskStatus status);
    static QString eventName(TaskEvent event);
    static QString priorityName(TaskPriority priority);
    static QString originName(TaskOrigin origin);
    static QString stepName(TaskStep step);
    static QString refusalMessage(const TaskOutcome &outcome);
};

} // namespace ow
