#include "syncissuemodel.h"

#include "domain/caselifecycle.h"
#include "domain/taskrules.h"
#include "sync/refusalwording.h"

namespace ow {

SyncIssueModel::SyncIssueModel(std::shared_ptr<Database> database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
    , m_flags(std::move(database))
{
    refresh();
}

void SyncIssueModel::refresh()
{
    beginResetModel();
    m_issues = m_store.rejected();
    m_duplicates = m_flags.openFlags();
    endResetModel();
}

const RejectedMutation *SyncIssueModel::issue(int row) const
{
    return row >= 0 && row < m_issues.size() ? &m_issues[row] : nullptr;
}

QString SyncIssueModel::stateName(const QString &stateKey)
{
    const auto state = CaseLifecycle::stateFromKey(stateKey);
    if (!state) {
        if (const auto status = TaskRules::statusFromKey(stateKey)) // a task's status
            return TaskRules::statusName(*status);
    }
    return state ? CaseLifecycle::stateDisplayName(*state) : stateKey;
}

namespace {

bool isTask(const RejectedMutation &issue)
{
    return issue.name.startsWith(QLatin1String("task."));
}

// The reason in the user's language where this device knows the rule: a claim another device
// made first names who has the task.
QString reasonOf(const RejectedMutation &issue)
{
    if (isTask(issue) && issue.code == QLatin1String("task.already_claimed")) {
        TaskOutcome outcome;
        outcome.refusal = TaskRefusal::AlreadyClaimed;
        outcome.event = TaskEvent::Claim;
        outcome.ownerName = issue.current.value(QStringLiteral("owner_name")).toString();
        return TaskRules::refusalMessage(outcome);
    }
    return RefusalWording::reason(issue.code, issue.message);
}

} // namespace

QString SyncIssueModel::attempted(const RejectedMutation &issue)
{
    if (issue.name == QLatin1String("case.receive"))
        return tr("Intake of a new case");
    if (isTask(issue)) {
        if (const auto event = TaskRules::eventFromKey(issue.event))
            return TaskRules::eventName(*event);
    }
    const auto event = CaseLifecycle::eventFromKey(issue.event);
    return event ? CaseLifecycle::eventDisplayName(*event) : issue.event;
}

QString SyncIssueModel::advice(const RejectedMutation &issue)
{
    if (issue.name == QLatin1String("case.receive")) {
        return tr("The server does not have this case. Check the case with the applicant and "
                  "tell the IT administrator; the case stays on this device only.");
    }
    // The task has left "mine": saying who has it now is all there is to do.
    if (isTask(issue) && issue.code == QLatin1String("task.already_claimed"))
        return reasonOf(issue);
    if (issue.serverState.isEmpty()) {
        return tr("Open the case and check it; if the move is still needed, make it again. "
                  "Tell the IT administrator if this repeats.");
    }
    const auto state = CaseLifecycle::stateFromKey(issue.serverState);
    if (state && CaseLifecycle::isFinal(*state)) {
        return tr("The case is already closed (%1) on the server, so your move was not made. "
                  "Tell the applicant if it concerns them; nothing else to do.")
                .arg(stateName(issue.serverState));
    }
    return tr("Someone else moved the case first: it is now \"%1\". Open the case, check what "
              "happened and make the move again if it still applies.")
            .arg(stateName(issue.serverState));
}

int SyncIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int SyncIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncIssueModel::data(const QModelIndex &index, int role) const
{
    const RejectedMutation *r = index.isValid() ? issue(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CaseColumn:
            return r->caseNumber.isEmpty() ? tr("(not on this device)") : r->caseNumber;
        case AttemptColumn:
            return attempted(*r);
        case ReasonColumn:
            return reasonOf(*r);
        case ServerStateColumn:
            return r->serverState.isEmpty() ? tr("—") : stateName(r->serverState);
        case AdviceColumn:
            return advice(*r);
        }
        break;
    case MutationIdRole:
        return r->mutationId;
    case CaseIdRole:
        return r->entityId;
    case DetailRole:
        return QString(
                tr("Case %1\nAttempted: %2 (%3)\nServer's reason: %4\nOn the server the case is: "
                   "%5\nWhat you can do: %6")
                        .arg(r->caseNumber, attempted(*r),
                             r->createdAt.toLocalTime().toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm")),
                             reasonOf(*r),
                             r->serverState.isEmpty() ? tr("not known") : stateName(r->serverState),
                             advice(*r))
                + QLatin1Char('\n') + RefusalWording::detail(r->code, r->message));
    default:
        break;
    }
    return {};
}

QVariant SyncIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case AttemptColumn:
        return tr("Attempted");
    case ReasonColumn:
        return tr("Server's reason");
    case ServerStateColumn:
        return tr("State on the server");
    case AdviceColumn:
        return tr("What you can do");
    }
    return {};
}

} // namespace ow
