#include "applicantform.h"
#include "domain/residentid.h"
#include "guisupport.h"
#include "intakescreen.h"
#include "items/materialchecklistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "store/casestore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;
using namespace Qt::Literals::StringLiterals;

namespace {

// Friday 27 November 2026, 10:00 in Shanghai.
QDateTime intakeMoment()
{
    return QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);
}

QString validId(const QString &first17)
{
    return first17 + ResidentId::checkCharacter(first17);
}

const QString kItem = u"621221-SCJG-0001"_s; // 企业设立登记: five materials to hand in

// Drives the screen as a clerk does: every key goes to the widget that has the focus. Keys
// that are not the applicant's own data (shortcuts, search, Tab, marking materials) are
// counted, so that the test can hold the screen to its keystroke budget.
struct Keyboard
{
    int counted = 0;

    static QWidget *focus()
    {
        QWidget *widget = QApplication::focusWidget();
        REQUIRE(widget);
        return widget;
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++counted;
        QTest::keyClick(focus(), key, modifiers);
    }
    void keys(const char *ascii)
    {
        for (const char *c = ascii; *c; ++c) {
            ++counted;
            QTest::keyClick(focus(), *c);
        }
    }
    // The applicant's data, not counted: ASCII key by key, Chinese as an input method commits
    // it (QTest::keyClicks cannot send non-ASCII text).
    static void data(const QString &text)
    {
        QString pending;
        const auto commit = [&pending] {
            if (pending.isEmpty())
                return;
            QInputMethodEvent event;
            event.setCommitString(pending);
            QApplication::sendEvent(focus(), &event);
            pending.clear();
        };
        for (QChar c : text) {
            if (c.unicode() < 128) {
                commit();
                QTest::keyClick(focus(), char(c.unicode()));
            } else {
                pending.append(c);
            }
        }
        commit();
    }
};

QString pdfText(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QString flat;
    for (QChar c : QString::fromUtf8(process.readAllStandardOutput())) {
        if (!c.isSpace())
            flat.append(c);
    }
    return flat;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
    IntakeScreen *intake = nullptr;
    Keyboard keyboard;

    Fixture()
    {
        REQUIRE(Language::install(u"zh_CN"_s));
        auto ws = Workspace::open(dir.filePath(u"client.sqlite"_s));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        window = std::make_unique<MainWindow>(*workspace, QUrl(u"http://127.0.0.1:9"_s));
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        intake = window->intakeScreen();
        REQUIRE(intake);
        intake->setClock(intakeMoment);
    }

    template<typename T>
    T *find(const QString &name) const
    {
        auto *child = window->findChild<T *>(name);
        REQUIRE(child);
        return child;
    }

    QLineEdit *field(const char *name) const
    {
        return find<QLineEdit>(u"applicant_"_s + QLatin1String(name));
    }

    CaseStore store() const { return CaseStore(workspace->database(), workspace->calendar()); }
};

} // namespace

TEST_CASE("A whole intake from the keyboard, within 25 keystrokes beyond the applicant's data",
          "[gui][intake]")
{
    Fixture f;
    Keyboard &kb = f.keyboard;
    const QString id = validId(u"62122119850612301"_s);
    test::saveScreenshot(f.window.get(), u"intake-empty"_s);

    kb.key(Qt::Key_F2);
    CHECK(f.find<QLineEdit>(u"intakeItemSearch"_s)->hasFocus());
    kb.keys("qysl");
    kb.key(Qt::Key_Return);
    CHECK(f.field("idNumber")->hasFocus());

    Keyboard::data(id);
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"张伟"_s);
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"13893912345"_s);
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"成县城关镇东大街12号"_s);
    CHECK(f.field("name")->text() == u"张伟"_s);
    CHECK(f.field("address")->text() == u"成县城关镇东大街12号"_s);

    kb.key(Qt::Key_Tab);
    auto *checklist = f.find<QTableView>(u"materialChecklist"_s);
    CHECK(checklist->hasFocus());
    const int materials = checklist->model()->rowCount();
    CHECK(materials == 5); // the two 已取消 materials are not asked for
    for (int i = 0; i < materials; ++i)
        kb.key(Qt::Key_Space);
    CHECK_FALSE(f.find<QLabel>(u"noLongerRequired"_s)->text().isEmpty());
    test::saveScreenshot(f.window.get(), u"intake-filled"_s);

    kb.key(Qt::Key_F10);
    INFO(f.intake->errorText().toStdString());
    REQUIRE(f.intake->savedCase().has_value());
    INFO("keystrokes beyond the applicant's data: " << kb.counted);
    CHECK(kb.counted <= 25);
    WARN("Intake keystrokes beyond the applicant's data: " << kb.counted);

    // The case is in the store as entered.
    const Case saved = f.intake->savedCase().value();
    auto loaded = f.store().load(saved.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->number == saved.number);
    CHECK(loaded->itemCode == kItem);
    CHECK(loaded->state == CaseState::Accepted);
    CHECK(loaded->applicant.name == u"张伟"_s);
    CHECK(loaded->applicant.idNumber == id);
    CHECK(loaded->applicant.phone == u"13893912345"_s);
    CHECK(loaded->applicant.address == u"成县城关镇东大街12号"_s);
    CHECK(loaded->receivedAt == intakeMoment());
    CHECK(loaded->noticeDeadline == QDate(2026, 12, 4));
    CHECK(loaded->dueDate == QDate(2026, 11, 30));
    REQUIRE(loaded->materials.size() == 5);
    for (const CaseMaterial &m : loaded->materials) {
        CHECK(m.status == CaseMaterial::Status::Received);
        CHECK(m.copiesReceived == m.copiesExpected);
    }
    CHECK(f.find<QLabel>(u"caseNumber"_s)->text() == saved.number);
    test::saveScreenshot(f.window.get(), u"intake-accepted"_s);

    // The acceptance notice carries the case number in its text.
    REQUIRE(f.intake->documentKinds() == QList<DocumentKind>{DocumentKind::Acceptance});
    const QString pdf = f.dir.filePath(u"acceptance.pdf"_s);
    REQUIRE(f.intake->writeDocument(DocumentKind::Acceptance, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(saved.number));
    CHECK(text.contains(u"张伟"_s));
    CHECK(text.contains(u"企业设立登记"_s));

    // Ctrl+P opens the print preview of the document.
    bool previewed = false;
    QTimer::singleShot(0, f.window.get(), [&previewed] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(widget);
                dialog && dialog->isVisible()) {
                previewed = true;
                dialog->reject();
                return;
            }
        }
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    QTest::keyClick(Keyboard::focus(), Qt::Key_P, Qt::ControlModifier);
    CHECK(previewed);
    f.window->activateWindow(); // the closed dialog took the focus with it
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));

    // The recent item comes first next time; F2 clears the screen for the next applicant.
    QTest::keyClick(Keyboard::focus(), Qt::Key_F2);
    CHECK_FALSE(f.intake->savedCase().has_value());
    CHECK(f.find<QLineEdit>(u"intakeItemSearch"_s)->hasFocus());
    CHECK(f.field("idNumber")->text().isEmpty());
    auto *results = f.find<QTableView>(u"intakeItemResults"_s);
    CHECK(results->model()->index(0, 0).data(Qt::UserRole + 1).toString() == kItem);
}

TEST_CASE("A returning applicant is found by the ID number and prefilled", "[gui][intake]")
{
    Fixture f;
    const QString id = validId(u"62122119850612301"_s);
    {
        const Catalog catalog = f.workspace->catalog().load().value();
        IntakeRequest earlier;
        earlier.item = *catalog.item(kItem);
        earlier.applicant.name = u"张伟"_s;
        earlier.applicant.idNumber = id;
        earlier.applicant.phone = u"13893912345"_s;
        earlier.applicant.address = u"成县城关镇东大街12号"_s;
        earlier.materials = CaseRules::checklistFor(earlier.item);
        earlier.decision = IntakeDecision::ReceiveOnly;
        CaseStore store = f.store();
        REQUIRE(store.intake(earlier, f.workspace->actor(), u"A1"_s, intakeMoment().addDays(-30))
                        .ok());
    }
    Keyboard &kb = f.keyboard;
    kb.key(Qt::Key_F2);
    kb.keys("qysl");
    kb.key(Qt::Key_Return);
    Keyboard::data(id.left(17));
    CHECK(f.field("name")->text().isEmpty());
    Keyboard::data(id.right(1));
    CHECK(f.field("name")->text() == u"张伟"_s);
    CHECK(f.field("phone")->text() == u"13893912345"_s);
    CHECK(f.field("address")->text() == u"成县城关镇东大街12号"_s);
    CHECK(f.find<ApplicantForm>(u"applicantForm"_s)->lookupMessage().contains(u"张伟"_s));
}

TEST_CASE("An invalid ID number is shown beside the field and nothing is saved", "[gui][intake]")
{
    Fixture f;
    Keyboard &kb = f.keyboard;
    const QString good = validId(u"62122119850612301"_s);
    const QChar wrongCheck = good.back() == u'1' ? u'2' : u'1';
    const QString bad = good.left(17) + wrongCheck;

    kb.key(Qt::Key_F2);
    kb.keys("qysl");
    kb.key(Qt::Key_Return);
    Keyboard::data(bad);
    const QString expected = ApplicantRules::checkField(Applicant::Kind::Person,
                                                        ApplicantRules::Field::IdNumber, bad);
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(f.find<QLabel>(u"applicantMessage_idNumber"_s)->text() == expected);
    CHECK(f.field("idNumber")->property("invalid").toBool());
    CHECK(f.field("idNumber")->maxLength()
          == ApplicantRules::maxLength(ApplicantRules::Field::IdNumber));
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"张伟"_s);
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"13893912345"_s);
    kb.key(Qt::Key_Tab);
    kb.key(Qt::Key_Tab);
    kb.key(Qt::Key_A); // every material received
    kb.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK_FALSE(f.intake->savedCase().has_value());
    CHECK(f.intake->errorText().contains(expected));
    CHECK(f.store().count() == 0);
    CHECK(f.store().findApplicant(Applicant::Kind::Person, bad) == std::nullopt);
    test::saveScreenshot(f.window.get(), u"intake-error"_s);
}

TEST_CASE("A 容缺 material deferred with a date produces the promise document", "[gui][intake]")
{
    Fixture f;
    Keyboard &kb = f.keyboard;
    kb.key(Qt::Key_F2);
    kb.keys("rs-0001"); // 单位社会保险参保登记, by its code
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_E, Qt::AltModifier); // the applicant is an enterprise
    auto *form = f.find<ApplicantForm>(u"applicantForm"_s);
    for (int i = 0; i < 50 && form->kind() != Applicant::Kind::Enterprise; ++i)
        QTest::qWait(20); // a mnemonic clicks the radio button after a short animation
    REQUIRE(form->kind() == Applicant::Kind::Enterprise);
    kb.key(Qt::Key_Tab); // from the kind to the credit code
    REQUIRE(f.field("idNumber")->hasFocus());
    Keyboard::data(u"91620102MA71AB3C2P"_s);
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"成县兴农果业有限公司"_s);
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"李建国"_s);
    kb.key(Qt::Key_Tab);
    kb.key(Qt::Key_Tab); // no separate contact
    Keyboard::data(u"13893912345"_s);
    kb.key(Qt::Key_Tab);
    kb.key(Qt::Key_Tab);
    auto *checklist = f.find<QTableView>(u"materialChecklist"_s);
    REQUIRE(checklist->hasFocus());
    REQUIRE(checklist->model()->rowCount() == 3);
    CHECK(f.find<QLabel>(u"noLongerRequired"_s)->text().contains(u"营业执照"_s));
    kb.key(Qt::Key_Space);
    kb.key(Qt::Key_Space);
    // 职工花名册 may be supplied later: L, and the date editor opens on the default date.
    kb.key(Qt::Key_L);
    const QDate promised(2026, 12, 11); // 10 working days after Friday 27 November
    CHECK(checklist->model()
                  ->index(2, MaterialChecklistModel::SupplyByColumn)
                  .data(Qt::EditRole)
                  .toDate()
          == promised);
    kb.key(Qt::Key_Return); // keep the date
    kb.key(Qt::Key_F10);
    INFO(f.intake->errorText().toStdString());
    REQUIRE(f.intake->savedCase().has_value());
    CHECK(f.keyboard.counted <= 25);

    const Case saved = f.intake->savedCase().value();
    CHECK(saved.state == CaseState::Accepted);
    CHECK(saved.applicant.kind == Applicant::Kind::Enterprise);
    CHECK(saved.applicant.legalRepresentative == u"李建国"_s);
    REQUIRE(saved.materials.size() == 3);
    CHECK(saved.materials[2].status == CaseMaterial::Status::Deferred);
    CHECK(saved.materials[2].supplyBy == promised);
    REQUIRE(f.intake->documentKinds()
            == QList<DocumentKind>{DocumentKind::Acceptance, DocumentKind::DeferredPromise});
    test::saveScreenshot(f.window.get(), u"intake-deferred"_s);

    const QString pdf = f.dir.filePath(u"promise.pdf"_s);
    REQUIRE(f.intake->writeDocument(DocumentKind::DeferredPromise, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(saved.number));
    CHECK(text.contains(u"职工花名册"_s));
    CHECK(text.contains(u"成县兴农果业有限公司"_s));
    CHECK(text.contains(u"2026年12月11日"_s));
}

TEST_CASE("A one-time notice lists what is missing, and a rejection needs a reason",
          "[gui][intake]")
{
    Fixture f;
    Keyboard &kb = f.keyboard;
    kb.key(Qt::Key_F2);
    kb.keys("qysl");
    kb.key(Qt::Key_Return);
    Keyboard::data(validId(u"62122119850612301"_s));
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"张伟"_s);
    kb.key(Qt::Key_Tab);
    Keyboard::data(u"13893912345"_s);
    kb.key(Qt::Key_Tab);
    kb.key(Qt::Key_Tab);
    kb.key(Qt::Key_Space); // only the first material was brought

    // Accepting is refused in words, and nothing is saved.
    kb.key(Qt::Key_F10);
    CHECK_FALSE(f.intake->savedCase().has_value());
    CHECK_FALSE(f.intake->errorText().isEmpty());
    // Rejecting without a reason likewise.
    CHECK_FALSE(f.intake->submit(IntakeDecision::Reject, u"  "_s));
    CHECK_FALSE(f.intake->errorText().isEmpty());
    CHECK(f.store().count() == 0);

    kb.key(Qt::Key_F11);
    INFO(f.intake->errorText().toStdString());
    REQUIRE(f.intake->savedCase().has_value());
    const Case saved = f.intake->savedCase().value();
    CHECK(saved.state == CaseState::AwaitingMaterials);
    CHECK(saved.outstandingMaterials().size() == 4);
    REQUIRE(f.intake->documentKinds() == QList<DocumentKind>{DocumentKind::OneTimeNotice});
    const QString pdf = f.dir.filePath(u"notice.pdf"_s);
    REQUIRE(f.intake->writeDocument(DocumentKind::OneTimeNotice, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(saved.number));
    CHECK(text.contains(u"公司章程"_s)); // a missing material is listed
}
