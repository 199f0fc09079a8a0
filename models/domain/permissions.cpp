#include "permissions.h"

namespace ow {

namespace {

struct ActionInfo
{
    Action action;
    const char *key;
};

constexpr ActionInfo actionInfos[] = {
        {Action::CaseReceive, "case.receive"},
        {Action::CaseAccept, "case.accept"},
        {Action::CaseNotify, "case.notify"},
        {Action::CaseReject, "case.reject"},
        {Action::CaseSupplement, "case.supplement"},
        {Action::CaseRoute, "case.route"},
        {Action::CaseApprove, "case.approve"},
        {Action::CaseDeny, "case.deny"},
        {Action::CaseSuspend, "case.suspend"},
        {Action::CaseResume, "case.resume"},
        {Action::CasePrepareRelease, "case.prepare_release"},
        {Action::CaseRelease, "case.release"},
        {Action::CaseMailRelease, "case.mail_release"},
        {Action::CaseTerminate, "case.terminate"},
        {Action::CaseWithdraw, "case.withdraw"},
        {Action::TaskCreate, "task.create"},
        {Action::TaskClaim, "task.claim"},
        {Action::TaskRelease, "task.release"},
        {Action::TaskHandover, "task.handover"},
        {Action::TaskProgress, "task.progress"},
        {Action::TaskComplete, "task.complete"},
        {Action::TaskReturn, "task.return"},
        {Action::ManifestSendForward, "manifest.send_forward"},
        {Action::ManifestSendReturn, "manifest.send_return"},
        {Action::ManifestReceiveForward, "manifest.receive_forward"},
        {Action::ManifestReceiveReturn, "manifest.receive_return"},
        {Action::RatingAdd, "rating.add"},
        {Action::RatingFollowUp, "rating.followup"},
        {Action::RatingAppeal, "rating.appeal"},
        {Action::RatingDecide, "rating.appeal_decide"},
        {Action::CatalogImport, "catalog.import"},
        {Action::CalendarImport, "calendar.import"},
        {Action::UserAdmin, "user.admin"},
        {Action::DeviceAdmin, "device.admin"},
        {Action::AuditRead, "audit.read"},
        {Action::RevealPersonalData, "personal_data.reveal"},
        {Action::StatisticsCounty, "statistics.county"},
};

bool oneOf(Role role, std::initializer_list<Role> roles)
{
    for (Role r : roles) {
        if (r == role)
            return true;
    }
    return false;
}

} // namespace

// The matrix. A staff role works on the records of its own place (the case's hall, accepting
// place or release place; the task's or manifest's place); the auditor and the administrator
// work across places but never on cases, tasks or ratings (三员分立: the administrator does not
// read the audit log, the auditor changes nothing).
Reach Permissions::reach(Role role, Action action)
{
    const auto own = [role](std::initializer_list<Role> roles) {
        return oneOf(role, roles) ? Reach::OwnPlace : Reach::None;
    };
    const auto any = [role](std::initializer_list<Role> roles) {
        return oneOf(role, roles) ? Reach::AnyPlace : Reach::None;
    };
    switch (action) {
    case Action::CaseReceive:
        return own({Role::Counter, Role::Township, Role::Agent});
    case Action::CaseAccept:
    case Action::CaseNotify:
    case Action::CaseReject:
    case Action::CaseSupplement:
    case Action::CaseRoute:
        return own({Role::Counter, Role::Township});
    case Action::CaseApprove:
    case Action::CaseDeny:
    case Action::CaseSuspend:
    case Action::CaseResume:
        return own({Role::Approver});
    case Action::CasePrepareRelease:
        return own({Role::Counter, Role::Approver});
    case Action::CaseRelease:
    case Action::CaseMailRelease:
        return own({Role::Counter, Role::Township});
    case Action::CaseTerminate:
    case Action::CaseWithdraw:
        return own({Role::Counter, Role::Township, Role::Supervisor});
    case Action::TaskCreate:
        return own({Role::Counter, Role::Township, Role::Agent, Role::Supervisor});
    case Action::TaskClaim:
    case Action::TaskProgress:
    case Action::TaskComplete:
        return own({Role::Agent, Role::Township});
    case Action::TaskRelease:
    case Action::TaskHandover:
    case Action::TaskReturn:
        return own({Role::Agent, Role::Township, Role::Supervisor});
    case Action::ManifestSendForward:
    case Action::ManifestReceiveReturn:
        return own({Role::Township});
    case Action::ManifestSendReturn:
    case Action::ManifestReceiveForward:
        return own({Role::Counter});
    case Action::RatingAdd:
        return own({Role::Counter, Role::Township, Role::Agent});
    case Action::RatingFollowUp:
        return own({Role::Supervisor, Role::Admin});
    case Action::RatingAppeal:
        return own({Role::Counter, Role::Township, Role::Agent, Role::Approver});
    case Action::RatingDecide:
        return own({Role::Supervisor});
    case Action::CatalogImport:
    case Action::CalendarImport:
    case Action::UserAdmin:
    case Action::DeviceAdmin:
        return any({Role::Admin});
    case Action::AuditRead:
        return any({Role::Auditor});
    case Action::RevealPersonalData:
        return own({Role::Counter, Role::Township, Role::Agent, Role::Approver, Role::Supervisor});
    case Action::StatisticsCounty:
        // The county supervisor sees every township point's figures.
        return any({Role::Supervisor});
    }
    return Reach::None;
}

bool Permissions::allows(Role role, Action action, PlaceRelation relation)
{
    switch (reach(role, action)) {
    case Reach::None:
        return false;
    case Reach::OwnPlace:
        return relation == PlaceRelation::Own;
    case Reach::AnyPlace:
        return true;
    }
    return false;
}

Error Permissions::check(Role role, Action action, PlaceRelation relation)
{
    if (allows(role, action, relation))
        return {};
    if (reach(role, action) == Reach::None)
        return {QStringLiteral("role.forbidden"),
                tr("A %1 may not do this: %2.").arg(Roles::displayName(role), actionName(action)),
                actionKey(action)};
    return {QStringLiteral("place.forbidden"),
            tr("This record belongs to another place: %1 is done where it is held.")
                    .arg(actionName(action)),
            actionKey(action)};
}

Action Permissions::forCaseEvent(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Receive:
        return Action::CaseReceive;
    case CaseEvent::Accept:
        return Action::CaseAccept;
    case CaseEvent::Notify:
        return Action::CaseNotify;
    case CaseEvent::Reject:
        return Action::CaseReject;
    case CaseEvent::Supplement:
        return Action::CaseSupplement;
    case CaseEvent::Route:
        return Action::CaseRoute;
    case CaseEvent::Approve:
        return Action::CaseApprove;
    case CaseEvent::Deny:
        return Action::CaseDeny;
    case CaseEvent::Suspend:
        return Action::CaseSuspend;
    case CaseEvent::Resume:
        return Action::CaseResume;
    case CaseEvent::PrepareRelease:
        return Action::CasePrepareRelease;
    case CaseEvent::Release:
        return Action::CaseRelease;
    case CaseEvent::MailRelease:
        return Action::CaseMailRelease;
    case CaseEvent::Terminate:
        return Action::CaseTerminate;
    case CaseEvent::Withdraw:
        break;
    }
    return Action::CaseWithdraw;
}

Action Permissions::forTaskEvent(TaskEvent event)
{
    switch (event) {
    case TaskEvent::Create:
        return Action::TaskCreate;
    case TaskEvent::Claim:
        return Action::TaskClaim;
    case TaskEvent::Release:
        return Action::TaskRelease;
    case TaskEvent::Handover:
        return Action::TaskHandover;
    case TaskEvent::Progress:
        return Action::TaskProgress;
    case TaskEvent::Complete:
        return Action::TaskComplete;
    case TaskEvent::Return:
        break;
    }
    return Action::TaskReturn;
}

std::optional<Action> Permissions::forMutation(const QString &name,
                                               std::optional<CaseEvent> caseEvent)
{
    if (name == QLatin1String("case.receive"))
        return Action::CaseReceive;
    if (name == QLatin1String("case.accept"))
        return Action::CaseAccept;
    if (name == QLatin1String("case.transition"))
        return caseEvent ? std::optional<Action>(forCaseEvent(*caseEvent)) : std::nullopt;
    if (name == QLatin1String("rating.add"))
        return Action::RatingAdd;
    if (name == QLatin1String("rating.followup"))
        return Action::RatingFollowUp;
    if (name == QLatin1String("rating.appeal"))
        return Action::RatingAppeal;
    if (name == QLatin1String("rating.appeal_decide"))
        return Action::RatingDecide;
    if (name.startsWith(QLatin1String("task.")))
        return actionFromKey(name);
    return std::nullopt; // manifests name their direction in the payload
}

QList<Action> Permissions::allActions()
{
    QList<Action> list;
    for (const ActionInfo &info : actionInfos)
        list.append(info.action);
    return list;
}

QString Permissions::actionKey(Action action)
{
    for (const ActionInfo &info : actionInfos) {
        if (info.action == action)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<Action> Permissions::actionFromKey(const QString &key)
{
    for (const ActionInfo &info : actionInfos) {
        if (key == QLatin1String(info.key))
            return info.action;
    }
    return std::nullopt;
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::CaseReceive:
    case Action::CaseAccept:
    case Action::CaseNotify:
    case Action::CaseReject:
    case Action::CaseSupplement:
    case Action::CaseRoute:
    case Action::CaseApprove:
    case Action::CaseDeny:
    case Action::CaseSuspend:
    case Action::CaseResume:
    case Action::CasePrepareRelease:
    case Action::CaseRelease:
    case Action::CaseMailRelease:
    case Action::CaseTerminate:
    case Action::CaseWithdraw:
        for (CaseEvent e : CaseLifecycle::allEvents()) {
            if (forCaseEvent(e) == action)
                return CaseLifecycle::eventDisplayName(e);
        }
        break;
    case Action::TaskCreate:
        return tr("create a help-agent task");
    case Action::TaskClaim:
        return tr("claim a task");
    case Action::TaskRelease:
        return tr("release a task");
    case Action::TaskHandover:
        return tr("hand a task over");
    case Action::TaskProgress:
        return tr("record a task's progress");
    case Action::TaskComplete:
        return tr("complete a task");
    case Action::TaskReturn:
        return tr("return a task");
    case Action::ManifestSendForward:
        return tr("send cases to the county hall");
    case Action::ManifestSendReturn:
        return tr("return results to a township point");
    case Action::ManifestReceiveForward:
        return tr("receive a township point's manifest");
    case Action::ManifestReceiveReturn:
        return tr("receive returned results");
    case Action::RatingAdd:
        return tr("record a rating");
    case Action::RatingFollowUp:
        return tr("follow up a bad rating");
    case Action::RatingAppeal:
        return tr("appeal a rating");
    case Action::RatingDecide:
        return tr("decide an appeal");
    case Action::CatalogImport:
        return tr("import the service catalogue");
    case Action::CalendarImport:
        return tr("import the working-day calendar");
    case Action::UserAdmin:
        return tr("manage users");
    case Action::DeviceAdmin:
        return tr("manage devices");
    case Action::AuditRead:
        return tr("read the audit log");
    case Action::RevealPersonalData:
        return tr("show personal data in full");
    case Action::StatisticsCounty:
        return tr("read every place's statistics");
    }
    return actionKey(action);
}

} // namespace ow
