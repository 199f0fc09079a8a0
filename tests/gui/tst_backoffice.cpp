#include "casedetailview.h"
#include "domain/businessclock.h"
#include "domain/residentid.h"
#include "guisupport.h"
#include "items/casequeuemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "reasondialog.h"
#include "releasescreen.h"
#include "reviewqueuescreen.h"
#include "store/auditlog.h"
#include "store/casestore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;

namespace {

QString validId(const QString &first17)
{
    return first17 + ResidentId::checkCharacter(first17);
}

// 2024-09-27 is a Friday before National Day; the hour is Shanghai time.
QDateTime at(int month, int day, int hour)
{
    return QDateTime(QDate(2024, month, day), QTime(hour - 8, 0), Qt::UTC);
}

const QString enterpriseSetUp = QStringLiteral("621221-SCJG-0001"); // 企业设立登记 (SCJG)

struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseStore> cases;
    Catalog catalog;

    Office()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        catalog = workspace->catalog().load().value();
    }
    ~Office() { BusinessClock::clearNowForTesting(); }

    Actor become(const QString &username)
    {
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    // Accepted at the window with every material, and routed to the department.
    Case routedCase(const QDateTime &when)
    {
        const Actor counter = become(QStringLiteral("counter"));
        IntakeRequest r;
        r.item = *catalog.item(enterpriseSetUp);
        r.applicant.name = QStringLiteral("张伟");
        r.applicant.idNumber = validId(QStringLiteral("62122119850612301"));
        r.applicant.phone = QStringLiteral("13893912345");
        r.applicant.address = QStringLiteral("成县城关镇东大街12号");
        r.materials = CaseRules::checklistFor(r.item);
        for (CaseMaterial &m : r.materials) {
            m.status = CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        auto c = cases->intake(r, counter, QStringLiteral("A1"), when);
        REQUIRE(c.ok());
        TransitionRequest route;
        route.event = CaseEvent::Route;
        auto routed = cases->transition(c->id, route, counter, when.addSecs(600));
        REQUIRE(routed.ok());
        return routed.value();
    }

    Case reload(const QString &id) { return cases->load(id).value(); }
    bool waitFor(const QString &id, CaseState state)
    {
        return QTest::qWaitFor([&] { return reload(id).state == state; }, 3000);
    }
};

// Answers the next ReasonDialog with `reason`, confirmed by Ctrl+Enter.
void answerReasonDialog(const QString &reason)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, reason] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonText"));
        REQUIRE(text);
        QInputMethodEvent commit;
        commit.setCommitString(reason);
        QApplication::sendEvent(text, &commit);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    });
    timer->start();
}

QString squeezed(const QString &text)
{
    QString flat;
    for (QChar ch : text) {
        if (!ch.isSpace())
            flat.append(ch);
    }
    return flat;
}

} // namespace

TEST_CASE("An approver approves from the review queue by keyboard and the counter releases the "
          "result to the right person",
          "[gui][backoffice]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Office office;
    BusinessClock::setNowForTesting(at(9, 27, 9));
    const Case routed = office.routedCase(at(9, 27, 9));
    CHECK(routed.state == CaseState::InReview);

    const Actor approver = office.become(QStringLiteral("approver"));
    BusinessClock::setNowForTesting(at(9, 27, 14));
    MainWindow window(*office.workspace, QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    // F6 opens the review queue; the routed case is there and open in the detail.
    QTest::keyClick(&window, Qt::Key_F6);
    auto *review = window.findChild<ReviewQueueScreen *>();
    REQUIRE(review);
    REQUIRE(review->isVisible());
    QAbstractItemModelTester reviewTester(review->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(review->count() == 1);
    CaseDetailView *detail = review->detail();
    CHECK(detail->caseId() == routed.id);
    const QList<CaseEvent> offered = detail->offeredEvents();
    CHECK(offered.contains(CaseEvent::Approve));
    CHECK(offered.contains(CaseEvent::Deny));
    CHECK(offered.contains(CaseEvent::Suspend));
    CHECK_FALSE(offered.contains(CaseEvent::Release));
    // ID and phone are masked until revealed.
    auto *idLabel = detail->findChild<QLabel *>(QStringLiteral("applicantIdNumber"));
    auto *phoneLabel = detail->findChild<QLabel *>(QStringLiteral("applicantPhone"));
    REQUIRE(idLabel);
    REQUIRE(phoneLabel);
    CHECK(idLabel->text() == ResidentId::mask(routed.applicant.idNumber));
    CHECK(phoneLabel->text() == QStringLiteral("138****2345"));
    test::saveScreenshot(&window, QStringLiteral("review-queue"));

    // Ctrl+Shift+A approves; the case leaves the queue and stays in the detail.
    auto *table = review->findChild<QTableView *>(QStringLiteral("reviewTable"));
    REQUIRE(table);
    table->setFocus();
    // A button's shortcut clicks it visibly: the click lands a moment later.
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(office.waitFor(routed.id, CaseState::Approved));
    CHECK(review->count() == 0);
    CHECK(detail->caseId() == routed.id);
    CHECK(detail->offeredEvents().contains(CaseEvent::PrepareRelease));
    // Ctrl+Shift+P: the result goes to the release window.
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(office.waitFor(routed.id, CaseState::ReadyForRelease));

    // Revealing the whole numbers is recorded.
    auto *reveal = detail->findChild<QPushButton *>(QStringLiteral("revealButton"));
    REQUIRE(reveal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(idLabel->text() == routed.applicant.idNumber);
    CHECK(phoneLabel->text() == routed.applicant.phone);
    const QList<AuditEntry> audit = AuditLog::entriesFor(office.workspace->database()->connection(),
                                                         QStringLiteral("case"), routed.id);
    const auto reveals = std::count_if(audit.cbegin(), audit.cend(), [&](const AuditEntry &e) {
        return e.action == QLatin1String("personal_data.reveal") && e.userId == approver.userId;
    });
    CHECK(reveals == 1);
    test::saveScreenshot(&window, QStringLiteral("case-detail"));

    // The counter releases at the release window (F9).
    const Actor counter = office.become(QStringLiteral("counter"));
    BusinessClock::setNowForTesting(at(9, 29, 10));
    QTest::keyClick(table, Qt::Key_F9);
    auto *release = window.findChild<ReleaseScreen *>();
    REQUIRE(release);
    REQUIRE(release->isVisible());
    QAbstractItemModelTester releaseTester(release->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(release->count() == 1);
    auto *number = release->findChild<QLineEdit *>(QStringLiteral("releaseNumber"));
    auto *recipient = release->findChild<QLineEdit *>(QStringLiteral("recipientId"));
    REQUIRE(number);
    REQUIRE(recipient);
    CHECK(number->hasFocus());
    QTest::keyClicks(number, routed.number);
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(release->detail()->caseId() == routed.id);
    CHECK(recipient->hasFocus());

    // A wrong ID number: refused in words, nothing changed.
    const Case before = office.reload(routed.id);
    QTest::keyClicks(recipient, validId(QStringLiteral("62122119900101123")));
    QTest::keyClick(recipient, Qt::Key_F9);
    CHECK_FALSE(release->message().isEmpty());
    const Case unchanged = office.reload(routed.id);
    CHECK(unchanged.state == CaseState::ReadyForRelease);
    CHECK(unchanged.version == before.version);
    CHECK(unchanged.history.size() == before.history.size());
    CHECK(release->count() == 1);
    test::saveScreenshot(&window, QStringLiteral("release"));

    // The applicant's own ID number: released, with the time and the trip recorded.
    recipient->clear();
    QTest::keyClicks(recipient, routed.applicant.idNumber);
    QTest::keyClick(recipient, Qt::Key_F9);
    const Case released = office.reload(routed.id);
    CHECK(released.state == CaseState::Released);
    CHECK(released.releasedAt == at(9, 29, 10));
    CHECK(released.delivery == Case::Delivery::Counter);
    CHECK(released.trips == 2); // handed in, then came back to collect
    CHECK(release->count() == 0);

    // The history lists every move with who and where.
    const QList<CaseEvent> events{CaseEvent::Receive,        CaseEvent::Accept,
                                  CaseEvent::Route,          CaseEvent::Approve,
                                  CaseEvent::PrepareRelease, CaseEvent::Release};
    const QStringList who{counter.userId,  counter.userId,  counter.userId,
                          approver.userId, approver.userId, counter.userId};
    REQUIRE(released.history.size() == events.size());
    for (int i = 0; i < events.size(); ++i) {
        INFO(i);
        CHECK(released.history[i].event == events[i]);
        CHECK(released.history[i].userId == who[i]);
        CHECK(released.history[i].placeCode == QStringLiteral("621221"));
    }
    auto *history = release->detail()->findChild<QTableWidget *>(QStringLiteral("caseHistory"));
    REQUIRE(history);
    REQUIRE(history->rowCount() == events.size());
    const QString counterName = office.workspace->directory().user(counter.userId)->displayName;
    const QString approverName = office.workspace->directory().user(approver.userId)->displayName;
    const QString hallName = office.workspace->directory().place(QStringLiteral("621221"))->name;
    CHECK(history->item(0, 3)->text() == counterName);
    CHECK(history->item(3, 3)->text() == approverName);
    CHECK(history->item(5, 3)->text() == counterName);
    CHECK(history->item(5, 4)->text() == hallName);
}

TEST_CASE("A denial asks for the reason and prints a decision with the reason and both rights",
          "[gui][backoffice]")
{
    REQUIRE(Language::install(QStringLiteral("en")));
    Office office;
    BusinessClock::setNowForTesting(at(9, 27, 9));
    const Case routed = office.routedCase(at(9, 27, 9));
    office.become(QStringLiteral("approver"));
    BusinessClock::setNowForTesting(at(9, 27, 15));

    ReviewQueueScreen screen(*office.workspace);
    screen.resize(1140, 760);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    QApplication::setActiveWindow(&screen);
    REQUIRE(screen.count() == 1);
    CaseDetailView *detail = screen.detail();
    REQUIRE(detail->caseId() == routed.id);

    // Cancelling the reason changes nothing.
    auto *table = screen.findChild<QTableView *>(QStringLiteral("reviewTable"));
    REQUIRE(table);
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer] {
            if (auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                QTest::keyClick(dialog, Qt::Key_Escape);
            }
        });
        timer->start();
        detail->trigger(CaseEvent::Deny);
        CHECK(office.reload(routed.id).state == CaseState::InReview);
    }

    const QString reason = QStringLiteral("经营范围涉及前置审批事项，未提交相关许可证件。");
    answerReasonDialog(reason);
    QApplication::setActiveWindow(&screen); // the closed dialog took the activation with it
    table->setFocus();
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    const bool deniedInTime = office.waitFor(routed.id, CaseState::Denied);
    INFO(detail->message().toStdString());
    REQUIRE(deniedInTime);
    const Case denied = office.reload(routed.id);
    REQUIRE(denied.state == CaseState::Denied);
    CHECK(denied.reason == reason);
    CHECK(denied.history.last().note == reason);

    const QList<DocumentKind> kinds = detail->documentKinds();
    CHECK(kinds.contains(DocumentKind::MaterialsReceipt));
    CHECK(kinds.contains(DocumentKind::Acceptance));
    CHECK(kinds.contains(DocumentKind::Denial));
    CHECK_FALSE(kinds.contains(DocumentKind::Approval));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("denial.pdf"));
    const Status saved = detail->savePdf(DocumentKind::Denial, pdf);
    INFO(saved.error().message.toStdString());
    REQUIRE(saved.ok());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = squeezed(QString::fromUtf8(process.readAllStandardOutput())).toLower();
    CHECK(text.contains(squeezed(reason)));
    CHECK(text.contains(routed.number.toLower()));
    CHECK(text.contains(QStringLiteral("administrativereconsideration")));
    CHECK(text.contains(QStringLiteral("administrativelawsuit")));
    // Printed masked, never whole.
    CHECK_FALSE(text.contains(routed.applicant.idNumber.toLower()));
}

TEST_CASE("The queue model passes the model tester through resets", "[gui][backoffice][model]")
{
    CaseQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueRow a;
    a.id = QStringLiteral("a");
    a.number = QStringLiteral("621221-20240927-A1-0001");
    a.itemName = QStringLiteral("企业设立登记");
    a.dueDate = QDate(2024, 9, 29);
    QueueRow b = a;
    b.id = QStringLiteral("b");
    b.state = CaseState::Suspended;
    b.childCount = 3;
    model.setRows({a, b}, QDate(2024, 10, 8));
    CHECK(model.rowCount() == 2);
    CHECK(model.isOverdue(0));
    CHECK_FALSE(model.isOverdue(1)); // its clock is paused
    CHECK(model.index(1, 0).data(CaseQueueModel::CaseIdRole).toString() == QStringLiteral("b"));
    CHECK(model.rowOf(QStringLiteral("b")) == 1);
    model.setRows({}, QDate(2024, 10, 8));
    CHECK(model.rowCount() == 0);
}
