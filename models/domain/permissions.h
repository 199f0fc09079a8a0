#pragma once

#include "agenttask.h"
#include "caselifecycle.h"
#include "result.h"
#include "role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Every write the product has, and the reads that need a right of their own (the audit log, the
// full value of personal data). One entry of the role × action × place matrix each.
enum class Action {
    // Cases (one per CaseEvent)
    CaseReceive,
    CaseAccept,
    CaseNotify,
    CaseReject,
    CaseSupplement,
    CaseRoute,
    CaseApprove,
    CaseDeny,
    CaseSuspend,
    CaseResume,
    CasePrepareRelease,
    CaseRelease,
    CaseMailRelease,
    CaseTerminate,
    CaseWithdraw,
    // Help-agent tasks (one per TaskEvent)
    TaskCreate,
    TaskClaim,
    TaskRelease,
    TaskHandover,
    TaskProgress,
    TaskComplete,
    TaskReturn,
    // Manifests between a township point and its hall
    ManifestSendForward,    // township → county hall
    ManifestSendReturn,     // results back to the township point
    ManifestReceiveForward, // at the hall
    ManifestReceiveReturn,  // at the township point
    // Ratings (好差评)
    RatingAdd,
    RatingFollowUp,
    RatingAppeal,
    RatingDecide,
    // Administration
    CatalogImport,
    CalendarImport,
    UserAdmin,
    DeviceAdmin,
    AuditRead,
    RevealPersonalData,
    // Every place's statistics from the server (the county view)
    StatisticsCounty,
};

// How far a role's right reaches: not at all, the records of the place it works at, or any.
enum class Reach { None, OwnPlace, AnyPlace };

// Where the record acted on is, seen from the actor.
enum class PlaceRelation { Own, Other };

// The role × action × place matrix, in one place: the domain rules (CaseLifecycle, TaskRules,
// ManifestRules, RatingRules) ask it who may act, the UI asks it what to show, the server asks it
// before it applies a pushed mutation or answers a request.
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static Reach reach(Role role, Action action);
    static bool allows(Role role, Action action, PlaceRelation relation);
    // Whether the role may do the action anywhere at all (what the UI shows).
    static bool mayEver(Role role, Action action) { return reach(role, action) != Reach::None; }
    // An empty Error when allowed; else "role.forbidden" or "place.forbidden" with a message.
    static Error check(Role role, Action action, PlaceRelation relation);

    static Action forCaseEvent(CaseEvent event);
    static Action forTaskEvent(TaskEvent event);
    // The action of a sync mutation ("case.transition" with its event, "task.claim", ...).
    static std::optional<Action> forMutation(const QString &name,
                                             std::optional<CaseEvent> caseEvent = std::nullopt);

    static QList<Action> allActions();
    static QString actionKey(Action action); // stable: "case.accept", "audit.read", ...
    static std::optional<Action> actionFromKey(const QString &key);
    static QString actionName(Action action); // translated
};

} // namespace ow
