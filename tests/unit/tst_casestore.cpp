#include "domain/residentid.h"
#include "store/auditlog.h"
#include "store/casestore.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

QString validId(const QString &first17)
{
    return first17 + ResidentId::checkCharacter(first17);
}

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
    Catalog catalog;

    Fixture()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        catalog = workspace->catalog().load().value();
    }

    Actor actorFor(const QString &username)
    {
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    IntakeRequest request(const QString &itemCode, bool everything = true)
    {
        IntakeRequest r;
        r.item = *catalog.item(itemCode);
        for (const QString &part : r.item.bundleParts)
            r.bundleParts.append(*catalog.item(part));
        r.applicant.name = QStringLiteral("张伟");
        r.applicant.idNumber = validId(QStringLiteral("62122119850612301"));
        r.applicant.phone = QStringLiteral("13893912345");
        r.applicant.address = QStringLiteral("成县城关镇东大街12号");
        r.materials = CaseRules::checklistFor(r.item);
        if (everything) {
            for (CaseMaterial &m : r.materials) {
                m.status = CaseMaterial::Status::Received;
                m.copiesReceived = m.copiesExpected;
            }
        }
        return r;
    }

    qint64 count(const QString &table)
    {
        QSqlQuery q(workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

const QString enterpriseSetUp = QStringLiteral("621221-SCJG-0001"); // 企业设立登记, 1 day

} // namespace

TEST_CASE("Accepting at the window numbers the case, sets the due date and queues it in one "
          "transaction",
          "[cases]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const qint64 auditBefore = AuditLog::count(f.workspace->database()->connection());
    auto c = f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"), at(9, 27));
    REQUIRE(c.ok());
    CHECK(c->number == QStringLiteral("621221-20240927-A1-0001"));
    CHECK(c->state == CaseState::Accepted);
    CHECK(c->trips == 1);
    // One promised working day after Friday 27 September is Sunday 29 (a make-up working day).
    CHECK(c->dueDate == QDate(2024, 9, 29));
    CHECK(c->noticeDeadline.isValid()); // licensing: the one-time notice deadline is tracked
    REQUIRE(c->history.size() == 2);
    CHECK(c->history[0].event == CaseEvent::Receive);
    CHECK(c->history[1].event == CaseEvent::Accept);
    CHECK(c->history[1].userId == counter.userId);
    CHECK(c->history[1].placeCode == QStringLiteral("621221"));
    CHECK(f.count(QStringLiteral("outbox")) == 2);
    const auto pending = Outbox::pending(f.workspace->database()->connection(), 10);
    CHECK(pending[0].name == QStringLiteral("case.receive"));
    CHECK(pending[1].name == QStringLiteral("case.accept"));
    CHECK(AuditLog::count(f.workspace->database()->connection()) == auditBefore + 2);

    // The second case of the day on this device gets the next number.
    auto second = f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"),
                                  at(9, 27, 11));
    REQUIRE(second.ok());
    CHECK(second->number == QStringLiteral("621221-20240927-A1-0002"));
    // The applicant was entered once and found again (数据共享).
    CHECK(second->applicant.id == c->applicant.id);
    CHECK(f.count(QStringLiteral("applicants")) == 1);
}

TEST_CASE("An intake that cannot be accepted leaves nothing behind", "[cases]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    SECTION("a required material is missing")
    {
        auto c = f.cases->intake(f.request(enterpriseSetUp, false), counter, QStringLiteral("A1"),
                                 at(9, 27));
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == QStringLiteral("materials.incomplete"));
    }
    SECTION("the ID number is wrong")
    {
        IntakeRequest r = f.request(enterpriseSetUp);
        r.applicant.idNumber = QStringLiteral("621221198506123010");
        auto c = f.cases->intake(r, counter, QStringLiteral("A1"), at(9, 27));
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == QStringLiteral("intake.invalid"));
        CHECK_FALSE(c.error().message.isEmpty());
    }
    SECTION("an agent without a valid ID number")
    {
        IntakeRequest r = f.request(enterpriseSetUp);
        r.agentName = QStringLiteral("李娜");
        r.agentIdNumber = QStringLiteral("62122119900101");
        auto c = f.cases->intake(r, counter, QStringLiteral("A1"), at(9, 27));
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == QStringLiteral("intake.invalid"));
    }
    SECTION("a rejection without a reason")
    {
        IntakeRequest r = f.request(enterpriseSetUp);
        r.decision = IntakeDecision::Reject;
        auto c = f.cases->intake(r, counter, QStringLiteral("A1"), at(9, 27));
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == QStringLiteral("reason.required"));
    }
    CHECK(f.count(QStringLiteral("cases")) == 0);
    CHECK(f.count(QStringLiteral("applicants")) == 0);
    CHECK(f.count(QStringLiteral("outbox")) == 0);
    CHECK(f.count(QStringLiteral("case_number_seq")) == 0);
}

TEST_CASE("A one-time notice, then 补正 on a later visit, adds a trip and starts the clock",
          "[cases]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    IntakeRequest r = f.request(enterpriseSetUp, false);
    r.decision = IntakeDecision::Notify;
    auto c = f.cases->intake(r, counter, QStringLiteral("A1"), at(9, 26));
    REQUIRE(c.ok());
    CHECK(c->state == CaseState::AwaitingMaterials);
    CHECK(c->trips == 1);
    CHECK_FALSE(c->outstandingMaterials().isEmpty());
    CHECK_FALSE(c->dueDate.isValid());

    TransitionRequest supplement;
    supplement.event = CaseEvent::Supplement;
    supplement.materials = c->materials;
    for (CaseMaterial &m : supplement.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    auto done = f.cases->transition(c->id, supplement, counter, at(9, 30));
    REQUIRE(done.ok());
    CHECK(done->state == CaseState::Accepted);
    CHECK(done->trips == 2);
    // Accepted Monday 30 September + 1 working day: National Day runs 1-7 October.
    CHECK(done->dueDate == QDate(2024, 10, 8));
    CHECK(done->outstandingMaterials().isEmpty());
}

TEST_CASE("A case walks from the window to the department and back to release", "[cases]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    auto c = f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"), at(9, 27));
    REQUIRE(c.ok());

    TransitionRequest route;
    route.event = CaseEvent::Route;
    REQUIRE(f.cases->transition(c->id, route, counter, at(9, 27, 11)).ok());

    // The counter cannot decide; the department's approver can.
    TransitionRequest approve;
    approve.event = CaseEvent::Approve;
    auto refused = f.cases->transition(c->id, approve, counter, at(9, 27, 12));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("role.forbidden"));
    const Actor approver = f.actorFor(QStringLiteral("approver"));
    auto approved = f.cases->transition(c->id, approve, approver, at(9, 27, 14));
    REQUIRE(approved.ok());
    CHECK(approved->state == CaseState::Approved);
    CHECK(approved->decidedAt.isValid());

    TransitionRequest ready;
    ready.event = CaseEvent::PrepareRelease;
    REQUIRE(f.cases->transition(c->id, ready, approver, at(9, 27, 15)).ok());

    const Actor counterAgain = f.actorFor(QStringLiteral("counter"));
    TransitionRequest release;
    release.event = CaseEvent::Release;
    release.recipientIdNumber = validId(QStringLiteral("62122119900101123"));
    auto wrong = f.cases->transition(c->id, release, counterAgain, at(9, 29));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("release.recipient"));
    release.recipientIdNumber = c->applicant.idNumber.toLower(); // lower-case x is fine
    auto released = f.cases->transition(c->id, release, counterAgain, at(9, 29));
    REQUIRE(released.ok());
    CHECK(released->state == CaseState::Released);
    CHECK(released->trips == 2); // came back to collect it
    CHECK(released->history.size() == 6);
    CHECK(CaseLifecycle::isFinal(released->state));
    CHECK(f.count(QStringLiteral("outbox")) == 6);
}

TEST_CASE("Suspension pauses the clock: the due date moves by the suspended working days",
          "[cases]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    auto c = f.cases->intake(f.request(QStringLiteral("621221-ZJ-0001")), counter,
                             QStringLiteral("A1"), at(9, 23));
    REQUIRE(c.ok());
    const QDate due = c->dueDate;
    CHECK(due == QDate(2024, 9, 26)); // 3 working days after Monday 23 September
    TransitionRequest route;
    route.event = CaseEvent::Route;
    REQUIRE(f.cases->transition(c->id, route, counter, at(9, 23, 11)).ok());
    Directory d = f.workspace->directory().load();
    for (User &u : d.users) {
        if (u.username == QLatin1String("approver"))
            u.departmentCode = QStringLiteral("ZJ");
    }
    REQUIRE(f.workspace->directory().merge(d, counter).ok());
    const Actor approver = f.actorFor(QStringLiteral("approver"));
    TransitionRequest suspend;
    suspend.event = CaseEvent::Suspend;
    CHECK(f.cases->transition(c->id, suspend, approver, at(9, 24)).error().code
          == QStringLiteral("reason.required"));
    suspend.reason = QStringLiteral("需组织现场勘验");
    REQUIRE(f.cases->transition(c->id, suspend, approver, at(9, 24)).ok());
    TransitionRequest resume;
    resume.event = CaseEvent::Resume;
    auto resumed = f.cases->transition(c->id, resume, approver, at(10, 9));
    REQUIRE(resumed.ok());
    // Suspended 24 Sep to 9 Oct: 25, 26, 27, 29, 30 Sep, 8, 9 Oct = 7 working days.
    CHECK(resumed->suspendedWorkingDays == 7);
    // Thursday 26 September + 7 working days: 27, 29 (make-up), 30 Sep, 8, 9, 10, 11 Oct.
    CHECK(resumed->dueDate == QDate(2024, 10, 11));
}

TEST_CASE("A one-visit bundle creates one case per department under a parent", "[cases]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const QString bundleCode = QStringLiteral("621221-ZWFW-0001");
    auto c = f.cases->intake(f.request(bundleCode), counter, QStringLiteral("A1"), at(9, 27));
    REQUIRE(c.ok());
    const QList<Case> kids = f.cases->children(c->id);
    CHECK(kids.size() == f.catalog.item(bundleCode)->bundleParts.size());
    QStringList departments;
    for (const Case &k : kids) {
        CHECK(k.state == CaseState::Accepted);
        CHECK(k.parentId == c->id);
        CHECK(k.applicant.id == c->applicant.id);
        departments << k.departmentCode;
    }
    departments.removeDuplicates();
    CHECK(departments.size() >= 2);
    // The results are released together: not before every part is decided.
    TransitionRequest route;
    route.event = CaseEvent::Route;
    REQUIRE(f.cases->transition(c->id, route, counter, at(9, 27, 11)).ok());
}
