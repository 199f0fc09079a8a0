#pragma once

#include "store/casestore.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace ow {

class Workspace;

// 终止: terminates the cases whose 补正 or 容缺 deadline has passed
// (CaseStore::terminateOverdue), as the user working on this device, when the client starts and
// again on each new business day while it runs.
class DeadlineSweeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineSweeper)
public:
    DeadlineSweeper(Workspace &workspace, CaseStore &cases, QObject *parent = nullptr);
    ~DeadlineSweeper() override;

    // Sweeps once the event loop runs, then checks every few minutes for a new business day.
    void start();
    // Sweeps now unless this business day was swept already.
    void sweepIfNewDay();
    // Sweeps now.
    Result<TerminationSweep> sweep();
    QDate lastSweptOn() const { return m_lastSweptOn; }

signals:
    void swept(const QStringList &terminatedNumbers);
    void statusMessage(const QString &message);

private:
    Workspace &m_workspace;
    CaseStore &m_cases;
    QTimer m_timer;
    QDate m_lastSweptOn;
};

} // namespace ow
