#pragma once

#include "database.h"

#include <QDate>

namespace ow {

struct TaskGenOptions
{
    qint64 tasks = 1000;
    QString placeCode; // the pool they go to; empty: the first hall of the directory
    int agents = 12;   // agents at the place who own the claimed and closed tasks (made if missing)
    quint32 seed = 1;  // same seed, same options: the same tasks
    QDate asOf;        // "today" for due dates; invalid: the store's last business day or today
};

struct TaskGenReport
{
    qint64 tasks = 0;
    qint64 logRows = 0;
    qint64 linkedToCases = 0;
    QStringList agentIds; // the agents owning tasks (benchmarks claim as them)
    double seconds = 0;
};

// Realistic help-agent tasks for demos and benchmarks: linked to the store's cases where there
// are any (their numbers and applicants), priorities skewed (most normal; elderly, disabled and
// key projects fewer), a third open, a quarter with an agent, the rest closed, with their logs.
// Generated tasks count as already synchronised: no outbox and no audit rows.
class TaskGenerator final
{
public:
    static Result<TaskGenReport> generate(const std::shared_ptr<Database> &database,
                                          const TaskGenOptions &options);
};

} // namespace ow
