#include "domain/residentid.h"
#include "store/auditlog.h"
#include "store/casestore.h"
#include "store/outbox.h"
#include "store/ratingstore.h"
#include "store/statisticsquery.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

// 2024-09-27 is a Friday before National Day (1-7 October; 29 September and 12 October work).
QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2024, month, day), QTime(hour - 8, 0), Qt::UTC); // hour in Shanghai
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<RatingStore> ratings;

    Fixture()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        ratings = std::make_unique<RatingStore>(workspace->database(), workspace->calendar());
    }

    QSqlDatabase db() const { return workspace->database()->connection(); }

    Actor actorFor(const QString &username)
    {
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    Case acceptedCase(const Actor &counter)
    {
        const Catalog catalog = workspace->catalog().load().value();
        IntakeRequest r;
        r.item = *catalog.item(QStringLiteral("621221-SCJG-0001"));
        r.applicant.name = QStringLiteral("张伟");
        const QString first17 = QStringLiteral("62122119850612301");
        r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
        r.applicant.phone = QStringLiteral("13893912345");
        r.applicant.address = QStringLiteral("成县城关镇东大街12号");
        r.materials = CaseRules::checklistFor(r.item);
        for (CaseMaterial &m : r.materials) {
            m.status = CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        auto c = cases->intake(r, counter, QStringLiteral("A1"), at(9, 27));
        REQUIRE(c.ok());
        return c.value();
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QStringList outboxNames()
    {
        QStringList names;
        for (const OutboxMutation &m : Outbox::pending(db(), 100))
            names << m.name;
        return names;
    }
};

RatingRequest rate(const QString &caseId, RatingLevel level, const QString &comment = {})
{
    RatingRequest r;
    r.caseId = caseId;
    r.level = level;
    r.comment = comment;
    return r;
}

} // namespace

TEST_CASE("The five national levels: keys, values, names and which are bad", "[ratings]")
{
    const QList<RatingLevel> levels = RatingRules::levels();
    REQUIRE(levels.size() == 5);
    CHECK(RatingRules::value(levels.first()) == 5);
    CHECK(RatingRules::value(levels.last()) == 1);
    for (RatingLevel level : levels) {
        CHECK(RatingRules::fromKey(RatingRules::key(level)) == level);
        CHECK(RatingRules::fromValue(RatingRules::value(level)) == level);
        CHECK_FALSE(RatingRules::displayName(level).isEmpty());
    }
    CHECK_FALSE(RatingRules::fromValue(0).has_value());
    CHECK_FALSE(RatingRules::fromValue(6).has_value());
    CHECK_FALSE(RatingRules::isBad(RatingLevel::VerySatisfied));
    CHECK_FALSE(RatingRules::isBad(RatingLevel::Satisfied));
    CHECK_FALSE(RatingRules::isBad(RatingLevel::Basic));
    CHECK(RatingRules::isBad(RatingLevel::Dissatisfied));
    CHECK(RatingRules::isBad(RatingLevel::VeryDissatisfied));
    CHECK(RatingRules::scopeFor(true) == RatingScope::Case);
    CHECK(RatingRules::scopeFor(false) == RatingScope::Visit);
}

TEST_CASE("A rating is saved with its outbox mutation and audit row - one per visit", "[ratings]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const Case c = f.acceptedCase(counter);
    const qint64 audit = AuditLog::count(f.db());

    auto r = f.ratings->add(rate(c.id, RatingLevel::Satisfied, QStringLiteral("办得很快")), counter,
                            at(9, 27, 11));
    REQUIRE(r.ok());
    CHECK(r->scope == RatingScope::Visit);
    CHECK(r->visitId == c.history.last().id); // the visit: the act at this counter just now
    CHECK(r->staffId == counter.userId);
    CHECK(r->businessDate == QDate(2024, 9, 27));
    CHECK(f.outboxNames().last() == QStringLiteral("rating.add"));
    CHECK(AuditLog::count(f.db()) == audit + 1);
    CHECK_FALSE(f.ratings->followUp(r->id).has_value()); // a good rating needs none

    SECTION("the same visit cannot be rated twice")
    {
        auto again = f.ratings->add(rate(c.id, RatingLevel::VerySatisfied), counter, at(9, 27, 12));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == QStringLiteral("rating.duplicate"));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM ratings")) == 1);
    }
    SECTION("a comment longer than the limit is refused, nothing written")
    {
        RatingRequest long_ = rate(c.id, RatingLevel::Basic,
                                   QString(RatingRules::maxCommentLength + 1, QChar(0x597D)));
        long_.visitId = c.history.first().id; // another visit of the case
        auto refused = f.ratings->add(long_, counter, at(9, 27, 12));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("rating.comment_too_long"));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM ratings")) == 1);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE name = 'rating.add'"))
              == 1);
    }
    SECTION("an unknown case is refused")
    {
        auto refused = f.ratings->add(rate(QStringLiteral("nope"), RatingLevel::Basic), counter,
                                      at(9, 27, 12));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("case.not_found"));
    }
}

TEST_CASE("Ratings are append-only: the store refuses to change or delete them", "[ratings]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const Case c = f.acceptedCase(counter);
    auto r = f.ratings->add(rate(c.id, RatingLevel::VeryDissatisfied), counter, at(9, 27, 11));
    REQUIRE(r.ok());
    QSqlQuery q(f.db());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE ratings SET level = 5")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM ratings")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM rating_followups")));
    CHECK(f.scalar(QStringLiteral("SELECT level FROM ratings")) == 1);
}

TEST_CASE("A bad rating opens a follow-up due in 5 working days, recorded step by step by a "
          "supervisor and flagged when overdue",
          "[ratings]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const Case c = f.acceptedCase(counter);
    auto r = f.ratings->add(rate(c.id, RatingLevel::Dissatisfied, QStringLiteral("等了很久")),
                            counter, at(9, 27, 11));
    REQUIRE(r.ok());
    auto fu = f.ratings->followUp(r->id);
    REQUIRE(fu.has_value());
    // Friday 27 September 2024 + 5 working days: Sunday 29 (make-up day), Monday 30, then after
    // National Day (1-7 October) Tuesday 8, Wednesday 9, Thursday 10.
    CHECK(fu->openedOn == QDate(2024, 9, 27));
    CHECK(fu->deadline == QDate(2024, 10, 10));
    CHECK(fu->nextStep() == FollowUpStep::CallBack);

    auto open = f.ratings->openFollowUps(QDate(2024, 10, 10));
    REQUIRE(open.size() == 1);
    CHECK(open.first().caseNumber == c.number);
    CHECK_FALSE(open.first().overdue);
    CHECK(f.ratings->openFollowUps(QDate(2024, 10, 11)).first().overdue);

    // The counter may not record it; steps go in order; each needs a note.
    auto refused = f.ratings->recordFollowUp(r->id, FollowUpStep::CallBack,
                                             QStringLiteral("已回访"), counter, at(9, 30));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("role.forbidden"));
    const Actor supervisor = f.actorFor(QStringLiteral("supervisor"));
    auto early = f.ratings->recordFollowUp(r->id, FollowUpStep::Rectify, QStringLiteral("整改"),
                                           supervisor, at(9, 30));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == QStringLiteral("followup.order"));
    auto empty = f.ratings->recordFollowUp(r->id, FollowUpStep::CallBack, QStringLiteral("  "),
                                           supervisor, at(9, 30));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == QStringLiteral("reason.required"));

    REQUIRE(f.ratings
                    ->recordFollowUp(r->id, FollowUpStep::CallBack,
                                     QStringLiteral("电话回访，申请人反映排队时间长"), supervisor,
                                     at(9, 30))
                    .ok());
    REQUIRE(f.ratings
                    ->recordFollowUp(r->id, FollowUpStep::Rectify,
                                     QStringLiteral("高峰时段增开一个综合窗口"), supervisor,
                                     at(10, 8))
                    .ok());
    auto closed = f.ratings->recordFollowUp(
            r->id, FollowUpStep::Feedback, QStringLiteral("申请人表示认可"), supervisor, at(10, 9));
    REQUIRE(closed.ok());
    CHECK(closed->isClosed());
    CHECK(f.ratings->openFollowUps(QDate(2024, 10, 11)).isEmpty());
    auto after = f.ratings->recordFollowUp(r->id, FollowUpStep::Feedback, QStringLiteral("再次"),
                                           supervisor, at(10, 10));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().code == QStringLiteral("followup.closed"));
    CHECK(f.outboxNames().count(QStringLiteral("rating.followup")) == 3);

    // A recorded step cannot be rewritten behind the store's back.
    QSqlQuery q(f.db());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE rating_followups SET call_back_note = 'x'")));
    // The rating itself never changed.
    CHECK(f.ratings->rating(r->id)->level == RatingLevel::Dissatisfied);
}

TEST_CASE("The follow-up deadline is configurable in working days", "[ratings]")
{
    Fixture f;
    REQUIRE(f.workspace->settings().setValue(RatingStore::followUpDaysKey(), QStringLiteral("2")));
    CHECK(f.ratings->followUpWorkingDays() == 2);
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const Case c = f.acceptedCase(counter);
    auto r = f.ratings->add(rate(c.id, RatingLevel::VeryDissatisfied), counter, at(9, 27, 11));
    REQUIRE(r.ok());
    CHECK(f.ratings->followUp(r->id)->deadline == QDate(2024, 9, 30));
}

TEST_CASE("An appeal by the rated staff member, decided by a supervisor, marks the rating and "
          "keeps it out of the satisfaction rate",
          "[ratings]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const Case c = f.acceptedCase(counter);
    auto bad = f.ratings->add(rate(c.id, RatingLevel::VeryDissatisfied), counter, at(9, 27, 11));
    REQUIRE(bad.ok());

    const Actor agent = f.actorFor(QStringLiteral("agent"));
    auto notMine = f.ratings->fileAppeal(bad->id, QStringLiteral("误评"), agent, at(9, 27, 12));
    REQUIRE_FALSE(notMine.ok());
    CHECK(notMine.error().code == QStringLiteral("appeal.not_rated_staff"));

    auto filed = f.ratings->fileAppeal(bad->id, QStringLiteral("申请人误触按钮，当场表示满意"),
                                       counter, at(9, 27, 12));
    REQUIRE(filed.ok());
    CHECK(filed->state == AppealState::Pending);
    auto twice = f.ratings->fileAppeal(bad->id, QStringLiteral("再次"), counter, at(9, 27, 13));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == QStringLiteral("appeal.exists"));

    auto byCounter = f.ratings->decideAppeal(bad->id, true, QStringLiteral("同意"), counter,
                                             at(9, 27, 13));
    REQUIRE_FALSE(byCounter.ok());
    CHECK(byCounter.error().code == QStringLiteral("role.forbidden"));

    const auto stats = [&f] {
        StatisticsQuery query(f.db(), f.workspace->calendar());
        auto figures = query.dashboard(StatisticsPeriod::month(2024, 9), {}, QDate(2024, 9, 30));
        REQUIRE(figures.ok());
        return figures.value().ratings;
    };
    CHECK(stats().total() == 1);
    CHECK(stats().satisfactionRate().text() == QStringLiteral("0.00%"));

    const Actor supervisor = f.actorFor(QStringLiteral("supervisor"));
    auto decided = f.ratings->decideAppeal(bad->id, true, QStringLiteral("核实监控，确属误评"),
                                           supervisor, at(9, 30));
    REQUIRE(decided.ok());
    CHECK(decided->state == AppealState::Upheld);
    CHECK(decided->decidedBy == supervisor.userId);
    CHECK(decided->decisionReason == QStringLiteral("核实监控，确属误评"));
    // Kept: the decision cannot be changed; the rating is untouched.
    auto again = f.ratings->decideAppeal(bad->id, false, QStringLiteral("改判"), supervisor,
                                         at(10, 8));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("appeal.decided"));
    QSqlQuery q(f.db());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE rating_appeals SET state = 'dismissed'")));
    CHECK(f.ratings->rating(bad->id)->level == RatingLevel::VeryDissatisfied);

    const RatingCounts counts = stats();
    CHECK(counts.total() == 0);
    CHECK(counts.excludedByAppeal == 1);
    CHECK_FALSE(counts.satisfactionRate().isDefined());
    const QStringList names = f.outboxNames();
    CHECK(names.contains(QStringLiteral("rating.appeal")));
    CHECK(names.contains(QStringLiteral("rating.appeal_decide")));
    CHECK(AuditLog::entriesFor(f.db(), QStringLiteral("rating"), bad->id).size() == 3);
}

TEST_CASE("A good rating cannot be appealed", "[ratings]")
{
    Rating r;
    r.level = RatingLevel::Basic;
    r.staffId = QStringLiteral("u1");
    CHECK(RatingRules::checkAppeal(r, std::nullopt, QStringLiteral("u1"), QStringLiteral("x")).code
          == QStringLiteral("appeal.not_bad"));
}

TEST_CASE("A mailed result is rated once per case (一事一评)", "[ratings]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const Case c = f.acceptedCase(counter);
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET delivery = 'mail' WHERE id = '%1'").arg(c.id)));
    auto r = f.ratings->add(rate(c.id, RatingLevel::VerySatisfied), counter, at(9, 30));
    REQUIRE(r.ok());
    CHECK(r->scope == RatingScope::Case);
    CHECK(r->visitId == c.id);
    CHECK(r->staffId == c.staffId);
    auto again = f.ratings->add(rate(c.id, RatingLevel::Basic), counter, at(10, 8));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("rating.duplicate"));
}
