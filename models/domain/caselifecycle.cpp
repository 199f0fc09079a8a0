#include "caselifecycle.h"

#include "permissions.h"

namespace ow {

namespace {

// Which of the case's places the actor must be at to make a move.
enum class Scope {
    CaseHall,       // the hall the case belongs to
    AcceptingPlace, // where the case was received and is accepted
    ReleasePlace,   // where the result is held
};

// The kind of place a role works at; empty: either.
std::optional<Place::Kind> workplaceKind(Role role)
{
    switch (role) {
    case Role::Counter:
    case Role::Approver:
    case Role::Supervisor:
        return Place::Kind::Hall;
    case Role::Township:
        return Place::Kind::Township;
    case Role::Agent:
    case Role::Auditor:
    case Role::Admin:
        break;
    }
    return std::nullopt;
}

// Which of the case's places is the actor's own for the move; empty: the role never may (the
// role × action matrix, Permissions, says who may; this says where).
std::optional<Scope> scopeFor(CaseEvent event, Role role)
{
    if (!Permissions::mayEver(role, Permissions::forCaseEvent(event)))
        return std::nullopt;
    switch (event) {
    case CaseEvent::Receive:
        return Scope::AcceptingPlace;
    case CaseEvent::Release:
    case CaseEvent::MailRelease:
        return Scope::ReleasePlace;
    default:
        break;
    }
    // A township point works on the cases it received; hall staff on their hall's cases.
    return role == Role::Township ? Scope::AcceptingPlace : Scope::CaseHall;
}

const QString &scopeCode(Scope scope, const TransitionContext &context)
{
    switch (scope) {
    case Scope::CaseHall:
        return context.caseHallCode;
    case Scope::AcceptingPlace:
        return context.acceptingPlaceCode;
    case Scope::ReleasePlace:
        break;
    }
    return context.releasePlaceCode;
}

// The channels each role may receive through.
bool channelAllowed(Role role, CaseChannel channel)
{
    switch (role) {
    case Role::Counter:
        return channel != CaseChannel::Township;
    case Role::Township:
        return channel == CaseChannel::Township;
    case Role::Agent:
        return channel == CaseChannel::Agent;
    case Role::Approver:
    case Role::Supervisor:
    case Role::Auditor:
    case Role::Admin:
        break;
    }
    return false;
}

// Trips count the applicant's own visits to a counter: an agent (代办) runs instead of the
// applicant, an online application needs none.
bool applicantStandsAtCounter(CaseChannel channel)
{
    return channel == CaseChannel::Window || channel == CaseChannel::Township;
}

int tripDelta(CaseEvent event, const TransitionContext &context)
{
    switch (event) {
    case CaseEvent::Receive:
    case CaseEvent::Supplement:
        return applicantStandsAtCounter(context.channel) ? 1 : 0;
    case CaseEvent::Release:
        return context.channel == CaseChannel::Agent || context.sameVisitAsAcceptance ? 0 : 1;
    default:
        return 0;
    }
}

ClockEffect clockEffect(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Receive:
        return ClockEffect::Start;
    case CaseEvent::Notify:
    case CaseEvent::Suspend:
        return ClockEffect::Pause;
    case CaseEvent::Supplement:
    case CaseEvent::Resume:
        return ClockEffect::Resume;
    case CaseEvent::Reject:
    case CaseEvent::Approve:
    case CaseEvent::Deny:
    case CaseEvent::Terminate:
    case CaseEvent::Withdraw:
        return ClockEffect::Stop;
    case CaseEvent::Accept:
    case CaseEvent::Route:
    case CaseEvent::PrepareRelease:
    case CaseEvent::Release:
    case CaseEvent::MailRelease:
        break;
    }
    return ClockEffect::None;
}

bool hasText(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

TransitionOutcome evaluate(std::optional<CaseState> from, CaseEvent event,
                           const TransitionContext &context, bool checkReason)
{
    TransitionOutcome outcome;
    outcome.from = from;
    outcome.event = event;
    outcome.role = context.role;
    const auto refuse = [&outcome](Refusal refusal) {
        outcome.refusal = refusal;
        return outcome;
    };

    const std::optional<CaseState> to = CaseLifecycle::targetState(from, event);
    if (!to)
        return refuse(Refusal::IllegalTransition);

    const std::optional<Scope> scope = scopeFor(event, context.role);
    if (!scope)
        return refuse(Refusal::RoleForbidden);
    const std::optional<Place::Kind> kind = workplaceKind(context.role);
    if (kind && *kind != context.placeKind)
        return refuse(Refusal::PlaceForbidden);
    if (context.placeCode.isEmpty() || context.placeCode != scopeCode(*scope, context))
        return refuse(Refusal::PlaceForbidden);
    if (context.role == Role::Approver
        && (context.departmentCode.isEmpty()
            || context.departmentCode != context.caseDepartmentCode)) {
        return refuse(Refusal::DepartmentForbidden);
    }
    const bool accepting = event == CaseEvent::Accept || event == CaseEvent::Supplement;
    if (accepting && context.role == Role::Township && !context.townshipAcceptable)
        return refuse(Refusal::ItemNotTownship);
    if (event == CaseEvent::Receive && !channelAllowed(context.role, context.channel))
        return refuse(Refusal::ChannelForbidden);
    // Notify and Reject leave only Received, where the flag means the notice period is over.
    if (context.deemedAccepted && (event == CaseEvent::Notify || event == CaseEvent::Reject))
        return refuse(Refusal::NoticeTooLate);
    const bool needsMaterials = event == CaseEvent::Supplement
            || (event == CaseEvent::Accept && !context.deemedAccepted);
    if (needsMaterials && !context.materialsComplete)
        return refuse(Refusal::MaterialsIncomplete);
    if (event == CaseEvent::Terminate && !context.materialsOverdue)
        return refuse(Refusal::DeadlineNotPassed);
    // 一件事一次办: the main case waits for every part's decision, and a part goes out with
    // the main case, never on its own while the main case is open.
    if (event == CaseEvent::PrepareRelease && context.bundlePartsPending)
        return refuse(Refusal::BundleUndecided);
    if ((event == CaseEvent::Release || event == CaseEvent::MailRelease) && context.heldForBundle)
        return refuse(Refusal::BundlePartHeld);
    if (checkReason && CaseLifecycle::needsReason(event) && !hasText(context.reason))
        return refuse(Refusal::ReasonRequired);

    outcome.allowed = true;
    outcome.to = *to;
    outcome.tripDelta = tripDelta(event, context);
    outcome.clock = clockEffect(event);
    return outcome;
}

} // namespace

QString TransitionOutcome::refusalCode() const
{
    return CaseLifecycle::refusalKey(refusal);
}

QString TransitionOutcome::message() const
{
    return CaseLifecycle::refusalMessage(*this);
}

Error TransitionOutcome::toError() const
{
    if (allowed)
        return {};
    return {refusalCode(), message(),
            QStringLiteral("%1 -> %2 by %3")
                    .arg(from ? CaseLifecycle::stateKey(*from) : QStringLiteral("(new)"),
                         CaseLifecycle::eventKey(event), Roles::key(role))};
}

TransitionOutcome CaseLifecycle::apply(std::optional<CaseState> from, CaseEvent event,
                                       const TransitionContext &context)
{
    return evaluate(from, event, context, true);
}

TransitionOutcome CaseLifecycle::receive(const TransitionContext &context)
{
    return evaluate(std::nullopt, CaseEvent::Receive, context, true);
}

QList<CaseEvent> CaseLifecycle::availableEvents(std::optional<CaseState> from,
                                                const TransitionContext &context)
{
    QList<CaseEvent> events;
    for (CaseEvent event : allEvents()) {
        if (evaluate(from, event, context, false).allowed)
            events.append(event);
    }
    return events;
}

std::optional<CaseState> CaseLifecycle::targetState(std::optional<CaseState> from, CaseEvent event)
{
    if (!from) {
        if (event == CaseEvent::Receive)
            return CaseState::Received;
        return std::nullopt;
    }
    if (event == CaseEvent::Withdraw && isPending(*from))
        return CaseState::Withdrawn;
    switch (*from) {
    case CaseState::Received:
        switch (event) {
        case CaseEvent::Accept:
            return CaseState::Accepted;
        case CaseEvent::Notify:
            return CaseState::AwaitingMaterials;
        case CaseEvent::Reject:
            return CaseState::Rejected;
        default:
            break;
        }
        break;
    case CaseState::AwaitingMaterials:
        // No second notice: 一次性告知 means the first notice lists everything.
        if (event == CaseEvent::Supplement)
            return CaseState::Accepted;
        if (event == CaseEvent::Terminate)
            return CaseState::Terminated;
        break;
    case CaseState::Accepted:
        if (event == CaseEvent::Route)
            return CaseState::InReview;
        if (event == CaseEvent::Terminate)
            return CaseState::Terminated;
        break;
    case CaseState::InReview:
        switch (event) {
        case CaseEvent::Approve:
            return CaseState::Approved;
        case CaseEvent::Deny:
            return CaseState::Denied;
        case CaseEvent::Suspend:
            return CaseState::Suspended;
        case CaseEvent::Terminate:
            return CaseState::Terminated;
        default:
            break;
        }
        break;
    case CaseState::Suspended:
        if (event == CaseEvent::Resume)
            return CaseState::InReview;
        if (event == CaseEvent::Terminate)
            return CaseState::Terminated;
        break;
    case CaseState::Approved:
    case CaseState::Denied:
        if (event == CaseEvent::PrepareRelease)
            return CaseState::ReadyForRelease;
        break;
    case CaseState::ReadyForRelease:
        if (event == CaseEvent::Release || event == CaseEvent::MailRelease)
            return CaseState::Released;
        break;
    case CaseState::Rejected:
    case CaseState::Released:
    case CaseState::Terminated:
    case CaseState::Withdrawn:
        break;
    }
    return std::nullopt;
}

bool CaseLifecycle::needsReason(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Reject:
    case CaseEvent::Deny:
    case CaseEvent::Suspend:
    case CaseEvent::Terminate:
    case CaseEvent::Withdraw:
        return true;
    default:
        return false;
    }
}

bool CaseLifecycle::isFinal(CaseState state)
{
    switch (state) {
    case CaseState::Rejected:
    case CaseState::Released:
    case CaseState::Terminated:
    case CaseState::Withdrawn:
        return true;
    default:
        return false;
    }
}

bool CaseLifecycle::isOpen(CaseState state)
{
    return !isFinal(state);
}

bool CaseLifecycle::isPending(CaseState state)
{
    switch (state) {
    case CaseState::Received:
    case CaseState::AwaitingMaterials:
    case CaseState::Accepted:
    case CaseState::InReview:
    case CaseState::Suspended:
        return true;
    default:
        return false;
    }
}

bool CaseLifecycle::releasesWithBundle(CaseState partState)
{
    return partState == CaseState::ReadyForRelease;
}

bool CaseLifecycle::isTerminable(CaseState state)
{
    return targetState(state, CaseEvent::Terminate).has_value();
}

QList<CaseState> CaseLifecycle::allStates()
{
    return {CaseState::Received, CaseState::Accepted,   CaseState::AwaitingMaterials,
            CaseState::Rejected, CaseState::InReview,   CaseState::Suspended,
            CaseState::Approved, CaseState::Denied,     CaseState::ReadyForRelease,
            CaseState::Released, CaseState::Terminated, CaseState::Withdrawn};
}

QList<CaseEvent> CaseLifecycle::allEvents()
{
    return {CaseEvent::Receive,     CaseEvent::Accept,         CaseEvent::Notify,
            CaseEvent::Reject,      CaseEvent::Supplement,     CaseEvent::Route,
            CaseEvent::Approve,     CaseEvent::Deny,           CaseEvent::Suspend,
            CaseEvent::Resume,      CaseEvent::PrepareRelease, CaseEvent::Release,
            CaseEvent::MailRelease, CaseEvent::Terminate,      CaseEvent::Withdraw};
}

QList<CaseChannel> CaseLifecycle::allChannels()
{
    return {CaseChannel::Window, CaseChannel::Township, CaseChannel::Agent, CaseChannel::Online};
}

QString CaseLifecycle::stateKey(CaseState state)
{
    switch (state) {
    case CaseState::Received:
        return QStringLiteral("received");
    case CaseState::Accepted:
        return QStringLiteral("accepted");
    case CaseState::AwaitingMaterials:
        return QStringLiteral("awaiting_materials");
    case CaseState::Rejected:
        return QStringLiteral("rejected");
    case CaseState::InReview:
        return QStringLiteral("in_review");
    case CaseState::Suspended:
        return QStringLiteral("suspended");
    case CaseState::Approved:
        return QStringLiteral("approved");
    case CaseState::Denied:
        return QStringLiteral("denied");
    case CaseState::ReadyForRelease:
        return QStringLiteral("ready_for_release");
    case CaseState::Released:
        return QStringLiteral("released");
    case CaseState::Terminated:
        return QStringLiteral("terminated");
    case CaseState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<CaseState> CaseLifecycle::stateFromKey(const QString &key)
{
    for (CaseState state : allStates()) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString CaseLifecycle::eventKey(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Receive:
        return QStringLiteral("receive");
    case CaseEvent::Accept:
        return QStringLiteral("accept");
    case CaseEvent::Notify:
        return QStringLiteral("notify");
    case CaseEvent::Reject:
        return QStringLiteral("reject");
    case CaseEvent::Supplement:
        return QStringLiteral("supplement");
    case CaseEvent::Route:
        return QStringLiteral("route");
    case CaseEvent::Approve:
        return QStringLiteral("approve");
    case CaseEvent::Deny:
        return QStringLiteral("deny");
    case CaseEvent::Suspend:
        return QStringLiteral("suspend");
    case CaseEvent::Resume:
        return QStringLiteral("resume");
    case CaseEvent::PrepareRelease:
        return QStringLiteral("prepare_release");
    case CaseEvent::Release:
        return QStringLiteral("release");
    case CaseEvent::MailRelease:
        return QStringLiteral("mail_release");
    case CaseEvent::Terminate:
        return QStringLiteral("terminate");
    case CaseEvent::Withdraw:
        return QStringLiteral("withdraw");
    }
    return {};
}

std::optional<CaseEvent> CaseLifecycle::eventFromKey(const QString &key)
{
    for (CaseEvent event : allEvents()) {
        if (eventKey(event) == key)
            return event;
    }
    return std::nullopt;
}

QString CaseLifecycle::channelKey(CaseChannel channel)
{
    switch (channel) {
    case CaseChannel::Window:
        return QStringLiteral("window");
    case CaseChannel::Township:
        return QStringLiteral("township");
    case CaseChannel::Agent:
        return QStringLiteral("agent");
    case CaseChannel::Online:
        return QStringLiteral("online");
    }
    return {};
}

std::optional<CaseChannel> CaseLifecycle::channelFromKey(const QString &key)
{
    for (CaseChannel channel : allChannels()) {
        if (channelKey(channel) == key)
            return channel;
    }
    return std::nullopt;
}

QString CaseLifecycle::refusalKey(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        break;
    case Refusal::IllegalTransition:
        return QStringLiteral("transition.illegal");
    case Refusal::RoleForbidden:
        return QStringLiteral("role.forbidden");
    case Refusal::PlaceForbidden:
        return QStringLiteral("place.forbidden");
    case Refusal::DepartmentForbidden:
        return QStringLiteral("department.forbidden");
    case Refusal::ItemNotTownship:
        return QStringLiteral("item.township_forbidden");
    case Refusal::ChannelForbidden:
        return QStringLiteral("channel.forbidden");
    case Refusal::NoticeTooLate:
        return QStringLiteral("notice.too_late");
    case Refusal::MaterialsIncomplete:
        return QStringLiteral("materials.incomplete");
    case Refusal::DeadlineNotPassed:
        return QStringLiteral("deadline.not_passed");
    case Refusal::ReasonRequired:
        return QStringLiteral("reason.required");
    case Refusal::BundleUndecided:
        return QStringLiteral("bundle.undecided");
    case Refusal::BundlePartHeld:
        return QStringLiteral("bundle.part_held");
    }
    return {};
}

QString CaseLifecycle::stateDisplayName(CaseState state)
{
    switch (state) {
    case CaseState::Received:
        return tr("Received");
    case CaseState::Accepted:
        return tr("Accepted");
    case CaseState::AwaitingMaterials:
        return tr("Awaiting materials");
    case CaseState::Rejected:
        return tr("Not accepted");
    case CaseState::InReview:
        return tr("In review");
    case CaseState::Suspended:
        return tr("Suspended");
    case CaseState::Approved:
        return tr("Approved");
    case CaseState::Denied:
        return tr("Denied");
    case CaseState::ReadyForRelease:
        return tr("Ready for release");
    case CaseState::Released:
        return tr("Released");
    case CaseState::Terminated:
        return tr("Terminated");
    case CaseState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString CaseLifecycle::eventDisplayName(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Receive:
        return tr("Receive");
    case CaseEvent::Accept:
        return tr("Accept");
    case CaseEvent::Notify:
        return tr("Issue one-time notice");
    case CaseEvent::Reject:
        return tr("Do not accept");
    case CaseEvent::Supplement:
        return tr("Accept supplemented materials");
    case CaseEvent::Route:
        return tr("Forward to department");
    case CaseEvent::Approve:
        return tr("Approve");
    case CaseEvent::Deny:
        return tr("Deny");
    case CaseEvent::Suspend:
        return tr("Suspend");
    case CaseEvent::Resume:
        return tr("Resume");
    case CaseEvent::PrepareRelease:
        return tr("Mark ready for release");
    case CaseEvent::Release:
        return tr("Release");
    case CaseEvent::MailRelease:
        return tr("Release by post");
    case CaseEvent::Terminate:
        return tr("Terminate");
    case CaseEvent::Withdraw:
        return tr("Withdraw");
    }
    return {};
}

QString CaseLifecycle::refusalMessage(const TransitionOutcome &outcome)
{
    const CaseEvent event = outcome.event;
    const bool deciding = event == CaseEvent::Approve || event == CaseEvent::Deny
            || event == CaseEvent::Suspend || event == CaseEvent::Resume;
    switch (outcome.refusal) {
    case Refusal::None:
        break;
    case Refusal::IllegalTransition:
        if (!outcome.from)
            return tr("The case has not been received yet.");
        if (event == CaseEvent::Receive)
            return tr("The case has already been received.");
        if (event == CaseEvent::Notify && *outcome.from == CaseState::AwaitingMaterials)
            return tr("A one-time notice has already been issued; a second notice is not "
                      "allowed.");
        if (isFinal(*outcome.from))
            return tr("The case is closed (%1); nothing more can be done with it.")
                    .arg(stateDisplayName(*outcome.from));
        if (event == CaseEvent::Withdraw)
            return tr("The case has been decided; it can no longer be withdrawn.");
        return tr("“%1” is not possible for a case that is “%2”.")
                .arg(eventDisplayName(event), stateDisplayName(*outcome.from));
    case Refusal::RoleForbidden:
        if (outcome.role == Role::Auditor)
            return tr("Auditors may look at cases but not change them.");
        if (outcome.role == Role::Township && deciding)
            return tr("A township point may forward this case but not decide it.");
        if (deciding)
            return tr("Only an approver of the case's department decides it.");
        return tr("The role “%1” may not do this: %2.")
                .arg(Roles::displayName(outcome.role), eventDisplayName(event));
    case Refusal::PlaceForbidden:
        if (event == CaseEvent::Release || event == CaseEvent::MailRelease)
            return tr("The result is held at another place and is released there.");
        if (event == CaseEvent::Receive)
            return tr("A case is received at the place where you work.");
        return tr("This case belongs to another place.");
    case Refusal::DepartmentForbidden:
        return tr("This case belongs to another department; approvers decide only their own "
                  "department's cases.");
    case Refusal::ItemNotTownship:
        return tr("This item cannot be accepted at a township point; forward the materials to "
                  "the hall.");
    case Refusal::ChannelForbidden:
        return tr("Your role cannot receive a case through this channel.");
    case Refusal::NoticeTooLate:
        return tr("The %n working day(s) for a one-time notice have passed: the application "
                  "counts as accepted from the day it was received.",
                  nullptr, noticeDeadlineWorkingDays());
    case Refusal::MaterialsIncomplete:
        if (event == CaseEvent::Supplement)
            return tr("Required materials are still missing.");
        return tr("Required materials are missing: issue a one-time notice instead.");
    case Refusal::DeadlineNotPassed:
        return tr("The deadline for the outstanding materials has not passed yet.");
    case Refusal::ReasonRequired:
        return tr("Give a reason for this step.");
    case Refusal::BundleUndecided:
        return tr("A part of this one-visit bundle is not decided yet; the results are released "
                  "together once every part is decided.");
    case Refusal::BundlePartHeld:
        return tr("This result is part of a one-visit bundle: release the bundle's main case, "
                  "and every part's result goes out with it, so that the applicant gets all "
                  "outcomes at once.");
    }
    return {};
}

QDate CaseLifecycle::noticeDeadline(QDate receivedOn, const AddWorkingDays &addWorkingDays)
{
    if (!receivedOn.isValid() || !addWorkingDays)
        return {};
    return addWorkingDays(receivedOn, noticeDeadlineWorkingDays());
}

bool CaseLifecycle::isDeemedAccepted(ItemKind kind, CaseState state, QDate receivedOn, QDate today,
                                     const AddWorkingDays &addWorkingDays)
{
    if (kind != ItemKind::Licensing || state != CaseState::Received || !today.isValid())
        return false;
    const QDate deadline = noticeDeadline(receivedOn, addWorkingDays);
    return deadline.isValid() && today > deadline;
}

} // namespace ow
