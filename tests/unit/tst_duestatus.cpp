#include "domain/case.h"
#include "domain/duestatus.h"
#include "domain/workcalendar.h"
#include "testsupport.h"

using namespace ow;

namespace {

const WorkCalendar &calendar()
{
    static const WorkCalendar c = WorkCalendar::loadResource().value();
    return c;
}

QDate d(int month, int day, int year = 2024)
{
    return QDate(year, month, day);
}

// An accepted case with its due date computed as CaseStore computes it.
DueStatus::Facts accepted(QDate acceptedOn, int promisedDays, CaseState state = CaseState::InReview)
{
    DueStatus::Facts f;
    f.state = state;
    f.acceptedOn = acceptedOn;
    f.promisedDays = promisedDays;
    f.dueDate = calendar().addWorkingDays(acceptedOn, promisedDays).value();
    return f;
}

DueStatus::Value on(const DueStatus::Facts &f, QDate today)
{
    return DueStatus::of(f, today, calendar());
}

} // namespace

TEST_CASE("Due status: closed and not-yet-accepted cases have none", "[due][search]")
{
    const auto f = accepted(d(9, 2), 10);
    for (CaseState s : {CaseState::Released, CaseState::Rejected, CaseState::Terminated,
                        CaseState::Withdrawn, CaseState::Received, CaseState::AwaitingMaterials}) {
        auto g = f;
        g.state = s;
        CHECK(on(g, d(9, 3)) == DueStatus::None);
        CHECK(on(g, d(12, 30)) == DueStatus::None); // long past the due date: still none
    }
    DueStatus::Facts noDue;
    noDue.state = CaseState::InReview;
    CHECK(on(noDue, d(9, 3)) == DueStatus::None);
}

TEST_CASE("Due status: a suspended case is paused, whatever the date", "[due][search]")
{
    auto f = accepted(d(9, 2), 10, CaseState::Suspended);
    CHECK(on(f, d(9, 3)) == DueStatus::Paused);
    CHECK(on(f, d(12, 30)) == DueStatus::Paused);
}

TEST_CASE("Due status: 80% of the promised working days, then one day left, then overdue",
          "[due][search]")
{
    // Accepted Monday 2 September 2024, 10 working days: Saturday 14 September is a make-up
    // working day (中秋节调休), so it is the 10th and the due date.
    const auto f = accepted(d(9, 2), 10);
    REQUIRE(f.dueDate == d(9, 14));
    CHECK(on(f, d(9, 2)) == DueStatus::OnTime);
    CHECK(on(f, d(9, 11)) == DueStatus::OnTime);  // 7 of 10 used, 3 left
    CHECK(on(f, d(9, 12)) == DueStatus::NearDue); // 8 of 10 used: 80%
    CHECK(on(f, d(9, 13)) == DueStatus::NearDue); // 1 working day left
    CHECK(on(f, d(9, 14)) == DueStatus::NearDue); // due today
    CHECK(on(f, d(9, 15)) == DueStatus::Overdue); // a holiday, but after the due date
    CHECK(on(f, d(10, 30)) == DueStatus::Overdue);
    // Accepted and InReview follow the same clock.
    auto g = f;
    g.state = CaseState::Accepted;
    CHECK(on(g, d(9, 12)) == DueStatus::NearDue);
    CHECK(on(g, d(9, 15)) == DueStatus::Overdue);
}

TEST_CASE("Due status: holidays are not used days", "[due][search]")
{
    // 20 working days from Monday 23 September 2024, across National Day (1-7 October).
    const auto f = accepted(d(9, 23), 20);
    // On 7 October only 6 working days have passed (24-27, Sunday 29 and 30 September).
    CHECK(on(f, d(10, 7)) == DueStatus::OnTime);
    // One promised day, accepted Monday 30 September: due Tuesday 8 October.
    const auto one = accepted(d(9, 30), 1);
    REQUIRE(one.dueDate == d(10, 8));
    CHECK(on(one, d(9, 30)) == DueStatus::NearDue); // one working day left
    CHECK(on(one, d(10, 3)) == DueStatus::NearDue);
    CHECK(on(one, d(10, 8)) == DueStatus::NearDue);
    CHECK(on(one, d(10, 9)) == DueStatus::Overdue);
}

TEST_CASE("Due status: suspended working days do not count as used", "[due][search]")
{
    // 10 days from 2 September, suspended 3 working days: the due date moved 3 working days
    // (CaseStore does so on resume) from 14 to 20 September.
    auto f = accepted(d(9, 2), 10);
    f.suspendedWorkingDays = 3;
    f.dueDate = calendar().addWorkingDays(d(9, 14), 3).value();
    REQUIRE(f.dueDate == d(9, 20));
    // 13 September: 9 working days elapsed, 3 of them suspended = 60%; 4 left.
    CHECK(on(f, d(9, 13)) == DueStatus::OnTime);
    auto without = f;
    without.suspendedWorkingDays = 0; // the same dates without the pause would be 90%
    CHECK(on(without, d(9, 13)) == DueStatus::NearDue);
    CHECK(on(f, d(9, 19)) == DueStatus::NearDue);
    CHECK(on(f, d(9, 23)) == DueStatus::Overdue);
}

TEST_CASE("Due status: on-the-spot items are due the day they are accepted", "[due][search]")
{
    const auto f = accepted(d(9, 27), 0);
    REQUIRE(f.dueDate == d(9, 27));
    CHECK(on(f, d(9, 27)) == DueStatus::NearDue);
    CHECK(on(f, d(9, 29)) == DueStatus::Overdue);
}

TEST_CASE("Due status: a decided case keeps the verdict of its decision date", "[due][search]")
{
    for (CaseState s : {CaseState::Approved, CaseState::Denied, CaseState::ReadyForRelease}) {
        auto f = accepted(d(9, 2), 10, s);
        f.decidedOn = d(9, 14);
        CHECK(on(f, d(9, 13)) == DueStatus::OnTime);
        CHECK(on(f, d(12, 1)) == DueStatus::OnTime); // waiting for collection is not late
        f.decidedOn = d(9, 18);
        CHECK(on(f, d(12, 1)) == DueStatus::Overdue);
    }
}

TEST_CASE("Due status: outside the calendar's years it counts calendar days", "[due][search]")
{
    REQUIRE_FALSE(calendar().coversYear(2031));
    DueStatus::Facts f;
    f.state = CaseState::InReview;
    f.acceptedOn = QDate(2031, 1, 2);
    f.promisedDays = 20;
    f.dueDate = QDate(2031, 1, 30);
    CHECK(on(f, QDate(2031, 1, 10)) == DueStatus::OnTime);
    CHECK(on(f, QDate(2031, 1, 29)) == DueStatus::NearDue);
    CHECK(on(f, QDate(2031, 1, 31)) == DueStatus::Overdue);
}

TEST_CASE("Due status of a Case uses its business dates in Shanghai", "[due][search]")
{
    Case c;
    c.state = CaseState::InReview;
    c.promisedDays = 10;
    // 17:30 UTC on Sunday 1 September is 01:30 on Monday 2 September in Shanghai.
    c.acceptedAt = QDateTime(d(9, 1), QTime(17, 30), Qt::UTC);
    c.dueDate = d(9, 14);
    CHECK(DueStatus::of(c, d(9, 11), calendar()) == DueStatus::OnTime);
    CHECK(DueStatus::of(c, d(9, 12), calendar()) == DueStatus::NearDue);
    c.state = CaseState::Approved;
    c.decidedAt = QDateTime(d(9, 14), QTime(17, 0), Qt::UTC); // 15 September in Shanghai
    CHECK(DueStatus::of(c, d(9, 20), calendar()) == DueStatus::Overdue);
    CHECK(DueStatus::key(DueStatus::NearDue) == QStringLiteral("near_due"));
    CHECK_FALSE(DueStatus::displayName(DueStatus::Overdue).isEmpty());
    CHECK(DueStatus::displayName(DueStatus::None).isEmpty());
}

TEST_CASE("Due status: a received licensing case runs against its one-time notice deadline",
          "[due][search]")
{
    // Received Friday 27 September 2024: 5 working days, the day of receipt not counted, are
    // 29 September (a make-up working Sunday), 30 September, then National Day (1-7 October),
    // 8, 9 and 10 October.
    const auto addWorkingDays
            = [](QDate from, int n) { return calendar().addWorkingDays(from, n).value(); };
    const QDate deadline = CaseLifecycle::noticeDeadline(d(9, 27), addWorkingDays);
    CHECK(deadline == d(10, 10));

    DueStatus::Facts f;
    f.state = CaseState::Received;
    f.noticeDeadline = deadline;
    CHECK(DueStatus::isNoticeDeadline(f));
    CHECK(on(f, d(9, 27)) == DueStatus::OnTime);
    CHECK(on(f, d(9, 30)) == DueStatus::OnTime);   // 8, 9, 10 October still to come
    CHECK(on(f, d(10, 5)) == DueStatus::OnTime);   // a holiday: 3 working days left
    CHECK(on(f, d(10, 9)) == DueStatus::NearDue);  // one working day left: warn
    CHECK(on(f, d(10, 10)) == DueStatus::NearDue); // the last day
    CHECK(on(f, d(10, 11)) == DueStatus::Overdue); // counts as accepted from receipt

    // Once accepted, notified or rejected, the notice deadline no longer runs.
    for (CaseState s : {CaseState::Accepted, CaseState::AwaitingMaterials, CaseState::Rejected}) {
        auto g = f;
        g.state = s;
        CHECK_FALSE(DueStatus::isNoticeDeadline(g));
        CHECK(on(g, d(10, 11)) == DueStatus::None);
    }
    // A non-licensing case has no notice deadline.
    DueStatus::Facts other;
    other.state = CaseState::Received;
    CHECK(on(other, d(10, 11)) == DueStatus::None);
}
