#include "domain/businessclock.h"
#include "domain/residentid.h"
#include "guisupport.h"
#include "items/ratingfollowupmodels.h"
#include "language.h"
#include "pendingtranslator.h"
#include "ratingfollowupscreen.h"
#include "store/casestore.h"
#include "store/ratingstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

// 2024-09-27 is a Friday before National Day (1-7 October; 29 September and 12 October work).
QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2024, month, day), QTime(hour - 8, 0), Qt::UTC); // hour in Shanghai
}

struct ClockOverride
{
    explicit ClockOverride(const QDateTime &now) { BusinessClock::setNowForTesting(now); }
    ~ClockOverride() { BusinessClock::clearNowForTesting(); }
    Q_DISABLE_COPY_MOVE(ClockOverride)
};

Case acceptedCase(Workspace &workspace, CaseStore &cases, const QString &name)
{
    const Catalog catalog = workspace.catalog().load().value();
    IntakeRequest r;
    r.item = *catalog.item(QStringLiteral("621221-SCJG-0001"));
    r.applicant.name = name;
    const QString first17 = QStringLiteral("62122119850612301");
    r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
    r.applicant.phone = QStringLiteral("13893912345");
    r.applicant.address = QStringLiteral("成县城关镇东大街12号");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    auto c = cases.intake(r, workspace.actor(), QStringLiteral("A1"), at(9, 27, 9));
    REQUIRE(c.ok());
    return c.value();
}

// Chinese arrives through the input method as committed text, not as key presses.
void typeText(QPlainTextEdit *edit, const QString &text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

} // namespace

TEST_CASE("The supervisor follows up bad ratings by keyboard, overdue ones flagged - the rated "
          "staff member appeals and a supervisor decides",
          "[gui][rating]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::PendingTranslator translator({QStringLiteral("pending-stats3.tsv")});
    QCoreApplication::installTranslator(&translator);
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(ws.ok());
    Workspace &workspace = *ws.value();
    REQUIRE(workspace.setCurrentUser(QStringLiteral("counter")).ok());
    const Actor counter = workspace.actor();
    CaseStore cases(workspace.database(), workspace.calendar());
    RatingStore ratings(workspace.database(), workspace.calendar());
    const Case late = acceptedCase(workspace, cases, QStringLiteral("张伟"));
    const Case rude = acceptedCase(workspace, cases, QStringLiteral("李娜"));
    RatingRequest request;
    request.caseId = late.id;
    request.level = RatingLevel::Dissatisfied;
    request.comment = QStringLiteral("等了很久");
    auto r1 = ratings.add(request, counter, at(9, 27, 11));
    REQUIRE(r1.ok());
    request.caseId = rude.id;
    request.level = RatingLevel::VeryDissatisfied;
    request.comment = QStringLiteral("态度不好");
    auto r2 = ratings.add(request, counter, at(9, 27, 11));
    REQUIRE(r2.ok());

    // The supervisor on 11 October: both follow-ups (due 10 October) are overdue.
    ClockOverride clock(at(10, 11));
    REQUIRE(workspace.setCurrentUser(QStringLiteral("supervisor")).ok());
    RatingFollowUpScreen screen(workspace);
    screen.resize(1100, 620);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    screen.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    QAbstractItemModelTester followUpTester(screen.followUps(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester appealTester(screen.appeals(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(screen.followUps()->rowCount() == 2);
    CHECK(screen.followUps()->overdueCount() == 2);
    CHECK(screen.followUps()->index(0, FollowUpListModel::DeadlineColumn).data().toString()
          == QStringLiteral("2024-10-10"));
    CHECK(screen.followUps()->index(0, 0).data(FollowUpListModel::OverdueRole).toBool());
    // Nothing personal in the list: case numbers, not names.
    for (int row = 0; row < screen.followUps()->rowCount(); ++row) {
        for (int column = 0; column < FollowUpListModel::ColumnCount; ++column) {
            const QString text = screen.followUps()->index(row, column).data().toString();
            CHECK_FALSE(text.contains(QStringLiteral("张伟")));
            CHECK_FALSE(text.contains(QStringLiteral("1389391")));
        }
    }
    auto *summary = screen.findChild<QLabel *>(QStringLiteral("followUpSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QLatin1Char('2')));

    // Keyboard only: the first row is current; Tab to the note, Ctrl+Return records the call.
    auto *table = screen.findChild<QTableView *>(QStringLiteral("followUpTable"));
    auto *note = screen.findChild<QPlainTextEdit *>(QStringLiteral("followUpNote"));
    auto *message = screen.findChild<QLabel *>(QStringLiteral("followUpMessage"));
    REQUIRE(table);
    REQUIRE(note);
    REQUIRE(message);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier); // no note: refused
    CHECK_FALSE(message->text().isEmpty());
    const QString firstId
            = screen.followUps()->index(0, 0).data(FollowUpListModel::RatingIdRole).toString();
    CHECK_FALSE(ratings.followUp(firstId)->callBackAt.isValid());
    typeText(note, QStringLiteral("电话回访，申请人反映排队时间长"));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(ratings.followUp(firstId)->callBackAt.isValid());
    CHECK(ratings.followUp(firstId)->callBackBy == workspace.actor().userId);
    CHECK(note->toPlainText().isEmpty());
    for (const char *text : {"高峰时段增开一个综合窗口", "申请人表示认可"}) {
        typeText(note, QString::fromUtf8(text));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    }
    CHECK(ratings.followUp(firstId)->isClosed());
    CHECK(screen.followUps()->rowCount() == 1); // the closed one left the list
    test::saveScreenshot(&screen, QStringLiteral("rating-followup"));

    // The deadline setting: default 5, set from the keyboard.
    auto *days = screen.findChild<QSpinBox *>(QStringLiteral("followUpDays"));
    REQUIRE(days);
    CHECK(days->value() == 5);
    CHECK(days->isEnabled());
    days->setFocus();
    QTest::keyClick(days, Qt::Key_Up);
    QTest::keyClick(days, Qt::Key_Return);
    days->clearFocus();
    QTRY_COMPARE(ratings.followUpWorkingDays(), 6);

    // A supervisor may not file an appeal; the rated staff member files one (Alt+A).
    auto *tabs = screen.findChild<QTabWidget *>(QStringLiteral("followUpTabs"));
    auto *reason = screen.findChild<QPlainTextEdit *>(QStringLiteral("appealReason"));
    auto *file = screen.findChild<QPushButton *>(QStringLiteral("fileAppeal"));
    auto *uphold = screen.findChild<QPushButton *>(QStringLiteral("upholdAppeal"));
    REQUIRE(tabs);
    REQUIRE(reason);
    REQUIRE(file);
    REQUIRE(uphold);
    CHECK(file->isHidden());
    CHECK(screen.appeals()->rowCount() == 0); // nothing pending yet

    REQUIRE(workspace.setCurrentUser(QStringLiteral("counter")).ok());
    screen.reload();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
    REQUIRE(screen.appeals()->rowCount() == 2); // both bad ratings are the counter's
    CHECK(uphold->isHidden());                  // the counter decides nothing
    CHECK_FALSE(screen.findChild<QSpinBox *>(QStringLiteral("followUpDays"))->isEnabled());
    auto *appealTable = screen.findChild<QTableView *>(QStringLiteral("appealTable"));
    REQUIRE(appealTable);
    appealTable->setFocus();
    // Choose the rating of the second case.
    for (int i = 0; i < screen.appeals()->rowCount(); ++i) {
        if (screen.appeals()->index(i, AppealListModel::CaseColumn).data().toString()
            == rude.number)
            break;
        QTest::keyClick(appealTable, Qt::Key_Down);
    }
    const QString appealedId
            = appealTable->currentIndex().data(AppealListModel::RatingIdRole).toString();
    CHECK(appealedId == r2->id);
    QTest::keyClick(appealTable, Qt::Key_Tab);
    QTRY_VERIFY(reason->hasFocus());
    typeText(reason, QStringLiteral("申请人因不符合条件而恶意差评"));
    CHECK(file->isEnabled());
    CHECK(reason->toPlainText() == QStringLiteral("申请人因不符合条件而恶意差评"));
    QTest::keyClick(reason, Qt::Key_A, Qt::AltModifier); // the mnemonic clicks after a beat
    QTRY_VERIFY(ratings.appeal(r2->id).has_value());
    CHECK(ratings.appeal(r2->id)->state == AppealState::Pending);
    CHECK(ratings.appeal(r2->id)->filedBy == counter.userId);

    // The supervisor upholds it (Alt+U) with a reason; the rating stays as it was.
    REQUIRE(workspace.setCurrentUser(QStringLiteral("supervisor")).ok());
    screen.reload();
    REQUIRE(screen.appeals()->rowCount() == 1);
    CHECK_FALSE(uphold->isHidden());
    CHECK(uphold->isEnabled());
    reason->setFocus();
    message->clear();
    QTest::keyClick(reason, Qt::Key_U, Qt::AltModifier); // no reason: refused
    QTRY_VERIFY(!message->text().isEmpty());
    CHECK(ratings.appeal(r2->id)->state == AppealState::Pending);
    typeText(reason, QStringLiteral("经核实监控录像，属恶意差评"));
    test::saveScreenshot(&screen, QStringLiteral("rating-appeal"));
    QTest::keyClick(reason, Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(ratings.appeal(r2->id)->state == AppealState::Upheld);
    CHECK(ratings.rating(r2->id)->level == RatingLevel::VeryDissatisfied);
    CHECK(screen.appeals()->index(0, AppealListModel::StateColumn).data().toString()
          == RatingRules::appealStateName(AppealState::Upheld));
    QCoreApplication::removeTranslator(&translator);
}
