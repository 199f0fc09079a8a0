#pragma once

#include "caselifecycle.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ow {

struct Case;
class WorkCalendar;

// The one rule for deadlines (限时办结): the case list, the queues, statistics and the server
// all colour and count cases by it.
//
// - None: the case is closed (released, rejected, withdrawn, terminated) or not accepted yet
//   (received, awaiting materials): no promised date runs.
// - A licensing case still received (not yet accepted, no notice) runs against its one-time
//   notice deadline (行政许可法 第三十二条, 5 working days): NearDue when at most 1 working day
//   is left, Overdue once it has passed (the application then counts as accepted from receipt),
//   OnTime before. isNoticeDeadline() tells this deadline from the promised date.
// - Paused: suspended (特别程序); the clock stands still.
// - Overdue: the clock runs and today is after the due date; a decided case (approved, denied,
//   ready for release) whose decision came after the due date.
// - NearDue: the clock runs and at most 1 working day is left (the due date is today or the next
//   working day), or at least 80% of the promised working days are used (working days elapsed
//   since acceptance, minus the suspended ones, over the promised days).
// - OnTime: everything else that is accepted and open, including a case decided in time (its
//   clock stopped at the decision; waiting for release is not the department's delay).
class DueStatus final
{
    Q_DECLARE_TR_FUNCTIONS(DueStatus)
public:
    enum Value { None, OnTime, NearDue, Overdue, Paused };

    // The dates the rule looks at; a Case or a list row gives them.
    struct Facts
    {
        CaseState state = CaseState::Received;
        QDate acceptedOn; // business date of acceptance (invalid: not accepted)
        QDate dueDate;
        QDate decidedOn; // business date of the decision, when decided
        int promisedDays = 0;
        int suspendedWorkingDays = 0;
        QDate noticeDeadline; // licensing: the last day for the one-time notice
    };

    static Value of(const Case &c, QDate today, const WorkCalendar &calendar);
    static Value of(const Facts &facts, QDate today, const WorkCalendar &calendar);
    // The deadline that runs is the one-time notice's, not the promised date.
    static bool isNoticeDeadline(const Facts &facts);

    // Near due: no more than this many working days left ...
    static int nearDueWorkingDaysLeft() { return 1; }
    // ... or at least this share (percent) of the promised working days used.
    static int nearDuePercentUsed() { return 80; }

    static QString key(Value value);         // "none", "on_time", "near_due", "overdue", "paused"
    static QString displayName(Value value); // translated; empty for None
};

} // namespace ow
