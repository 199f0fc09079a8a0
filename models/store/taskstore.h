#pragma once

#include "changejournal.h"
#include "database.h"
#include "directorystore.h"
#include "domain/actor.h"
#include "domain/agenttask.h"
#include "domain/taskrules.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace ow {

struct Case;

// What a new task says; the store fills in id, status, due date and who created it.
struct NewTask
{
    TaskKind kind = TaskKind::Help;
    TaskOrigin origin = TaskOrigin::Standalone;
    QString title;
    QString caseId;
    QString caseNumber;
    QString applicantId;
    QString applicantName;
    QString requesterName;
    QString requesterPhone;
    QString placeCode; // empty: the actor's place
    QString departmentCode;
    TaskPriority priority = TaskPriority::Normal;
    int workingDays = 0; // 0: TaskRules::defaultWorkingDays
    PowerOfAttorney attorney;
    QList<TaskSubstep> substeps; // an enterprise project: one per department
    QString note;                // the first line of the log
};

// The applicant asks at intake for help (帮办) or hands the matter over (代办).
struct IntakeAssistance
{
    TaskKind kind = TaskKind::Help;
    TaskPriority priority = TaskPriority::Normal;
    QDate attorneyValidUntil; // proxy: the power of attorney the applicant signs at the counter
    QString note;
};

// What the actor gives with an event (the rule says which fields it needs).
struct TaskRequest
{
    QString text; // reason, note or outcome
    std::optional<TaskStep> step;
    int substep = -1;
    QString targetUserId; // handover
};

// Help-agent tasks in the local store. Every event is one transaction: the task row, its log
// line, the outbox mutation ("task.<event>") and the audit row commit together or not at all.
// TaskRules judges each event, as the server does again when the mutation arrives.
class TaskStore final
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)
public:
    TaskStore(std::shared_ptr<Database> database, const WorkCalendar &calendar);

    Result<AgentTask> create(const NewTask &task, const Actor &actor, const QDateTime &nowUtc);
    // The same inside a transaction the caller holds (intake saves the case and its task in
    // one). Returns the task as written.
    Result<AgentTask> createIn(const QSqlDatabase &db, const NewTask &task, const Actor &actor,
                               const QDateTime &nowUtc);
    // For IntakeRequest::alsoSave: creates the task for the saved case in the intake's
    // transaction. The store must outlive the intake call.
    std::function<Status(const QSqlDatabase &, const Case &)> intakeFollowUp(
            const IntakeAssistance &assistance, const Actor &actor, const QDateTime &nowUtc);
    // Claim, release, hand over, progress, complete or return.
    Result<AgentTask> act(const QString &taskId, TaskEvent event, const TaskRequest &request,
                          const Actor &actor, const QDateTime &nowUtc);

    // Where writes are journaled: the outbox and the audit log by default (a device); the
    // server's push journals to its audit log only.
    void setJournal(std::shared_ptr<ChangeJournal> journal);

    // The shared core of create and act, inside a transaction the caller holds: judges the
    // event with TaskRules against `task` as it stands in `db` (the server's row on the server)
    // and writes the row, the log line (id = mutationId) and the journal entry. `at` is the
    // business time of the act. Returns the task as written (its log: the new line only, unless
    // `task` carried its log).
    Result<AgentTask> applyCreate(const QSqlDatabase &db, AgentTask task, const QString &note,
                                  const Actor &actor, const QDateTime &at,
                                  const QString &mutationId);
    Result<AgentTask> applyEvent(const QSqlDatabase &db, AgentTask task, TaskEvent event,
                                 const TaskRequest &request, const Actor &actor,
                                 const QDateTime &at, const QString &mutationId);

    Result<AgentTask> load(const QString &taskId) const;
    // withLog false: the row and its sub-steps only (what an act needs).
    static Result<AgentTask> loadIn(const QSqlDatabase &db, const QString &taskId, bool withLog);
    // The rule's view of this actor (role, place, hall, departments) on this day.
    TaskActorContext contextFor(const Actor &actor, const QDate &today) const;
    // The events the actor may make on the task now (the board offers only these).
    QList<TaskEvent> availableEvents(const AgentTask &task, const Actor &actor,
                                     const QDate &today) const;
    // Agents who could take the task over: active, working tasks, at its place, not its owner.
    QList<User> handoverCandidates(const AgentTask &task) const;

    // Sync: the server accepted this device's claim; it is no longer provisional.
    Status confirmClaim(const QString &taskId);
    // Sync: the server's current task (a pulled change or the `current` of a rejected
    // mutation) replaces the local row and its log; a provisional claim the server gave to
    // someone else thereby leaves "mine".
    Status applySnapshot(const QJsonObject &task);
    // The same inside the caller's transaction (a pulled page, an acknowledgement). Unless
    // `force`, a snapshot older than the local row is skipped (*written false).
    static Status writeSnapshot(const QSqlDatabase &db, const AgentTask &task, bool force,
                                bool *written = nullptr);
    static QJsonObject toJson(const AgentTask &task); // task.create payload and snapshots
    static Result<AgentTask> fromJson(const QJsonObject &json);

    qint64 count() const;

private:
    static Status writeTask(const QSqlDatabase &db, const AgentTask &task, bool insert);
    static Status writeSubstep(const QSqlDatabase &db, const AgentTask &task, int index);
    static Status writeLog(const QSqlDatabase &db, const AgentTask &task,
                           const TaskLogEntry &entry);
    std::optional<QString> userName(const QString &userId) const;

    std::shared_ptr<Database> m_database;
    const WorkCalendar &m_calendar;
    DirectoryStore m_directory;
    std::shared_ptr<ChangeJournal> m_journal;
};

} // namespace ow
