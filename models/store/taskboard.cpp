#include "taskboard.h"

#include "domain/taskrules.h"

#include <QSqlQuery>

namespace ow {

namespace {

const QString selectColumns = QStringLiteral(
        "SELECT id, kind, title, case_number, applicant_name, requester_name, department_code,"
        " priority, priority_rank, status, owner_id, owner_name, claim_provisional, due_date"
        " FROM tasks");

BoardRow rowFrom(const QSqlQuery &q)
{
    BoardRow r;
    r.id = q.value(0).toString();
    r.kind = TaskRules::kindFromKey(q.value(1).toString()).value_or(TaskKind::Help);
    r.title = q.value(2).toString();
    r.caseNumber = q.value(3).toString();
    r.applicantName = q.value(4).toString();
    r.requesterName = q.value(5).toString();
    r.departmentCode = q.value(6).toString();
    r.priority = TaskRules::priorityFromKey(q.value(7).toString()).value_or(TaskPriority::Normal);
    r.priorityRank = q.value(8).toInt();
    r.status = TaskRules::statusFromKey(q.value(9).toString()).value_or(TaskStatus::Open);
    r.ownerId = q.value(10).toString();
    r.ownerName = q.value(11).toString();
    r.claimProvisional = q.value(12).toBool();
    r.dueDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    return r;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

TaskBoard::TaskBoard(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QList<BoardView> TaskBoard::allViews()
{
    return {BoardView::Pool, BoardView::Mine, BoardView::Others, BoardView::Due, BoardView::Done};
}

QString TaskBoard::viewName(BoardView view)
{
    switch (view) {
    case BoardView::Pool:
        return tr("Open pool");
    case BoardView::Mine:
        return tr("Mine");
    case BoardView::Others:
        return tr("Claimed by others");
    case BoardView::Due:
        return tr("Near due / overdue");
    case BoardView::Done:
        return tr("Done");
    }
    return {};
}

TaskBoard::Statement TaskBoard::statement(BoardView view, const BoardScope &scope, int limit,
                                          const std::optional<BoardRow> &after, bool counting) const
{
    Statement s;
    QString where;
    switch (view) {
    case BoardView::Pool:
        where = QStringLiteral(" WHERE place_code = ? AND phase = 0");
        s.binds << scope.placeCode;
        if (!scope.departmentCodes.isEmpty()) {
            where += QStringLiteral(" AND department_code IN (''");
            for (const QString &code : scope.departmentCodes) {
                where += QStringLiteral(",?");
                s.binds << code;
            }
            where += QStringLiteral(")");
        }
        break;
    case BoardView::Mine:
        where = QStringLiteral(" WHERE owner_id = ? AND phase = 1");
        s.binds << scope.userId;
        break;
    case BoardView::Others:
        where = QStringLiteral(" WHERE place_code = ? AND phase = 1 AND owner_id != ?");
        s.binds << scope.placeCode << scope.userId;
        break;
    case BoardView::Due:
        where = QStringLiteral(" WHERE place_code = ? AND phase < 2 AND due_date <= ?");
        s.binds << scope.placeCode << scope.nearDueLimit.toString(Qt::ISODate);
        break;
    case BoardView::Done:
        where = QStringLiteral(" WHERE place_code = ? AND phase = 2");
        s.binds << scope.placeCode;
        break;
    }
    if (counting) {
        s.sql = QStringLiteral("SELECT count(*) FROM tasks") + where;
        return s;
    }
    const bool byDue = view == BoardView::Due;
    if (after) {
        if (byDue) {
            where += QStringLiteral(" AND (due_date, id) > (?, ?)");
            s.binds << after->dueDate.toString(Qt::ISODate) << after->id;
        } else {
            where += QStringLiteral(" AND (priority_rank, due_date, id) > (?, ?, ?)");
            s.binds << after->priorityRank << after->dueDate.toString(Qt::ISODate) << after->id;
        }
    }
    s.sql = selectColumns + where
            + (byDue ? QStringLiteral(" ORDER BY due_date, id")
                     : QStringLiteral(" ORDER BY priority_rank, due_date, id"))
            + QStringLiteral(" LIMIT ?");
    s.binds << limit;
    return s;
}

QList<BoardRow> TaskBoard::fetch(BoardView view, const BoardScope &scope, int limit,
                                 const std::optional<BoardRow> &after) const
{
    QList<BoardRow> rows;
    const Statement s = statement(view, scope, limit, after, false);
    QSqlQuery q(m_database->connection());
    if (!run(q, s.sql, s.binds))
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

qint64 TaskBoard::count(BoardView view, const BoardScope &scope, int cap) const
{
    Statement s = statement(view, scope, 0, std::nullopt, true);
    if (cap > 0) {
        s.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1")
                + s.sql.mid(QStringLiteral("SELECT count(*)").size()) + QStringLiteral(" LIMIT ?)");
        s.binds << cap;
    }
    QSqlQuery q(m_database->connection());
    if (run(q, s.sql, s.binds) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QList<TaskNotice> TaskBoard::notices(const BoardScope &scope, qint64 afterSeq, int limit) const
{
    QList<TaskNotice> result;
    QSqlQuery q(m_database->connection());
    if (run(q,
            QStringLiteral("SELECT l.seq, l.task_id, t.title, COALESCE(u.display_name, l.user_id),"
                           " t.due_date FROM task_log l JOIN tasks t ON t.id = l.task_id"
                           " LEFT JOIN users u ON u.id = l.user_id"
                           " WHERE l.owner_after = ? AND l.seq > ? AND l.user_id != ?"
                           " AND l.event = 'handover' AND t.owner_id = ? AND t.phase = 1"
                           " ORDER BY l.seq LIMIT ?"),
            {scope.userId, afterSeq, scope.userId, scope.userId, limit})) {
        while (q.next()) {
            TaskNotice n;
            n.kind = TaskNotice::Kind::Assigned;
            n.seq = q.value(0).toLongLong();
            n.taskId = q.value(1).toString();
            n.title = q.value(2).toString();
            n.byName = q.value(3).toString();
            n.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            result.append(n);
        }
    }
    if (run(q,
            QStringLiteral("SELECT id, title, due_date FROM tasks WHERE owner_id = ? AND phase = 1"
                           " AND due_date <= ? ORDER BY due_date, id LIMIT ?"),
            {scope.userId, scope.nearDueLimit.toString(Qt::ISODate), limit})) {
        while (q.next()) {
            TaskNotice n;
            n.kind = TaskNotice::Kind::NearDue;
            n.taskId = q.value(0).toString();
            n.title = q.value(1).toString();
            n.dueDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            result.append(n);
        }
    }
    return result;
}

QStringList TaskBoard::explain(BoardView view, const BoardScope &scope) const
{
    QStringList lines;
    const Statement s = statement(view, scope, 50, std::nullopt, false);
    QSqlQuery q(m_database->connection());
    if (run(q, QStringLiteral("EXPLAIN QUERY PLAN ") + s.sql, s.binds)) {
        while (q.next())
            lines.append(q.value(3).toString());
    }
    return lines;
}

} // namespace ow
