#include "casedetailview.h"
#include "domain/businessclock.h"
#include "domain/residentid.h"
#include "guisupport.h"
#include "language.h"
#include "mainwindow.h"
#include "releasescreen.h"
#include "store/casestore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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

struct Hall
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseStore> cases;
    Catalog catalog;

    Hall()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        catalog = workspace->catalog().load().value();
    }
    ~Hall() { BusinessClock::clearNowForTesting(); }

    Actor become(const QString &username, const QString &department = QString())
    {
        if (!department.isEmpty()) {
            Directory d = workspace->directory().load();
            for (User &u : d.users) {
                if (u.username == username)
                    u.departmentCode = department;
            }
            REQUIRE(workspace->directory().merge(d, workspace->actor()).ok());
        }
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    Case move(const QString &id, CaseEvent event, const Actor &actor, const QDateTime &when,
              const QString &reason = QString())
    {
        TransitionRequest r;
        r.event = event;
        r.reason = reason;
        auto moved = cases->transition(id, r, actor, when);
        INFO(moved.error().message.toStdString());
        REQUIRE(moved.ok());
        return moved.value();
    }

    Case intake(const QString &itemCode, const QDateTime &when)
    {
        const Actor counter = become(QStringLiteral("counter"));
        IntakeRequest r;
        r.item = *catalog.item(itemCode);
        for (const QString &part : r.item.bundleParts)
            r.bundleParts.append(*catalog.item(part));
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
        return c.value();
    }

    // Accepted, decided by its department and at the window.
    Case readyCase(const QString &itemCode, const QString &department, const QDateTime &when)
    {
        const Case c = intake(itemCode, when);
        move(c.id, CaseEvent::Route, become(QStringLiteral("counter")), when.addSecs(300));
        const Actor approver = become(QStringLiteral("approver"), department);
        move(c.id, CaseEvent::Approve, approver, when.addSecs(600));
        move(c.id, CaseEvent::PrepareRelease, approver, when.addSecs(900));
        return cases->load(c.id).value();
    }
};

// Presses Return in the next message box (its default button is Yes).
void confirmNextMessageBox()
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        QTest::keyClick(box, Qt::Key_Return);
    });
    timer->start();
}

} // namespace

TEST_CASE("The release window: 马上办 in the visit of acceptance and posting add no trip, by "
          "keyboard",
          "[gui][release]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Hall hall;
    // Accepted, decided and ready on Friday 27 September, while the applicant waits.
    const Case sameDay = hall.readyCase(QStringLiteral("621221-SCJG-0004"), QStringLiteral("SCJG"),
                                        at(9, 27, 9));
    // Accepted on Monday 23 September: the applicant comes back for it.
    const Case earlier = hall.readyCase(QStringLiteral("621221-SCJG-0004"), QStringLiteral("SCJG"),
                                        at(9, 23, 9));
    REQUIRE(sameDay.trips == 1);
    hall.become(QStringLiteral("counter"));
    BusinessClock::setNowForTesting(at(9, 27, 11));

    ReleaseScreen screen(*hall.workspace);
    screen.resize(1200, 720);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    auto *number = screen.findChild<QLineEdit *>(QStringLiteral("releaseNumber"));
    auto *recipient = screen.findChild<QLineEdit *>(QStringLiteral("recipientId"));
    QCheckBox *sameVisit = screen.sameVisit();
    REQUIRE(number);
    REQUIRE(recipient);
    REQUIRE(sameVisit);
    CHECK(screen.count() == 2);

    // The case accepted today: the window offers 马上办; Alt+S ticks it.
    QTest::keyClicks(number, sameDay.number);
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE(screen.detail()->caseId() == sameDay.id);
    CHECK(recipient->hasFocus());
    CHECK_FALSE(sameVisit->isHidden());
    CHECK_FALSE(sameVisit->isChecked());
    QTest::keyClick(recipient, Qt::Key_S, Qt::AltModifier);
    // A mnemonic "animates" the click: the box is ticked a moment later.
    CHECK(QTest::qWaitFor([&] { return sameVisit->isChecked(); }, 1000));
    recipient->setFocus();
    QTest::keyClicks(recipient, sameDay.applicant.idNumber);
    QTest::qWait(50); // the layouts settle
    test::saveScreenshot(&screen, QStringLiteral("release-same-visit"));
    QTest::keyClick(recipient, Qt::Key_F9);
    const Case released = hall.cases->load(sameDay.id).value();
    CHECK(released.state == CaseState::Released);
    CHECK(released.trips == 1); // handed over in the visit of acceptance: still one trip
    CHECK(screen.count() == 1);

    // The case accepted on another day: no 马上办 on offer. Posted with Alt+L: no trip.
    number->setFocus();
    QTest::keyClicks(number, earlier.number);
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE(screen.detail()->caseId() == earlier.id);
    CHECK(sameVisit->isHidden());
    confirmNextMessageBox();
    QTest::keyClick(screen.focusWidget(), Qt::Key_L, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor(
            [&] { return hall.cases->load(earlier.id)->state == CaseState::Released; }, 3000));
    const Case posted = hall.cases->load(earlier.id).value();
    CHECK(posted.delivery == Case::Delivery::Mail);
    CHECK(posted.trips == 1);
    CHECK(screen.count() == 0);
    CHECK_FALSE(screen.message().isEmpty());
    Language::install(QStringLiteral("en"));
}

TEST_CASE("The release window hands a bundle over in one act and shows every part's outcome",
          "[gui][release][bundle]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Hall hall;
    const Case parent = hall.intake(QStringLiteral("621221-ZWFW-0001"), at(9, 23, 9));
    const Actor counter = hall.become(QStringLiteral("counter"));
    hall.move(parent.id, CaseEvent::Route, counter, at(9, 23, 10));
    const QList<Case> parts = hall.cases->children(parent.id);
    REQUIRE(parts.size() == 3);
    for (const Case &part : parts)
        hall.move(part.id, CaseEvent::Route, counter, at(9, 23, 10));
    const Actor scjg = hall.become(QStringLiteral("approver"), QStringLiteral("SCJG"));
    hall.move(parts[0].id, CaseEvent::Approve, scjg, at(9, 24, 9));
    hall.move(parts[1].id, CaseEvent::Deny, scjg, at(9, 24, 9),
              QStringLiteral("经营场所与污染源距离不足二十五米"));
    for (int i : {0, 1})
        hall.move(parts[i].id, CaseEvent::PrepareRelease, scjg, at(9, 24, 10));
    const Actor sw = hall.become(QStringLiteral("approver"), QStringLiteral("SW"));
    hall.move(parts[2].id, CaseEvent::Approve, sw, at(9, 24, 11));
    hall.move(parts[2].id, CaseEvent::PrepareRelease, sw, at(9, 24, 11));
    const Actor zwfw = hall.become(QStringLiteral("approver"), QStringLiteral("ZWFW"));
    hall.move(parent.id, CaseEvent::Approve, zwfw, at(9, 24, 14));
    hall.move(parent.id, CaseEvent::PrepareRelease, zwfw, at(9, 24, 15));
    hall.become(QStringLiteral("counter"));
    BusinessClock::setNowForTesting(at(9, 26, 10));

    ReleaseScreen screen(*hall.workspace);
    screen.resize(1200, 720);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    CHECK(screen.count() == 1); // the parts go out with the main case
    auto *number = screen.findChild<QLineEdit *>(QStringLiteral("releaseNumber"));
    auto *recipient = screen.findChild<QLineEdit *>(QStringLiteral("recipientId"));
    auto *partsLabel = screen.findChild<QLabel *>(QStringLiteral("releaseParts"));
    REQUIRE(partsLabel);
    QTest::keyClicks(number, parent.number);
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE(screen.detail()->caseId() == parent.id);
    // One denial does not hide the others: each part with its outcome.
    const QString listed = partsLabel->text();
    for (const Case &part : parts)
        CHECK(listed.contains(part.number));
    CHECK(listed.contains(QStringLiteral("经营场所与污染源距离不足二十五米")));
    CHECK(listed.count(CaseLifecycle::stateDisplayName(CaseState::Approved)) >= 2);
    CHECK(listed.contains(CaseLifecycle::stateDisplayName(CaseState::Denied)));
    QTest::keyClicks(recipient, parent.applicant.idNumber);
    QTest::qWait(50); // the layouts settle
    test::saveScreenshot(&screen, QStringLiteral("release-bundle"));
    QTest::keyClick(recipient, Qt::Key_F9);
    CHECK(hall.cases->load(parent.id)->state == CaseState::Released);
    for (const Case &part : hall.cases->children(parent.id))
        CHECK(part.state == CaseState::Released);
    CHECK(screen.message().contains(parent.number));
    CHECK(screen.count() == 0);
    Language::install(QStringLiteral("en"));
}

TEST_CASE("The status bar names the user after a switch", "[gui][mainwindow]")
{
    Hall hall;
    hall.become(QStringLiteral("counter"));
    MainWindow window(*hall.workspace, QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *label = window.findChild<QLabel *>(QStringLiteral("userStatus"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("王丽")));
    REQUIRE(window.switchUser(QStringLiteral("township")).ok());
    CHECK(label->text().contains(QStringLiteral("张娟")));
    CHECK(label->text().contains(QStringLiteral("抛沙镇便民服务中心")));
    CHECK(window.windowTitle().contains(QStringLiteral("抛沙镇便民服务中心")));
    CHECK_FALSE(window.switchUser(QStringLiteral("nobody")).ok());
    CHECK(label->text().contains(QStringLiteral("张娟")));
    test::saveScreenshot(&window, QStringLiteral("main-window-switched-user"));
}

TEST_CASE("The main window shows only the screens the user's role works in", "[gui][mainwindow]")
{
    Hall hall;
    hall.become(QStringLiteral("counter"));
    MainWindow window(*hall.workspace, QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *rail = window.findChild<QListWidget *>(QStringLiteral("navigationRail"));
    REQUIRE(rail);
    const auto shown = [rail] {
        QStringList titles;
        for (int row = 0; row < rail->count(); ++row) {
            if (!rail->isRowHidden(row))
                titles << rail->item(row)->text().section(QLatin1Char(' '), 0, 0);
        }
        return titles;
    };
    // The counter works in every screen but the audit log (the auditor's) and the county view
    // (the county supervisor's).
    const int everything = rail->count() - 2;
    CHECK(shown().size() == everything);
    // The auditor receives, decides and releases nothing: those screens go, and their keys.
    REQUIRE(window.switchUser(QStringLiteral("auditor")).ok());
    CHECK(rail->isRowHidden(0));
    CHECK_FALSE(rail->isRowHidden(rail->currentRow()));
    CHECK(shown().size() < everything);
    QTest::keyClick(&window, Qt::Key_F2);
    CHECK(rail->currentRow() != 0);
    test::saveScreenshot(&window, QStringLiteral("main-window-auditor"));
    // The approver sees the review queue, not intake.
    REQUIRE(window.switchUser(QStringLiteral("approver")).ok());
    CHECK(rail->isRowHidden(0));
    REQUIRE(window.switchUser(QStringLiteral("counter")).ok());
    CHECK(shown().size() == everything);
}
