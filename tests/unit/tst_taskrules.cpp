#include "domain/taskrules.h"
#include "testsupport.h"

#include <QMap>

using namespace ow;

namespace {

const QString hall = QStringLiteral("621221");
const QString town = QStringLiteral("621221101");
const QDate today(2026, 11, 27);

// The people the matrix tries every event with.
enum class Who {
    Owner,         // the agent who has the task
    OtherAgent,    // another agent of the same place
    ForeignAgent,  // an agent of another place
    TownshipOwner, // township staff who has the task (township pools)
    Supervisor,    // of the task's place
    Counter,       // of the task's place
    Approver,      // of the task's place
    Auditor,       // of the task's place
    Admin,         // of the task's place
};

QList<Who> everyone()
{
    return {Who::Owner,   Who::OtherAgent, Who::ForeignAgent, Who::TownshipOwner, Who::Supervisor,
            Who::Counter, Who::Approver,   Who::Auditor,      Who::Admin};
}

const char *whoName(Who who)
{
    switch (who) {
    case Who::Owner:
        return "owner";
    case Who::OtherAgent:
        return "other agent";
    case Who::ForeignAgent:
        return "foreign agent";
    case Who::TownshipOwner:
        return "township owner";
    case Who::Supervisor:
        return "supervisor";
    case Who::Counter:
        return "counter";
    case Who::Approver:
        return "approver";
    case Who::Auditor:
        return "auditor";
    case Who::Admin:
        return "admin";
    }
    return "";
}

TaskFacts facts(std::optional<TaskStatus> status, Who who)
{
    TaskFacts f;
    f.status = status;
    f.placeCode = who == Who::TownshipOwner ? town : hall;
    f.title = QStringLiteral("帮老人办理养老保险待遇申领");
    if (status && *status != TaskStatus::Open) {
        f.ownerId = who == Who::TownshipOwner ? QStringLiteral("u-township")
                                              : QStringLiteral("u-owner");
        f.ownerName = QStringLiteral("李强");
    }
    return f;
}

TaskActorContext actorFor(Who who)
{
    TaskActorContext a;
    a.today = today;
    a.placeCode = hall;
    a.hallCode = hall;
    switch (who) {
    case Who::Owner:
        a.userId = QStringLiteral("u-owner");
        a.role = Role::Agent;
        break;
    case Who::OtherAgent:
        a.userId = QStringLiteral("u-other");
        a.role = Role::Agent;
        break;
    case Who::ForeignAgent:
        a.userId = QStringLiteral("u-foreign");
        a.role = Role::Agent;
        a.placeCode = QStringLiteral("621202");
        a.hallCode = a.placeCode;
        break;
    case Who::TownshipOwner:
        a.userId = QStringLiteral("u-township");
        a.role = Role::Township;
        a.placeCode = town;
        break;
    case Who::Supervisor:
        a.userId = QStringLiteral("u-super");
        a.role = Role::Supervisor;
        break;
    case Who::Counter:
        a.userId = QStringLiteral("u-counter");
        a.role = Role::Counter;
        break;
    case Who::Approver:
        a.userId = QStringLiteral("u-approver");
        a.role = Role::Approver;
        break;
    case Who::Auditor:
        a.userId = QStringLiteral("u-auditor");
        a.role = Role::Auditor;
        break;
    case Who::Admin:
        a.userId = QStringLiteral("u-admin");
        a.role = Role::Admin;
        break;
    }
    // Every text the events ask for, and a valid hand-over target.
    a.text = QStringLiteral("申请人已补交材料");
    a.targetUserId = QStringLiteral("u-next");
    a.targetRole = who == Who::TownshipOwner ? Role::Township : Role::Agent;
    a.targetPlaceCode = a.placeCode == town ? town : hall;
    a.targetActive = true;
    return a;
}

using Key = std::pair<int, int>; // (status or -1 for new, event)

Key key(std::optional<TaskStatus> s, TaskEvent e)
{
    return {s ? int(*s) : -1, int(e)};
}

// The specification, written out as tables: where each event leads from each status.
QMap<Key, TaskStatus> graph()
{
    QMap<Key, TaskStatus> g;
    g[key(std::nullopt, TaskEvent::Create)] = TaskStatus::Open;
    g[key(TaskStatus::Open, TaskEvent::Claim)] = TaskStatus::Claimed;
    g[key(TaskStatus::Open, TaskEvent::Return)] = TaskStatus::Returned;
    for (TaskStatus s : {TaskStatus::Claimed, TaskStatus::InProgress}) {
        g[key(s, TaskEvent::Release)] = TaskStatus::Open;
        g[key(s, TaskEvent::Handover)] = s;
        g[key(s, TaskEvent::Progress)] = TaskStatus::InProgress;
        g[key(s, TaskEvent::Complete)] = TaskStatus::Done;
        g[key(s, TaskEvent::Return)] = TaskStatus::Returned;
    }
    g[key(TaskStatus::Done, TaskEvent::Progress)] = TaskStatus::Done;
    return g;
}

// Who may make each event (before place and ownership are looked at).
bool roleSpec(TaskEvent e, Role r)
{
    const bool worker = r == Role::Agent || r == Role::Township;
    switch (e) {
    case TaskEvent::Create:
        return worker || r == Role::Counter || r == Role::Supervisor;
    case TaskEvent::Claim:
    case TaskEvent::Progress:
    case TaskEvent::Complete:
        return worker;
    case TaskEvent::Release:
    case TaskEvent::Handover:
    case TaskEvent::Return:
        return worker || r == Role::Supervisor;
    }
    return false;
}

QString expectedCode(std::optional<TaskStatus> s, TaskEvent e, Who who)
{
    const auto g = graph();
    if (!g.contains(key(s, e))) {
        if (e == TaskEvent::Claim && (s == TaskStatus::Claimed || s == TaskStatus::InProgress))
            return QStringLiteral("task.already_claimed");
        return QStringLiteral("transition.illegal");
    }
    const TaskActorContext a = actorFor(who);
    if (!roleSpec(e, a.role))
        return QStringLiteral("role.forbidden");
    if (who == Who::ForeignAgent)
        return QStringLiteral("place.forbidden");
    const bool ownerEvent = e == TaskEvent::Release || e == TaskEvent::Handover
            || e == TaskEvent::Return || e == TaskEvent::Progress || e == TaskEvent::Complete;
    const bool owns = who == Who::Owner || who == Who::TownshipOwner;
    if (ownerEvent && a.role != Role::Supervisor && (!owns || s == TaskStatus::Open))
        return QStringLiteral("task.not_owner");
    if (e == TaskEvent::Progress && s == TaskStatus::Done)
        return QStringLiteral("step.after_done"); // no step given
    return {};
}

} // namespace

TEST_CASE("Every status x event x actor is judged as the tables say", "[tasks][rules]")
{
    QList<std::optional<TaskStatus>> statuses{std::nullopt};
    for (TaskStatus s : TaskRules::allStatuses())
        statuses.append(s);
    int checked = 0;
    for (const auto &status : statuses) {
        for (TaskEvent event : TaskRules::allEvents()) {
            for (Who who : everyone()) {
                const TaskOutcome outcome
                        = TaskRules::apply(facts(status, who), event, actorFor(who));
                const QString expected = expectedCode(status, event, who);
                INFO((status ? TaskRules::statusKey(*status) : QStringLiteral("(new)"))
                             .toStdString()
                     << " " << TaskRules::eventKey(event).toStdString() << " by " << whoName(who));
                CHECK(outcome.refusalCode() == expected);
                CHECK(outcome.allowed == expected.isEmpty());
                if (outcome.allowed) {
                    CHECK(outcome.to == graph().value(key(status, event)));
                    CHECK(outcome.message().isEmpty());
                } else {
                    CHECK_FALSE(outcome.message().isEmpty());
                    CHECK(outcome.toError().code == expected);
                }
                ++checked;
            }
        }
    }
    CHECK(checked == 6 * 7 * 9);
}

TEST_CASE("Exactly one owner: claim takes it, hand-over moves it, release clears it",
          "[tasks][rules]")
{
    const TaskActorContext me = actorFor(Who::OtherAgent);
    auto claim = TaskRules::apply(facts(TaskStatus::Open, Who::Owner), TaskEvent::Claim, me);
    REQUIRE(claim);
    CHECK(claim.ownerAfter == me.userId);

    const TaskActorContext owner = actorFor(Who::Owner);
    auto handover = TaskRules::apply(facts(TaskStatus::InProgress, Who::Owner), TaskEvent::Handover,
                                     owner);
    REQUIRE(handover);
    CHECK(handover.ownerAfter == QStringLiteral("u-next"));
    CHECK(handover.to == TaskStatus::InProgress);

    auto release
            = TaskRules::apply(facts(TaskStatus::Claimed, Who::Owner), TaskEvent::Release, owner);
    REQUIRE(release);
    CHECK(release.ownerAfter.isEmpty());
    CHECK(release.to == TaskStatus::Open);

    auto done = TaskRules::apply(facts(TaskStatus::InProgress, Who::Owner), TaskEvent::Complete,
                                 owner);
    REQUIRE(done);
    CHECK(done.ownerAfter == QStringLiteral("u-owner")); // kept: who finished it

    // Claiming a task someone has names them.
    auto taken = TaskRules::apply(facts(TaskStatus::Claimed, Who::Owner), TaskEvent::Claim, me);
    CHECK(taken.refusalCode() == QStringLiteral("task.already_claimed"));
    CHECK(taken.message().contains(QStringLiteral("李强")));
}

TEST_CASE("Bad input is refused with the reason", "[tasks][rules]")
{
    const TaskFacts active = facts(TaskStatus::InProgress, Who::Owner);
    TaskActorContext owner = actorFor(Who::Owner);

    SECTION("handing over without a reason")
    {
        owner.text = QStringLiteral("   ");
        const auto o = TaskRules::apply(active, TaskEvent::Handover, owner);
        CHECK(o.refusalCode() == QStringLiteral("reason.required"));
    }
    SECTION("handing over to oneself, to nobody, to a counter clerk, elsewhere, or inactive")
    {
        for (int i = 0; i < 5; ++i) {
            TaskActorContext a = owner;
            if (i == 0)
                a.targetUserId = QStringLiteral("u-owner");
            if (i == 1)
                a.targetUserId.clear();
            if (i == 2)
                a.targetRole = Role::Counter;
            if (i == 3)
                a.targetPlaceCode = town;
            if (i == 4)
                a.targetActive = false;
            CHECK(TaskRules::apply(active, TaskEvent::Handover, a).refusalCode()
                  == QStringLiteral("handover.target_invalid"));
        }
    }
    SECTION("completing a task you do not own")
    {
        const auto o = TaskRules::apply(active, TaskEvent::Complete, actorFor(Who::OtherAgent));
        CHECK(o.refusalCode() == QStringLiteral("task.not_owner"));
        CHECK(o.message().contains(QStringLiteral("李强")));
    }
    SECTION("completing without an outcome, progress without a note, returning without reason")
    {
        owner.text.clear();
        CHECK(TaskRules::apply(active, TaskEvent::Complete, owner).refusalCode()
              == QStringLiteral("outcome.required"));
        CHECK(TaskRules::apply(active, TaskEvent::Progress, owner).refusalCode()
              == QStringLiteral("note.required"));
        CHECK(TaskRules::apply(active, TaskEvent::Return, owner).refusalCode()
              == QStringLiteral("reason.required"));
        // Releasing one's own task needs no reason; a supervisor taking it does.
        CHECK(TaskRules::apply(active, TaskEvent::Release, owner));
        TaskActorContext boss = actorFor(Who::Supervisor);
        boss.text.clear();
        CHECK(TaskRules::apply(active, TaskEvent::Release, boss).refusalCode()
              == QStringLiteral("reason.required"));
    }
    SECTION("claiming a closed task")
    {
        for (TaskStatus s : {TaskStatus::Done, TaskStatus::Returned}) {
            const auto o = TaskRules::apply(facts(s, Who::Owner), TaskEvent::Claim,
                                            actorFor(Who::OtherAgent));
            CHECK(o.refusalCode() == QStringLiteral("transition.illegal"));
            CHECK(o.message().contains(TaskRules::statusName(s)));
        }
    }
    SECTION("a title is needed to create")
    {
        TaskFacts f = facts(std::nullopt, Who::Owner);
        f.title = QStringLiteral(" ");
        CHECK(TaskRules::apply(f, TaskEvent::Create, owner).refusalCode()
              == QStringLiteral("title.required"));
    }
}

TEST_CASE("A proxy task needs a valid power of attorney", "[tasks][rules]")
{
    TaskFacts f = facts(TaskStatus::Open, Who::Owner);
    f.kind = TaskKind::Proxy;
    const TaskActorContext agent = actorFor(Who::Owner);
    CHECK(TaskRules::apply(f, TaskEvent::Claim, agent).refusalCode()
          == QStringLiteral("attorney.missing"));
    f.hasAttorney = true;
    f.attorneyValidUntil = today.addDays(-1);
    const auto expired = TaskRules::apply(f, TaskEvent::Claim, agent);
    CHECK(expired.refusalCode() == QStringLiteral("attorney.expired"));
    CHECK(expired.message().contains(QStringLiteral("2026-11-26")));
    f.attorneyValidUntil = today; // valid through its last day
    CHECK(TaskRules::apply(f, TaskEvent::Claim, agent));

    // Progress and completion need it too; releasing or returning does not.
    f.status = TaskStatus::InProgress;
    f.ownerId = agent.userId;
    f.attorneyValidUntil = today.addDays(-3);
    CHECK(TaskRules::apply(f, TaskEvent::Progress, agent).refusalCode()
          == QStringLiteral("attorney.expired"));
    CHECK(TaskRules::apply(f, TaskEvent::Complete, agent).refusalCode()
          == QStringLiteral("attorney.expired"));
    CHECK(TaskRules::apply(f, TaskEvent::Release, agent));
    CHECK(TaskRules::apply(f, TaskEvent::Return, agent));
    // Creating a proxy task without one is refused as well.
    TaskFacts fresh = facts(std::nullopt, Who::Owner);
    fresh.kind = TaskKind::Proxy;
    CHECK(TaskRules::apply(fresh, TaskEvent::Create, agent).refusalCode()
          == QStringLiteral("attorney.missing"));
}

TEST_CASE("The seven steps are recorded in order - the last three may follow completion",
          "[tasks][rules]")
{
    TaskFacts f = facts(TaskStatus::InProgress, Who::Owner);
    TaskActorContext a = actorFor(Who::Owner);
    f.lastStep = TaskStep::Handle;
    a.step = TaskStep::Accept;
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a).refusalCode()
          == QStringLiteral("step.out_of_order"));
    a.step = TaskStep::Handle; // several notes under one step
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a));
    a.step = TaskStep::Deliver;
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a));
    a.step.reset(); // a note without a step
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a));

    f.status = TaskStatus::Done;
    f.lastStep = TaskStep::Deliver;
    a.step = TaskStep::Handle;
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a).refusalCode()
          == QStringLiteral("step.after_done"));
    for (TaskStep s : {TaskStep::Archive, TaskStep::Report, TaskStep::FollowUp}) {
        a.step = s;
        const auto o = TaskRules::apply(f, TaskEvent::Progress, a);
        CHECK(o);
        CHECK(o.to == TaskStatus::Done);
    }
    CHECK(TaskRules::availableEvents(f, actorFor(Who::Owner))
          == QList<TaskEvent>{TaskEvent::Progress});
}

TEST_CASE("An enterprise project completes when every department's sub-step is done",
          "[tasks][rules]")
{
    TaskFacts f = facts(TaskStatus::InProgress, Who::Owner);
    f.substepCount = 3;
    f.substepsDone = {true, false, false};
    TaskActorContext a = actorFor(Who::Owner);
    CHECK(TaskRules::apply(f, TaskEvent::Complete, a).refusalCode()
          == QStringLiteral("substeps.open"));
    a.substep = 0;
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a).refusalCode()
          == QStringLiteral("substep.invalid"));
    a.substep = 3;
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a).refusalCode()
          == QStringLiteral("substep.invalid"));
    a.substep = 1;
    CHECK(TaskRules::apply(f, TaskEvent::Progress, a));
    f.substepsDone = {true, true, true};
    a.substep = -1;
    CHECK(TaskRules::apply(f, TaskEvent::Complete, a));
}

TEST_CASE("Pools: place, departments, and a township filing into its hall", "[tasks][rules]")
{
    TaskFacts f = facts(TaskStatus::Open, Who::Owner);
    f.departmentCode = QStringLiteral("SCJG");
    TaskActorContext a = actorFor(Who::OtherAgent);
    a.departmentCodes = {QStringLiteral("GA")};
    CHECK(TaskRules::apply(f, TaskEvent::Claim, a).refusalCode()
          == QStringLiteral("department.forbidden"));
    a.departmentCodes << QStringLiteral("SCJG");
    CHECK(TaskRules::apply(f, TaskEvent::Claim, a));
    a.departmentCodes.clear(); // an agent for every department
    CHECK(TaskRules::apply(f, TaskEvent::Claim, a));

    // A township point puts a task into its county hall's pool, but may not claim there.
    TaskActorContext township = actorFor(Who::TownshipOwner);
    township.hallCode = hall;
    TaskFacts fresh = facts(std::nullopt, Who::Owner);
    CHECK(TaskRules::apply(fresh, TaskEvent::Create, township));
    CHECK(TaskRules::apply(f, TaskEvent::Claim, township).refusalCode()
          == QStringLiteral("place.forbidden"));
}

TEST_CASE("Due state and sort order", "[tasks][rules]")
{
    // A plain calendar without holidays for the rule (WorkCalendar is tested on its own).
    const auto add = [](QDate from, int n) {
        QDate d = from;
        while (n > 0) {
            d = d.addDays(1);
            if (d.dayOfWeek() < 6)
                --n;
        }
        return d;
    };
    const QDate friday(2026, 11, 27);
    CHECK(TaskRules::nearDueLimit(friday, add) == QDate(2026, 11, 30));
    CHECK(TaskRules::dueState(TaskStatus::Open, friday.addDays(-1), friday, add)
          == TaskRules::Due::Overdue);
    CHECK(TaskRules::dueState(TaskStatus::Claimed, friday, friday, add) == TaskRules::Due::NearDue);
    CHECK(TaskRules::dueState(TaskStatus::Claimed, QDate(2026, 11, 30), friday, add)
          == TaskRules::Due::NearDue);
    CHECK(TaskRules::dueState(TaskStatus::InProgress, QDate(2026, 12, 1), friday, add)
          == TaskRules::Due::OnTime);
    CHECK(TaskRules::dueState(TaskStatus::Done, friday.addDays(-9), friday, add)
          == TaskRules::Due::None);

    CHECK(TaskRules::priorityRank(TaskPriority::Elderly)
          < TaskRules::priorityRank(TaskPriority::Disabled));
    CHECK(TaskRules::priorityRank(TaskPriority::Disabled)
          < TaskRules::priorityRank(TaskPriority::KeyProject));
    CHECK(TaskRules::priorityRank(TaskPriority::KeyProject)
          < TaskRules::priorityRank(TaskPriority::Normal));
}

TEST_CASE("Task keys round-trip and every name is translated text", "[tasks][rules]")
{
    for (TaskStatus s : TaskRules::allStatuses()) {
        CHECK(TaskRules::statusFromKey(TaskRules::statusKey(s)) == s);
        CHECK_FALSE(TaskRules::statusName(s).isEmpty());
    }
    for (TaskEvent e : TaskRules::allEvents()) {
        CHECK(TaskRules::eventFromKey(TaskRules::eventKey(e)) == e);
        CHECK_FALSE(TaskRules::eventName(e).isEmpty());
    }
    for (TaskPriority p : TaskRules::allPriorities())
        CHECK(TaskRules::priorityFromKey(TaskRules::priorityKey(p)) == p);
    for (TaskStep s : TaskRules::allSteps()) {
        CHECK(TaskRules::stepFromKey(TaskRules::stepKey(s)) == s);
        CHECK_FALSE(TaskRules::stepName(s).isEmpty());
    }
    for (TaskKind k : {TaskKind::Help, TaskKind::Proxy})
        CHECK(TaskRules::kindFromKey(TaskRules::kindKey(k)) == k);
    for (TaskOrigin o : {TaskOrigin::Intake, TaskOrigin::Township, TaskOrigin::Standalone})
        CHECK(TaskRules::originFromKey(TaskRules::originKey(o)) == o);
    CHECK_FALSE(TaskRules::statusFromKey(QStringLiteral("lost")));
}
