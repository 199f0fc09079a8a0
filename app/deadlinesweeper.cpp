#include "deadlinesweeper.h"

#include "domain/businessclock.h"
#include "store/workspace.h"

namespace ow {

DeadlineSweeper::DeadlineSweeper(Workspace &workspace, CaseStore &cases, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_cases(cases)
{
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineSweeper::sweepIfNewDay);
}

DeadlineSweeper::~DeadlineSweeper() = default;

void DeadlineSweeper::start()
{
    QTimer::singleShot(0, this, &DeadlineSweeper::sweepIfNewDay);
    m_timer.start();
}

void DeadlineSweeper::sweepIfNewDay()
{
    if (m_lastSweptOn.isValid() && m_lastSweptOn == BusinessClock::today())
        return;
    (void)sweep();
}

Result<TerminationSweep> DeadlineSweeper::sweep()
{
    const QDateTime now = BusinessClock::nowUtc();
    auto result = m_cases.terminateOverdue(m_workspace.actor(), now);
    if (!result) {
        emit statusMessage(result.error().message);
        return result;
    }
    m_lastSweptOn = CaseRules::businessDate(now);
    const TerminationSweep &done = result.value();
    if (!done.terminated.isEmpty()) {
        emit statusMessage(tr("%n case(s) terminated: the deadline for their materials passed "
                              "(%1).",
                              nullptr, int(done.terminated.size()))
                                   .arg(done.terminated.join(QStringLiteral(", "))));
        emit swept(done.terminated);
    }
    if (!done.failures.isEmpty())
        emit statusMessage(done.failures.constFirst().message);
    return result;
}

} // namespace ow
