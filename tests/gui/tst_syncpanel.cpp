#include "casedetailview.h"
#include "domain/duplicateapplication.h"
#include "domain/residentid.h"
#include "guisupport.h"
#include "items/syncissuemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "store/caseflagstore.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/workspace.h"
#include "sync/refusalwording.h"
#include "sync/syncclient.h"
#include "sync/syncprotocol.h"
#include "syncpanel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

// A device enrolled with a server that does not answer, with two queued intakes and one move the
// server refused (the case had been withdrawn there).
struct EnrolledDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    QString refusedNumber;
    QString refusedCaseId;

    EnrolledDevice()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        LocalSyncStore sync(workspace->database());
        SyncEnrollment e;
        e.serverUrl = QStringLiteral("http://127.0.0.1:9"); // nothing listens there
        e.deviceId = QStringLiteral("0190f6a0-0000-7000-8000-0000000000d1");
        e.shortId = QStringLiteral("B7");
        e.placeCode = QStringLiteral("621221");
        e.token = QStringLiteral("token");
        REQUIRE(sync.enroll(e, workspace->actor()).ok());

        CaseStore cases(workspace->database(), workspace->calendar());
        const Catalog catalog = workspace->catalog().load().value();
        const auto intake = [&](const QString &first17) {
            IntakeRequest r;
            r.item = *catalog.item(QStringLiteral("621221-SCJG-0001"));
            r.applicant.name = QStringLiteral("张伟");
            r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
            r.applicant.phone = QStringLiteral("13893912345");
            r.materials = CaseRules::checklistFor(r.item);
            for (CaseMaterial &m : r.materials) {
                m.status = CaseMaterial::Status::Received;
                m.copiesReceived = m.copiesExpected;
            }
            auto c = cases.intake(r, workspace->actor(), workspace->deviceShortId(),
                                  QDateTime::currentDateTimeUtc());
            REQUIRE(c.ok());
            return c.value();
        };
        const Case refused = intake(QStringLiteral("62122119850612301"));
        TransitionRequest route;
        route.event = CaseEvent::Route;
        REQUIRE(cases.transition(refused.id, route, workspace->actor(),
                                 QDateTime::currentDateTimeUtc())
                        .ok());
        refusedNumber = refused.number;
        refusedCaseId = refused.id;
        const QList<sync::PushMutation> batch = sync.pendingBatch(500, 512 * 1024);
        REQUIRE(batch.size() == 3);
        Case current = cases.load(refused.id).value();
        current.state = CaseState::Withdrawn;
        current.version = 3;
        REQUIRE(sync.acknowledge(
                            {{batch[0].id, 1, sync::result::applied(), {}, {}, std::nullopt},
                             {batch[1].id, 2, sync::result::applied(), {}, {}, std::nullopt},
                             {batch[2].id, 3, sync::result::rejected(),
                              QStringLiteral("transition.illegal"),
                              QStringLiteral("The case was withdrawn at the applicant's request."),
                              sync::caseToJson(current, true)}})
                        .ok());
        const Case queued = intake(QStringLiteral("62122119900101302")); // receive + accept
        // The server flagged the queued case: the same applicant applied for the same item at
        // a township point.
        Case other = queued;
        other.id = QStringLiteral("0190f6a0-0000-7000-8000-0000000000f1");
        other.number = QStringLiteral("621221101-20261129-C2-0001");
        other.placeCode = QStringLiteral("621221101");
        flag = DuplicateApplication::flag(other, queued, QDateTime::currentDateTimeUtc());
        flaggedCaseId = queued.id;
        REQUIRE(CaseFlagStore::write(workspace->database()->connection(), flag, true).ok());
    }
    DuplicateFlag flag;
    QString flaggedCaseId;
};

} // namespace

TEST_CASE("The status bar and the sync panel show the queue, the failure in words and the "
          "refused move, all from the keyboard",
          "[gui][sync]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    EnrolledDevice device;
    MainWindow window(*device.workspace, QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *queue = window.findChild<QLabel *>(QStringLiteral("syncQueue"));
    auto *last = window.findChild<QLabel *>(QStringLiteral("syncLast"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("syncErrorStatus"));
    auto *server = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
    REQUIRE(queue);
    REQUIRE(last);
    REQUIRE(error);
    REQUIRE(server);
    QTRY_VERIFY_WITH_TIMEOUT(queue->text().contains(QStringLiteral("2")), 5000);
    CHECK(window.syncClient()->status().enrolled);
    CHECK(window.syncClient()->status().rejected == 1);
    QTRY_VERIFY_WITH_TIMEOUT(server->text().contains(QStringLiteral("离线")), 5000);

    // F5: sync now; the server does not answer, and the status bar says so in words.
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty() && error->isVisible(), 10000);
    CHECK(window.syncClient()->status().lastError.contains(QStringLiteral("127.0.0.1:9")));
    CHECK(window.syncClient()->status().queued == 2); // nothing was lost
    test::saveScreenshot(&window, QStringLiteral("sync-statusbar-offline"));

    // Ctrl+F5 opens the sync panel; the refused move is listed and explained.
    QTest::keyClick(&window, Qt::Key_F5, Qt::ControlModifier);
    SyncPanel *panel = window.syncPanel();
    REQUIRE(panel->isVisible());
    auto *table = panel->findChild<QTableView *>(QStringLiteral("syncIssues"));
    auto *detail = panel->findChild<QPlainTextEdit *>(QStringLiteral("syncIssueDetail"));
    auto *panelError = panel->findChild<QLabel *>(QStringLiteral("syncError"));
    REQUIRE(table);
    REQUIRE(detail);
    REQUIRE(panelError);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, SyncIssueModel::CaseColumn).data().toString()
          == device.refusedNumber);
    CHECK(detail->toPlainText().contains(device.refusedNumber));
    // The device's own words for the server's code; the server's text kept as the detail.
    CHECK(table->model()->index(0, SyncIssueModel::ReasonColumn).data().toString()
          == RefusalWording::text(QStringLiteral("transition.illegal")));
    CHECK(detail->toPlainText().contains(
            QStringLiteral("The case was withdrawn at the applicant's request.")));
    // The duplicate application the server flagged, with what to do.
    auto *duplicates = panel->findChild<QLabel *>(QStringLiteral("syncDuplicates"));
    REQUIRE(duplicates);
    CHECK(duplicates->isVisible());
    CHECK(duplicates->text().contains(device.flag.first.number));
    CHECK(duplicates->text().contains(DuplicateApplication::advice()));
    CHECK_FALSE(panelError->text().isEmpty());
    auto *rail = window.findChild<QListWidget *>(QStringLiteral("navigationRail"));
    REQUIRE(rail);
    CHECK(rail->currentItem()->text().contains(QLatin1Char('1'))); // the refused count
    test::saveScreenshot(&window, QStringLiteral("sync-panel"));

    // Enter on the row opens the case.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto *caseDialog = window.findChild<QDialog *>(QStringLiteral("caseDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(
            (caseDialog = window.findChild<QDialog *>(QStringLiteral("caseDialog"))) != nullptr,
            3000);
    CHECK(caseDialog->isVisible());
    caseDialog->close();
}

TEST_CASE("A flagged duplicate application shows in the case detail", "[gui][sync][duplicate]")
{
    EnrolledDevice device;
    CaseStore cases(device.workspace->database(), device.workspace->calendar());
    CaseDetailView view(*device.workspace, cases);
    view.resize(1100, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.showCase(device.flaggedCaseId));
    auto *marker = view.findChild<QLabel *>(QStringLiteral("duplicateFlag"));
    REQUIRE(marker);
    CHECK(marker->isVisible());
    CHECK(marker->text().contains(device.flag.first.number));
    CHECK(marker->text().contains(QStringLiteral("621221101")));
    test::saveScreenshot(&view, QStringLiteral("case-detail-duplicate"));
    // A case without a flag shows none.
    REQUIRE(view.showCase(device.refusedCaseId));
    CHECK_FALSE(marker->isVisible());
}

TEST_CASE("The sync issue model passes the model tester", "[gui][sync][model]")
{
    EnrolledDevice device;
    SyncIssueModel model(device.workspace->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 1);
    model.refresh();
    CHECK(model.rowCount() == 1);
    CHECK(model.index(0, SyncIssueModel::AdviceColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("closed")));
}
