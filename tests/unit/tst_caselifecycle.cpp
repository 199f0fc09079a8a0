#include "domain/caselifecycle.h"
#include "testsupport.h"

#include <optional>
#include <string>
#include <vector>

using ow::CaseChannel;
using ow::CaseEvent;
using ow::CaseLifecycle;
using ow::CaseState;
using ow::ClockEffect;
using ow::ItemKind;
using ow::Place;
using ow::Refusal;
using ow::Role;
using ow::TransitionContext;
using ow::TransitionOutcome;

namespace {

// ---------------------------------------------------------------------------------------------
// The specification, written out as tables, independently of the implementation
// (docs/case-lifecycle.md is the prose version).
// ---------------------------------------------------------------------------------------------

const std::optional<CaseState> kNew = std::nullopt; // not yet received

const std::vector<std::optional<CaseState>> kStates = {
        kNew,
        CaseState::Received,
        CaseState::Accepted,
        CaseState::AwaitingMaterials,
        CaseState::Rejected,
        CaseState::InReview,
        CaseState::Suspended,
        CaseState::Approved,
        CaseState::Denied,
        CaseState::ReadyForRelease,
        CaseState::Released,
        CaseState::Terminated,
        CaseState::Withdrawn,
};

const std::vector<CaseEvent> kEvents = {
        CaseEvent::Receive,     CaseEvent::Accept,    CaseEvent::Notify,         CaseEvent::Reject,
        CaseEvent::Supplement,  CaseEvent::Route,     CaseEvent::Approve,        CaseEvent::Deny,
        CaseEvent::Suspend,     CaseEvent::Resume,    CaseEvent::PrepareRelease, CaseEvent::Release,
        CaseEvent::MailRelease, CaseEvent::Terminate, CaseEvent::Withdraw,
};

const std::vector<Role> kRoles = {Role::Counter,    Role::Agent,   Role::Township, Role::Approver,
                                  Role::Supervisor, Role::Auditor, Role::Admin};

const std::vector<CaseChannel> kChannels
        = {CaseChannel::Window, CaseChannel::Township, CaseChannel::Agent, CaseChannel::Online};

struct Step
{
    std::optional<CaseState> from;
    CaseEvent event;
    CaseState to;
    ClockEffect clock;
};

const std::vector<Step> kGraph = {
        {kNew, CaseEvent::Receive, CaseState::Received, ClockEffect::Start},
        {CaseState::Received, CaseEvent::Accept, CaseState::Accepted, ClockEffect::None},
        {CaseState::Received, CaseEvent::Notify, CaseState::AwaitingMaterials, ClockEffect::Pause},
        {CaseState::Received, CaseEvent::Reject, CaseState::Rejected, ClockEffect::Stop},
        {CaseState::Received, CaseEvent::Withdraw, CaseState::Withdrawn, ClockEffect::Stop},
        {CaseState::AwaitingMaterials, CaseEvent::Supplement, CaseState::Accepted,
         ClockEffect::Resume},
        {CaseState::AwaitingMaterials, CaseEvent::Terminate, CaseState::Terminated,
         ClockEffect::Stop},
        {CaseState::AwaitingMaterials, CaseEvent::Withdraw, CaseState::Withdrawn,
         ClockEffect::Stop},
        {CaseState::Accepted, CaseEvent::Route, CaseState::InReview, ClockEffect::None},
        {CaseState::Accepted, CaseEvent::Terminate, CaseState::Terminated, ClockEffect::Stop},
        {CaseState::Accepted, CaseEvent::Withdraw, CaseState::Withdrawn, ClockEffect::Stop},
        {CaseState::InReview, CaseEvent::Approve, CaseState::Approved, ClockEffect::Stop},
        {CaseState::InReview, CaseEvent::Deny, CaseState::Denied, ClockEffect::Stop},
        {CaseState::InReview, CaseEvent::Suspend, CaseState::Suspended, ClockEffect::Pause},
        {CaseState::InReview, CaseEvent::Terminate, CaseState::Terminated, ClockEffect::Stop},
        {CaseState::InReview, CaseEvent::Withdraw, CaseState::Withdrawn, ClockEffect::Stop},
        {CaseState::Suspended, CaseEvent::Resume, CaseState::InReview, ClockEffect::Resume},
        {CaseState::Suspended, CaseEvent::Terminate, CaseState::Terminated, ClockEffect::Stop},
        {CaseState::Suspended, CaseEvent::Withdraw, CaseState::Withdrawn, ClockEffect::Stop},
        {CaseState::Approved, CaseEvent::PrepareRelease, CaseState::ReadyForRelease,
         ClockEffect::None},
        {CaseState::Denied, CaseEvent::PrepareRelease, CaseState::ReadyForRelease,
         ClockEffect::None},
        {CaseState::ReadyForRelease, CaseEvent::Release, CaseState::Released, ClockEffect::None},
        {CaseState::ReadyForRelease, CaseEvent::MailRelease, CaseState::Released,
         ClockEffect::None},
};

// Which of the case's places the actor must stand at.
enum class Where { CaseHall, Accepting, Release };

struct Permit
{
    CaseEvent event;
    Role role;
    Place::Kind kind; // the kind of place the actor must be at
    Where where;
    bool townshipItemOnly; // the item must be township-acceptable
};

constexpr Place::Kind H = Place::Kind::Hall;
constexpr Place::Kind T = Place::Kind::Township;

const std::vector<Permit> kPermits = {
        {CaseEvent::Receive, Role::Counter, H, Where::Accepting, false},
        {CaseEvent::Receive, Role::Township, T, Where::Accepting, false},
        {CaseEvent::Receive, Role::Agent, H, Where::Accepting, false},
        {CaseEvent::Receive, Role::Agent, T, Where::Accepting, false},
        {CaseEvent::Accept, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::Accept, Role::Township, T, Where::Accepting, true},
        {CaseEvent::Notify, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::Notify, Role::Township, T, Where::Accepting, false},
        {CaseEvent::Reject, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::Reject, Role::Township, T, Where::Accepting, false},
        {CaseEvent::Supplement, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::Supplement, Role::Township, T, Where::Accepting, true},
        {CaseEvent::Route, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::Route, Role::Township, T, Where::Accepting, false},
        {CaseEvent::Approve, Role::Approver, H, Where::CaseHall, false},
        {CaseEvent::Deny, Role::Approver, H, Where::CaseHall, false},
        {CaseEvent::Suspend, Role::Approver, H, Where::CaseHall, false},
        {CaseEvent::Resume, Role::Approver, H, Where::CaseHall, false},
        {CaseEvent::PrepareRelease, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::PrepareRelease, Role::Approver, H, Where::CaseHall, false},
        {CaseEvent::Release, Role::Counter, H, Where::Release, false},
        {CaseEvent::Release, Role::Township, T, Where::Release, false},
        {CaseEvent::MailRelease, Role::Counter, H, Where::Release, false},
        {CaseEvent::MailRelease, Role::Township, T, Where::Release, false},
        {CaseEvent::Terminate, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::Terminate, Role::Township, T, Where::Accepting, false},
        {CaseEvent::Terminate, Role::Supervisor, H, Where::CaseHall, false},
        {CaseEvent::Withdraw, Role::Counter, H, Where::CaseHall, false},
        {CaseEvent::Withdraw, Role::Township, T, Where::Accepting, false},
        {CaseEvent::Withdraw, Role::Supervisor, H, Where::CaseHall, false},
};

// The channels each role may receive through.
const std::vector<std::pair<Role, CaseChannel>> kReceiveChannels = {
        {Role::Counter, CaseChannel::Window}, {Role::Counter, CaseChannel::Agent},
        {Role::Counter, CaseChannel::Online}, {Role::Township, CaseChannel::Township},
        {Role::Agent, CaseChannel::Agent},
};

enum class Materials { Any, Complete, CompleteUnlessDeemedAccepted };

struct Condition
{
    CaseEvent event;
    bool reason;            // a non-blank reason is required
    Materials materials;    // required materials must be present
    bool overdue;           // an outstanding material's deadline must have passed
    bool refusedWhenDeemed; // not once the licensing notice period is over
    bool waitsForParts;     // 一件事一次办: not while a part of the bundle is undecided
    bool heldForBundle;     // 一件事一次办: not for a part while its main case is open
};

const std::vector<Condition> kConditions = {
        {CaseEvent::Receive, false, Materials::Any, false, false, false, false},
        {CaseEvent::Accept, false, Materials::CompleteUnlessDeemedAccepted, false, false, false,
         false},
        {CaseEvent::Notify, false, Materials::Any, false, true, false, false},
        {CaseEvent::Reject, true, Materials::Any, false, true, false, false},
        {CaseEvent::Supplement, false, Materials::Complete, false, false, false, false},
        {CaseEvent::Route, false, Materials::Any, false, false, false, false},
        {CaseEvent::Approve, false, Materials::Any, false, false, false, false},
        {CaseEvent::Deny, true, Materials::Any, false, false, false, false},
        {CaseEvent::Suspend, true, Materials::Any, false, false, false, false},
        {CaseEvent::Resume, false, Materials::Any, false, false, false, false},
        {CaseEvent::PrepareRelease, false, Materials::Any, false, false, true, false},
        {CaseEvent::Release, false, Materials::Any, false, false, false, true},
        {CaseEvent::MailRelease, false, Materials::Any, false, false, false, true},
        {CaseEvent::Terminate, true, Materials::Any, true, false, false, false},
        {CaseEvent::Withdraw, true, Materials::Any, false, false, false, false},
};

// Trips: the applicant's own visits. Receiving and 补正 count one when the applicant stands at a
// window or township counter; release counts one unless it is the visit of acceptance (马上办)
// or an agent collects; posting counts none.
int expectedTrips(CaseEvent event, CaseChannel channel, bool sameVisit)
{
    const bool inPerson = channel == CaseChannel::Window || channel == CaseChannel::Township;
    if (event == CaseEvent::Receive || event == CaseEvent::Supplement)
        return inPerson ? 1 : 0;
    if (event == CaseEvent::Release)
        return (sameVisit || channel == CaseChannel::Agent) ? 0 : 1;
    return 0;
}

struct Expected
{
    bool allowed = false;
    Refusal refusal = Refusal::None;
    CaseState to = CaseState::Received;
    int trips = 0;
    ClockEffect clock = ClockEffect::None;
};

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

Expected expected(std::optional<CaseState> from, CaseEvent event, const TransitionContext &c,
                  bool checkReason)
{
    Expected e;
    const Step *step = nullptr;
    for (const Step &s : kGraph) {
        if (s.from == from && s.event == event)
            step = &s;
    }
    if (!step) {
        e.refusal = Refusal::IllegalTransition;
        return e;
    }
    std::vector<const Permit *> mine;
    for (const Permit &p : kPermits) {
        if (p.event == event && p.role == c.role)
            mine.push_back(&p);
    }
    if (mine.empty()) {
        e.refusal = Refusal::RoleForbidden;
        return e;
    }
    const Permit *permit = nullptr;
    for (const Permit *p : mine) {
        if (p->kind == c.placeKind)
            permit = p;
    }
    if (!permit) {
        e.refusal = Refusal::PlaceForbidden;
        return e;
    }
    const QString &place = permit->where == Where::CaseHall ? c.caseHallCode
            : permit->where == Where::Accepting             ? c.acceptingPlaceCode
                                                            : c.releasePlaceCode;
    if (c.placeCode != place) {
        e.refusal = Refusal::PlaceForbidden;
        return e;
    }
    if (c.role == Role::Approver && c.departmentCode != c.caseDepartmentCode) {
        e.refusal = Refusal::DepartmentForbidden;
        return e;
    }
    if (permit->townshipItemOnly && !c.townshipAcceptable) {
        e.refusal = Refusal::ItemNotTownship;
        return e;
    }
    if (event == CaseEvent::Receive) {
        bool channelOk = false;
        for (const auto &rc : kReceiveChannels)
            channelOk = channelOk || (rc.first == c.role && rc.second == c.channel);
        if (!channelOk) {
            e.refusal = Refusal::ChannelForbidden;
            return e;
        }
    }
    const Condition *cond = nullptr;
    for (const Condition &k : kConditions) {
        if (k.event == event)
            cond = &k;
    }
    if (!cond)
        return e; // every event has a row; a missing one shows up as a mismatch
    if (cond->refusedWhenDeemed && c.deemedAccepted) {
        e.refusal = Refusal::NoticeTooLate;
        return e;
    }
    const bool needMaterials = cond->materials == Materials::Complete
            || (cond->materials == Materials::CompleteUnlessDeemedAccepted && !c.deemedAccepted);
    if (needMaterials && !c.materialsComplete) {
        e.refusal = Refusal::MaterialsIncomplete;
        return e;
    }
    if (cond->overdue && !c.materialsOverdue) {
        e.refusal = Refusal::DeadlineNotPassed;
        return e;
    }
    if (cond->waitsForParts && c.bundlePartsPending) {
        e.refusal = Refusal::BundleUndecided;
        return e;
    }
    if (cond->heldForBundle && c.heldForBundle) {
        e.refusal = Refusal::BundlePartHeld;
        return e;
    }
    if (checkReason && cond->reason && blank(c.reason)) {
        e.refusal = Refusal::ReasonRequired;
        return e;
    }
    e.allowed = true;
    e.to = step->to;
    e.clock = step->clock;
    e.trips = expectedTrips(event, c.channel, c.sameVisitAsAcceptance);
    return e;
}

std::string describe(std::optional<CaseState> from, CaseEvent event, const TransitionContext &c)
{
    const QString text = QStringLiteral("%1 --%2--> by %3 at %4 (dept %5, accepting %6, release "
                                        "%7, channel %8, townshipItem %9, complete %10, overdue "
                                        "%11, deemed %12, sameVisit %13, partsPending %14, "
                                        "heldForBundle %15, reason '%16')")
                                 .arg(from ? CaseLifecycle::stateKey(*from) : QStringLiteral("new"),
                                      CaseLifecycle::eventKey(event), ow::Roles::key(c.role),
                                      c.placeCode, c.departmentCode, c.acceptingPlaceCode,
                                      c.releasePlaceCode, CaseLifecycle::channelKey(c.channel))
                                 .arg(int(c.townshipAcceptable))
                                 .arg(int(c.materialsComplete))
                                 .arg(int(c.materialsOverdue))
                                 .arg(int(c.deemedAccepted))
                                 .arg(int(c.sameVisitAsAcceptance))
                                 .arg(int(c.bundlePartsPending))
                                 .arg(int(c.heldForBundle))
                                 .arg(c.reason);
    return text.toStdString();
}

// ---------------------------------------------------------------------------------------------
// Helpers for the stories
// ---------------------------------------------------------------------------------------------

const QString kHall = QStringLiteral("621221");
const QString kOtherHall = QStringLiteral("621222");
const QString kTownship = QStringLiteral("621221101");
const QString kOtherTownship = QStringLiteral("621221102");

TransitionContext hallCase(Role role, const QString &department = QString())
{
    TransitionContext c;
    c.role = role;
    c.placeKind = Place::Kind::Hall;
    c.placeCode = kHall;
    c.departmentCode = department;
    c.caseDepartmentCode = QStringLiteral("SCJG");
    c.caseHallCode = kHall;
    c.acceptingPlaceCode = kHall;
    c.releasePlaceCode = kHall;
    c.channel = CaseChannel::Window;
    c.materialsComplete = true;
    return c;
}

TransitionContext townshipCase(Role role, const QString &department = QString())
{
    TransitionContext c = hallCase(role, department);
    if (role == Role::Township) {
        c.placeKind = Place::Kind::Township;
        c.placeCode = kTownship;
    }
    c.acceptingPlaceCode = kTownship;
    c.channel = CaseChannel::Township;
    c.townshipAcceptable = true;
    return c;
}

// Runs events from `from` with the given contexts, checking each is allowed; returns the trips.
struct Walk
{
    std::optional<CaseState> state;
    int trips = 0;

    void step(CaseEvent event, const TransitionContext &context)
    {
        const TransitionOutcome outcome = CaseLifecycle::apply(state, event, context);
        INFO(describe(state, event, context) << " -> " << outcome.refusalCode().toStdString());
        REQUIRE(outcome.allowed);
        state = outcome.to;
        trips += outcome.tripDelta;
    }
};

QDate skipWeekends(QDate from, int workingDays)
{
    QDate day = from;
    while (workingDays > 0) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            --workingDays;
    }
    return day;
}

} // namespace

TEST_CASE("Every state, event, actor and case fact gives the specified outcome", "[lifecycle]")
{
    struct ActorPlace
    {
        QString code;
        Place::Kind kind;
    };
    const std::vector<ActorPlace> actorPlaces = {{kHall, Place::Kind::Hall},
                                                 {kOtherHall, Place::Kind::Hall},
                                                 {kTownship, Place::Kind::Township},
                                                 {kOtherTownship, Place::Kind::Township}};
    const std::vector<QString> departments = {QStringLiteral("SCJG"), QStringLiteral("GA")};
    const std::vector<QString> caseAcceptingPlaces = {kHall, kTownship};
    const std::vector<QString> releasePlaces = {kHall, kTownship};
    const std::vector<QString> reasons
            = {QString(), QStringLiteral("  "), QStringLiteral("申请人书面申请撤回")};

    long long combinations = 0;
    long long allowed = 0;
    long long availabilityChecks = 0;
    long long mismatches = 0;
    std::vector<std::string> firstMismatches;
    const auto mismatch = [&](std::string text) {
        ++mismatches;
        if (firstMismatches.size() < 20)
            firstMismatches.push_back(std::move(text));
    };

    // Every combination of the actor and case facts, counted out as one mixed-radix number.
    const std::size_t contextCount = kRoles.size() * actorPlaces.size() * departments.size()
            * caseAcceptingPlaces.size() * releasePlaces.size() * kChannels.size() * 128
            * reasons.size();
    TransitionContext c;
    c.caseDepartmentCode = QStringLiteral("SCJG");
    c.caseHallCode = kHall;
    for (std::size_t i = 0; i < contextCount; ++i) {
        std::size_t digits = i;
        const auto next = [&digits](std::size_t radix) {
            const std::size_t digit = digits % radix;
            digits /= radix;
            return digit;
        };
        const std::size_t reasonIndex = next(reasons.size());
        c.reason = reasons[reasonIndex];
        c.role = kRoles[next(kRoles.size())];
        const ActorPlace &ap = actorPlaces[next(actorPlaces.size())];
        c.placeCode = ap.code;
        c.placeKind = ap.kind;
        c.departmentCode = departments[next(departments.size())];
        c.acceptingPlaceCode = caseAcceptingPlaces[next(caseAcceptingPlaces.size())];
        c.releasePlaceCode = releasePlaces[next(releasePlaces.size())];
        c.channel = kChannels[next(kChannels.size())];
        c.townshipAcceptable = next(2) == 1;
        c.materialsComplete = next(2) == 1;
        c.materialsOverdue = next(2) == 1;
        c.deemedAccepted = next(2) == 1;
        c.sameVisitAsAcceptance = next(2) == 1;
        c.bundlePartsPending = next(2) == 1;
        c.heldForBundle = next(2) == 1;

        for (const auto &from : kStates) {
            for (CaseEvent event : kEvents) {
                ++combinations;
                const Expected e = expected(from, event, c, true);
                const TransitionOutcome o = CaseLifecycle::apply(from, event, c);
                allowed += o.allowed ? 1 : 0;
                const bool same = o.allowed == e.allowed && o.refusal == e.refusal
                        && (!e.allowed
                            || (o.to == e.to && o.tripDelta == e.trips && o.clock == e.clock));
                if (!same)
                    mismatch(describe(from, event, c) + " got " + o.refusalCode().toStdString());
            }
            // What the UI offers: the events that would be allowed once a reason is given.
            if (reasonIndex != 0)
                continue;
            ++availabilityChecks;
            QList<CaseEvent> want;
            for (CaseEvent event : kEvents) {
                if (expected(from, event, c, false).allowed)
                    want.append(event);
            }
            if (CaseLifecycle::availableEvents(from, c) != want)
                mismatch("availableEvents: " + describe(from, CaseEvent::Receive, c));
        }
    }

    for (const std::string &text : firstMismatches)
        UNSCOPED_INFO(text);
    CHECK(mismatches == 0);
    // 13 states (with "not yet received") x 15 events x 7 roles x 4 actor places x 2 departments
    // x 2 accepting places x 2 release places x 4 channels x 2^7 flags x 3 reasons.
    CHECK(combinations == 67092480);
    CHECK(availabilityChecks == 67092480 / 15 / 3);
    CHECK(allowed > 0);
}

TEST_CASE("Keys are stable and parse back - display names are distinct", "[lifecycle]")
{
    const QStringList stateKeys
            = {QStringLiteral("received"),           QStringLiteral("accepted"),
               QStringLiteral("awaiting_materials"), QStringLiteral("rejected"),
               QStringLiteral("in_review"),          QStringLiteral("suspended"),
               QStringLiteral("approved"),           QStringLiteral("denied"),
               QStringLiteral("ready_for_release"),  QStringLiteral("released"),
               QStringLiteral("terminated"),         QStringLiteral("withdrawn")};
    const QStringList eventKeys = {QStringLiteral("receive"),         QStringLiteral("accept"),
                                   QStringLiteral("notify"),          QStringLiteral("reject"),
                                   QStringLiteral("supplement"),      QStringLiteral("route"),
                                   QStringLiteral("approve"),         QStringLiteral("deny"),
                                   QStringLiteral("suspend"),         QStringLiteral("resume"),
                                   QStringLiteral("prepare_release"), QStringLiteral("release"),
                                   QStringLiteral("mail_release"),    QStringLiteral("terminate"),
                                   QStringLiteral("withdraw")};

    REQUIRE(CaseLifecycle::allStates().size() == stateKeys.size());
    REQUIRE(CaseLifecycle::allEvents().size() == eventKeys.size());
    QStringList names;
    for (int i = 0; i < stateKeys.size(); ++i) {
        const CaseState state = CaseLifecycle::allStates().at(i);
        CHECK(state == *kStates.at(i + 1));
        CHECK(CaseLifecycle::stateKey(state) == stateKeys.at(i));
        CHECK(CaseLifecycle::stateFromKey(stateKeys.at(i)) == state);
        names.append(CaseLifecycle::stateDisplayName(state));
    }
    names.removeDuplicates();
    CHECK(names.size() == stateKeys.size());
    CHECK(CaseLifecycle::stateDisplayName(CaseState::AwaitingMaterials)
          == QStringLiteral("Awaiting materials"));

    names.clear();
    for (int i = 0; i < eventKeys.size(); ++i) {
        const CaseEvent event = CaseLifecycle::allEvents().at(i);
        CHECK(event == kEvents.at(i));
        CHECK(CaseLifecycle::eventKey(event) == eventKeys.at(i));
        CHECK(CaseLifecycle::eventFromKey(eventKeys.at(i)) == event);
        names.append(CaseLifecycle::eventDisplayName(event));
    }
    names.removeDuplicates();
    CHECK(names.size() == eventKeys.size());

    CHECK(CaseLifecycle::channelKey(CaseChannel::Township) == QStringLiteral("township"));
    CHECK(CaseLifecycle::channelFromKey(QStringLiteral("online")) == CaseChannel::Online);
    CHECK_FALSE(CaseLifecycle::stateFromKey(QStringLiteral("Received")).has_value());
    CHECK_FALSE(CaseLifecycle::stateFromKey(QString()).has_value());
    CHECK_FALSE(CaseLifecycle::eventFromKey(QStringLiteral("forward")).has_value());
    CHECK_FALSE(CaseLifecycle::channelFromKey(QStringLiteral("post")).has_value());
}

TEST_CASE("Every refusal has a distinct code and a message", "[lifecycle]")
{
    const std::vector<std::pair<Refusal, QString>> codes = {
            {Refusal::IllegalTransition, QStringLiteral("transition.illegal")},
            {Refusal::RoleForbidden, QStringLiteral("role.forbidden")},
            {Refusal::PlaceForbidden, QStringLiteral("place.forbidden")},
            {Refusal::DepartmentForbidden, QStringLiteral("department.forbidden")},
            {Refusal::ItemNotTownship, QStringLiteral("item.township_forbidden")},
            {Refusal::ChannelForbidden, QStringLiteral("channel.forbidden")},
            {Refusal::NoticeTooLate, QStringLiteral("notice.too_late")},
            {Refusal::MaterialsIncomplete, QStringLiteral("materials.incomplete")},
            {Refusal::DeadlineNotPassed, QStringLiteral("deadline.not_passed")},
            {Refusal::ReasonRequired, QStringLiteral("reason.required")},
            {Refusal::BundleUndecided, QStringLiteral("bundle.undecided")},
            {Refusal::BundlePartHeld, QStringLiteral("bundle.part_held")},
    };
    for (const auto &[refusal, code] : codes) {
        CHECK(CaseLifecycle::refusalKey(refusal) == code);
        TransitionOutcome outcome;
        outcome.refusal = refusal;
        outcome.from = CaseState::Received;
        CHECK_FALSE(outcome.message().isEmpty());
        const ow::Error error = outcome.toError();
        CHECK(error.code == code);
        CHECK(error.message == outcome.message());
    }
    CHECK(CaseLifecycle::refusalKey(Refusal::None).isEmpty());

    const TransitionOutcome ok = CaseLifecycle::receive(hallCase(Role::Counter));
    REQUIRE(ok.allowed);
    CHECK(ok.refusalCode().isEmpty());
    CHECK(ok.message().isEmpty());
    CHECK_FALSE(ok.toError().isError());
}

TEST_CASE("A township point accepts and forwards but cannot decide", "[lifecycle]")
{
    const TransitionContext township = townshipCase(Role::Township);
    Walk walk;
    walk.step(CaseEvent::Receive, township);
    CHECK(walk.state == CaseState::Received);
    walk.step(CaseEvent::Accept, township);
    CHECK(walk.state == CaseState::Accepted);
    walk.step(CaseEvent::Route, township);
    CHECK(walk.state == CaseState::InReview);

    for (CaseEvent decide : {CaseEvent::Approve, CaseEvent::Deny, CaseEvent::Suspend}) {
        TransitionContext withReason = township;
        withReason.reason = QStringLiteral("理由");
        const TransitionOutcome outcome = CaseLifecycle::apply(walk.state, decide, withReason);
        CHECK_FALSE(outcome.allowed);
        CHECK(outcome.refusalCode() == QStringLiteral("role.forbidden"));
        CHECK(outcome.message()
              == QStringLiteral("A township point may forward this case but not decide it."));
    }
    // In review, the township may still record a withdrawal for its applicant, nothing else.
    CHECK(CaseLifecycle::availableEvents(walk.state, township)
          == QList<CaseEvent>{CaseEvent::Withdraw});

    // The county's approver decides the forwarded case.
    walk.step(CaseEvent::Approve, townshipCase(Role::Approver, QStringLiteral("SCJG")));
    CHECK(walk.state == CaseState::Approved);
}

TEST_CASE("A township point accepts only township-acceptable items", "[lifecycle]")
{
    TransitionContext township = townshipCase(Role::Township);
    township.townshipAcceptable = false;
    // It may still receive the materials (收件) and forward them; the hall accepts.
    REQUIRE(CaseLifecycle::receive(township).allowed);
    const TransitionOutcome refused
            = CaseLifecycle::apply(CaseState::Received, CaseEvent::Accept, township);
    CHECK(refused.refusalCode() == QStringLiteral("item.township_forbidden"));
    CHECK(CaseLifecycle::availableEvents(CaseState::Received, township)
          == QList<CaseEvent>{CaseEvent::Notify, CaseEvent::Reject, CaseEvent::Withdraw});

    TransitionContext counter = townshipCase(Role::Counter);
    counter.townshipAcceptable = false;
    CHECK(CaseLifecycle::apply(CaseState::Received, CaseEvent::Accept, counter).allowed);

    // Another township point has nothing to do with the case.
    TransitionContext other = townshipCase(Role::Township);
    other.placeCode = kOtherTownship;
    CHECK(CaseLifecycle::apply(CaseState::Received, CaseEvent::Accept, other).refusalCode()
          == QStringLiteral("place.forbidden"));
    CHECK(CaseLifecycle::availableEvents(CaseState::Received, other).isEmpty());
}

TEST_CASE("An approver decides only its own department's cases", "[lifecycle]")
{
    TransitionContext gaCase = hallCase(Role::Approver, QStringLiteral("SCJG"));
    gaCase.caseDepartmentCode = QStringLiteral("GA");
    const TransitionOutcome refused
            = CaseLifecycle::apply(CaseState::InReview, CaseEvent::Approve, gaCase);
    CHECK_FALSE(refused.allowed);
    CHECK(refused.refusalCode() == QStringLiteral("department.forbidden"));
    CHECK(CaseLifecycle::availableEvents(CaseState::InReview, gaCase).isEmpty());

    TransitionContext noDepartment = hallCase(Role::Approver);
    noDepartment.caseDepartmentCode.clear();
    CHECK(CaseLifecycle::apply(CaseState::InReview, CaseEvent::Approve, noDepartment).refusalCode()
          == QStringLiteral("department.forbidden"));

    TransitionContext own = hallCase(Role::Approver, QStringLiteral("SCJG"));
    CHECK(CaseLifecycle::availableEvents(CaseState::InReview, own)
          == QList<CaseEvent>{CaseEvent::Approve, CaseEvent::Deny, CaseEvent::Suspend});
    CHECK(CaseLifecycle::apply(CaseState::InReview, CaseEvent::Deny, own).refusalCode()
          == QStringLiteral("reason.required"));
    own.reason = QStringLiteral("不符合法定条件");
    const TransitionOutcome denied
            = CaseLifecycle::apply(CaseState::InReview, CaseEvent::Deny, own);
    CHECK(denied.allowed);
    CHECK(denied.to == CaseState::Denied);
    CHECK(denied.clock == ClockEffect::Stop);

    // The SCJG approver of another county's hall is another department in effect.
    TransitionContext elsewhere = hallCase(Role::Approver, QStringLiteral("SCJG"));
    elsewhere.placeCode = kOtherHall;
    CHECK(CaseLifecycle::apply(CaseState::InReview, CaseEvent::Approve, elsewhere).refusalCode()
          == QStringLiteral("place.forbidden"));

    // The window does not decide.
    const TransitionOutcome counter = CaseLifecycle::apply(CaseState::InReview, CaseEvent::Approve,
                                                           hallCase(Role::Counter));
    CHECK(counter.refusalCode() == QStringLiteral("role.forbidden"));
    CHECK(counter.message()
          == QStringLiteral("Only an approver of the case's department decides it."));
}

TEST_CASE("Released and the other final states allow nothing", "[lifecycle]")
{
    const QList<CaseState> finals = {CaseState::Released, CaseState::Rejected,
                                     CaseState::Terminated, CaseState::Withdrawn};
    for (CaseState state : CaseLifecycle::allStates()) {
        CHECK(CaseLifecycle::isFinal(state) == finals.contains(state));
        CHECK(CaseLifecycle::isOpen(state) == !finals.contains(state));
    }
    TransitionContext anyone = hallCase(Role::Counter);
    anyone.reason = QStringLiteral("note");
    anyone.materialsOverdue = true;
    for (Role role : kRoles) {
        anyone.role = role;
        CHECK(CaseLifecycle::availableEvents(CaseState::Released, anyone).isEmpty());
        for (CaseEvent event : kEvents) {
            const TransitionOutcome outcome
                    = CaseLifecycle::apply(CaseState::Released, event, anyone);
            CHECK(outcome.refusalCode() == QStringLiteral("transition.illegal"));
        }
    }
    CHECK(CaseLifecycle::apply(CaseState::Released, CaseEvent::Release, hallCase(Role::Counter))
                  .message()
          == QStringLiteral("The case is closed (Released); nothing more can be done with it."));
}

TEST_CASE("The applicant may withdraw from every pending state, not after the decision",
          "[lifecycle]")
{
    const QList<CaseState> pending
            = {CaseState::Received, CaseState::AwaitingMaterials, CaseState::Accepted,
               CaseState::InReview, CaseState::Suspended};
    TransitionContext counter = hallCase(Role::Counter);
    counter.reason = QStringLiteral("申请人书面申请撤回");
    TransitionContext supervisor = hallCase(Role::Supervisor);
    supervisor.reason = counter.reason;
    TransitionContext township = townshipCase(Role::Township);
    township.reason = counter.reason;
    TransitionContext townshipCounter = townshipCase(Role::Counter);
    townshipCounter.reason = counter.reason;

    for (CaseState state : CaseLifecycle::allStates()) {
        INFO(CaseLifecycle::stateKey(state).toStdString());
        CHECK(CaseLifecycle::isPending(state) == pending.contains(state));
        for (const TransitionContext &who : {counter, supervisor, township, townshipCounter}) {
            const TransitionOutcome outcome = CaseLifecycle::apply(state, CaseEvent::Withdraw, who);
            CHECK(outcome.allowed == pending.contains(state));
            if (outcome.allowed) {
                CHECK(outcome.to == CaseState::Withdrawn);
                CHECK(outcome.clock == ClockEffect::Stop);
                CHECK(outcome.tripDelta == 0);
            } else {
                CHECK(outcome.refusalCode() == QStringLiteral("transition.illegal"));
            }
        }
    }
    CHECK(CaseLifecycle::apply(CaseState::Approved, CaseEvent::Withdraw, counter).message()
          == QStringLiteral("The case has been decided; it can no longer be withdrawn."));

    TransitionContext blank = counter;
    blank.reason = QStringLiteral(" \t\n");
    CHECK(CaseLifecycle::apply(CaseState::Accepted, CaseEvent::Withdraw, blank).refusalCode()
          == QStringLiteral("reason.required"));

    // Nobody else records a withdrawal: the applicant's request goes to a window.
    for (Role role : {Role::Agent, Role::Approver, Role::Auditor, Role::Admin}) {
        TransitionContext other = hallCase(role, QStringLiteral("SCJG"));
        other.reason = counter.reason;
        CHECK(CaseLifecycle::apply(CaseState::Accepted, CaseEvent::Withdraw, other).refusalCode()
              == QStringLiteral("role.forbidden"));
    }
}

TEST_CASE("Trips count the applicant's own visits (最多跑一次)", "[lifecycle]")
{
    const TransitionContext approver = hallCase(Role::Approver, QStringLiteral("SCJG"));

    SECTION("one-time notice, supplement, then release at the counter: three trips")
    {
        TransitionContext counter = hallCase(Role::Counter);
        counter.materialsComplete = false;
        Walk walk;
        walk.step(CaseEvent::Receive, counter);
        CHECK(walk.trips == 1);
        walk.step(CaseEvent::Notify, counter);
        CHECK(walk.trips == 1);
        counter.materialsComplete = true;
        walk.step(CaseEvent::Supplement, counter);
        CHECK(walk.trips == 2);
        walk.step(CaseEvent::Route, counter);
        walk.step(CaseEvent::Approve, approver);
        walk.step(CaseEvent::PrepareRelease, counter);
        walk.step(CaseEvent::Release, counter);
        CHECK(walk.state == CaseState::Released);
        CHECK(walk.trips == 3);
    }
    SECTION("decided and released in the visit of acceptance (马上办): one trip")
    {
        TransitionContext counter = hallCase(Role::Counter);
        Walk walk;
        walk.step(CaseEvent::Receive, counter);
        walk.step(CaseEvent::Accept, counter);
        walk.step(CaseEvent::Route, counter);
        walk.step(CaseEvent::Approve, approver);
        walk.step(CaseEvent::PrepareRelease, approver);
        counter.sameVisitAsAcceptance = true;
        walk.step(CaseEvent::Release, counter);
        CHECK(walk.trips == 1);
    }
    SECTION("result by post (邮寄送达): one trip")
    {
        const TransitionContext counter = hallCase(Role::Counter);
        Walk walk;
        for (CaseEvent event : {CaseEvent::Receive, CaseEvent::Accept, CaseEvent::Route})
            walk.step(event, counter);
        walk.step(CaseEvent::Approve, approver);
        walk.step(CaseEvent::PrepareRelease, counter);
        walk.step(CaseEvent::MailRelease, counter);
        CHECK(walk.trips == 1);
    }
    SECTION("online application collected at the counter: one trip; agent (代办): none")
    {
        for (const auto &[channel, trips] : std::vector<std::pair<CaseChannel, int>>{
                     {CaseChannel::Online, 1}, {CaseChannel::Agent, 0}}) {
            TransitionContext counter = hallCase(Role::Counter);
            counter.channel = channel;
            Walk walk;
            for (CaseEvent event : {CaseEvent::Receive, CaseEvent::Accept, CaseEvent::Route})
                walk.step(event, counter);
            walk.step(CaseEvent::Approve, approver);
            walk.step(CaseEvent::PrepareRelease, counter);
            walk.step(CaseEvent::Release, counter);
            CHECK(walk.trips == trips);
        }
    }
    SECTION("township case, result returned to the township: two trips, both near home")
    {
        TransitionContext township = townshipCase(Role::Township);
        Walk walk;
        for (CaseEvent event : {CaseEvent::Receive, CaseEvent::Accept, CaseEvent::Route})
            walk.step(event, township);
        walk.step(CaseEvent::Approve, townshipCase(Role::Approver, QStringLiteral("SCJG")));
        walk.step(CaseEvent::PrepareRelease, townshipCase(Role::Counter));

        // Until the result is returned by manifest it is held at the hall.
        CHECK(CaseLifecycle::apply(walk.state, CaseEvent::Release, township).message()
              == QStringLiteral("The result is held at another place and is released there."));
        // Returned: the township releases it, the hall no longer can.
        township.releasePlaceCode = kTownship;
        TransitionContext hallCounter = townshipCase(Role::Counter);
        hallCounter.releasePlaceCode = kTownship;
        CHECK(CaseLifecycle::apply(walk.state, CaseEvent::Release, hallCounter).refusalCode()
              == QStringLiteral("place.forbidden"));
        walk.step(CaseEvent::Release, township);
        CHECK(walk.trips == 2);
    }
}

TEST_CASE("The due-date clock starts, pauses, resumes and stops", "[lifecycle]")
{
    TransitionContext counter = hallCase(Role::Counter);
    TransitionContext approver = hallCase(Role::Approver, QStringLiteral("SCJG"));
    approver.reason = QStringLiteral("组织听证");

    CHECK(CaseLifecycle::receive(counter).clock == ClockEffect::Start);
    CHECK(CaseLifecycle::apply(CaseState::Received, CaseEvent::Accept, counter).clock
          == ClockEffect::None);
    CHECK(CaseLifecycle::apply(CaseState::Received, CaseEvent::Notify, counter).clock
          == ClockEffect::Pause);
    CHECK(CaseLifecycle::apply(CaseState::AwaitingMaterials, CaseEvent::Supplement, counter).clock
          == ClockEffect::Resume);

    const TransitionOutcome suspended
            = CaseLifecycle::apply(CaseState::InReview, CaseEvent::Suspend, approver);
    REQUIRE(suspended.allowed);
    CHECK(suspended.to == CaseState::Suspended);
    CHECK(suspended.clock == ClockEffect::Pause);
    const TransitionOutcome resumed
            = CaseLifecycle::apply(CaseState::Suspended, CaseEvent::Resume, approver);
    REQUIRE(resumed.allowed);
    CHECK(resumed.to == CaseState::InReview);
    CHECK(resumed.clock == ClockEffect::Resume);
    CHECK(CaseLifecycle::apply(CaseState::InReview, CaseEvent::Approve, approver).clock
          == ClockEffect::Stop);

    TransitionContext noReason = approver;
    noReason.reason.clear();
    CHECK(CaseLifecycle::apply(CaseState::InReview, CaseEvent::Suspend, noReason).refusalCode()
          == QStringLiteral("reason.required"));
    // Resuming needs no reason; suspending twice is not a move.
    CHECK(CaseLifecycle::apply(CaseState::Suspended, CaseEvent::Resume, noReason).allowed);
    CHECK(CaseLifecycle::apply(CaseState::Suspended, CaseEvent::Suspend, approver).refusalCode()
          == QStringLiteral("transition.illegal"));
}

TEST_CASE("One-time notice means once - incomplete materials cannot be accepted", "[lifecycle]")
{
    TransitionContext counter = hallCase(Role::Counter);
    counter.materialsComplete = false;
    const TransitionOutcome accept
            = CaseLifecycle::apply(CaseState::Received, CaseEvent::Accept, counter);
    CHECK(accept.refusalCode() == QStringLiteral("materials.incomplete"));
    CHECK(accept.message()
          == QStringLiteral("Required materials are missing: issue a one-time notice instead."));
    CHECK(CaseLifecycle::availableEvents(CaseState::Received, counter)
          == QList<CaseEvent>{CaseEvent::Notify, CaseEvent::Reject, CaseEvent::Withdraw});

    const TransitionOutcome second
            = CaseLifecycle::apply(CaseState::AwaitingMaterials, CaseEvent::Notify, counter);
    CHECK(second.refusalCode() == QStringLiteral("transition.illegal"));
    CHECK(second.message()
          == QStringLiteral("A one-time notice has already been issued; a second notice is not "
                            "allowed."));
    CHECK(CaseLifecycle::apply(CaseState::AwaitingMaterials, CaseEvent::Supplement, counter)
                  .refusalCode()
          == QStringLiteral("materials.incomplete"));

    // 补正 deadline missed: the case is terminated, with a reason.
    counter.reason = QStringLiteral("逾期未补正");
    CHECK(CaseLifecycle::apply(CaseState::AwaitingMaterials, CaseEvent::Terminate, counter)
                  .refusalCode()
          == QStringLiteral("deadline.not_passed"));
    counter.materialsOverdue = true;
    const TransitionOutcome terminated
            = CaseLifecycle::apply(CaseState::AwaitingMaterials, CaseEvent::Terminate, counter);
    CHECK(terminated.allowed);
    CHECK(terminated.to == CaseState::Terminated);
}

TEST_CASE("A missed 容缺 promise terminates an accepted or reviewed case", "[lifecycle]")
{
    TransitionContext supervisor = hallCase(Role::Supervisor);
    supervisor.reason = QStringLiteral("容缺材料逾期未补齐");
    supervisor.materialsOverdue = true;
    for (CaseState state : {CaseState::Accepted, CaseState::InReview, CaseState::Suspended})
        CHECK(CaseLifecycle::apply(state, CaseEvent::Terminate, supervisor).allowed);
    CHECK(CaseLifecycle::apply(CaseState::Approved, CaseEvent::Terminate, supervisor).refusalCode()
          == QStringLiteral("transition.illegal"));
    // The supervisor does not do casework.
    CHECK(CaseLifecycle::apply(CaseState::Received, CaseEvent::Accept, supervisor).refusalCode()
          == QStringLiteral("role.forbidden"));
}

TEST_CASE("Receiving: who, where and through which channel", "[lifecycle]")
{
    TransitionContext agent = hallCase(Role::Agent);
    agent.channel = CaseChannel::Agent;
    const TransitionOutcome byAgent = CaseLifecycle::receive(agent);
    CHECK(byAgent.allowed);
    CHECK(byAgent.tripDelta == 0);
    // The agent hands the case to the window: it does not accept it.
    CHECK(CaseLifecycle::availableEvents(CaseState::Received, agent).isEmpty());
    agent.channel = CaseChannel::Window;
    CHECK(CaseLifecycle::receive(agent).refusalCode() == QStringLiteral("channel.forbidden"));

    TransitionContext township = townshipCase(Role::Township);
    township.channel = CaseChannel::Window;
    CHECK(CaseLifecycle::receive(township).refusalCode() == QStringLiteral("channel.forbidden"));

    TransitionContext counter = hallCase(Role::Counter);
    counter.acceptingPlaceCode = kOtherHall;
    CHECK(CaseLifecycle::receive(counter).refusalCode() == QStringLiteral("place.forbidden"));
    counter.placeCode.clear();
    counter.acceptingPlaceCode.clear();
    CHECK(CaseLifecycle::receive(counter).refusalCode() == QStringLiteral("place.forbidden"));

    CHECK(CaseLifecycle::availableEvents(std::nullopt, hallCase(Role::Counter))
          == QList<CaseEvent>{CaseEvent::Receive});
    CHECK(CaseLifecycle::apply(CaseState::Received, CaseEvent::Receive, hallCase(Role::Counter))
                  .message()
          == QStringLiteral("The case has already been received."));
    CHECK(CaseLifecycle::apply(std::nullopt, CaseEvent::Accept, hallCase(Role::Counter)).message()
          == QStringLiteral("The case has not been received yet."));
}

TEST_CASE("Auditors and administrators change no case", "[lifecycle]")
{
    for (Role role : {Role::Auditor, Role::Admin}) {
        TransitionContext c = hallCase(role, QStringLiteral("SCJG"));
        c.reason = QStringLiteral("note");
        c.materialsOverdue = true;
        for (const auto &state : kStates)
            CHECK(CaseLifecycle::availableEvents(state, c).isEmpty());
    }
    const TransitionOutcome auditor
            = CaseLifecycle::apply(CaseState::Accepted, CaseEvent::Route, hallCase(Role::Auditor));
    CHECK(auditor.message() == QStringLiteral("Auditors may look at cases but not change them."));
}

TEST_CASE("Licensing: no notice within 5 working days counts as accepted from receipt",
          "[lifecycle]")
{
    CHECK(CaseLifecycle::noticeDeadlineWorkingDays() == 5);

    const QDate friday(2026, 11, 27);
    REQUIRE(friday.dayOfWeek() == 5);
    const QDate deadline = CaseLifecycle::noticeDeadline(friday, skipWeekends);
    CHECK(deadline == QDate(2026, 12, 4)); // Mon..Fri of the next week

    const QDate wednesday(2026, 11, 25);
    CHECK(CaseLifecycle::noticeDeadline(wednesday, skipWeekends) == QDate(2026, 12, 2));

    const auto deemed = [&](ItemKind kind, CaseState state, QDate today) {
        return CaseLifecycle::isDeemedAccepted(kind, state, friday, today, skipWeekends);
    };
    CHECK_FALSE(deemed(ItemKind::Licensing, CaseState::Received, QDate(2026, 12, 1)));
    CHECK_FALSE(deemed(ItemKind::Licensing, CaseState::Received, deadline));
    CHECK(deemed(ItemKind::Licensing, CaseState::Received, QDate(2026, 12, 5)));
    CHECK(deemed(ItemKind::Licensing, CaseState::Received, QDate(2026, 12, 7)));
    // A notice was issued, or the item is not a licence: the statute's rule does not apply.
    CHECK_FALSE(deemed(ItemKind::Licensing, CaseState::AwaitingMaterials, QDate(2026, 12, 7)));
    CHECK_FALSE(deemed(ItemKind::PublicService, CaseState::Received, QDate(2026, 12, 7)));

    CHECK_FALSE(CaseLifecycle::noticeDeadline(QDate(), skipWeekends).isValid());
    CHECK_FALSE(CaseLifecycle::noticeDeadline(friday, {}).isValid());
    CHECK_FALSE(CaseLifecycle::isDeemedAccepted(ItemKind::Licensing, CaseState::Received, friday,
                                                QDate(2026, 12, 7), {}));

    // Once deemed accepted: no notice and no refusal to accept; acceptance despite gaps.
    TransitionContext counter = hallCase(Role::Counter);
    counter.deemedAccepted = true;
    counter.materialsComplete = false;
    counter.reason = QStringLiteral("不属于本机关职权范围");
    for (CaseEvent late : {CaseEvent::Notify, CaseEvent::Reject})
        CHECK(CaseLifecycle::apply(CaseState::Received, late, counter).refusalCode()
              == QStringLiteral("notice.too_late"));
    const TransitionOutcome accepted
            = CaseLifecycle::apply(CaseState::Received, CaseEvent::Accept, counter);
    CHECK(accepted.allowed);
    CHECK(accepted.clock == ClockEffect::None); // the clock has run since receipt
}

TEST_CASE("A bundle's results go out together: the main case waits for every part, a part for "
          "the main case",
          "[lifecycle]")
{
    TransitionContext counter = hallCase(Role::Counter);
    counter.bundlePartsPending = true;
    const TransitionOutcome waiting
            = CaseLifecycle::apply(CaseState::Approved, CaseEvent::PrepareRelease, counter);
    CHECK(waiting.refusal == Refusal::BundleUndecided);
    CHECK(waiting.message().contains(QStringLiteral("bundle")));
    counter.bundlePartsPending = false;
    CHECK(CaseLifecycle::apply(CaseState::Denied, CaseEvent::PrepareRelease, counter).allowed);

    // A part's result is not handed over on its own while the main case is open...
    TransitionContext part = hallCase(Role::Counter);
    part.heldForBundle = true;
    for (CaseEvent event : {CaseEvent::Release, CaseEvent::MailRelease}) {
        const TransitionOutcome held
                = CaseLifecycle::apply(CaseState::ReadyForRelease, event, part);
        CHECK(held.refusal == Refusal::BundlePartHeld);
        CHECK_FALSE(
                CaseLifecycle::availableEvents(CaseState::ReadyForRelease, part).contains(event));
    }
    // ... but the department still decides it and marks it ready.
    TransitionContext approver = hallCase(Role::Approver, QStringLiteral("SCJG"));
    approver.heldForBundle = true;
    CHECK(CaseLifecycle::apply(CaseState::InReview, CaseEvent::Deny,
                               [&] {
                                   auto c = approver;
                                   c.reason = QStringLiteral("不符合条件");
                                   return c;
                               }())
                  .allowed);
    CHECK(CaseLifecycle::apply(CaseState::Approved, CaseEvent::PrepareRelease, approver).allowed);
    // Once the main case is released, the part goes out.
    part.heldForBundle = false;
    CHECK(CaseLifecycle::apply(CaseState::ReadyForRelease, CaseEvent::Release, part).allowed);

    // Which parts go out with the main case: those whose result is at the window.
    for (CaseState state : CaseLifecycle::allStates())
        CHECK(CaseLifecycle::releasesWithBundle(state) == (state == CaseState::ReadyForRelease));
}

TEST_CASE("A missed deadline terminates from awaiting materials, accepted, in review and "
          "suspended only",
          "[lifecycle]")
{
    const QList<CaseState> terminable = {CaseState::AwaitingMaterials, CaseState::Accepted,
                                         CaseState::InReview, CaseState::Suspended};
    for (CaseState state : CaseLifecycle::allStates())
        CHECK(CaseLifecycle::isTerminable(state) == terminable.contains(state));
}
