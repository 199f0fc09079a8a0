#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// 帮办 (help the applicant through it) or 代办 (act for the applicant entirely).
enum class TaskKind { Help, Proxy };

enum class TaskStatus { Open, Claimed, InProgress, Done, Returned };

// What may happen to a task; each is one intent mutation on the sync wire ("task.claim", ...).
enum class TaskEvent { Create, Claim, Release, Handover, Progress, Complete, Return };

// Why the applicant gets a helper first; the board sorts by it (most urgent first).
enum class TaskPriority { Normal, KeyProject, Disabled, Elderly };

// How the task came to the board.
enum class TaskOrigin { Intake, Township, Standalone };

// The common seven-step practice of 帮办代办, recorded as the log goes:
// 委托 → 受理 → 办理 → 送达 → 归档 → 上报 → 回访.
enum class TaskStep { Entrust, Accept, Handle, Deliver, Archive, Report, FollowUp };

// 委托书: who authorises whom for what, valid until (inclusive). Proxy tasks need one.
struct PowerOfAttorney
{
    QString grantorName;     // the applicant (person or enterprise)
    QString grantorIdNumber; // whole; shown masked
    QString granteeName;     // the hall's or point's agent service, or a named agent
    QString scope;           // what the agent may do: "办理 … 的申请、补正和领取"
    QDate validUntil;

    bool isEmpty() const { return grantorName.isEmpty() && validUntil.isNull(); }
};

// One department's part of an enterprise project (one sub-step per department).
struct TaskSubstep
{
    QString departmentCode;
    QString title;
    bool done = false;
    QDateTime doneAt;
    QString note;
};

// One line of a task's log: every event, with the step it recorded if any.
struct TaskLogEntry
{
    QString id; // = the outbox mutation id, on client and server alike
    TaskEvent event = TaskEvent::Create;
    TaskStatus from = TaskStatus::Open;
    TaskStatus to = TaskStatus::Open;
    std::optional<TaskStep> step;
    int substep = -1; // index into substeps, or -1
    QString note;
    QString ownerBefore;
    QString ownerAfter;
    QString userId;
    QString placeCode;
    QString deviceId;
    QDateTime atUtc;
    QDate businessDate;
};

// A help-agent task (帮办代办任务).
struct AgentTask
{
    QString id; // UUID v7
    TaskKind kind = TaskKind::Help;
    TaskOrigin origin = TaskOrigin::Standalone;
    QString title;
    QString caseId; // may be empty, or name a case not yet synced here
    QString caseNumber;
    QString applicantId;
    QString applicantName;
    QString requesterName; // who asked: the applicant, a relative, an enterprise's contact
    QString requesterPhone;
    QString placeCode;      // the hall or township point whose pool holds it
    QString departmentCode; // empty: any agent of the place
    TaskPriority priority = TaskPriority::Normal;
    TaskStatus status = TaskStatus::Open;
    QString ownerId; // exactly one owner while claimed or in progress, none otherwise
    QString ownerName;
    bool claimProvisional = false; // claimed on this device, not yet confirmed by the server
    int workingDays = 0;
    QDate dueDate;
    std::optional<TaskStep> lastStep;
    QString outcome; // done: what was achieved; returned: why
    PowerOfAttorney attorney;
    QList<TaskSubstep> substeps;
    QString createdBy;
    QDateTime createdAt;
    QDateTime closedAt;
    qint64 version = 1;
    QDateTime updatedAt;
    QList<TaskLogEntry> log;

    bool isClosed() const { return status == TaskStatus::Done || status == TaskStatus::Returned; }
    int openSubsteps() const;
};

} // namespace ow
