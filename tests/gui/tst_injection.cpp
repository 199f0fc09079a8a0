// Injection attempts in every search box and field: a quote, the LIKE wildcards, an SQL comment,
// a classic tautology and a 10,000-character string. Each box must answer without an error, show
// no row that does not hold the text, and change nothing in the local store.
#include "domain/residentid.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "signinservice.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QStringList payloads()
{
    QString longText;
    while (longText.size() < 10000)
        longText += QStringLiteral("'%_--张");
    longText.truncate(10000);
    return {QStringLiteral("'"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("--"),
            QStringLiteral("' OR '1'='1' --"),
            QStringLiteral("%'; DROP TABLE cases; --"),
            longText};
}

// Every row of every table but the audit log (failed sign-ins are audited, as they must be).
QByteArray fingerprint(const Workspace &workspace)
{
    QSqlDatabase db = workspace.database()->connection();
    QSqlQuery tables(db);
    REQUIRE(tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT IN ('audit_log', 'audit_sync', 'audit_heads') ORDER BY name")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue; // virtual tables' shadow parts
        hash.addData(table.toUtf8());
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result();
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;

    Store()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        REQUIRE(workspace->setCurrentUser(QStringLiteral("counter")).ok());
        CaseStore cases(workspace->database(), workspace->calendar());
        const Catalog catalog = workspace->catalog().load().value();
        for (const QString &first17 :
             {QStringLiteral("62122119850612301"), QStringLiteral("62122119900101302")}) {
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
            REQUIRE(cases.intake(r, workspace->actor(), workspace->deviceShortId(),
                                 QDateTime::currentDateTimeUtc())
                            .ok());
        }
        // Enrolled with a server that does not answer: sign-in goes the offline way.
        SyncEnrollment e;
        e.serverUrl = QStringLiteral("http://127.0.0.1:9");
        e.deviceId = QStringLiteral("0190f6a0-0000-7000-8000-0000000000d1");
        e.shortId = QStringLiteral("B7");
        e.placeCode = QStringLiteral("621221");
        e.token = QStringLiteral("token");
        REQUIRE(LocalSyncStore(workspace->database()).enroll(e, workspace->actor()).ok());
    }
};

// A box: where it is, how its search runs, and which view shows the answer (none: a form field).
struct Box
{
    const char *name;
    const char *view;
    enum class Submit { Typing, Enter, Tab } submit;
};

// No row shown may lack the text searched for (a wildcard that matched everything would).
void checkRows(QAbstractItemView *view, const QString &payload)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        bool holds = false;
        for (int column = 0; column < model->columnCount() && !holds; ++column)
            holds = model->index(row, column).data().toString().contains(payload);
        INFO("row " << row << " does not hold " << payload.left(40).toStdString());
        CHECK(holds);
    }
}

} // namespace

TEST_CASE("Injection: every search box and field of the main window", "[gui][injection]")
{
    const Box box = GENERATE(Box{"caseSearch", "caseTable", Box::Submit::Typing},
                             Box{"catalogSearch", "catalogTable", Box::Submit::Typing},
                             Box{"auditAction", "auditTable", Box::Submit::Enter},
                             Box{"auditRecord", "auditTable", Box::Submit::Enter},
                             Box{"manifestNumber", nullptr, Box::Submit::Enter},
                             Box{"manifestNote", nullptr, Box::Submit::Tab},
                             Box{"applicant_idNumber", nullptr, Box::Submit::Tab},
                             Box{"applicant_name", nullptr, Box::Submit::Tab},
                             Box{"applicant_phone", nullptr, Box::Submit::Tab});
    INFO("box " << box.name);
    Store store;
    MainWindow window(*store.workspace, QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QByteArray before = fingerprint(*store.workspace);
    auto *edit = window.findChild<QLineEdit *>(QString::fromLatin1(box.name));
    REQUIRE(edit);
    for (const QString &payload : payloads()) {
        INFO("payload " << payload.left(40).toStdString() << " (" << payload.size() << ")");
        edit->clear();
        edit->setText(payload); // what typing or pasting leaves (up to the field's limit)
        switch (box.submit) {
        case Box::Submit::Typing:
            break;
        case Box::Submit::Enter:
            QTest::keyClick(edit, Qt::Key_Return);
            break;
        case Box::Submit::Tab:
            emit edit->editingFinished();
            break;
        }
        QTest::qWait(400); // the searches that wait for the typing to pause
        if (box.view) {
            auto *view = window.findChild<QAbstractItemView *>(QString::fromLatin1(box.view));
            REQUIRE(view);
            checkRows(view, edit->text());
        }
        CHECK(fingerprint(*store.workspace) == before);
    }
    edit->clear();
}

TEST_CASE("Injection: the sign-in fields", "[gui][injection][signin]")
{
    Store store;
    SignInOptions options;
    options.verifierIterations = PasswordHash::minimumIterations;
    options.sealCost = PasswordBox::Cost::minimum();
    options.timeoutMs = 2000;
    SignInService service(store.workspace->database(), options);
    const QByteArray before = fingerprint(*store.workspace);
    for (const QString &payload : payloads()) {
        INFO("payload " << payload.left(40).toStdString());
        for (const bool asName : {true, false}) {
            SignInDialog dialog(service, SignInDialog::Mode::SignIn);
            dialog.show();
            auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("signInUsername"));
            auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signInPassword"));
            name->setText(asName ? payload : QStringLiteral("counter"));
            password->setText(asName ? QStringLiteral("Gansu-2026") : payload);
            QTest::keyClick(password, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
            CHECK(dialog.isVisible());
            CHECK(dialog.result() != QDialog::Accepted);
            CHECK(dialog.findChild<QLabel *>(QStringLiteral("signInMessage"))
                          ->text()
                          .contains(QStringLiteral("wrong")));
        }
        CHECK(fingerprint(*store.workspace) == before);
    }
    CHECK_FALSE(service.signedIn().has_value());
}
