#include "ratingstore.h"

#include "auditlog.h"
#include "domain/businessclock.h"
#include "domain/uuidv7.h"
#include "localsettings.h"
#include "outbox.h"
#include "storedtime.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

Error invalid(const QString &message)
{
    return Error{QStringLiteral("rating.invalid"), message, {}};
}

const char ratingColumns[]
        = "id, case_id, scope, visit_id, level, comment, rated_at, business_date,"
          " place_code, staff_id, item_code, department_code, device_id";

Rating ratingFrom(const QSqlQuery &q, int i = 0)
{
    Rating r;
    r.id = q.value(i++).toString();
    r.caseId = q.value(i++).toString();
    r.scope = RatingRules::scopeFromKey(q.value(i++).toString()).value_or(RatingScope::Visit);
    r.visitId = q.value(i++).toString();
    r.level = RatingRules::fromValue(q.value(i++).toInt()).value_or(RatingLevel::Basic);
    r.comment = q.value(i++).toString();
    r.ratedAt = fromIso(q.value(i++));
    r.businessDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.placeCode = q.value(i++).toString();
    r.staffId = q.value(i++).toString();
    r.itemCode = q.value(i++).toString();
    r.departmentCode = q.value(i++).toString();
    r.deviceId = q.value(i++).toString();
    return r;
}

const char followUpColumns[] = "rating_id, opened_on, deadline, call_back_note, call_back_at,"
                               " call_back_by, rectify_note, rectify_at, rectify_by, feedback_note,"
                               " feedback_at, feedback_by";

FollowUp followUpFrom(const QSqlQuery &q, int i = 0)
{
    FollowUp f;
    f.ratingId = q.value(i++).toString();
    f.openedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    f.deadline = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    f.callBackNote = q.value(i++).toString();
    f.callBackAt = fromIso(q.value(i++));
    f.callBackBy = q.value(i++).toString();
    f.rectifyNote = q.value(i++).toString();
    f.rectifyAt = fromIso(q.value(i++));
    f.rectifyBy = q.value(i++).toString();
    f.feedbackNote = q.value(i++).toString();
    f.feedbackAt = fromIso(q.value(i++));
    f.feedbackBy = q.value(i++).toString();
    return f;
}

} // namespace

RatingStore::RatingStore(const std::shared_ptr<Database> &database, const WorkCalendar &calendar)
    : m_database(database)
    , m_calendar(calendar)
{ }

int RatingStore::followUpWorkingDays() const
{
    LocalSettings settings(m_database);
    bool ok = false;
    const int days = settings.value(followUpDaysKey()).toInt(&ok);
    return ok && days > 0 ? days : RatingRules::defaultFollowUpWorkingDays;
}

Status RatingStore::setFollowUpWorkingDays(int days)
{
    if (days < 1 || days > 30)
        return Error{QStringLiteral("rating.followup_days"),
                     tr("Choose a follow-up deadline between 1 and 30 working days."),
                     {}};
    LocalSettings settings(m_database);
    return settings.setValue(followUpDaysKey(), QString::number(days));
}

std::optional<Role> RatingStore::roleOf(const QString &userId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Roles::fromKey(q.value(0).toString());
}

bool RatingStore::isRated(const QString &caseId, const QString &visitId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM ratings WHERE case_id = ? AND visit_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(visitId);
    return q.exec() && q.next();
}

Result<Rating> RatingStore::add(const RatingRequest &request, const Actor &actor,
                                const QDateTime &nowUtc)
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT item_code, department_code, staff_id, channel, delivery,"
                             " released_at FROM cases WHERE id = ?"));
    c.addBindValue(request.caseId);
    if (!c.exec())
        return sqlError(tr("Cannot read the case."), c.lastError().text());
    if (!c.next())
        return Error{QStringLiteral("case.not_found"), tr("The case to rate was not found."), {}};

    Rating r;
    r.id = UuidV7::createString();
    r.caseId = request.caseId;
    r.level = request.level;
    r.comment = request.comment.trimmed();
    r.ratedAt = nowUtc;
    r.businessDate = BusinessClock::dateOf(nowUtc);
    r.placeCode = actor.placeCode;
    r.itemCode = c.value(0).toString();
    r.departmentCode = c.value(1).toString();
    r.staffId = c.value(2).toString();
    r.deviceId = actor.deviceId;
    const bool mailedOrOnline = c.value(4).toString() == QLatin1String("mail")
            || c.value(3).toString() == QLatin1String("online");
    if (!request.visitId.isEmpty()) {
        r.scope = RatingScope::Visit;
        r.visitId = request.visitId;
    } else {
        r.scope = RatingRules::scopeFor(mailedOrOnline);
        r.visitId = request.caseId;
    }
    if (r.scope == RatingScope::Visit) {
        // The visit is a move of the case made with the applicant there: who served is rated.
        QSqlQuery v(db);
        if (request.visitId.isEmpty()) {
            v.prepare(QStringLiteral("SELECT id, user_id FROM case_history WHERE case_id = ?"
                                     " AND place_code = ? ORDER BY at_utc DESC LIMIT 1"));
            v.addBindValue(request.caseId);
            v.addBindValue(actor.placeCode);
        } else {
            v.prepare(QStringLiteral(
                    "SELECT id, user_id FROM case_history WHERE case_id = ? AND id = ?"));
            v.addBindValue(request.caseId);
            v.addBindValue(request.visitId);
        }
        if (!v.exec())
            return sqlError(tr("Cannot read the case."), v.lastError().text());
        if (!v.next())
            return invalid(tr("That visit is not part of the case."));
        r.visitId = v.value(0).toString();
        r.staffId = v.value(1).toString();
    }
    if (Error e = RatingRules::checkNew(r); e.isError())
        return e;
    if (isRated(r.caseId, r.visitId))
        return Error{QStringLiteral("rating.duplicate"),
                     r.scope == RatingScope::Visit
                             ? tr("This visit has been rated already: one rating per visit.")
                             : tr("This case has been rated already: one rating per case."),
                     {}};

    FollowUp f;
    if (RatingRules::isBad(r.level)) {
        const auto deadline
                = RatingRules::followUpDeadline(r.businessDate, followUpWorkingDays(), m_calendar);
        if (!deadline)
            return deadline.error();
        f.ratingId = r.id;
        f.openedOn = r.businessDate;
        f.deadline = deadline.value();
    }

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s
        = insertRating(db, r, f.ratingId.isEmpty() ? std::nullopt : std::optional<FollowUp>(f));
        !s)
        return s.error();
    QJsonObject payload = sync::ratingToJson(r);
    if (!f.ratingId.isEmpty())
        payload.insert(QStringLiteral("followup_deadline"), f.deadline.toString(Qt::ISODate));
    if (auto m = Outbox::append(db, actor, QStringLiteral("rating.add"), r.id, 0, payload); !m)
        return m.error();
    if (Status s
        = AuditLog::record(db, actor, QStringLiteral("rating.add"), QStringLiteral("rating"), r.id,
                           {{QStringLiteral("case_id"), r.caseId},
                            {QStringLiteral("level"), RatingRules::value(r.level)}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return r;
}

Result<FollowUp> RatingStore::recordFollowUp(const QString &ratingId, FollowUpStep step,
                                             const QString &note, const Actor &actor,
                                             const QDateTime &nowUtc)
{
    const auto current = followUp(ratingId);
    if (!current)
        return Error{QStringLiteral("followup.missing"),
                     tr("This rating has no follow-up: only a bad rating has one."),
                     {}};
    const Role role = roleOf(actor.userId).value_or(Role::Counter);
    if (Error e = RatingRules::checkFollowUpStep(*current, step, role, note); e.isError())
        return e;
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = writeFollowUpStep(db, ratingId, step, note, actor.userId, nowUtc); !s)
        return s.error();
    const QJsonObject payload{{QStringLiteral("rating_id"), ratingId},
                              {QStringLiteral("step"), RatingRules::stepKey(step)},
                              {QStringLiteral("note"), note.trimmed()},
                              {QStringLiteral("at"), iso(nowUtc)}};
    if (auto m = Outbox::append(db, actor, QStringLiteral("rating.followup"), ratingId, 0, payload);
        !m)
        return m.error();
    if (Status s
        = AuditLog::record(db, actor, QStringLiteral("rating.followup"), QStringLiteral("rating"),
                           ratingId, {{QStringLiteral("step"), RatingRules::stepKey(step)}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return followUp(ratingId).value();
}

Result<Appeal> RatingStore::fileAppeal(const QString &ratingId, const QString &reason,
                                       const Actor &actor, const QDateTime &nowUtc)
{
    const auto r = rating(ratingId);
    if (!r)
        return Error{QStringLiteral("rating.not_found"), tr("The rating was not found."), {}};
    if (Error e = RatingRules::checkAppeal(*r, appeal(ratingId), actor.userId, reason); e.isError())
        return e;
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = insertAppeal(db, ratingId, actor.userId, nowUtc, reason); !s)
        return s.error();
    const QJsonObject payload{{QStringLiteral("rating_id"), ratingId},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("at"), iso(nowUtc)}};
    if (auto m = Outbox::append(db, actor, QStringLiteral("rating.appeal"), ratingId, 0, payload);
        !m)
        return m.error();
    if (Status s = AuditLog::record(db, actor, QStringLiteral("rating.appeal"),
                                    QStringLiteral("rating"), ratingId);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return appeal(ratingId).value();
}

Result<Appeal> RatingStore::decideAppeal(const QString &ratingId, bool upheld,
                                         const QString &reason, const Actor &actor,
                                         const QDateTime &nowUtc)
{
    const Role role = roleOf(actor.userId).value_or(Role::Counter);
    if (Error e = RatingRules::checkAppealDecision(appeal(ratingId), role, actor.userId, reason);
        e.isError())
        return e;
    const QString state
            = RatingRules::appealStateKey(upheld ? AppealState::Upheld : AppealState::Dismissed);
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s
        = decideAppealRow(db, ratingId, upheld ? AppealState::Upheld : AppealState::Dismissed,
                          actor.userId, nowUtc, reason);
        !s)
        return s.error();
    const QJsonObject payload{{QStringLiteral("rating_id"), ratingId},
                              {QStringLiteral("decision"), state},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("at"), iso(nowUtc)}};
    if (auto m
        = Outbox::append(db, actor, QStringLiteral("rating.appeal_decide"), ratingId, 0, payload);
        !m)
        return m.error();
    if (Status s = AuditLog::record(db, actor, QStringLiteral("rating.appeal_decide"),
                                    QStringLiteral("rating"), ratingId,
                                    {{QStringLiteral("decision"), state}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return appeal(ratingId).value();
}

std::optional<Rating> RatingStore::rating(const QString &ratingId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(ratingColumns)
              + QStringLiteral(" FROM ratings WHERE id = ?"));
    q.addBindValue(ratingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ratingFrom(q);
}

QList<Rating> RatingStore::ratingsFor(const QString &caseId) const
{
    QList<Rating> list;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(ratingColumns)
              + QStringLiteral(" FROM ratings WHERE case_id = ? ORDER BY rated_at"));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            list.append(ratingFrom(q));
    }
    return list;
}

std::optional<FollowUp> RatingStore::followUp(const QString &ratingId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(followUpColumns)
              + QStringLiteral(" FROM rating_followups WHERE rating_id = ?"));
    q.addBindValue(ratingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return followUpFrom(q);
}

std::optional<Appeal> RatingStore::appeal(const QString &ratingId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(
            QStringLiteral("SELECT rating_id, state, filed_by, filed_at, reason, decided_by,"
                           " decided_at, decision_reason FROM rating_appeals WHERE rating_id = ?"));
    q.addBindValue(ratingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Appeal a;
    a.ratingId = q.value(0).toString();
    a.state = RatingRules::appealStateFromKey(q.value(1).toString()).value_or(AppealState::Pending);
    a.filedBy = q.value(2).toString();
    a.filedAt = fromIso(q.value(3));
    a.reason = q.value(4).toString();
    a.decidedBy = q.value(5).toString();
    a.decidedAt = fromIso(q.value(6));
    a.decisionReason = q.value(7).toString();
    return a;
}

QList<FollowUpRow> RatingStore::openFollowUps(QDate today, int limit) const
{
    QList<FollowUpRow> rows;
    QSqlQuery q(m_database->connection());
    QString sql = QStringLiteral("SELECT ");
    for (const QString &column : QString::fromLatin1(ratingColumns).split(QStringLiteral(", ")))
        sql += QStringLiteral("r.") + column + QStringLiteral(", ");
    for (const QString &column : QString::fromLatin1(followUpColumns).split(QStringLiteral(", ")))
        sql += QStringLiteral("f.") + column + QStringLiteral(", ");
    sql += QStringLiteral("c.number FROM rating_followups f JOIN ratings r ON r.id = f.rating_id"
                          " JOIN cases c ON c.id = r.case_id WHERE f.feedback_at IS NULL"
                          " ORDER BY f.deadline, r.rated_at LIMIT ?");
    q.prepare(sql);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            FollowUpRow row;
            row.rating = ratingFrom(q, 0);
            row.followUp = followUpFrom(q, 13);
            row.caseNumber = q.value(25).toString();
            row.overdue = RatingRules::isOverdue(row.followUp, today);
            rows.append(row);
        }
    }
    return rows;
}

QList<AppealRow> RatingStore::appealRows(const QString &staffId, QDate today, int recentDays,
                                         int limit) const
{
    QList<AppealRow> rows;
    QSqlQuery q(m_database->connection());
    QString sql = QStringLiteral("SELECT ");
    for (const QString &column : QString::fromLatin1(ratingColumns).split(QStringLiteral(", ")))
        sql += QStringLiteral("r.") + column + QStringLiteral(", ");
    sql += QStringLiteral("c.number FROM ratings r JOIN cases c ON c.id = r.case_id"
                          " LEFT JOIN rating_appeals a ON a.rating_id = r.id WHERE r.level <= 2 AND"
                          " ((a.rating_id IS NULL AND r.staff_id = ?) OR a.state = 'pending'"
                          " OR a.decided_at >= ?) ORDER BY r.rated_at DESC LIMIT ?");
    q.prepare(sql);
    q.addBindValue(staffId.isEmpty() ? QVariant() : QVariant(staffId)); // NULL matches none
    q.addBindValue(QDateTime(today.addDays(-recentDays), QTime(0, 0), Qt::UTC)
                           .toString(Qt::ISODateWithMs));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            AppealRow row;
            row.rating = ratingFrom(q, 0);
            row.caseNumber = q.value(13).toString();
            rows.append(row);
        }
    }
    for (AppealRow &row : rows)
        row.appeal = appeal(row.rating.id);
    return rows;
}

Status RatingStore::insertRating(const QSqlDatabase &db, const Rating &r,
                                 const std::optional<FollowUp> &f)
{
    PreparedQuery q(db,
                    QStringLiteral("INSERT INTO ratings (") + QLatin1String(ratingColumns)
                            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.caseId), QVariant(RatingRules::scopeKey(r.scope)),
          QVariant(r.visitId), QVariant(RatingRules::value(r.level)), QVariant(sqlText(r.comment)),
          QVariant(iso(r.ratedAt)), QVariant(r.businessDate.toString(Qt::ISODate)),
          QVariant(r.placeCode), QVariant(sqlText(r.staffId)), QVariant(sqlText(r.itemCode)),
          QVariant(sqlText(r.departmentCode)), QVariant(sqlText(r.deviceId))})
        q->addBindValue(v);
    if (!q->exec())
        return sqlError(tr("Cannot save the rating."), q->lastError().text());
    if (f) {
        PreparedQuery fq(db,
                         QStringLiteral("INSERT INTO rating_followups (rating_id, opened_on,"
                                        " deadline) VALUES (?, ?, ?)"));
        fq->addBindValue(r.id);
        fq->addBindValue(f->openedOn.toString(Qt::ISODate));
        fq->addBindValue(f->deadline.toString(Qt::ISODate));
        if (!fq->exec())
            return sqlError(tr("Cannot open the follow-up."), fq->lastError().text());
    }
    return Status::success();
}

Status RatingStore::writeFollowUpStep(const QSqlDatabase &db, const QString &ratingId,
                                      FollowUpStep step, const QString &note, const QString &by,
                                      const QDateTime &at)
{
    const QString prefix = step == FollowUpStep::CallBack ? QStringLiteral("call_back")
            : step == FollowUpStep::Rectify               ? QStringLiteral("rectify")
                                                          : QStringLiteral("feedback");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE rating_followups SET %1_note = ?, %1_at = ?, %1_by = ?"
                             " WHERE rating_id = ?")
                      .arg(prefix));
    q.addBindValue(note.trimmed());
    q.addBindValue(iso(at));
    q.addBindValue(by);
    q.addBindValue(ratingId);
    if (!q.exec())
        return sqlError(tr("Cannot save the follow-up."), q.lastError().text());
    return Status::success();
}

Status RatingStore::insertAppeal(const QSqlDatabase &db, const QString &ratingId, const QString &by,
                                 const QDateTime &at, const QString &reason)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rating_appeals (rating_id, state, filed_by, filed_at,"
                             " reason) VALUES (?, 'pending', ?, ?, ?)"));
    q.addBindValue(ratingId);
    q.addBindValue(by);
    q.addBindValue(iso(at));
    q.addBindValue(reason.trimmed());
    if (!q.exec())
        return sqlError(tr("Cannot save the appeal."), q.lastError().text());
    return Status::success();
}

Status RatingStore::decideAppealRow(const QSqlDatabase &db, const QString &ratingId,
                                    AppealState state, const QString &by, const QDateTime &at,
                                    const QString &reason)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE rating_appeals SET state = ?, decided_by = ?, decided_at = ?,"
                             " decision_reason = ? WHERE rating_id = ? AND state = 'pending'"));
    q.addBindValue(RatingRules::appealStateKey(state));
    q.addBindValue(by);
    q.addBindValue(iso(at));
    q.addBindValue(reason.trimmed());
    q.addBindValue(ratingId);
    if (!q.exec())
        return sqlError(tr("Cannot save the decision."), q.lastError().text());
    return Status::success();
}

std::optional<Rating> RatingStore::ratingIn(const QSqlDatabase &db, const QString &ratingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(ratingColumns)
              + QStringLiteral(" FROM ratings WHERE id = ?"));
    q.addBindValue(ratingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ratingFrom(q);
}

std::optional<FollowUp> RatingStore::followUpIn(const QSqlDatabase &db, const QString &ratingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(followUpColumns)
              + QStringLiteral(" FROM rating_followups WHERE rating_id = ?"));
    q.addBindValue(ratingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return followUpFrom(q);
}

std::optional<Appeal> RatingStore::appealIn(const QSqlDatabase &db, const QString &ratingId)
{
    QSqlQuery q(db);
    q.prepare(
            QStringLiteral("SELECT rating_id, state, filed_by, filed_at, reason, decided_by,"
                           " decided_at, decision_reason FROM rating_appeals WHERE rating_id = ?"));
    q.addBindValue(ratingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Appeal a;
    a.ratingId = q.value(0).toString();
    a.state = RatingRules::appealStateFromKey(q.value(1).toString()).value_or(AppealState::Pending);
    a.filedBy = q.value(2).toString();
    a.filedAt = fromIso(q.value(3));
    a.reason = q.value(4).toString();
    a.decidedBy = q.value(5).toString();
    a.decidedAt = fromIso(q.value(6));
    a.decisionReason = q.value(7).toString();
    return a;
}

bool RatingStore::isRatedIn(const QSqlDatabase &db, const QString &caseId, const QString &visitId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM ratings WHERE case_id = ? AND visit_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(visitId);
    return q.exec() && q.next();
}

std::optional<Role> RatingStore::roleIn(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Roles::fromKey(q.value(0).toString());
}

std::optional<sync::RatingSnapshot> RatingStore::snapshotIn(const QSqlDatabase &db,
                                                            const QString &ratingId)
{
    auto r = ratingIn(db, ratingId);
    if (!r)
        return std::nullopt;
    sync::RatingSnapshot s;
    s.rating = *r;
    s.followUp = followUpIn(db, ratingId);
    s.appeal = appealIn(db, ratingId);
    return s;
}

Status RatingStore::writeSnapshot(const QSqlDatabase &db, const sync::RatingSnapshot &s)
{
    if (!ratingIn(db, s.rating.id)) {
        // This device rated the same visit offline and the server kept the other rating: the
        // local one stays (append-only; the sync panel lists its rejection), the other is not
        // added beside it (one rating per visit).
        if (isRatedIn(db, s.rating.caseId, s.rating.visitId))
            return Status::success();
        std::optional<FollowUp> opened;
        if (s.followUp) {
            FollowUp f;
            f.ratingId = s.rating.id;
            f.openedOn = s.followUp->openedOn;
            f.deadline = s.followUp->deadline;
            opened = f;
        }
        if (Status st = insertRating(db, s.rating, opened); !st)
            return st;
    }
    if (s.followUp) {
        auto local = followUpIn(db, s.rating.id);
        if (!local) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO rating_followups (rating_id, opened_on, deadline)"
                                     " VALUES (?, ?, ?)"));
            q.addBindValue(s.rating.id);
            q.addBindValue(s.followUp->openedOn.toString(Qt::ISODate));
            q.addBindValue(s.followUp->deadline.toString(Qt::ISODate));
            if (!q.exec())
                return sqlError(tr("Cannot open the follow-up."), q.lastError().text());
            local = followUpIn(db, s.rating.id);
        }
        const FollowUp &f = *s.followUp;
        struct Step
        {
            FollowUpStep step;
            QDateTime localAt;
            QDateTime at;
            QString note;
            QString by;
        };
        const Step steps[] = {
                {FollowUpStep::CallBack, local->callBackAt, f.callBackAt, f.callBackNote,
                 f.callBackBy},
                {FollowUpStep::Rectify, local->rectifyAt, f.rectifyAt, f.rectifyNote, f.rectifyBy},
                {FollowUpStep::Feedback, local->feedbackAt, f.feedbackAt, f.feedbackNote,
                 f.feedbackBy},
        };
        for (const Step &step : steps) {
            if (step.localAt.isValid() || !step.at.isValid())
                continue;
            if (Status st
                = writeFollowUpStep(db, s.rating.id, step.step, step.note, step.by, step.at);
                !st)
                return st;
        }
    }
    if (s.appeal) {
        const auto local = appealIn(db, s.rating.id);
        if (!local) {
            if (Status st = insertAppeal(db, s.rating.id, s.appeal->filedBy, s.appeal->filedAt,
                                         s.appeal->reason);
                !st)
                return st;
        }
        if ((!local || local->state == AppealState::Pending)
            && s.appeal->state != AppealState::Pending) {
            if (Status st = decideAppealRow(db, s.rating.id, s.appeal->state, s.appeal->decidedBy,
                                            s.appeal->decidedAt, s.appeal->decisionReason);
                !st)
                return st;
        }
    }
    return Status::success();
}

} // namespace ow
