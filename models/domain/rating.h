#pragma once

#include "result.h"
#include "role.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ow {

class WorkCalendar;

// The national five levels of 好差评, best first; the last two are a bad rating (差评).
enum class RatingLevel {
    VerySatisfied = 5,    // 非常满意
    Satisfied = 4,        // 满意
    Basic = 3,            // 基本满意
    Dissatisfied = 2,     // 不满意
    VeryDissatisfied = 1, // 非常不满意
};

// 一次一评: one rating per visit on site; 一事一评: one per case for mailed or online results.
enum class RatingScope { Visit, Case };

// A follow-up of a bad rating walks 回访核实 → 整改 → 反馈, each step recorded once.
enum class FollowUpStep { CallBack, Rectify, Feedback };

// An appeal (申诉复核) by the rated staff member, decided by a supervisor.
enum class AppealState { Pending, Upheld, Dismissed };

struct Rating
{
    QString id; // UUID v7
    QString caseId;
    RatingScope scope = RatingScope::Visit;
    QString visitId; // the visit's case history entry; the case id for RatingScope::Case
    RatingLevel level = RatingLevel::VerySatisfied;
    QString comment;
    QDateTime ratedAt;
    QDate businessDate; // Asia/Shanghai
    QString placeCode;  // where the rating was given
    QString staffId;    // the staff member rated (who served at that visit)
    QString itemCode;
    QString departmentCode;
    QString deviceId;
};

struct FollowUp
{
    QString ratingId;
    QDate openedOn;
    QDate deadline;
    QString callBackNote; // 回访核实
    QDateTime callBackAt;
    QString callBackBy;
    QString rectifyNote; // 整改
    QDateTime rectifyAt;
    QString rectifyBy;
    QString feedbackNote; // 反馈: the applicant's response
    QDateTime feedbackAt;
    QString feedbackBy;
    bool isClosed() const { return feedbackAt.isValid(); }
    // The next step to record; empty when closed.
    std::optional<FollowUpStep> nextStep() const;
};

struct Appeal
{
    QString ratingId;
    AppealState state = AppealState::Pending;
    QString filedBy;
    QDateTime filedAt;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
};

// The 好差评 rules, pure: the client checks an act when it is made, the server again when the
// mutation arrives.
class RatingRules final
{
    Q_DECLARE_TR_FUNCTIONS(RatingRules)
public:
    static constexpr int maxCommentLength = 200; // characters of the applicant's comment
    static constexpr int maxNoteLength = 500;    // follow-up notes, appeal reasons
    static constexpr int defaultFollowUpWorkingDays = 5;

    static QList<RatingLevel> levels(); // best first
    static int value(RatingLevel level) { return int(level); }
    static std::optional<RatingLevel> fromValue(int value); // 1..5
    static QString key(RatingLevel level);                  // "very_satisfied", ...
    static std::optional<RatingLevel> fromKey(const QString &key);
    static QString displayName(RatingLevel level); // translated: 非常满意 …
    static bool isBad(RatingLevel level);          // 不满意, 非常不满意
    static bool isSatisfied(RatingLevel level) { return !isBad(level); }

    static QString scopeKey(RatingScope scope); // "visit", "case"
    static std::optional<RatingScope> scopeFromKey(const QString &key);
    // Results mailed or the application made online are rated once per case; a visit on site
    // once per visit.
    static RatingScope scopeFor(bool mailedOrOnline)
    {
        return mailedOrOnline ? RatingScope::Case : RatingScope::Visit;
    }

    static QString stepKey(FollowUpStep step); // "call_back", "rectify", "feedback"
    static std::optional<FollowUpStep> stepFromKey(const QString &key);
    static QString stepName(FollowUpStep step);       // translated
    static QString appealStateKey(AppealState state); // "pending", "upheld", "dismissed"
    static std::optional<AppealState> appealStateFromKey(const QString &key);
    static QString appealStateName(AppealState state); // translated

    // A new rating: the comment's length; an empty Error when it may be saved.
    static Error checkNew(const Rating &rating);
    // The follow-up deadline: `workingDays` working days after the day of the rating.
    static Result<QDate> followUpDeadline(QDate ratedOn, int workingDays,
                                          const WorkCalendar &calendar);
    static bool isOverdue(const FollowUp &followUp, QDate today)
    {
        return !followUp.isClosed() && followUp.deadline.isValid() && today > followUp.deadline;
    }
    // May `role` record `step` on this follow-up now? Steps go in order; supervisors record them.
    static Error checkFollowUpStep(const FollowUp &followUp, FollowUpStep step, Role role,
                                   const QString &note);
    // Only the rated staff member may appeal, a bad rating only, once.
    static Error checkAppeal(const Rating &rating, const std::optional<Appeal> &existing,
                             const QString &userId, const QString &reason);
    // A supervisor other than the appellant decides a pending appeal, with a reason.
    static Error checkAppealDecision(const std::optional<Appeal> &appeal, Role role,
                                     const QString &userId, const QString &reason);
    // Whether a rating counts in 满意率: all do except those whose appeal was upheld.
    static bool countsInSatisfaction(const std::optional<Appeal> &appeal)
    {
        return !appeal || appeal->state != AppealState::Upheld;
    }
};

} // namespace ow
