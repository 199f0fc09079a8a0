#include "demoratings.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

Result<qint64> DemoRatings::generate(const QSqlDatabase &db)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    // draw = a fixed scramble of the row number into 0..9999.
    const QString insert = QStringLiteral(
            "INSERT INTO ratings (id, case_id, scope, visit_id, level, comment, rated_at,"
            " business_date, place_code, staff_id, item_code, department_code, device_id)"
            " SELECT 'demo-' || id, id, 'case', id,"
            "  CASE WHEN d < 8500 THEN 5 WHEN d < 9500 THEN 4 WHEN d < 9850 THEN 3"
            "   WHEN d < 9950 THEN 2 ELSE 1 END,"
            "  '', released_at, date(released_at, '+8 hours'), release_place_code, staff_id,"
            "  item_code, department_code, 'demo'"
            " FROM (SELECT *, (rowid * 7919 + 104729) % 10000 AS d,"
            "        (rowid * 104723 + 7) % 100 AS taken FROM cases"
            "       WHERE released_at IS NOT NULL AND parent_id IS NULL"
            "        AND NOT EXISTS (SELECT 1 FROM ratings))"
            " WHERE taken < 60");
    if (!q.exec(insert))
        return sqlError(tr("Cannot generate ratings."), q.lastError().text());
    const qint64 written = q.numRowsAffected();
    // Follow-ups for the bad ones, all closed; the deadline a week after (a demo value).
    if (!q.exec(QStringLiteral(
                "INSERT INTO rating_followups (rating_id, opened_on, deadline, call_back_note,"
                " call_back_at, call_back_by, rectify_note, rectify_at, rectify_by, feedback_note,"
                " feedback_at, feedback_by)"
                " SELECT r.id, r.business_date, date(r.business_date, '+7 days'),"
                "  '已电话回访', r.rated_at, 'demo', '已整改', r.rated_at, 'demo', '申请人认可',"
                "  r.rated_at, 'demo'"
                " FROM ratings r WHERE r.level <= 2 AND r.device_id = 'demo'"
                " AND r.id NOT IN (SELECT rating_id FROM rating_followups)"))) {
        return sqlError(tr("Cannot generate ratings."), q.lastError().text());
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return written;
}

} // namespace ow
