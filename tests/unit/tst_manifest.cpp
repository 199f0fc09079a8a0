#include "domain/manifestdocument.h"
#include "domain/residentid.h"
#include "store/casestore.h"
#include "store/manifeststore.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace ow;

namespace {

const QString hall = QStringLiteral("621221");
const QString town = QStringLiteral("621221101");

QDateTime at(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour - 8, 0), Qt::UTC);
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<ManifestStore> manifests;
    Catalog catalog;
    int serial = 0;

    explicit Fixture(const QString &file = QStringLiteral("client.sqlite"))
    {
        auto ws = Workspace::open(dir.filePath(file));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        manifests = std::make_unique<ManifestStore>(workspace->database());
        catalog = workspace->catalog().load().value();
    }

    Actor actorFor(const QString &username)
    {
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    const ServiceItem &item(bool townshipAcceptable)
    {
        for (const ServiceItem &i : catalog.items) {
            if (!i.isBundle() && i.townshipAcceptable == townshipAcceptable)
                return i;
        }
        FAIL("no such item in the catalogue");
        return catalog.items.first();
    }

    Case intake(const ServiceItem &item, IntakeDecision decision)
    {
        IntakeRequest r;
        r.item = item;
        r.applicant.name = QStringLiteral("赵桂英");
        const QString first17 = QStringLiteral("6212211950061230%1").arg(serial++ % 10);
        r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
        r.applicant.phone = QStringLiteral("13893912345");
        r.applicant.address = QStringLiteral("成县抛沙镇");
        r.channel = CaseChannel::Township;
        r.decision = decision;
        r.materials = CaseRules::checklistFor(item);
        for (CaseMaterial &m : r.materials) {
            m.status = CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        auto saved = cases->intake(r, workspace->actor(), workspace->deviceShortId(), at(27));
        REQUIRE(saved.ok());
        return saved.value();
    }

    void move(const QString &caseId, CaseEvent event, const Actor &actor)
    {
        TransitionRequest t;
        t.event = event;
        auto moved = cases->transition(caseId, t, actor, at(27, 11));
        INFO((moved.ok() ? std::string() : moved.error().message.toStdString()));
        REQUIRE(moved.ok());
    }
};

} // namespace

TEST_CASE("Township to county and back: a manifest round trip", "[tasks][manifest]")
{
    Fixture f;
    const Actor township = f.actorFor(QStringLiteral("township"));
    const Case accepted = f.intake(f.item(true), IntakeDecision::Accept);
    const Case received = f.intake(f.item(false), IntakeDecision::ReceiveOnly);

    // An accepted case is forwarded (route) before it travels.
    ManifestDraft draft;
    draft.items = {{accepted.id, 2}, {received.id, 1}};
    auto refused = f.manifests->send(draft, township, f.workspace->deviceShortId(), at(27, 12));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("manifest.not_forwarded"));
    CHECK(refused.error().message.contains(accepted.number));
    f.move(accepted.id, CaseEvent::Route, township);
    CHECK(f.manifests->candidates(ManifestDirection::Forward, township).size() == 2);

    const qint64 outbox = Outbox::pendingCount(f.workspace->database()->connection());
    auto sent = f.manifests->send(draft, township, f.workspace->deviceShortId(), at(27, 12));
    REQUIRE(sent.ok());
    CHECK(sent->number.startsWith(QStringLiteral("LZ-621221101-20261127-")));
    CHECK(sent->number.endsWith(QStringLiteral("-001")));
    CHECK(sent->toPlace == hall);
    CHECK(sent->packets() == 3);
    CHECK(sent->status == ManifestStatus::Sent);
    CHECK(Outbox::pendingCount(f.workspace->database()->connection()) == outbox + 1);
    CHECK(f.manifests->candidates(ManifestDirection::Forward, township).isEmpty());

    // The township cannot receive its own manifest; the hall's counter receives it at once.
    CHECK(f.manifests->receive(sent->number, {2, 1}, {}, township, at(30)).error().code
          == QStringLiteral("role.forbidden"));
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    CHECK(f.manifests->receive(sent->number, {2}, {}, counter, at(30)).error().code
          == QStringLiteral("manifest.invalid"));
    auto got = f.manifests->receive(sent->number.toLower(), {2, 0},
                                    {QString(), QStringLiteral("档案袋未随车")}, counter, at(30));
    REQUIRE(got.ok());
    CHECK(got->status == ManifestStatus::ReceivedWithMismatch);
    CHECK(got->missingPackets() == 1);
    CHECK(got->entries[1].state() == ManifestEntry::State::Missing);
    CHECK(got->entries[0].state() == ManifestEntry::State::Received);
    CHECK(got->entries[1].note == QStringLiteral("档案袋未随车"));
    CHECK(f.manifests->receive(sent->number, {2, 1}, {}, counter, at(30)).error().code
          == QStringLiteral("manifest.received"));
    // Both sides see the difference in their lists.
    CHECK(f.manifests->recent(town).first().status == ManifestStatus::ReceivedWithMismatch);
    CHECK(f.manifests->recent(hall).first().missingPackets() == 1);

    // The department decides; the result goes back to the township, which releases it.
    Directory extra;
    User approver;
    approver.id = QStringLiteral("0190f6a0-0000-7000-8000-0000000000b1");
    approver.username = QStringLiteral("approver2");
    approver.displayName = QStringLiteral("孙涛");
    approver.role = Role::Approver;
    approver.placeCode = hall;
    approver.departmentCode = accepted.departmentCode;
    extra.users.append(approver);
    REQUIRE(f.workspace->directory().merge(extra, counter).ok());
    f.move(accepted.id, CaseEvent::Approve, f.actorFor(QStringLiteral("approver2")));
    f.move(accepted.id, CaseEvent::PrepareRelease, f.actorFor(QStringLiteral("counter")));

    ManifestDraft back;
    back.direction = ManifestDirection::Return;
    back.toPlace = town;
    REQUIRE(f.manifests->candidates(ManifestDirection::Return, counter, town).size() == 1);
    back.items = {{accepted.id, 1}};
    auto returned = f.manifests->send(back, counter, f.workspace->deviceShortId(), at(30, 15));
    REQUIRE(returned.ok());
    CHECK(returned->direction == ManifestDirection::Return);
    const Case held = f.cases->load(accepted.id).value();
    CHECK(held.releasePlaceCode == town);
    // The hall no longer releases it; the township point does.
    const QDate day(2026, 11, 30);
    CHECK_FALSE(CaseLifecycle::availableEvents(held.state, f.cases->contextFor(held, counter, day))
                        .contains(CaseEvent::Release));
    CHECK(CaseLifecycle::availableEvents(held.state, f.cases->contextFor(held, township, day))
                  .contains(CaseEvent::Release));
    auto home = f.manifests->receive(returned->number, {1}, {}, township, at(30, 16));
    REQUIRE(home.ok());
    CHECK(home->status == ManifestStatus::Received);

    // Printed: the number is the reference and the QR code.
    const ComposedDocument doc
            = ManifestDocument::compose(sent.value(), QStringLiteral("抛沙镇便民服务中心"),
                                        QStringLiteral("成县政务服务中心"), QStringLiteral("张娟"));
    CHECK(doc.qrPayload == sent->number);
    CHECK(doc.allText().join(QLatin1Char('\n')).contains(accepted.number));
    CHECK(doc.sections[1].table.rows.size() == 2);
}

TEST_CASE("A manifest listing a case not synced here shows it as awaiting sync",
          "[tasks][manifest][sync]")
{
    Fixture township(QStringLiteral("township.sqlite"));
    const Actor sender = township.actorFor(QStringLiteral("township"));
    const Case c = township.intake(township.item(false), IntakeDecision::ReceiveOnly);
    ManifestDraft draft;
    draft.items = {{c.id, 1}};
    auto sent = township.manifests->send(draft, sender, township.workspace->deviceShortId(),
                                         at(27, 12));
    REQUIRE(sent.ok());

    // The county's device has the manifest (pulled) but not yet the case.
    Fixture county(QStringLiteral("county.sqlite"));
    REQUIRE(county.manifests->applySnapshot(ManifestStore::toJson(sent.value())).ok());
    auto there = county.manifests->byNumber(sent->number);
    REQUIRE(there.ok());
    REQUIRE(there->entries.size() == 1);
    CHECK(there->entries[0].state() == ManifestEntry::State::AwaitingSync);
    CHECK(there->awaitingSync() == 1);
    CHECK(ManifestRules::entryStateName(there->entries[0].state())
          == ManifestRules::tr("Awaiting sync"));
    // Not an error: the packet may still be received; the case arrives with the next sync.
    const Actor counter = county.actorFor(QStringLiteral("counter"));
    auto got = county.manifests->receive(sent->number, {1}, {}, counter, at(30));
    REQUIRE(got.ok());
    CHECK(got->status == ManifestStatus::Received);

    // An unknown number says what to do.
    auto unknown = county.manifests->byNumber(QStringLiteral("LZ-621221101-20261127-Z1-009"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("sync")));
}

TEST_CASE("Manifest rules: who sends where", "[tasks][manifest]")
{
    ManifestActor township{Role::Township, town, hall};
    CHECK(ManifestRules::maySend(ManifestDirection::Forward, township, town, hall, {}));
    CHECK(ManifestRules::maySend(ManifestDirection::Forward, township, town,
                                 QStringLiteral("621202"), {})
                  .error()
                  .code
          == QStringLiteral("manifest.destination"));
    CHECK(ManifestRules::maySend(ManifestDirection::Return, township, town, hall, {}).error().code
          == QStringLiteral("role.forbidden"));
    ManifestActor counter{Role::Counter, hall, hall};
    CHECK(ManifestRules::maySend(ManifestDirection::Return, counter, hall, town, hall));
    CHECK(ManifestRules::maySend(ManifestDirection::Return, counter, hall,
                                 QStringLiteral("621202101"), QStringLiteral("621202"))
                  .error()
                  .code
          == QStringLiteral("manifest.destination"));

    ManifestCaseFacts c;
    c.channel = CaseChannel::Township;
    c.placeCode = town;
    c.state = CaseState::Released;
    CHECK(ManifestRules::mayList(ManifestDirection::Forward, c, town, hall).error().code
          == QStringLiteral("manifest.case_state"));
    c.state = CaseState::Received;
    c.townshipAcceptable = true;
    CHECK(ManifestRules::mayList(ManifestDirection::Forward, c, town, hall).error().code
          == QStringLiteral("manifest.not_accepted"));
    c.channel = CaseChannel::Window;
    CHECK(ManifestRules::mayList(ManifestDirection::Forward, c, town, hall).error().code
          == QStringLiteral("manifest.case_elsewhere"));
}

TEST_CASE("A printed manifest names applicants but never prints an ID number or phone",
          "[tasks][manifest][security]")
{
    Fixture f;
    const Actor township = f.actorFor(QStringLiteral("township"));
    const Case accepted = f.intake(f.item(true), IntakeDecision::Accept);
    f.move(accepted.id, CaseEvent::Route, township);
    ManifestDraft draft;
    draft.items = {{accepted.id, 1}};
    auto sent = f.manifests->send(draft, township, f.workspace->deviceShortId(), at(27, 12));
    REQUIRE(sent.ok());
    const QString text = ManifestDocument::compose(sent.value(), QStringLiteral("抛沙镇"),
                                                   QStringLiteral("成县政务服务中心"),
                                                   QStringLiteral("乡镇窗口"))
                                 .allText()
                                 .join(u'\n');
    CHECK(text.contains(accepted.number));
    CHECK(text.contains(QStringLiteral("赵桂英")));
    // Neither the whole numbers nor the parts a mask hides (the birth date, the phone's middle).
    for (const QString &secret :
         {accepted.applicant.idNumber, accepted.applicant.idNumber.mid(6, 8),
          accepted.applicant.phone, accepted.applicant.phone.mid(3, 4)}) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret));
    }
}
