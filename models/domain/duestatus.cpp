#include "duestatus.h"

#include "case.h"
#include "workcalendar.h"

namespace ow {

DueStatus::Value DueStatus::of(const Case &c, QDate today, const WorkCalendar &calendar)
{
    Facts facts;
    facts.state = c.state;
    facts.acceptedOn = BusinessClock::dateOf(c.acceptedAt);
    facts.dueDate = c.dueDate;
    facts.decidedOn = BusinessClock::dateOf(c.decidedAt);
    facts.promisedDays = c.promisedDays;
    facts.suspendedWorkingDays = c.suspendedWorkingDays;
    facts.noticeDeadline = c.noticeDeadline;
    return of(facts, today, calendar);
}

bool DueStatus::isNoticeDeadline(const Facts &facts)
{
    return facts.state == CaseState::Received && facts.noticeDeadline.isValid();
}

DueStatus::Value DueStatus::of(const Facts &facts, QDate today, const WorkCalendar &calendar)
{
    if (isNoticeDeadline(facts)) {
        if (!today.isValid())
            return None;
        if (today > facts.noticeDeadline)
            return Overdue;
        const auto left = calendar.workingDaysBetween(today, facts.noticeDeadline);
        const qint64 days = left ? left.value() : today.daysTo(facts.noticeDeadline);
        return days <= nearDueWorkingDaysLeft() ? NearDue : OnTime;
    }
    switch (facts.state) {
    case CaseState::Released:
    case CaseState::Rejected:
    case CaseState::Terminated:
    case CaseState::Withdrawn:
    case CaseState::Received:
    case CaseState::AwaitingMaterials:
        return None;
    case CaseState::Suspended:
        return Paused;
    case CaseState::Approved:
    case CaseState::Denied:
    case CaseState::ReadyForRelease:
        if (!facts.dueDate.isValid())
            return None;
        // The clock stopped at the decision.
        return facts.decidedOn.isValid() && facts.decidedOn > facts.dueDate ? Overdue : OnTime;
    case CaseState::Accepted:
    case CaseState::InReview:
        break;
    }
    if (!facts.dueDate.isValid() || !today.isValid())
        return None;
    if (today > facts.dueDate)
        return Overdue;

    const auto left = calendar.workingDaysBetween(today, facts.dueDate);
    if (!left) // a year the calendar does not cover: count calendar days rather than guess
        return today.daysTo(facts.dueDate) <= nearDueWorkingDaysLeft() ? NearDue : OnTime;
    if (left.value() <= nearDueWorkingDaysLeft())
        return NearDue;

    if (facts.promisedDays > 0 && facts.acceptedOn.isValid()) {
        const auto elapsed = calendar.workingDaysBetween(facts.acceptedOn, today);
        if (elapsed) {
            const int used = qMax(0, elapsed.value() - facts.suspendedWorkingDays);
            if (used * 100 >= nearDuePercentUsed() * facts.promisedDays)
                return NearDue;
        }
    }
    return OnTime;
}

QString DueStatus::key(Value value)
{
    switch (value) {
    case None:
        return QStringLiteral("none");
    case OnTime:
        return QStringLiteral("on_time");
    case NearDue:
        return QStringLiteral("near_due");
    case Overdue:
        return QStringLiteral("overdue");
    case Paused:
        return QStringLiteral("paused");
    }
    return {};
}

QString DueStatus::displayName(Value value)
{
    switch (value) {
    case None:
        return {};
    case OnTime:
        return tr("On time");
    case NearDue:
        return tr("Due soon");
    case Overdue:
        return tr("Overdue");
    case Paused:
        return tr("Clock paused");
    }
    return {};
}

} // namespace ow
