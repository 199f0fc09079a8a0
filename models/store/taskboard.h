#pragma once

#include "database.h"
#include "domain/agenttask.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace ow {

// The board's views of the task queue.
enum class BoardView {
    Pool,   // open tasks of my place (and my departments)
    Mine,   // claimed by me or in progress with me
    Others, // claimed by other agents of my place
    Due,    // open or active at my place, due by the next working day or overdue
    Done,   // done or returned at my place
};

// Who looks at the board.
struct BoardScope
{
    QString userId;
    QString placeCode;
    QStringList departmentCodes; // empty: every department
    QDate nearDueLimit;          // the Due view: due on or before this date
};

// One line of the board: what it shows and sorts by.
struct BoardRow
{
    QString id;
    TaskKind kind = TaskKind::Help;
    QString title;
    QString caseNumber;
    QString applicantName;
    QString requesterName;
    QString departmentCode;
    TaskPriority priority = TaskPriority::Normal;
    int priorityRank = 3;
    TaskStatus status = TaskStatus::Open;
    QString ownerId;
    QString ownerName;
    bool claimProvisional = false;
    QDate dueDate;
};

// Something the agent should see: a task given to them, or one of theirs near due.
struct TaskNotice
{
    enum class Kind { Assigned, NearDue };
    Kind kind = Kind::Assigned;
    qint64 seq = 0; // Assigned: the log line's seq (notices after a seen seq are new)
    QString taskId;
    QString title;
    QString byName; // Assigned: who gave it
    QDate dueDate;
};

// Reads the board's views with bounded, indexed queries in (priority, due, id) order — the Due
// view in (due, id) order — a page at a time (keyset pagination: pass a page's last row as
// `after` for the next). Every view is an index range, so its first page costs the same with
// 100 tasks or 100,000 (docs/tasks.md).
class TaskBoard final
{
    Q_DECLARE_TR_FUNCTIONS(TaskBoard)
public:
    explicit TaskBoard(std::shared_ptr<Database> database);

    QList<BoardRow> fetch(BoardView view, const BoardScope &scope, int limit,
                          const std::optional<BoardRow> &after = {}) const;
    // Counts at most `cap` rows (0: all), so that a tab's count costs little however big the
    // pool: a result equal to the cap means "cap or more".
    qint64 count(BoardView view, const BoardScope &scope, int cap = 0) const;
    // Tasks handed or assigned to the user by someone else after `afterSeq`, newest last, and
    // the user's tasks due by the near-due limit.
    QList<TaskNotice> notices(const BoardScope &scope, qint64 afterSeq, int limit = 20) const;

    // Tests: EXPLAIN QUERY PLAN of the first page of a view.
    QStringList explain(BoardView view, const BoardScope &scope) const;

    static QList<BoardView> allViews();
    static QString viewName(BoardView view); // translated

private:
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    Statement statement(BoardView view, const BoardScope &scope, int limit,
                        const std::optional<BoardRow> &after, bool counting) const;

    std::shared_ptr<Database> m_database;
};

} // namespace ow
