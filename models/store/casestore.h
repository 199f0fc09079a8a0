#pragma once

#include "changejournal.h"
#include "database.h"
#include "directorystore.h"
#include "domain/actor.h"
#include "domain/case.h"
#include "domain/permissions.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QHash>

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
    // Releasing a bundle's main case releases its ready parts in the same act (一件事一次办).
    // Each part's release is journalled as its own mutation, so the server, applying the
    // mutations one by one, does not cascade.
    bool releaseBundleParts = true;
};

// A case's personal data, whole: only for those whose work needs it, and audited.
struct PersonalData
{
    QString idNumber; // the applicant's resident ID or credit code
    QString phone;
    QString agentIdNumber;
};

// What a termination sweep did: the cases it terminated, those it may not terminate (another
// place's, or a role that does not terminate) and those it could not save.
struct TerminationSweep
{
    QStringList terminated; // case numbers
    int notPermitted = 0;
    QList<Error> failures;
};

// Cases in the local store. Every action is one transaction: the case, its materials, its
// history, the outbox mutation and the audit row commit together or not at all. The moves are
// judged by CaseLifecycle, the same rule the server applies.
class CaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)
public:
    CaseStore(const std::shared_ptr<Database> &database, const WorkCalendar &calendar);

    // Where writes are journaled: the outbox and the audit log by default (a device); the
    // server sets its own (audit log and pull change log).
    void setJournal(std::shared_ptr<ChangeJournal> journal);
    // Whether an applicant's name grams (applicant_name_grams, the search by any two characters
    // of a name) are written with the applicant: on a device, yes; the server searches no name
    // and writes none (server migration 11).
    void setNameGrams(bool write) { m_nameGrams = write; }

    static constexpr int maxReasonLength = 500; // characters of a reason or a note

    // An applicant entered before (数据共享): found by resident ID number or credit code.
    std::optional<Applicant> findApplicant(Applicant::Kind kind, const QString &idNumber) const;

    // Saves an intake. `deviceShortId` numbers the case; `nowUtc` is the moment of the act.
    Result<Case> intake(const IntakeRequest &request, const Actor &actor,
                        const QString &deviceShortId, const QDateTime &nowUtc);
    // mutationId: the id of the history entry and of the mutation; a new one when empty (the
    // server passes the id of the mutation it applies).
    Result<Case> transition(const QString &caseId, const TransitionRequest &request,
                            const Actor &actor, const QDateTime &nowUtc,
                            const QString &mutationId = {});
    // The same move on `current`, the case as this connection's transaction holds it now (the
    // server keeps the cases a push batch wrote instead of reading them back).
    Result<Case> transition(const Case &current, const TransitionRequest &request,
                            const Actor &actor, const QDateTime &nowUtc,
                            const QString &mutationId = {});
    // The server's side of `case.receive`: checks the whole case a device received with the
    // same rules (applicant, agent, item in the catalogue, number, place = the actor's, state
    // received) and inserts it; the applicant is matched by (kind, ID number). Its history
    // entry gets mutationId. Inside an outer transaction it is a savepoint.
    Result<Case> applyReceived(const Case &received, const Actor &actor, const QString &mutationId);

    // 终止: terminates every case whose 补正 deadline (one-time notice) or 容缺 promise has
    // passed as of the business date of `nowUtc` (CaseRules::terminationDue), each in its own
    // transaction through transition(), so history, outbox and audit are written as for any
    // move. Cases the actor may not terminate are left for those who may.
    Result<TerminationSweep> terminateOverdue(const Actor &actor, const QDateTime &nowUtc);

    Result<Case> load(const QString &caseId) const;
    // The whole ID and phone numbers of a case, with an audit row "personal_data.reveal".
    Result<PersonalData> revealPersonalData(const QString &caseId, const Actor &actor);
    std::optional<QString> idByNumber(const QString &number) const;
    QList<Case> children(const QString &parentId) const;
    qint64 count() const;

    // While a Batch lives, the directory's places and users and the catalogue's item codes are
    // read once and remembered: for a run of writes inside one outer write transaction (the
    // server's push batch), where nothing else can change them. The rules stay the same.
    //
    // deferCaseRows (the server's optimistic batch only, whose every refusal undoes the whole
    // transaction): the case row applyReceived() would insert, and its history, are held back
    // while the moves that follow on the same case (without a change of materials) are applied
    // to it in memory; the row is inserted once, in its last state, when anything else is done
    // (any other case, a read of the cases, flushCaseRow()). The rows are the same as an insert
    // followed by updates would leave (the intake writes its new case the same way).
    class Batch final
    {
        Q_DISABLE_COPY_MOVE(Batch)
    public:
        explicit Batch(CaseStore &store, bool deferCaseRows = false);
        ~Batch();

    private:
        CaseStore &m_store;
    };
    // Writes the case row a Batch holds back, if any (and reports a hold-back write that failed
    // earlier, inside a read). Call before anything reads the cases outside this store, and
    // before the commit.
    Status flushCaseRow() const;

    // The rule's context for this actor and this case (also what the UI uses to offer moves).
    TransitionContext contextFor(const Case &c, const Actor &actor, const QDate &today) const;
    // Whether a case is the place's own (its hall, accepting place or release place) in the
    // sense of the permission matrix.
    PlaceRelation relationOf(const Case &c, const QString &placeCode) const;

private:
    Status saveApplicant(const QSqlDatabase &db, Applicant &applicant,
                         const QDateTime &nowUtc) const;
    Status insertCase(const QSqlDatabase &db, const Case &c) const;
    // materialsChanged: the checklist was changed (补正); otherwise its rows are left alone.
    Status updateCase(const QSqlDatabase &db, const Case &c, bool materialsChanged);
    Status insertHistory(const QSqlDatabase &db, const Case &c,
                         const CaseHistoryEntry &entry) const;
    Status applyOutcome(Case &c, const TransitionOutcome &outcome, CaseEvent event,
                        const QString &note, const Actor &actor, const QDateTime &nowUtc,
                        const QString &entryId, CaseHistoryEntry *entry);
    JournalEntry receiveEntry(const Case &c, const QString &mutationId) const;
    JournalEntry transitionEntry(const Case &c, const TransitionRequest &request,
                                 const QString &mutationId, const QDateTime &nowUtc) const;
    static QString checkAgent(const QString &name, const QString &idNumber);
    QString hallOf(const QString &placeCode) const;
    void addBundleFacts(const Case &c, TransitionContext &ctx) const;
    Status releaseBundleParts(const QSqlDatabase &db, const Case &parent,
                              const TransitionRequest &request, const Actor &actor,
                              const QDateTime &nowUtc);
    QDate supplementDeadline(QDate noticeDay) const;
    std::optional<Place> placeOf(const QString &code) const;
    std::optional<User> userOf(const QString &id) const;
    Result<bool> itemExists(const QSqlDatabase &db, const QString &code) const;

    std::shared_ptr<Database> m_database;
    const WorkCalendar &m_calendar;
    DirectoryStore m_directory;
    std::shared_ptr<ChangeJournal> m_journal;
    bool m_nameGrams = true;
    // Remembered while a Batch lives.
    bool m_inBatch = false;
    mutable QHash<QString, std::optional<Place>> m_places;
    mutable QHash<QString, std::optional<User>> m_users;
    mutable QHash<QString, bool> m_items;
    // The case row held back (Batch with deferCaseRows): the case in its last state and its
    // history entries not yet written.
    struct HeldCase
    {
        Case c;
        QList<CaseHistoryEntry> entries;
    };
    bool m_deferCaseRows = false;
    mutable std::optional<HeldCase> m_held;
    mutable std::optional<Error> m_heldError; // a hold-back write that failed inside a read
};

} // namespace ow
