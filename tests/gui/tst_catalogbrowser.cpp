#include "catalogbrowser.h"
#include "guisupport.h"
#include "items/catalogitemmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ow;

namespace {

// Types ASCII text key by key, as a clerk would.
void type(QWidget *w, const char *text)
{
    QTest::keyClicks(w, QString::fromLatin1(text));
}

} // namespace

TEST_CASE("The catalogue browser finds an item by pinyin initials and shows its materials",
          "[gui][catalog]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    // Nothing listens on port 9: the client must say so and go on working.
    MainWindow window(*workspace.value(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CatalogBrowser *browser = window.catalogBrowser();
    auto *search = browser->findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
    auto *table = browser->findChild<QTableView *>(QStringLiteral("catalogTable"));
    auto *detail = browser->findChild<QTextBrowser *>(QStringLiteral("catalogDetail"));
    REQUIRE(search);
    REQUIRE(table);
    REQUIRE(detail);
    const int all = browser->visibleCount();
    CHECK(all >= 60);

    // F3 puts the cursor in the search box from anywhere.
    table->setFocus();
    QTest::keyClick(&window, Qt::Key_F3);
    CHECK(search->hasFocus());

    type(search, "qysl");
    REQUIRE(browser->visibleCount() >= 1);
    CHECK(browser->visibleCount() < all);
    CHECK(table->model()->index(0, CatalogItemModel::NameColumn).data().toString()
          == QStringLiteral("企业设立登记"));
    // The first match is chosen and its detail shows the materials and the time limits.
    CHECK(detail->toPlainText().contains(QStringLiteral("企业设立登记")));
    CHECK(detail->toPlainText().contains(QStringLiteral("材料")));
    CHECK(detail->toPlainText().contains(QStringLiteral("工作日")));
    test::saveScreenshot(&window, QStringLiteral("catalogue"));

    // Escape clears the search; every item is back.
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(browser->visibleCount() == all);

    // Down moves through the results without leaving the search box.
    type(search, "dj");
    const QString first = browser->currentItemCode();
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(search->hasFocus());
    CHECK(browser->currentItemCode() != first);

    // Department filter from the keyboard (Alt+D, then arrows).
    QTest::keyClick(search, Qt::Key_Escape);
    QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
    auto *department = browser->findChild<QComboBox *>(QStringLiteral("catalogDepartment"));
    REQUIRE(department);
    CHECK(department->hasFocus());
    QTest::keyClick(department, Qt::Key_Down);
    CHECK(browser->visibleCount() > 0);
    CHECK(browser->visibleCount() < all);

    // The status bar says the server does not answer.
    auto *server = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
    REQUIRE(server);
    QTRY_VERIFY_WITH_TIMEOUT(server->text().contains(QStringLiteral("离线")), 5000);
    test::saveScreenshot(&window, QStringLiteral("catalogue-department"));
}

TEST_CASE("The catalogue item model passes the model tester", "[gui][catalog][model]")
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    CatalogItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto catalog = workspace.value()->catalog().load();
    REQUIRE(catalog.ok());
    model.setCatalog(catalog.value());
    CHECK(model.rowCount() == catalog->items.size());
}

#include "items/catalogfilterproxy.h"

TEST_CASE("The catalogue filter proxy passes the model tester while the filter changes",
          "[gui][catalog][model]")
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    CatalogItemModel model;
    CatalogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(workspace.value()->catalog().load().value());
    const int all = proxy.rowCount();
    CatalogSearch::Filter filter;
    filter.text = QStringLiteral("qysl");
    proxy.setFilter(filter);
    CHECK(proxy.rowCount() >= 1);
    CHECK(proxy.rowCount() < all);
    filter.text.clear();
    filter.townshipOnly = true;
    proxy.setFilter(filter);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex source = proxy.mapToSource(proxy.index(r, 0));
        CHECK(model.itemAt(source.row())->townshipAcceptable);
    }
    proxy.sort(CatalogItemModel::NameColumn);
    model.setCatalog(workspace.value()->catalog().load().value()); // reset keeps the filter
    CHECK(proxy.rowCount() > 0);
    CHECK(proxy.rowCount() < all);
}
