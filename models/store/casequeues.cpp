#include "casequeues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

const QString rowColumns = QStringLiteral(
        "c.id, c.number, c.parent_id, c.item_name, c.department_code, c.applicant_name, c.state,"
        " c.received_at, c.due_date,"
        " (SELECT count(*) FROM cases k WHERE k.parent_id = c.id)");

// Uses cases_department(department_code, state, due_date); the hall's township points are few.
const QString reviewWhere = QStringLiteral(
        " FROM cases c WHERE c.department_code = :department"
        " AND c.state IN ('in_review', 'suspended')"
        " AND (c.place_code = :hall"
        "      OR c.place_code IN (SELECT code FROM places WHERE parent_code = :hall))");

// Uses cases_state(state, due_date). A bundle's parts go out with their main case
// (CaseLifecycle: heldForBundle), so a part waits in the queue only once the main case is closed.
const QString releaseWhere = QStringLiteral(
        " FROM cases c WHERE c.state = 'ready_for_release' AND c.release_place_code = :place"
        " AND NOT EXISTS (SELECT 1 FROM cases p WHERE p.id = c.parent_id"
        " AND p.state NOT IN ('released', 'rejected', 'terminated', 'withdrawn'))");

const QString order = QStringLiteral(" ORDER BY c.due_date IS NULL, c.due_date, c.received_at"
                                     " LIMIT :limit");

Result<QList<QueueRow>> readRows(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(CaseQueues::tr("read the work queue"), q.lastError().text());
    QList<QueueRow> rows;
    while (q.next()) {
        QueueRow r;
        r.id = q.value(0).toString();
        r.number = q.value(1).toString();
        r.parentId = q.value(2).toString();
        r.itemName = q.value(3).toString();
        r.departmentCode = q.value(4).toString();
        r.applicantName = q.value(5).toString();
        r.state = CaseLifecycle::stateFromKey(q.value(6).toString()).value_or(CaseState::InReview);
        r.receivedAt = q.value(7).isNull()
                ? QDateTime()
                : QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        r.dueDate = q.value(8).isNull() ? QDate()
                                        : QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.childCount = q.value(9).toInt();
        rows.append(r);
    }
    return rows;
}

} // namespace

CaseQueues::CaseQueues(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<QList<QueueRow>> CaseQueues::reviewQueue(const QString &departmentCode,
                                                const QString &hallCode, int limit) const
{
    if (departmentCode.isEmpty() || hallCode.isEmpty())
        return QList<QueueRow>();
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT ") + rowColumns + reviewWhere + order);
    q.bindValue(QStringLiteral(":department"), departmentCode);
    q.bindValue(QStringLiteral(":hall"), hallCode);
    q.bindValue(QStringLiteral(":limit"), limit);
    return readRows(q);
}

Result<QList<QueueRow>> CaseQueues::releaseQueue(const QString &releasePlaceCode, int limit) const
{
    if (releasePlaceCode.isEmpty())
        return QList<QueueRow>();
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT ") + rowColumns + releaseWhere + order);
    q.bindValue(QStringLiteral(":place"), releasePlaceCode);
    q.bindValue(QStringLiteral(":limit"), limit);
    return readRows(q);
}

qint64 CaseQueues::reviewCount(const QString &departmentCode, const QString &hallCode) const
{
    if (departmentCode.isEmpty() || hallCode.isEmpty())
        return 0;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT count(*)") + reviewWhere);
    q.bindValue(QStringLiteral(":department"), departmentCode);
    q.bindValue(QStringLiteral(":hall"), hallCode);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CaseQueues::releaseCount(const QString &releasePlaceCode) const
{
    if (releasePlaceCode.isEmpty())
        return 0;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT count(*)") + releaseWhere);
    q.bindValue(QStringLiteral(":place"), releasePlaceCode);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ow
