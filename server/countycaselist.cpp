#include "countycaselist.h"

#include "countyrollup.h"
#include "domain/businessclock.h"
#include "domain/caselifecycle.h"
#include "domain/duestatus.h"
#include "domain/phonenumber.h"
#include "items/caselistmodel.h"
#include "store/calendarstore.h"
#include "store/database.h"
#include "store/statisticsquery.h"
#include "store/statisticsrollup.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

const QString columns = QStringLiteral(
        "SELECT id, number, item_name, applicant_name, applicant_id_number, applicant_phone,"
        " state, accepted_at, decided_at, due_date, promised_days, suspended_working_days"
        " FROM cases");

CountyCase caseOf(const QSqlQuery &q)
{
    CountyCase c;
    c.id = q.value(0).toString();
    c.number = q.value(1).toString();
    c.itemName = q.value(2).toString();
    c.applicantName = q.value(3).toString();
    const QString idNumber = q.value(4).toString().trimmed();
    c.applicantIdNumber = idNumber.isEmpty() ? QString() : CaseListModel::maskedIdNumber(idNumber);
    const QString phone = q.value(5).toString().trimmed();
    c.applicantPhone = phone.isEmpty() ? QString() : PhoneNumber::mask(phone);
    c.state = q.value(6).toString();
    c.acceptedAt = q.value(7).toString();
    c.decidedAt = q.value(8).toString();
    c.dueDate = q.value(9).toString();
    return c;
}

} // namespace

Result<CountyCasePage> CountyCaseList::page(const std::shared_ptr<Database> &database,
                                            const QString &placeCode, const QString &figure,
                                            const StatisticsPeriod &period, int offset, int limit,
                                            QDate today)
{
    CountyCasePage page;
    page.placeCode = placeCode;
    page.figure = figure;
    page.period = period;
    page.offset = offset;
    page.limit = limit;
    const QSqlDatabase db = database->connection();
    const QString place = QStringLiteral(" WHERE place_code = ?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (figure == CountyCases::accepted() || figure == CountyCases::completed()) {
        const bool accepted = figure == CountyCases::accepted();
        // The total: the roll-up's count (the same definitions, tested equal).
        if (Status s = CountyRollup::rebuildIfStale(database); !s)
            return s.error();
        const auto counts = CountyRollup(db).placeFigures(period, {{placeCode}});
        if (!counts)
            return counts.error();
        for (const PlaceFigures &p : counts.value())
            page.total += accepted ? p.counts.accepted : p.counts.completed;
        const QString moment
                = accepted ? QStringLiteral("accepted_at") : QStringLiteral("decided_at");
        q.prepare(columns + place + QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(moment)
                  + (accepted ? QStringLiteral(" AND state <> 'withdrawn'") : QString())
                  + StatisticsRollup::notBundle()
                  + QStringLiteral(" ORDER BY %1, id LIMIT ? OFFSET ?").arg(moment));
        q.addBindValue(placeCode);
        q.addBindValue(StatisticsQuery::dayStartUtc(period.from));
        q.addBindValue(StatisticsQuery::dayStartUtc(period.to.addDays(1)));
        q.addBindValue(limit);
        q.addBindValue(offset);
        if (!q.exec())
            return sqlError(tr("Cannot list the place's cases."), q.lastError().text());
        while (q.next())
            page.cases.append(caseOf(q));
        return page;
    }
    // Today's open cases with a running clock (StatisticsQuery::countDueByPlace): past their
    // due date is overdue; the others are judged by DueStatus for near due.
    const QString open = place + QStringLiteral(" AND state IN ('accepted', 'in_review')")
            + StatisticsRollup::notBundle();
    const QString day = today.toString(Qt::ISODate);
    if (figure == CountyCases::overdue()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM cases") + open
                  + QStringLiteral(" AND due_date < ?"));
        q.addBindValue(placeCode);
        q.addBindValue(day);
        if (!q.exec() || !q.next())
            return sqlError(tr("Cannot list the place's cases."), q.lastError().text());
        page.total = q.value(0).toLongLong();
        q.finish();
        q.prepare(columns + open
                  + QStringLiteral(" AND due_date < ? ORDER BY due_date, id LIMIT ? OFFSET ?"));
        q.addBindValue(placeCode);
        q.addBindValue(day);
        q.addBindValue(limit);
        q.addBindValue(offset);
        if (!q.exec())
            return sqlError(tr("Cannot list the place's cases."), q.lastError().text());
        while (q.next())
            page.cases.append(caseOf(q));
        return page;
    }
    CalendarStore store(database);
    const auto calendar = store.isEmpty() ? Result<WorkCalendar>(WorkCalendar()) : store.load();
    if (!calendar)
        return calendar.error();
    q.prepare(columns + open + QStringLiteral(" AND due_date >= ? ORDER BY due_date, id"));
    q.addBindValue(placeCode);
    q.addBindValue(day);
    if (!q.exec())
        return sqlError(tr("Cannot list the place's cases."), q.lastError().text());
    while (q.next()) {
        DueStatus::Facts f;
        f.state = CaseLifecycle::stateFromKey(q.value(6).toString()).value_or(CaseState::InReview);
        f.acceptedOn = BusinessClock::dateOf(
                QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs));
        f.dueDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        f.promisedDays = q.value(10).toInt();
        f.suspendedWorkingDays = q.value(11).toInt();
        if (DueStatus::of(f, today, calendar.value()) != DueStatus::NearDue)
            continue;
        if (page.total >= offset && page.cases.size() < limit)
            page.cases.append(caseOf(q));
        ++page.total;
    }
    return page;
}

} // namespace ow
