#include "domain/residentid.h"
#include "guisupport.h"
#include "items/taskboardmodel.h"
#include "manifestscreen.h"
#include "reasondialog.h"
#include "store/casestore.h"
#include "store/manifeststore.h"
#include "store/taskstore.h"
#include "store/workspace.h"
#include "taskboardscreen.h"
#include "taskprogressdialog.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;

namespace {

// Friday 27 November 2026, 10:00 in Shanghai.
QDateTime at(int day = 27, int hour = 10)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour - 8, 0), Qt::UTC);
}

struct Hall
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TaskStore> tasks;

    Hall()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        tasks = std::make_unique<TaskStore>(workspace->database(), workspace->calendar());
    }

    Actor become(const QString &username)
    {
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    QString task(const QString &title, TaskPriority priority, int days)
    {
        NewTask t;
        t.title = title;
        t.applicantName = QStringLiteral("王秀兰");
        t.requesterName = QStringLiteral("王秀兰");
        t.priority = priority;
        t.workingDays = days;
        auto created = tasks->create(t, workspace->actor(), at());
        REQUIRE(created.ok());
        return created->id;
    }
};

// Types `text` into the next modal dialog's text box and confirms it with Ctrl+Enter.
template<typename Dialog>
void answerNextDialog(const QString &text, const QString &editName)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, editName] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *edit = dialog->template findChild<QPlainTextEdit *>(editName);
        REQUIRE(edit);
        if constexpr (std::is_same_v<Dialog, TaskProgressDialog>) {
            auto *step = dialog->template findChild<QComboBox *>(QStringLiteral("progressStep"));
            step->setCurrentIndex(step->findText(TaskRules::stepName(TaskStep::Handle)));
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
        ow::test::saveScreenshot(dialog,
                                 QStringLiteral("taskboard-dialog-")
                                         + QString::fromLatin1(Dialog::staticMetaObject.className())
                                                   .section(QLatin1Char(':'), -1)
                                                   .toLower());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    });
    timer->start();
}

} // namespace

TEST_CASE("Task board: claim, progress and complete from the keyboard", "[gui][tasks]")
{
    Hall hall;
    hall.become(QStringLiteral("counter"));
    const QString urgent
            = hall.task(QStringLiteral("陪同老人办理养老保险待遇申领"), TaskPriority::Elderly, 1);
    hall.task(QStringLiteral("帮办个体工商户营业执照变更"), TaskPriority::Normal, 5);
    hall.task(QStringLiteral("协助办理残疾人证换领"), TaskPriority::Disabled, 3);
    hall.become(QStringLiteral("agent"));

    TaskBoardScreen screen(*hall.workspace);
    screen.setClock([] { return at(27, 11); });
    screen.resize(1200, 640);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    QApplication::setActiveWindow(&screen);
    QAbstractItemModelTester tester(screen.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(screen.currentView() == BoardView::Pool);
    REQUIRE(screen.model()->rowCount() == 3);
    // Most urgent first: the elderly applicant, due Monday.
    CHECK(screen.currentTaskId() == urgent);
    CHECK(screen.model()
                  ->index(0, TaskBoardModel::DueColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("2026-11-30")));
    CHECK(screen.detailText().contains(QStringLiteral("陪同老人")));
    test::saveScreenshot(&screen, QStringLiteral("taskboard-1-pool"));

    // Claim with Alt+C: the task moves to "mine", provisional until the server confirms.
    auto *table = screen.findChild<QTableView *>(QStringLiteral("taskTable"));
    table->setFocus();
    QTest::keyClick(&screen, Qt::Key_C, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return screen.currentView() == BoardView::Mine; }, 2000));
    REQUIRE(screen.model()->rowCount() == 1);
    CHECK(screen.currentTaskId() == urgent);
    CHECK(screen.model()->index(0, 0).data(TaskBoardModel::ProvisionalRole).toBool());
    CHECK(screen.detailText().contains(QStringLiteral("not yet confirmed")));
    CHECK(screen.count() == 1);
    test::saveScreenshot(&screen, QStringLiteral("taskboard-2-claimed"));

    // Add progress (Alt+P) through its dialog.
    answerNextDialog<TaskProgressDialog>(QStringLiteral("已陪同老人到社保窗口递交申请"),
                                         QStringLiteral("progressNote"));
    QTest::keyClick(&screen, Qt::Key_P, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor(
            [&] { return hall.tasks->load(urgent)->status == TaskStatus::InProgress; }, 3000));
    QApplication::setActiveWindow(&screen);
    CHECK(hall.tasks->load(urgent)->lastStep == TaskStep::Handle);
    CHECK(screen.detailText().contains(QStringLiteral("已陪同老人到社保窗口递交申请")));
    test::saveScreenshot(&screen, QStringLiteral("taskboard-3-progress"));

    // Complete (Alt+M) with the outcome.
    answerNextDialog<ReasonDialog>(QStringLiteral("待遇已核定，首月养老金已到账"),
                                   QStringLiteral("reasonText"));
    QTest::keyClick(&screen, Qt::Key_M, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return hall.tasks->load(urgent)->status == TaskStatus::Done; },
                            3000));
    QApplication::setActiveWindow(&screen);
    CHECK(screen.count() == 0);
    CHECK(screen.model()->rowCount() == 0);

    // The done view shows it with its outcome; Ctrl+5 gets there.
    QTest::keyClick(table, Qt::Key_5, Qt::ControlModifier);
    REQUIRE(screen.currentView() == BoardView::Done);
    REQUIRE(screen.selectTask(urgent));
    CHECK(screen.detailText().contains(QStringLiteral("首月养老金已到账")));
    // Completed: nothing but the follow-up steps remain.
    CHECK_FALSE(screen.findChild<QPushButton *>(QStringLiteral("claimButton"))->isEnabled());
    CHECK(screen.findChild<QPushButton *>(QStringLiteral("progressButton"))->isEnabled());
    test::saveScreenshot(&screen, QStringLiteral("taskboard-4-done"));
}

TEST_CASE("Task board: a refusal is shown, and a task handed to me is announced", "[gui][tasks]")
{
    Hall hall;
    Directory more;
    User second;
    second.id = QStringLiteral("0190f6a0-0000-7000-8000-0000000000a2");
    second.username = QStringLiteral("agent2");
    second.displayName = QStringLiteral("周敏");
    second.role = Role::Agent;
    second.placeCode = QStringLiteral("621221");
    more.users.append(second);
    REQUIRE(hall.workspace->directory().merge(more, hall.workspace->actor()).ok());

    const Actor other = hall.become(QStringLiteral("agent2"));
    const QString id = hall.task(QStringLiteral("帮办不动产登记查询"), TaskPriority::Normal, 5);
    REQUIRE(hall.tasks->act(id, TaskEvent::Claim, {}, other, at()).ok());
    hall.become(QStringLiteral("agent"));

    TaskBoardScreen screen(*hall.workspace);
    screen.setClock([] { return at(27, 11); });
    screen.resize(1100, 560);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    screen.showView(BoardView::Others);
    REQUIRE(screen.model()->rowCount() == 1);
    CHECK(screen.model()->index(0, TaskBoardModel::OwnerColumn).data().toString()
          == QStringLiteral("周敏"));
    // Not mine: completing is refused with the reason.
    CHECK_FALSE(screen.complete(QStringLiteral("办完了")));
    CHECK(screen.errorText().contains(QStringLiteral("周敏")));
    test::saveScreenshot(&screen, QStringLiteral("taskboard-5-others"));

    // 周敏 hands it to me: the banner says so.
    TaskRequest r;
    r.text = QStringLiteral("本人下周休假");
    r.targetUserId = hall.workspace->actor().userId;
    REQUIRE(hall.tasks->act(id, TaskEvent::Handover, r, other, at()).ok());
    screen.checkNotices();
    CHECK(screen.bannerText().contains(QStringLiteral("周敏")));
    CHECK(screen.count() == 1);
    screen.showView(BoardView::Mine);
    test::saveScreenshot(&screen, QStringLiteral("taskboard-6-handed-over"));
}

TEST_CASE("Handoff screen: a township sends, the hall receives by number", "[gui][manifest]")
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(ws.ok());
    Workspace &workspace = *ws.value();
    REQUIRE(workspace.setCurrentUser(QStringLiteral("township")).ok());
    CaseStore cases(workspace.database(), workspace.calendar());
    const Catalog catalog = workspace.catalog().load().value();
    int n = 0;
    for (const ServiceItem &item : catalog.items) {
        if (item.isBundle() || item.townshipAcceptable || n == 2)
            continue;
        IntakeRequest r;
        r.item = item;
        r.applicant.name = n == 0 ? QStringLiteral("赵桂英") : QStringLiteral("李建国");
        const QString first17 = QStringLiteral("6212211950061230%1").arg(n);
        r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
        r.applicant.phone = QStringLiteral("13893912345");
        r.applicant.address = QStringLiteral("成县抛沙镇");
        r.channel = CaseChannel::Township;
        r.decision = IntakeDecision::ReceiveOnly;
        r.materials = CaseRules::checklistFor(item);
        REQUIRE(cases.intake(r, workspace.actor(), workspace.deviceShortId(), at()).ok());
        ++n;
    }

    QString number;
    {
        ManifestScreen township(workspace);
        township.setClock([] { return at(27, 15); });
        township.resize(1200, 700);
        township.show();
        REQUIRE(QTest::qWaitForWindowExposed(&township));
        REQUIRE(township.candidatesTable()->rowCount() == 2);
        test::saveScreenshot(&township, QStringLiteral("manifest-1-township"));
        const auto sent = township.sendChecked();
        REQUIRE(sent);
        number = sent->number;
        CHECK(township.recentTable()->rowCount() == 1);
        const QString pdf = dir.filePath(QStringLiteral("manifest.pdf"));
        REQUIRE(township.writePdf(*sent, pdf).ok());
        CHECK(QFile(pdf).size() > 1000);
        test::saveScreenshot(&township, QStringLiteral("manifest-2-sent"));
    }

    REQUIRE(workspace.setCurrentUser(QStringLiteral("counter")).ok());
    ManifestScreen county(workspace);
    county.setClock([] { return at(30, 9); });
    county.resize(1200, 700);
    county.show();
    REQUIRE(QTest::qWaitForWindowExposed(&county));
    CHECK(county.count() == 1);
    REQUIRE(county.openForReceipt(number.toLower()));
    REQUIRE(county.receiptTable()->rowCount() == 2);
    county.receiptTable()->item(1, 4)->setText(QStringLiteral("0")); // one packet did not come
    REQUIRE(county.receiveOpened());
    CHECK(county.receiptTable()->item(1, 5)->text() == ManifestRules::tr("Packet missing"));
    CHECK(county.count() == 0);
    test::saveScreenshot(&county, QStringLiteral("manifest-3-received"));
}
