#include "domain/casedocumentfacts.h"
#include "domain/residentid.h"
#include "items/caselistmodel.h"
#include "store/auditlog.h"
#include "store/casequeues.h"
#include "store/casestore.h"
#include "store/outbox.h"
#include "store/storemark.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
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

    // The demo approver, deciding for `department` from now on.
    Actor approverOf(const QString &department)
    {
        Directory d = workspace->directory().load();
        for (User &u : d.users) {
            if (u.username == QLatin1String("approver"))
                u.departmentCode = department;
        }
        REQUIRE(workspace->directory().merge(d, workspace->actor()).ok());
        return actorFor(QStringLiteral("approver"));
    }

    Case move(const QString &id, CaseEvent event, const Actor &actor, const QDateTime &when,
              const QString &reason = QString())
    {
        TransitionRequest r;
        r.event = event;
        r.reason = reason;
        auto moved = cases->transition(id, r, actor, when);
        INFO(CaseLifecycle::eventKey(event).toStdString()
             << ": " << moved.error().message.toStdString());
        REQUIRE(moved.ok());
        return moved.value();
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

namespace {

const QString restaurantBundle = QStringLiteral("621221-ZWFW-0001"); // 开办餐饮店一件事

// A bundle accepted on Monday 23 September 2024 with every part routed to its department.
struct Bundle
{
    Case parent;
    QList<Case> parts; // SCJG-0004, SCJG-0008, SW-0001
};

Bundle routedBundle(Fixture &f)
{
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    auto c = f.cases->intake(f.request(restaurantBundle), counter, QStringLiteral("A1"), at(9, 23));
    REQUIRE(c.ok());
    Bundle b;
    b.parent = f.move(c->id, CaseEvent::Route, counter, at(9, 23, 11));
    for (const Case &part : f.cases->children(c->id))
        b.parts << f.move(part.id, CaseEvent::Route, counter, at(9, 23, 11));
    REQUIRE(b.parts.size() == 3);
    return b;
}

} // namespace

TEST_CASE("A bundle is released as one act: the main case and every part at the window, each "
          "with its outcome",
          "[cases][bundle]")
{
    Fixture f;
    Bundle b = routedBundle(f);
    const QString applicantId = b.parent.applicant.idNumber;

    // SCJG approves one part and denies the other; the tax bureau approves its part.
    const Actor scjg = f.approverOf(QStringLiteral("SCJG"));
    f.move(b.parts[0].id, CaseEvent::Approve, scjg, at(9, 24));
    f.move(b.parts[1].id, CaseEvent::Deny, scjg, at(9, 24),
           QStringLiteral("经营场所与污染源距离不足二十五米"));
    f.move(b.parts[0].id, CaseEvent::PrepareRelease, scjg, at(9, 24, 11));
    f.move(b.parts[1].id, CaseEvent::PrepareRelease, scjg, at(9, 24, 11));

    // The main case waits for the last part: refused by the rule, with its code.
    const Actor zwfw = f.approverOf(QStringLiteral("ZWFW"));
    f.move(b.parent.id, CaseEvent::Approve, zwfw, at(9, 24, 12));
    TransitionRequest ready;
    ready.event = CaseEvent::PrepareRelease;
    auto early = f.cases->transition(b.parent.id, ready, zwfw, at(9, 24, 13));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == QStringLiteral("bundle.undecided"));

    const Actor sw = f.approverOf(QStringLiteral("SW"));
    f.move(b.parts[2].id, CaseEvent::Approve, sw, at(9, 25));
    f.move(b.parts[2].id, CaseEvent::PrepareRelease, sw, at(9, 25, 11));
    const Actor zwfwAgain = f.approverOf(QStringLiteral("ZWFW"));
    f.move(b.parent.id, CaseEvent::PrepareRelease, zwfwAgain, at(9, 25, 12));

    // A part is not handed over on its own while the main case is open, and the release queue
    // lists only the main case.
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    TransitionRequest release;
    release.event = CaseEvent::Release;
    release.recipientIdNumber = applicantId;
    auto alone = f.cases->transition(b.parts[0].id, release, counter, at(9, 26));
    REQUIRE_FALSE(alone.ok());
    CHECK(alone.error().code == QStringLiteral("bundle.part_held"));
    CaseQueues queues(f.workspace->database());
    const auto queue = queues.releaseQueue(QStringLiteral("621221"));
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().id == b.parent.id);
    CHECK(queues.releaseCount(QStringLiteral("621221")) == 1);

    // The decision on the main case lists every part's outcome: the denial hides nothing.
    {
        const Case parent = f.cases->load(b.parent.id).value();
        CaseDocumentSources sources = f.workspace->documentSources(parent, f.catalog);
        sources.bundleParts = f.cases->children(parent.id);
        const DocumentFacts facts
                = CaseDocumentFacts::factsFor(DocumentKind::Approval, parent, sources);
        REQUIRE(facts.bundleParts.size() == 3);
        CHECK(facts.bundleParts[0].outcome == DocumentBundlePart::Outcome::Approved);
        CHECK(facts.bundleParts[1].outcome == DocumentBundlePart::Outcome::Denied);
        CHECK(facts.bundleParts[1].reason == QStringLiteral("经营场所与污染源距离不足二十五米"));
        CHECK(facts.bundleParts[1].authorityName == QStringLiteral("成县市场监督管理局"));
        CHECK(facts.bundleParts[2].outcome == DocumentBundlePart::Outcome::Approved);
        const QStringList text = CaseDocument::compose(DocumentKind::Approval, facts).allText();
        CHECK(text.contains(QStringLiteral("Not approved")));
        CHECK(text.contains(QStringLiteral("经营场所与污染源距离不足二十五米")));
        CHECK(text.contains(b.parts[2].number));
    }

    // One act: if one part cannot be released (its result was sent to a township point),
    // nothing is released.
    QSqlQuery q(f.workspace->database()->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET release_place_code = '621221101' WHERE id = '")
                   + b.parts[2].id + QLatin1Char('\'')));
    const qint64 outboxBefore = f.count(QStringLiteral("outbox"));
    auto refused = f.cases->transition(b.parent.id, release, counter, at(9, 26));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("place.forbidden"));
    CHECK(refused.error().message.contains(b.parts[2].number));
    CHECK(f.cases->load(b.parent.id)->state == CaseState::ReadyForRelease);
    CHECK(f.cases->load(b.parts[0].id)->state == CaseState::ReadyForRelease);
    CHECK(f.count(QStringLiteral("outbox")) == outboxBefore);
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET release_place_code = '621221' WHERE id = '")
                   + b.parts[2].id + QLatin1Char('\'')));

    // Released: the main case and the three parts, each recorded, in one transaction.
    const qint64 auditBefore = AuditLog::count(f.workspace->database()->connection());
    auto released = f.cases->transition(b.parent.id, release, counter, at(9, 26));
    REQUIRE(released.ok());
    CHECK(released->state == CaseState::Released);
    CHECK(released->trips == 2);
    for (const Case &part : f.cases->children(b.parent.id)) {
        INFO(part.number.toStdString());
        CHECK(part.state == CaseState::Released);
        CHECK(part.releasedAt == at(9, 26));
        CHECK(part.delivery == Case::Delivery::Counter);
        REQUIRE_FALSE(part.history.isEmpty());
        CHECK(part.history.last().event == CaseEvent::Release);
        CHECK(part.history.last().userId == counter.userId);
        CHECK(part.history.last().note.contains(b.parent.number));
    }
    CHECK(f.count(QStringLiteral("outbox")) == outboxBefore + 4);
    CHECK(AuditLog::count(f.workspace->database()->connection()) == auditBefore + 4);
    CHECK(queues.releaseCount(QStringLiteral("621221")) == 0);
}

TEST_CASE("A bundle posted to the applicant posts every part with it", "[cases][bundle]")
{
    Fixture f;
    Bundle b = routedBundle(f);
    const Actor scjg = f.approverOf(QStringLiteral("SCJG"));
    for (int i : {0, 1}) {
        f.move(b.parts[i].id, CaseEvent::Approve, scjg, at(9, 24));
        f.move(b.parts[i].id, CaseEvent::PrepareRelease, scjg, at(9, 24, 11));
    }
    const Actor sw = f.approverOf(QStringLiteral("SW"));
    // The tax part is decided but its result is not at the window yet: it stays behind.
    f.move(b.parts[2].id, CaseEvent::Approve, sw, at(9, 24));
    const Actor zwfw = f.approverOf(QStringLiteral("ZWFW"));
    f.move(b.parent.id, CaseEvent::Approve, zwfw, at(9, 24, 12));
    f.move(b.parent.id, CaseEvent::PrepareRelease, zwfw, at(9, 24, 13));

    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const Case posted = f.move(b.parent.id, CaseEvent::MailRelease, counter, at(9, 25));
    CHECK(posted.delivery == Case::Delivery::Mail);
    CHECK(posted.trips == 1); // posting adds no trip
    const QList<Case> parts = f.cases->children(b.parent.id);
    CHECK(parts[0].state == CaseState::Released);
    CHECK(parts[0].delivery == Case::Delivery::Mail);
    CHECK(parts[0].trips == 1);
    CHECK(parts[1].state == CaseState::Released);
    CHECK(parts[2].state == CaseState::Approved);
    // With the main case closed, the late part is released on its own.
    f.move(parts[2].id, CaseEvent::PrepareRelease, counter, at(9, 26));
    CaseQueues queues(f.workspace->database());
    CHECK(queues.releaseCount(QStringLiteral("621221")) == 1);
    f.move(parts[2].id, CaseEvent::MailRelease, counter, at(9, 26, 11));
}

TEST_CASE("A one-time notice sets the 补正 deadline in working days - the sweep terminates the "
          "case the day after it",
          "[cases][termination]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    IntakeRequest r = f.request(enterpriseSetUp, false);
    for (CaseMaterial &m : r.materials) {
        if (m.requirement != Material::Requirement::Required)
            continue;
        m.status = CaseMaterial::Status::Received; // all but the first required material
        m.copiesReceived = m.copiesExpected;
    }
    r.materials[0].status = CaseMaterial::Status::Missing;
    r.materials[0].copiesReceived = 0;
    r.decision = IntakeDecision::Notify;
    // Notice on Friday 27 September 2024: 15 working days are 29, 30 September (National Day
    // 1-7 October), 8-12 October (the 12th a make-up Saturday), 14-18 and 21-23 October.
    auto notified = f.cases->intake(r, counter, QStringLiteral("A1"), at(9, 27));
    REQUIRE(notified.ok());
    REQUIRE(notified->state == CaseState::AwaitingMaterials);
    CHECK(notified->materials[0].supplyBy == QDate(2024, 10, 23));
    CHECK(CaseRules::earliestDeadline(notified.value()) == QDate(2024, 10, 23));
    // The notice prints the deadline and what happens after it.
    {
        const DocumentFacts facts = CaseDocumentFacts::factsFor(
                DocumentKind::OneTimeNotice, notified.value(),
                f.workspace->documentSources(notified.value(), f.catalog));
        const QStringList text
                = CaseDocument::compose(DocumentKind::OneTimeNotice, facts).allText();
        CHECK(text.join(QLatin1Char('\n')).contains(QStringLiteral("terminated")));
        CHECK(text.join(QLatin1Char('\n')).contains(CaseDocument::formatDate(QDate(2024, 10, 23))));
    }

    // Deferred (容缺) case: 食品经营许可 accepted with the health certificate promised by 8
    // October.
    IntakeRequest d = f.request(QStringLiteral("621221-SCJG-0008"));
    bool deferred = false;
    for (CaseMaterial &m : d.materials) {
        if (m.requirement == Material::Requirement::Deferrable && !deferred) {
            m.status = CaseMaterial::Status::Deferred;
            m.copiesReceived = 0;
            m.supplyBy = QDate(2024, 10, 8);
            deferred = true;
        }
    }
    REQUIRE(deferred);
    auto accepted = f.cases->intake(d, counter, QStringLiteral("A1"), at(9, 27, 11));
    REQUIRE(accepted.ok());
    REQUIRE(accepted->state == CaseState::Accepted);
    // A received-only case has no deadline yet and is never swept.
    IntakeRequest o = f.request(enterpriseSetUp, false);
    o.decision = IntakeDecision::ReceiveOnly;
    auto receivedOnly = f.cases->intake(o, counter, QStringLiteral("A1"), at(9, 27, 12));
    REQUIRE(receivedOnly.ok());

    // On the promised day nothing happens.
    auto sweep = f.cases->terminateOverdue(counter, at(10, 8));
    REQUIRE(sweep.ok());
    CHECK(sweep->terminated.isEmpty());
    // The day after the 容缺 date: that case is terminated, the notice case not yet.
    const qint64 outboxBefore = f.count(QStringLiteral("outbox"));
    sweep = f.cases->terminateOverdue(counter, at(10, 9));
    REQUIRE(sweep.ok());
    CHECK(sweep->terminated == QStringList{accepted->number});
    CHECK(sweep->failures.isEmpty());
    CHECK(f.count(QStringLiteral("outbox")) == outboxBefore + 1);
    const Case ended = f.cases->load(accepted->id).value();
    CHECK(ended.state == CaseState::Terminated);
    CHECK(ended.closedAt == at(10, 9));
    CHECK(ended.history.last().event == CaseEvent::Terminate);
    CHECK(ended.history.last().note.contains(QStringLiteral("2024-10-08")));
    const QList<AuditEntry> audit = AuditLog::entriesFor(f.workspace->database()->connection(),
                                                         QStringLiteral("case"), ended.id);
    CHECK(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
        return e.action == QLatin1String("case.transition");
    }));

    // Only those who may terminate do: an approver's sweep leaves the case alone.
    const Actor approver = f.actorFor(QStringLiteral("approver"));
    sweep = f.cases->terminateOverdue(approver, at(10, 24));
    REQUIRE(sweep.ok());
    CHECK(sweep->terminated.isEmpty());
    CHECK(sweep->notPermitted == 1);
    CHECK(f.cases->load(notified->id)->state == CaseState::AwaitingMaterials);

    // The 补正 deadline is 23 October: still open that day, terminated the next.
    sweep = f.cases->terminateOverdue(counter, at(10, 23));
    REQUIRE(sweep.ok());
    CHECK(sweep->terminated.isEmpty());
    sweep = f.cases->terminateOverdue(counter, at(10, 24));
    REQUIRE(sweep.ok());
    CHECK(sweep->terminated == QStringList{notified->number});
    CHECK(f.cases->load(notified->id)->state == CaseState::Terminated);
    CHECK(f.cases->load(receivedOnly->id)->state == CaseState::Received);
    // Swept twice the same day: nothing more to do.
    sweep = f.cases->terminateOverdue(counter, at(10, 24, 15));
    REQUIRE(sweep.ok());
    CHECK(sweep->terminated.isEmpty());

    // The termination notice: the item's legal basis, the overdue material with its date, the
    // reason, and where to seek review or sue, from the hall's directory entry.
    const Case terminated = f.cases->load(notified->id).value();
    REQUIRE(CaseDocumentFacts::applicableKinds(terminated).contains(DocumentKind::Termination));
    const DocumentFacts facts
            = CaseDocumentFacts::factsFor(DocumentKind::Termination, terminated,
                                          f.workspace->documentSources(terminated, f.catalog));
    CHECK(facts.issuedOn == QDate(2024, 10, 24));
    CHECK(facts.reviewAuthority == QStringLiteral("成县人民政府"));
    CHECK(facts.court == QStringLiteral("成县人民法院"));
    const QString text = CaseDocument::compose(DocumentKind::Termination, facts)
                                 .allText()
                                 .join(QLatin1Char('\n'));
    CHECK(text.contains(f.catalog.item(enterpriseSetUp)->legalBasis));
    CHECK(text.contains(terminated.materials[0].name));
    CHECK(text.contains(QStringLiteral("成县人民政府")));
    CHECK(text.contains(QStringLiteral("成县人民法院")));
    CHECK(text.contains(terminated.reason));
}

TEST_CASE("Refusals name the review authority and the court of the hall, also for a township "
          "point",
          "[cases][documents]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    IntakeRequest r = f.request(enterpriseSetUp);
    r.decision = IntakeDecision::Reject;
    r.reason = QStringLiteral("不属于本机关职责范围");
    auto rejected = f.cases->intake(r, counter, QStringLiteral("A1"), at(9, 27));
    REQUIRE(rejected.ok());
    DocumentFacts facts = CaseDocumentFacts::factsFor(
            DocumentKind::Rejection, rejected.value(),
            f.workspace->documentSources(rejected.value(), f.catalog));
    CHECK(facts.reviewAuthority == QStringLiteral("成县人民政府"));
    CHECK(facts.court == QStringLiteral("成县人民法院"));

    const Actor township = f.actorFor(QStringLiteral("township"));
    r.channel = CaseChannel::Township;
    auto there = f.cases->intake(r, township, QStringLiteral("T1"), at(9, 27, 11));
    REQUIRE(there.ok());
    facts = CaseDocumentFacts::factsFor(DocumentKind::Rejection, there.value(),
                                        f.workspace->documentSources(there.value(), f.catalog));
    CHECK(facts.hallName == QStringLiteral("抛沙镇便民服务中心"));
    CHECK(facts.reviewAuthority == QStringLiteral("成县人民政府"));
    CHECK(facts.court == QStringLiteral("成县人民法院"));
    const QString text = CaseDocument::compose(DocumentKind::Rejection, facts)
                                 .allText()
                                 .join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("成县人民政府")));
    CHECK(text.contains(QStringLiteral("成县人民法院")));
}

TEST_CASE("The case list shows a received licensing case's notice deadline and warns before it "
          "passes",
          "[cases][due]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    IntakeRequest r = f.request(enterpriseSetUp, false);
    r.decision = IntakeDecision::ReceiveOnly;
    auto c = f.cases->intake(r, counter, QStringLiteral("A1"), at(9, 27));
    REQUIRE(c.ok());
    CHECK(c->noticeDeadline == QDate(2024, 10, 10)); // 5 working days, National Day skipped

    CaseListModel model(f.workspace->database(), f.workspace->calendar());
    const auto dueOn = [&](QDate today) {
        model.setToday(today);
        REQUIRE(model.rowCount() == 1);
        return model.index(0, CaseListModel::DueColumn);
    };
    QModelIndex due = dueOn(QDate(2024, 9, 30));
    CHECK(due.data(CaseListModel::UrgencyRole).toInt() == DueStatus::OnTime);
    CHECK(due.data().toString() == QStringLiteral("Notice by 2024-10-10"));
    CHECK_FALSE(due.data(Qt::ToolTipRole).toString().isEmpty());
    due = dueOn(QDate(2024, 10, 9));
    CHECK(due.data(CaseListModel::UrgencyRole).toInt() == DueStatus::NearDue);
    CHECK(due.data().toString().startsWith(QStringLiteral("Notice by 2024-10-10 (")));
    due = dueOn(QDate(2024, 10, 11));
    CHECK(due.data(CaseListModel::UrgencyRole).toInt() == DueStatus::Overdue);
    CHECK(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("accepted")));
    // Accepted: the notice deadline no longer runs, the promised date does.
    f.move(c->id, CaseEvent::Accept, counter, at(10, 11));
    due = dueOn(QDate(2024, 10, 11));
    CHECK_FALSE(due.data().toString().startsWith(QStringLiteral("Notice")));
}

TEST_CASE("A returning applicant with nothing changed is not written again, a change is saved",
          "[cases][intake]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    auto first
            = f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"), at(9, 27));
    REQUIRE(first.ok());
    const auto row = [&f] {
        QSqlQuery q(f.workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT updated_at, phone, address FROM applicants")));
        REQUIRE(q.next());
        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    };
    const auto grams = [&f] {
        QSqlQuery q(f.workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT group_concat(gram, ',') FROM (SELECT gram FROM"
                                      " applicant_name_grams ORDER BY gram)")));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    const QStringList saved = row();
    const QString savedGrams = grams();
    CHECK(savedGrams == QStringLiteral("张伟"));

    // The same person again, the same details (as the applicant look-up fills them in).
    auto again = f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"),
                                 at(9, 27, 11));
    REQUIRE(again.ok());
    CHECK(again->applicant.id == first->applicant.id);
    CHECK(row() == saved); // not rewritten: not even its time
    CHECK(grams() == savedGrams);

    // A new phone number and a new name are saved, with the name's grams.
    IntakeRequest changed = f.request(enterpriseSetUp);
    changed.applicant.phone = QStringLiteral("13993954321");
    changed.applicant.name = QStringLiteral("张伟明");
    auto third = f.cases->intake(changed, counter, QStringLiteral("A1"), at(9, 27, 12));
    REQUIRE(third.ok());
    CHECK(third->applicant.id == first->applicant.id);
    CHECK(third->applicant.phone == QStringLiteral("13993954321"));
    const QStringList updated = row();
    CHECK(updated[1] == QStringLiteral("13993954321"));
    CHECK(updated[0] != saved[0]);
    CHECK(grams() == QStringLiteral("伟明,张伟"));
    CHECK(f.count(QStringLiteral("applicants")) == 1);
    CHECK(f.cases->load(third->id)->applicant.phone == QStringLiteral("13993954321"));
    CHECK(f.cases->load(first->id)->applicant.name == QStringLiteral("张伟"));
}

TEST_CASE("Only the parts of bundles are in the index of parents, and it finds them",
          "[cases][bundle]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    REQUIRE(f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"), at(9, 27))
                    .ok());
    auto bundle = f.cases->intake(f.request(restaurantBundle), counter, QStringLiteral("A1"),
                                  at(9, 27, 11));
    REQUIRE(bundle.ok());
    QSqlQuery q(f.workspace->database()->connection());
    // Counted through the index itself: the three parts, not the two cases without a parent.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_parent"
                                  " WHERE parent_id IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    CHECK(f.count(QStringLiteral("cases")) == 5);
    // Every query of the parts by their main case reads that index.
    for (const QString &sql :
         {QStringLiteral("SELECT state FROM cases WHERE parent_id = ?"),
          QStringLiteral("SELECT id FROM cases WHERE parent_id = ? ORDER BY number"),
          QStringLiteral("SELECT (SELECT count(*) FROM cases k WHERE k.parent_id = c.id)"
                         " FROM cases c WHERE c.id = ?")}) {
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        q.addBindValue(bundle->id);
        REQUIRE(q.exec());
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        INFO(sql.toStdString() << "\n" << plan.join(QLatin1Char('\n')).toStdString());
        CHECK(plan.join(QLatin1Char('\n')).contains(QStringLiteral("INDEX cases_parent")));
    }
    CHECK(f.cases->children(bundle->id).size() == 3);
}

TEST_CASE("The store's mark is written over after every intake, an older longer one included",
          "[cases][intake]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    const QSqlDatabase db = f.workspace->database()->connection();
    const QString markPath = StoreMark::path(db);
    REQUIRE_FALSE(markPath.isEmpty());
    const auto readMark = [&markPath] {
        QFile file(markPath);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };
    {
        QFile old(markPath);
        REQUIRE(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
        old.write("621221 2024-09-26 A1 0 and the tail of a longer line written before\n");
    }
    REQUIRE(f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"), at(9, 27))
                    .ok());
    CHECK(readMark() == QStringLiteral("621221 2024-09-27 A1 1\n"));
    CHECK_FALSE(StoreMark::wentBack(db));
    for (int hour = 11; hour <= 13; ++hour) {
        REQUIRE(f.cases->intake(f.request(enterpriseSetUp), counter, QStringLiteral("A1"),
                                at(9, 27, hour))
                        .ok());
    }
    CHECK(readMark() == QStringLiteral("621221 2024-09-27 A1 4\n"));
    CHECK_FALSE(StoreMark::wentBack(db));
    CHECK((QFile::permissions(markPath) & (QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);
    // A mark ahead of the store's counter: the store went back in time.
    {
        QFile ahead(markPath);
        REQUIRE(ahead.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ahead.write("621221 2024-09-27 A1 9\n");
    }
    CHECK(StoreMark::wentBack(db));
}
