// The auditor's screen: browse and filter the audit log with the keyboard, read a row whole,
// verify the chains — intact, then broken at the row someone changed.
#include "auditscreen.h"
#include "guisupport.h"
#include "items/auditlogmodel.h"
#include "language.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

TEST_CASE("The auditor filters the log by keyboard and verifies the chain", "[gui][audit]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(ws.ok());
    auto workspace = std::move(ws.value());
    QSqlDatabase db = workspace->database()->connection();
    const Actor actor = workspace->actor();
    REQUIRE(db.transaction());
    for (int i = 0; i < 300; ++i) {
        REQUIRE(AuditLog::record(db, actor,
                                 i % 3 == 0 ? QStringLiteral("person.reveal")
                                            : QStringLiteral("case.accept"),
                                 QStringLiteral("case"), QStringLiteral("case-%1").arg(i),
                                 {{QStringLiteral("field"), QStringLiteral("id_number")}},
                                 i % 10 == 0 ? QStringLiteral("refused") : QStringLiteral("ok"))
                        .ok());
    }
    REQUIRE(db.commit());

    AuditLogModel model(workspace->database());
    REQUIRE(model.setFilter({}));
    {
        // The tester checks the model's shape and its paging (it fetches more itself); Qt 6.4's
        // tester also fetches inside a reset and then reports its own nesting, so it is not
        // left attached while the screen resets the model.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    REQUIRE(model.setFilter({}));
    AuditScreen screen(&model);
    screen.resize(1100, 700);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    auto *table = screen.findChild<QTableView *>(QStringLiteral("auditTable"));
    REQUIRE(table);
    // Newest first, one page; the rest loads as the list scrolls.
    CHECK(model.rowCount() == AuditLogModel::pageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() > AuditLogModel::pageSize);

    // Action prefix, by keyboard: Alt+A focuses the field, Enter searches.
    QTest::keyClick(&screen, Qt::Key_A, Qt::AltModifier);
    auto *action = screen.findChild<QLineEdit *>(QStringLiteral("auditAction"));
    REQUIRE(action);
    CHECK(action->hasFocus());
    QTest::keyClicks(action, QStringLiteral("person."));
    QTest::keyClick(action, Qt::Key_Return);
    CHECK(model.rowCount() == 100);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.entry(row)->action == QStringLiteral("person.reveal"));
    // The selected row is shown whole.
    auto *detail = screen.findChild<QPlainTextEdit *>(QStringLiteral("auditDetail"));
    REQUIRE(detail);
    CHECK(detail->toPlainText().contains(QStringLiteral("id_number")));

    // The result filter, also by keyboard.
    QTest::keyClick(&screen, Qt::Key_E, Qt::AltModifier);
    auto *result = screen.findChild<QComboBox *>(QStringLiteral("auditResult"));
    REQUIRE(result);
    CHECK(result->hasFocus());
    result->setCurrentIndex(result->findData(QStringLiteral("refused")));
    QTest::keyClick(result, Qt::Key_Return);
    CHECK(model.rowCount() == 10); // every 30th row from 0: reveals that were refused
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.entry(row)->result == QStringLiteral("refused"));

    // Verify: intact.
    QTest::keyClick(&screen, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    auto *verdict = screen.findChild<QLabel *>(QStringLiteral("auditVerdict"));
    REQUIRE(verdict);
    const QString intact = verdict->text();
    INFO(intact.toStdString());
    CHECK(intact.contains(QStringLiteral("完整")));
    test::saveScreenshot(&screen, QStringLiteral("audit"));

    // Someone changes a row in the file: the next check names that row.
    qint64 changed = 0;
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(q.exec(QStringLiteral("SELECT seq FROM audit_log WHERE entity_id = 'case-150'")));
        REQUIRE(q.next());
        changed = q.value(0).toLongLong();
        q.finish();
        REQUIRE(q.exec(
                QStringLiteral("UPDATE audit_log SET result = 'ok' WHERE seq = %1").arg(changed)));
    }
    QTest::keyClick(&screen, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    const QString broken = verdict->text();
    INFO(broken.toStdString());
    CHECK(broken.contains(QString::number(changed)));
    CHECK_FALSE(broken.contains(QStringLiteral("完整")));
    test::saveScreenshot(&screen, QStringLiteral("audit-broken"));
}
