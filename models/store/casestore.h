#pragma once

#include "database.h"
#include "directorystore.h"
#include "domain/actor.h"
#include "domain/case.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>

#include <functional>

namespace ow {

// What the clerk decides at the end of an intake.
enum class IntakeDecision {
    ReceiveOnly, // 收件: save what was handed in; decide later (the statutory clock runs)
    Accept,      // 受理
    Notify,      // 一次性告知: awaiting the missing materials
    Reject,      // 不予受理
};

struct IntakeRequest
{
    ServiceItem item;
    QList<ServiceItem> bundleParts; // for a bundle item: its parts, in order
    Applicant applicant;            // id empty: a new applicant, or found by ID number
    CaseChannel channel = CaseChannel::Window;
    QList<CaseMaterial> materials; // from CaseRules::checklistFor(item), as handed in
    IntakeDecision decision = IntakeDecision::Accept;
    QString reason; // rejection reason, or the note of the one-time notice
    QString agentName;
    QString agentIdNumber;
    // More to save in the intake's transaction, given the saved case (e.g. the help-agent task
    // the applicant asked for: TaskStore::intakeFollowUp). A failure undoes the whole intake.
    std::function<Status(const QSqlDatabase &db, const Case &c)> alsoSave;
};

struct TransitionRequest
{
    CaseEvent event = CaseEvent::Route;
    QString reason;
    QString recipientIdNumber;          // release: who collects the result
    bool sameVisitAsAcceptance = false; // release right after acceptance (马上办)
    QList<CaseMaterial> materials;      // supplement: the checklist as it stands now
};

// A case's personal data, whole: only for those whose work needs it, and audited.
struct PersonalData
{
    QString idNumber; // the applicant's resident ID or credit code
    QString phone;
    QString agentIdNumber;
};

// Cases in the local store. Every action is one transaction: the case, its materials, its
// history, the outbox mutation and the audit row commit together or not at all. The moves are
// judged by CaseLifecycle, the same rule the server applies.
class CaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)
public:
    CaseStore(const std::shared_ptr<Database> &database, const WorkCalendar &calendar);

    static constexpr int maxReasonLength = 500; // characters of a reason or a note

    // An applicant entered before (数据共享): found by resident ID number or credit code.
    std::optional<Applicant> findApplicant(Applicant::Kind kind, const QString &idNumber) const;

    // Saves an intake. `deviceShortId` numbers the case; `nowUtc` is the moment of the act.
    Result<Case> intake(const IntakeRequest &request, const Actor &actor,
                        const QString &deviceShortId, const QDateTime &nowUtc);
    Result<Case> transition(const QString &caseId, const TransitionRequest &request,
                            const Actor &actor, const QDateTime &nowUtc);

    Result<Case> load(const QString &caseId) const;
    // The whole ID and phone numbers of a case, with an audit row "personal_data.reveal".
    Result<PersonalData> revealPersonalData(const QString &caseId, const Actor &actor);
    std::optional<QString> idByNumber(const QString &number) const;
    QList<Case> children(const QString &parentId) const;
    qint64 count() const;

    // The rule's context for this actor and this case (also what the UI uses to offer moves).
    TransitionContext contextFor(const Case &c, const Actor &actor, const QDate &today) const;

private:
    Status saveApplicant(const QSqlDatabase &db, Applicant &applicant,
                         const QDateTime &nowUtc) const;
    Status insertCase(const QSqlDatabase &db, const Case &c);
    Status updateCase(const QSqlDatabase &db, const Case &c);
    Status insertHistory(const QSqlDatabase &db, const Case &c, const CaseHistoryEntry &entry);
    Status applyOutcome(Case &c, const TransitionOutcome &outcome, CaseEvent event,
                        const QString &note, const Actor &actor, const QDateTime &nowUtc,
                        CaseHistoryEntry *entry);
    QString hallOf(const QString &placeCode) const;

    std::shared_ptr<Database> m_database;
    const WorkCalendar &m_calendar;
    DirectoryStore m_directory;
};

} // namespace ow
