#pragma once

#include "directory.h"
#include "result.h"
#include "role.h"
#include "serviceitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ow {

// The states of a case (办件状态); docs/case-lifecycle.md draws the machine.
enum class CaseState {
    Received,          // 收件: materials handed in and saved
    Accepted,          // 受理
    AwaitingMaterials, // 一次性告知 issued, waiting for 补正
    Rejected,          // 不予受理
    InReview,          // routed to the department (后台审批)
    Suspended,         // 特别程序: the due-date clock pauses
    Approved,          // 准予
    Denied,            // 不予
    ReadyForRelease,   // result at the window, waiting for the applicant
    Released,          // 出件
    Terminated,        // 终止: 补正 or 容缺 deadline missed
    Withdrawn,         // 撤回, at the applicant's request
};

// What may happen to a case; each is one intent mutation on the sync wire.
enum class CaseEvent {
    Receive,        // 收件
    Accept,         // 受理
    Notify,         // 一次性告知
    Reject,         // 不予受理
    Supplement,     // 补正 completed: the case is accepted
    Route,          // forward to the department (from a township point: to the county)
    Approve,        // 准予
    Deny,           // 不予
    Suspend,        // 特别程序 begins
    Resume,         // 特别程序 ends
    PrepareRelease, // the result is at the window
    Release,        // 出件 at the counter
    MailRelease,    // 邮寄送达
    Terminate,      // 终止
    Withdraw,       // 撤回
};

// How the applicant's matter reached us (受理渠道).
enum class CaseChannel {
    Window,   // in person at a hall window
    Township, // in person at a township point (就近办)
    Agent,    // handed over to a help agent (代办)
    Online,   // 网上办
};

// What a transition does to the statutory due-date clock.
enum class ClockEffect { None, Start, Pause, Resume, Stop };

// Why a transition was refused, from the first check that failed (in this order).
enum class Refusal {
    None,
    IllegalTransition,   // "transition.illegal"
    RoleForbidden,       // "role.forbidden"
    PlaceForbidden,      // "place.forbidden"
    DepartmentForbidden, // "department.forbidden"
    ItemNotTownship,     // "item.township_forbidden"
    ChannelForbidden,    // "channel.forbidden"
    NoticeTooLate,       // "notice.too_late"
    MaterialsIncomplete, // "materials.incomplete"
    DeadlineNotPassed,   // "deadline.not_passed"
    ReasonRequired,      // "reason.required"
    BundleUndecided,     // "bundle.undecided"
    BundlePartHeld,      // "bundle.part_held"
};

// Everything the rule looks at: who acts, where, and the facts of the case.
struct TransitionContext
{
    // The actor
    Role role = Role::Counter;
    Place::Kind placeKind = Place::Kind::Hall;
    QString placeCode;      // where the actor works
    QString departmentCode; // approvers: the department they decide for

    // The case
    QString caseDepartmentCode; // the department that decides the item
    QString caseHallCode;       // the hall the case belongs to (a township case: its county hall)
    QString acceptingPlaceCode; // where it was received and is accepted: a hall or a township
    QString releasePlaceCode;   // where its result is held for release
    CaseChannel channel = CaseChannel::Window;
    bool townshipAcceptable = false; // the item may be accepted at a township point
    bool materialsComplete = false;  // every required material is present (容缺 ones aside)
    bool materialsOverdue = false;   // an outstanding material's 补正/容缺 deadline has passed
    bool deemedAccepted = false;     // licensing, no notice within 5 working days of receipt
    bool sameVisitAsAcceptance = false; // release in the visit that was accepted (马上办)
    // 一件事一次办: the results of a bundle go to the applicant together.
    bool bundlePartsPending = false; // a bundle's main case: one of its parts is not decided
    bool heldForBundle = false;      // a part whose bundle's main case is still open
    QString reason;                  // the reason or note the actor gave
};

struct TransitionOutcome
{
    bool allowed = false;
    CaseState to = CaseState::Received; // meaningful only when allowed
    Refusal refusal = Refusal::None;
    int tripDelta = 0; // what the move adds to the applicant's trips (最多跑一次)
    ClockEffect clock = ClockEffect::None;

    // What was asked, so that message() can say why it was refused.
    std::optional<CaseState> from;
    CaseEvent event = CaseEvent::Receive;
    Role role = Role::Counter;

    explicit operator bool() const { return allowed; }
    QString refusalCode() const; // stable, e.g. "role.forbidden"; empty when allowed
    QString message() const;     // translated; empty when allowed
    Error toError() const;       // an empty Error when allowed
};

// The case state machine and who may make each move. Pure: the client checks a move when it is
// made, the server again when the mutation arrives.
class CaseLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(CaseLifecycle)
public:
    // `from` is empty for a case not yet received: only Receive applies to it.
    static TransitionOutcome apply(std::optional<CaseState> from, CaseEvent event,
                                   const TransitionContext &context);
    static TransitionOutcome receive(const TransitionContext &context);
    // The moves the actor may make now; those needing a reason are listed without one (the UI
    // asks for it, see needsReason()).
    static QList<CaseEvent> availableEvents(std::optional<CaseState> from,
                                            const TransitionContext &context);

    // The bare graph, without actors: where the event leads from `from`, if anywhere.
    static std::optional<CaseState> targetState(std::optional<CaseState> from, CaseEvent event);
    static bool needsReason(CaseEvent event);
    static bool isFinal(CaseState state); // no event leaves it
    static bool isOpen(CaseState state);  // not final
    // Undecided, so the applicant may still withdraw: received ... suspended.
    static bool isPending(CaseState state);
    // 一件事一次办: when the bundle's main case is released (or posted), each part whose
    // result is at the window goes out with it, in the same act.
    static bool releasesWithBundle(CaseState partState);
    // The states a missed 补正/容缺 deadline terminates (终止) from.
    static bool isTerminable(CaseState state);

    static QList<CaseState> allStates();
    static QList<CaseEvent> allEvents();
    static QList<CaseChannel> allChannels();

    // Stable keys for storage and the sync wire: "received", "in_review", "mail_release", ...
    static QString stateKey(CaseState state);
    static std::optional<CaseState> stateFromKey(const QString &key);
    static QString eventKey(CaseEvent event);
    static std::optional<CaseEvent> eventFromKey(const QString &key);
    static QString channelKey(CaseChannel channel);
    static std::optional<CaseChannel> channelFromKey(const QString &key);
    static QString refusalKey(Refusal refusal);

    static QString stateDisplayName(CaseState state); // translated
    static QString eventDisplayName(CaseEvent event); // translated
    static QString refusalMessage(const TransitionOutcome &outcome);

    // 一次性告知 for licensing items (行政许可法 第三十二条): without a notice within 5 working
    // days of receipt the application counts as accepted from the day it was received.
    using AddWorkingDays = std::function<QDate(QDate from, int workingDays)>;
    static int noticeDeadlineWorkingDays() { return 5; }
    // The last day a notice may be issued: 5 working days after receipt (the day of receipt
    // itself does not count). Invalid if receivedOn is invalid or no calendar is given.
    static QDate noticeDeadline(QDate receivedOn, const AddWorkingDays &addWorkingDays);
    // True for a licensing case still in Received after its notice deadline.
    static bool isDeemedAccepted(ItemKind kind, CaseState state, QDate receivedOn, QDate today,
                                 const AddWorkingDays &addWorkingDays);
};

} // namespace ow
