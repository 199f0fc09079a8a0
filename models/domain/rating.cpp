#include "rating.h"

#include "permissions.h"
#include "workcalendar.h"

namespace ow {

namespace {

Error refused(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

} // namespace

std::optional<FollowUpStep> FollowUp::nextStep() const
{
    if (!callBackAt.isValid())
        return FollowUpStep::CallBack;
    if (!rectifyAt.isValid())
        return FollowUpStep::Rectify;
    if (!feedbackAt.isValid())
        return FollowUpStep::Feedback;
    return std::nullopt;
}

QList<RatingLevel> RatingRules::levels()
{
    return {RatingLevel::VerySatisfied, RatingLevel::Satisfied, RatingLevel::Basic,
            RatingLevel::Dissatisfied, RatingLevel::VeryDissatisfied};
}

std::optional<RatingLevel> RatingRules::fromValue(int value)
{
    if (value < 1 || value > 5)
        return std::nullopt;
    return RatingLevel(value);
}

QString RatingRules::key(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QStringLiteral("very_satisfied");
    case RatingLevel::Satisfied:
        return QStringLiteral("satisfied");
    case RatingLevel::Basic:
        return QStringLiteral("basic");
    case RatingLevel::Dissatisfied:
        return QStringLiteral("dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return QStringLiteral("very_dissatisfied");
    }
    return {};
}

std::optional<RatingLevel> RatingRules::fromKey(const QString &key)
{
    for (RatingLevel level : levels()) {
        if (RatingRules::key(level) == key)
            return level;
    }
    return std::nullopt;
}

QString RatingRules::displayName(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return tr("Very satisfied");
    case RatingLevel::Satisfied:
        return tr("Satisfied");
    case RatingLevel::Basic:
        return tr("Basically satisfied");
    case RatingLevel::Dissatisfied:
        return tr("Dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return tr("Very dissatisfied");
    }
    return {};
}

bool RatingRules::isBad(RatingLevel level)
{
    return level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied;
}

QString RatingRules::scopeKey(RatingScope scope)
{
    return scope == RatingScope::Visit ? QStringLiteral("visit") : QStringLiteral("case");
}

std::optional<RatingScope> RatingRules::scopeFromKey(const QString &key)
{
    if (key == QLatin1String("visit"))
        return RatingScope::Visit;
    if (key == QLatin1String("case"))
        return RatingScope::Case;
    return std::nullopt;
}

QString RatingRules::stepKey(FollowUpStep step)
{
    switch (step) {
    case FollowUpStep::CallBack:
        return QStringLiteral("call_back");
    case FollowUpStep::Rectify:
        return QStringLiteral("rectify");
    case FollowUpStep::Feedback:
        return QStringLiteral("feedback");
    }
    return {};
}

std::optional<FollowUpStep> RatingRules::stepFromKey(const QString &key)
{
    for (FollowUpStep step :
         {FollowUpStep::CallBack, FollowUpStep::Rectify, FollowUpStep::Feedback}) {
        if (stepKey(step) == key)
            return step;
    }
    return std::nullopt;
}

QString RatingRules::stepName(FollowUpStep step)
{
    switch (step) {
    case FollowUpStep::CallBack:
        return tr("Call back and verify");
    case FollowUpStep::Rectify:
        return tr("Rectify");
    case FollowUpStep::Feedback:
        return tr("Applicant's feedback");
    }
    return {};
}

QString RatingRules::appealStateKey(AppealState state)
{
    switch (state) {
    case AppealState::Pending:
        return QStringLiteral("pending");
    case AppealState::Upheld:
        return QStringLiteral("upheld");
    case AppealState::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<AppealState> RatingRules::appealStateFromKey(const QString &key)
{
    for (AppealState s : {AppealState::Pending, AppealState::Upheld, AppealState::Dismissed}) {
        if (appealStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString RatingRules::appealStateName(AppealState state)
{
    switch (state) {
    case AppealState::Pending:
        return tr("Appeal pending");
    case AppealState::Upheld:
        return tr("Appeal upheld: not counted");
    case AppealState::Dismissed:
        return tr("Appeal dismissed");
    }
    return {};
}

Error RatingRules::checkNew(const Rating &rating)
{
    if (rating.caseId.isEmpty())
        return refused(QStringLiteral("rating.case_missing"), tr("Choose the case to rate."));
    if (rating.comment.size() > maxCommentLength)
        return refused(
                QStringLiteral("rating.comment_too_long"),
                tr("The comment is too long: at most %n characters.", nullptr, maxCommentLength));
    if (rating.scope == RatingScope::Visit && rating.visitId.isEmpty())
        return refused(QStringLiteral("rating.visit_missing"),
                       tr("A rating on site belongs to a visit; none was given."));
    return {};
}

Result<QDate> RatingRules::followUpDeadline(QDate ratedOn, int workingDays,
                                            const WorkCalendar &calendar)
{
    return calendar.addWorkingDays(ratedOn, qMax(1, workingDays));
}

Error RatingRules::checkFollowUpStep(const FollowUp &followUp, FollowUpStep step, Role role,
                                     const QString &note)
{
    if (!Permissions::mayEver(role, Action::RatingFollowUp))
        return refused(QStringLiteral("role.forbidden"),
                       tr("Only a supervisor records the follow-up of a bad rating."));
    const auto next = followUp.nextStep();
    if (!next)
        return refused(QStringLiteral("followup.closed"), tr("This follow-up is closed."));
    if (*next != step)
        return refused(QStringLiteral("followup.order"),
                       tr("Record \"%1\" first.").arg(stepName(*next)));
    if (note.trimmed().isEmpty())
        return refused(QStringLiteral("reason.required"),
                       tr("Write down what was done for \"%1\".").arg(stepName(step)));
    if (note.size() > maxNoteLength)
        return refused(QStringLiteral("note.too_long"),
                       tr("The note is too long: at most %n characters.", nullptr, maxNoteLength));
    return {};
}

Error RatingRules::checkAppeal(const Rating &rating, const std::optional<Appeal> &existing,
                               const QString &userId, const QString &reason)
{
    if (!isBad(rating.level))
        return refused(QStringLiteral("appeal.not_bad"), tr("Only a bad rating can be appealed."));
    if (rating.staffId != userId)
        return refused(QStringLiteral("appeal.not_rated_staff"),
                       tr("Only the staff member who was rated may appeal this rating."));
    if (existing)
        return refused(QStringLiteral("appeal.exists"), tr("This rating was appealed already."));
    if (reason.trimmed().isEmpty())
        return refused(QStringLiteral("reason.required"),
                       tr("Say why the rating is mistaken or malicious."));
    if (reason.size() > maxNoteLength)
        return refused(
                QStringLiteral("note.too_long"),
                tr("The reason is too long: at most %n characters.", nullptr, maxNoteLength));
    return {};
}

Error RatingRules::checkAppealDecision(const std::optional<Appeal> &appeal, Role role,
                                       const QString &userId, const QString &reason)
{
    if (!appeal)
        return refused(QStringLiteral("appeal.missing"), tr("This rating has no appeal."));
    if (appeal->state != AppealState::Pending)
        return refused(QStringLiteral("appeal.decided"), tr("This appeal is decided already."));
    if (!Permissions::mayEver(role, Action::RatingDecide))
        return refused(QStringLiteral("role.forbidden"), tr("Only a supervisor decides appeals."));
    if (appeal->filedBy == userId)
        return refused(QStringLiteral("appeal.own"), tr("An appeal is decided by someone else."));
    if (reason.trimmed().isEmpty())
        return refused(QStringLiteral("reason.required"), tr("Give the reason for the decision."));
    if (reason.size() > maxNoteLength)
        return refused(
                QStringLiteral("note.too_long"),
                tr("The reason is too long: at most %n characters.", nullptr, maxNoteLength));
    return {};
}

} // namespace ow
