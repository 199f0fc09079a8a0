#include "caselistscreen.h"
#include "caseurgencyproxy.h"
#include "domain/creditcode.h"
#include "domain/duestatus.h"
#include "domain/residentid.h"
#include "guisupport.h"
#include "items/caselistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "store/casestore.h"
#include "store/database.h"
#include "store/pullbulkload.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2024, month, day), QTime(hour - 8, 0), Qt::UTC); // hour in Shanghai
}

QString validId(const QString &first17)
{
    return first17 + ResidentId::checkCharacter(first17);
}

struct Cases
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    QString nearDueId;
    QString overdueId;
    QString onTimeId;
    QString zhangId;

    Cases()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        REQUIRE(workspace->setCurrentUser(QStringLiteral("counter")).ok());
        CaseStore store(workspace->database(), workspace->calendar());
        const Catalog catalog = workspace->catalog().load().value();
        const auto intake
                = [&](const QString &itemCode, const Applicant &applicant, const QDateTime &when) {
                      IntakeRequest r;
                      r.item = *catalog.item(itemCode);
                      r.applicant = applicant;
                      r.materials = CaseRules::checklistFor(r.item);
                      for (CaseMaterial &m : r.materials) {
                          m.status = CaseMaterial::Status::Received;
                          m.copiesReceived = m.copiesExpected;
                      }
                      auto c = store.intake(r, workspace->actor(), QStringLiteral("A1"), when);
                      REQUIRE(c.ok());
                      return c->id;
                  };
        Applicant zhang;
        zhang.name = QStringLiteral("张伟");
        zhang.idNumber = validId(QStringLiteral("62122119850612301"));
        zhang.phone = QStringLiteral("13893912345");
        Applicant li;
        li.name = QStringLiteral("李建国");
        li.idNumber = QStringLiteral("62102119850612003X");
        li.phone = QStringLiteral("13993954321");
        Applicant firm;
        firm.kind = Applicant::Kind::Enterprise;
        firm.name = QStringLiteral("成县兴农果业有限公司");
        firm.idNumber = QStringLiteral("91620102MA71AB3C2P");
        firm.phone = QStringLiteral("09394421234");
        firm.legalRepresentative = QStringLiteral("王晓燕");
        const QString setUp = QStringLiteral("621221-SCJG-0001"); // 1 working day
        const QString idCard = QStringLiteral("621221-GA-0001");  // 20 working days
        // Judged on Sunday 29 September 2024 (a make-up working day):
        overdueId = intake(setUp, li, at(9, 20));   // due Monday 23 September
        zhangId = intake(idCard, zhang, at(9, 24)); // due in October
        nearDueId = intake(setUp, firm, at(9, 27)); // due today
        onTimeId = intake(idCard, zhang, at(9, 27, 11));
    }
};

int rowOf(QAbstractItemModel *model, const QString &caseId)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(CaseListModel::CaseIdRole).toString() == caseId)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("The case list finds cases, masks personal data and colours late cases", "[gui][search]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Cases cases;
    MainWindow window(*cases.workspace, QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CaseListScreen *screen = window.caseListScreen();
    REQUIRE(screen);
    screen->model()->setToday(QDate(2024, 9, 29));
    auto *search = screen->findChild<QLineEdit *>(QStringLiteral("caseSearch"));
    auto *table = screen->findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(search);
    REQUIRE(table);

    // F4 opens the list; F3 puts the cursor in its search box.
    QTest::keyClick(&window, Qt::Key_F4);
    REQUIRE(screen->isVisible());
    screen->model()->setToday(QDate(2024, 9, 29)); // showing it read the list again
    table->setFocus();
    QTest::keyClick(&window, Qt::Key_F3);
    CHECK(search->hasFocus());
    CHECK_FALSE(search->placeholderText().isEmpty());
    QAbstractItemModel *model = table->model();
    CHECK(model->rowCount() == 4);
    // Newest first.
    CHECK(model->index(0, 0).data(CaseListModel::CaseIdRole).toString() == cases.onTimeId);

    // Personal data is masked in the list.
    const int firmRow = rowOf(model, cases.nearDueId);
    REQUIRE(firmRow >= 0);
    CHECK(model->index(firmRow, CaseListModel::IdNumberColumn).data().toString()
          == QStringLiteral("916201********3C2P"));
    CHECK(model->index(firmRow, CaseListModel::PhoneColumn).data().toString()
          != QStringLiteral("09394421234"));
    CHECK(model->index(firmRow, CaseListModel::ApplicantColumn).data().toString()
          == QStringLiteral("成县兴农果业有限公司"));

    // Due today: yellow, and said in words; past due: red, and said in words.
    const QModelIndex nearDue = model->index(firmRow, CaseListModel::DueColumn);
    CHECK(nearDue.data(CaseListModel::UrgencyRole).toInt() == DueStatus::NearDue);
    CHECK(nearDue.data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xff, 0xf1, 0xb8));
    CHECK(nearDue.data().toString().startsWith(QStringLiteral("2024-09-29")));
    CHECK(nearDue.data().toString() != QStringLiteral("2024-09-29"));
    CHECK_FALSE(nearDue.data(Qt::ToolTipRole).toString().isEmpty());
    const int lateRow = rowOf(model, cases.overdueId);
    REQUIRE(lateRow >= 0);
    const QModelIndex late = model->index(lateRow, CaseListModel::NumberColumn);
    CHECK(late.data(CaseListModel::UrgencyRole).toInt() == DueStatus::Overdue);
    CHECK(late.data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xfd, 0xd8, 0xd5));
    CHECK_FALSE(late.data(Qt::ToolTipRole).toString().isEmpty());
    const QModelIndex fine = model->index(rowOf(model, cases.onTimeId), 0);
    CHECK(fine.data(CaseListModel::UrgencyRole).toInt() == DueStatus::OnTime);
    CHECK_FALSE(fine.data(Qt::BackgroundRole).isValid());
    test::saveScreenshot(&window, QStringLiteral("case-list"));

    // The last 4 digits of an ID number find that applicant's cases.
    QTest::keyClicks(search, validId(QStringLiteral("62122119850612301")).right(4));
    CHECK(model->rowCount() == 2);
    for (int r = 0; r < model->rowCount(); ++r) {
        CHECK(model->index(r, CaseListModel::ApplicantColumn).data().toString()
              == QStringLiteral("张伟"));
        CHECK(model->index(r, CaseListModel::IdNumberColumn).data().toString()
              == ResidentId::mask(validId(QStringLiteral("62122119850612301"))));
    }

    // Esc clears; a name typed in Chinese finds its cases.
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(model->rowCount() == 4);
    for (const QString &ch : {QStringLiteral("建"), QStringLiteral("国")})
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, ch, Qt::NoModifier);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, CaseListModel::ApplicantColumn).data().toString()
          == QStringLiteral("李建国"));
    CHECK(model->index(0, CaseListModel::IdNumberColumn).data().toString()
          == QStringLiteral("621021********003X"));
    test::saveScreenshot(&window, QStringLiteral("case-list-search"));

    // Down goes into the results; Enter opens the case.
    QSignalSpy opened(screen, &CaseListScreen::openCase);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(table->hasFocus());
    CHECK(screen->currentCaseId() == cases.overdueId);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString() == cases.overdueId);
    // Esc in the list goes back to the search box.
    QTest::keyClick(table, Qt::Key_Escape);
    CHECK(search->hasFocus());

    // The global search entry point.
    screen->showSearch(QStringLiteral("兴农"));
    CHECK(search->hasFocus());
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data(CaseListModel::CaseIdRole).toString() == cases.nearDueId);
}

TEST_CASE("The case list model fetches page by page and passes the model tester",
          "[gui][search][model]")
{
    Cases cases;
    // 450 more cases: three pages of 200.
    {
        QSqlDatabase db = cases.workspace->database()->connection();
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT applicant_id, applicant_name, applicant_id_number"
                                      " FROM cases WHERE applicant_name = '张伟' LIMIT 1")));
        REQUIRE(q.next());
        const QString applicant = q.value(0).toString();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
                "INSERT INTO cases (id, number, item_code, item_name, department_code,"
                " item_kind, promised_days, township_acceptable, applicant_id, applicant_name,"
                " applicant_id_number, applicant_phone, channel, state, place_code,"
                " release_place_code, staff_id, received_at, updated_at) VALUES"
                " (?, ?, '621221-GA-0001', '居民身份证换领', 'GA', 'public_service', 20, 0, ?,"
                " '张伟', ?, '', 'window', 'received', '621221', '621221', 'u', ?, ?)"));
        for (int i = 0; i < 450; ++i) {
            const QString when = QDateTime(QDate(2024, 1, 1), QTime(1, 0), Qt::UTC)
                                         .addSecs(i * 60)
                                         .toString(Qt::ISODateWithMs);
            insert.addBindValue(QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0')));
            insert.addBindValue(
                    QStringLiteral("621221-20240101-B1-%1").arg(i, 4, 10, QLatin1Char('0')));
            insert.addBindValue(applicant);
            insert.addBindValue(q.value(2).toString());
            insert.addBindValue(when);
            insert.addBindValue(when);
            REQUIRE(insert.exec());
        }
    }
    CaseListModel model(cases.workspace->database(), cases.workspace->calendar());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2024, 9, 29));
    CHECK(model.rowCount() == CaseListModel::pageSize());
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * CaseListModel::pageSize());
    model.fetchMore({});
    CHECK(model.rowCount() == 454);
    CHECK_FALSE(model.canFetchMore({}));
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(CaseListModel::CaseIdRole).toString());
    CHECK(ids.size() == 454);

    CaseFilter filter;
    filter.text = QStringLiteral("李建国");
    model.setFilter(filter);
    CHECK(model.rowCount() == 1);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(0, CaseListModel::IdNumberColumn).data().toString()
          == QStringLiteral("621021********003X"));
    CHECK(model.index(0, CaseListModel::PhoneColumn).data().toString()
          == QStringLiteral("139****4321"));
    CHECK(model.headerData(CaseListModel::DueColumn, Qt::Horizontal).isValid());

    CaseUrgencyProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    CHECK(proxy.index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color()
          == QColor(0xfd, 0xd8, 0xd5)); // 李建国's case is overdue on 29 September
}

TEST_CASE("While the first pull fills the store, the case list says the cases are still coming",
          "[gui][bulk]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(ws.ok());
    std::unique_ptr<Workspace> workspace = std::move(ws.value());
    REQUIRE(workspace->setCurrentUser(QStringLiteral("counter")).ok());
    // The store as the first page of a bulk load leaves it: indexes deferred, the load pending.
    const QSqlDatabase db = workspace->database()->connection();
    {
        WriteTransaction tx(db);
        REQUIRE(tx.isActive());
        REQUIRE(PullBulkLoad::begin(db).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(PullBulkLoad::pending(db));

    MainWindow window(*workspace, QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F4);
    CaseListScreen *screen = window.caseListScreen();
    REQUIRE(screen->isVisible());
    auto *count = screen->findChild<QLabel *>(QStringLiteral("caseCount"));
    REQUIRE(count);
    const QString filling = QStringLiteral("首次同步");
    CHECK(count->text().contains(filling));
    // A search while it fills says the same, not "no case matches".
    auto *search = screen->findChild<QLineEdit *>(QStringLiteral("caseSearch"));
    REQUIRE(search);
    QTest::keyClick(&window, Qt::Key_F3);
    search->insert(QStringLiteral("张伟")); // as an input method commits it
    QTest::qWait(400);
    CHECK(count->text().contains(filling));
    test::saveScreenshot(&window, QStringLiteral("case-list-first-sync"));

    // When the load ends, an empty list is an empty list again.
    REQUIRE(PullBulkLoad::finish(db).ok());
    screen->refresh();
    QTest::qWait(400);
    CHECK_FALSE(count->text().contains(filling));
    CHECK_FALSE(count->text().isEmpty());
}
