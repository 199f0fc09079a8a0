#pragma once

#include "database.h"
#include "domain/actor.h"
#include "domain/rating.h"
#include "domain/workcalendar.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>

namespace ow {

// What the applicant gives on the rating screen.
struct RatingRequest
{
    QString caseId;
    RatingLevel level = RatingLevel::VerySatisfied;
    QString comment;
    // The visit being rated (a case history entry). Empty: the case's last visit at the actor's
    // place, or the case as a whole when its result was mailed or it was applied for online.
    QString visitId;
};

// A bad rating's follow-up as the supervisor's list shows it.
struct FollowUpRow
{
    Rating rating;
    FollowUp followUp;
    QString caseNumber;
    bool overdue = false;
};

// A bad rating on the appeals list (申诉复核): the rating with its appeal, if one was filed.
struct AppealRow
{
    Rating rating;
    std::optional<Appeal> appeal;
    QString caseNumber;
};

// Ratings (好差评) in the local store. Append-only: a rating row is never changed; a bad one
// opens a follow-up, an appeal marks it. Every act is one transaction with its outbox mutation
// (rating.add, rating.followup, rating.appeal, rating.appeal_decide) and its audit row.
class RatingStore final
{
    Q_DECLARE_TR_FUNCTIONS(RatingStore)
public:
    RatingStore(const std::shared_ptr<Database> &database, const WorkCalendar &calendar);

    static QString followUpDaysKey() { return QStringLiteral("rating.followup_working_days"); }
    // The follow-up deadline in working days (settings; default 5).
    int followUpWorkingDays() const;
    // Sets the deadline of follow-ups opened from now on (1..30 working days).
    Status setFollowUpWorkingDays(int days);

    Result<Rating> add(const RatingRequest &request, const Actor &actor, const QDateTime &nowUtc);
    Result<FollowUp> recordFollowUp(const QString &ratingId, FollowUpStep step, const QString &note,
                                    const Actor &actor, const QDateTime &nowUtc);
    Result<Appeal> fileAppeal(const QString &ratingId, const QString &reason, const Actor &actor,
                              const QDateTime &nowUtc);
    Result<Appeal> decideAppeal(const QString &ratingId, bool upheld, const QString &reason,
                                const Actor &actor, const QDateTime &nowUtc);

    std::optional<Rating> rating(const QString &ratingId) const;
    QList<Rating> ratingsFor(const QString &caseId) const;
    std::optional<FollowUp> followUp(const QString &ratingId) const;
    std::optional<Appeal> appeal(const QString &ratingId) const;
    // Follow-ups not closed yet, oldest deadline first, overdue ones flagged against `today`.
    QList<FollowUpRow> openFollowUps(QDate today, int limit = 200) const;
    // The appeals list, newest rating first: the bad ratings of `staffId` not appealed yet (what
    // they may appeal; empty id: none) and every appeal still pending (what a supervisor
    // decides), plus appeals decided in the last `recentDays` days before `today`.
    QList<AppealRow> appealRows(const QString &staffId, QDate today, int recentDays = 30,
                                int limit = 200) const;
    // Whether the visit (or the case, for a mailed or online one) was rated already.
    bool isRated(const QString &caseId, const QString &visitId) const;

    // The writes and reads every act is made of, inside the caller's transaction: shared with
    // the server, which judges a pushed rating mutation with RatingRules against its own rows
    // and writes it with these. Ratings are append-only here too.
    static Status insertRating(const QSqlDatabase &db, const Rating &rating,
                               const std::optional<FollowUp> &followUp);
    static Status writeFollowUpStep(const QSqlDatabase &db, const QString &ratingId,
                                    FollowUpStep step, const QString &note, const QString &by,
                                    const QDateTime &at);
    static Status insertAppeal(const QSqlDatabase &db, const QString &ratingId, const QString &by,
                               const QDateTime &at, const QString &reason);
    static Status decideAppealRow(const QSqlDatabase &db, const QString &ratingId,
                                  AppealState state, const QString &by, const QDateTime &at,
                                  const QString &reason);
    static std::optional<Rating> ratingIn(const QSqlDatabase &db, const QString &ratingId);
    static std::optional<FollowUp> followUpIn(const QSqlDatabase &db, const QString &ratingId);
    static std::optional<Appeal> appealIn(const QSqlDatabase &db, const QString &ratingId);
    static bool isRatedIn(const QSqlDatabase &db, const QString &caseId, const QString &visitId);
    static std::optional<Role> roleIn(const QSqlDatabase &db, const QString &userId);
    // The rating with its follow-up and appeal, as pull carries it.
    static std::optional<sync::RatingSnapshot> snapshotIn(const QSqlDatabase &db,
                                                          const QString &ratingId);
    // A pulled snapshot: the rating is added if new (never changed), follow-up steps and the
    // appeal only move forward (what is recorded here stays).
    static Status writeSnapshot(const QSqlDatabase &db, const sync::RatingSnapshot &snapshot);

private:
    std::optional<Role> roleOf(const QString &userId) const;

    std::shared_ptr<Database> m_database;
    const WorkCalendar &m_calendar;
};

} // namespace ow
