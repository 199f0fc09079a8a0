// Practice mode on screen and on paper: the main window of a device that is not enrolled says
// so (banner, title, status bar), its printouts and exports carry the practice mark, the
// enrollment dialog warns that the practice data goes; an enrolled device shows none of it.
#include "documentprinter.h"
#include "domain/casedocumentfacts.h"
#include "domain/practicemark.h"
#include "domain/residentid.h"
#include "enrollmentdialog.h"
#include "guisupport.h"
#include "items/csvexport.h"
#include "language.h"
#include "mainwindow.h"
#include "pendingtranslator.h"
#include "statisticsreport.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/practicemode.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString practiceBannerZh = QStringLiteral("练习模式：本机尚未注册，所办业务不生效");

struct Chinese
{
    test::PendingTranslator translator{{QStringLiteral("pending-practice.tsv")}};
    Chinese()
    {
        REQUIRE(Language::install(QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&translator); }
};

QString run(const QString &program, const QStringList &arguments)
{
    const QString executable = QStandardPaths::findExecutable(program);
    REQUIRE_FALSE(executable.isEmpty());
    QProcess process;
    process.start(executable, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text without white space (pdftotext wraps and pads).
QString pdfText(const QString &pdf)
{
    QString flat;
    for (QChar c : run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})) {
        if (!c.isSpace())
            flat.append(c);
    }
    return flat;
}

QString squeezed(const QString &text)
{
    QString flat;
    for (QChar c : text) {
        if (!c.isSpace())
            flat.append(c);
    }
    return flat;
}

// Page 1 as a PNG beside the screenshots, for people to look at.
void pagePicture(const QString &pdf, const QString &name)
{
    const QString dir = QStringLiteral(ONEWINDOW_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
         QStringLiteral("-singlefile"), pdf, dir + QLatin1Char('/') + name});
    CHECK(QFile::exists(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

Case intake(Workspace &workspace)
{
    const Catalog catalog = workspace.catalog().load().value();
    IntakeRequest r;
    r.item = *catalog.item(QStringLiteral("621221-SCJG-0001"));
    r.applicant.name = QStringLiteral("张伟");
    const QString first17 = QStringLiteral("62122119850612301");
    r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
    r.applicant.phone = QStringLiteral("13893912345");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    CaseStore cases(workspace.database(), workspace.calendar());
    auto c = cases.intake(r, workspace.actor(), workspace.deviceShortId(),
                          QDateTime::currentDateTimeUtc());
    INFO(c.error().message.toStdString());
    REQUIRE(c.ok());
    return c.value();
}

Status writeReceipt(Workspace &workspace, const Case &c, const QString &path)
{
    const Catalog catalog = workspace.catalog().load().value();
    return DocumentPrinter::writePdf(
            CaseDocument::compose(
                    DocumentKind::MaterialsReceipt,
                    CaseDocumentFacts::factsFor(DocumentKind::MaterialsReceipt, c,
                                                workspace.documentSources(c, catalog))),
            path);
}

} // namespace

TEST_CASE("Practice mode: the main window of a device not enrolled says so", "[gui][practice]")
{
    Chinese chinese;
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    REQUIRE(workspace.value()->practiceMode());
    MainWindow window(*workspace.value(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.practiceMode());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("practiceBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text() == practiceBannerZh);
    auto *status = window.findChild<QLabel *>(QStringLiteral("practiceStatus"));
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("练习模式"));
    CHECK(window.windowTitle().contains(QStringLiteral("练习模式")));
    CHECK(MainWindow::practiceSignInNote().contains(QStringLiteral("练习模式")));
    test::saveScreenshot(&window, QStringLiteral("practice-mode"));

    // Another user signing in (still practice): the banner and the title stay.
    REQUIRE(window.switchUser(QStringLiteral("township")).ok());
    CHECK(banner->isVisible());
    CHECK(window.windowTitle().contains(QStringLiteral("练习模式")));
}

TEST_CASE("Practice mode: every printout and export carries the practice mark",
          "[gui][practice][documents]")
{
    Chinese chinese;
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    const Case c = intake(*workspace.value());

    // The receipt: the mark across the page and at its head, as text a search finds.
    const QString receipt = dir.filePath(QStringLiteral("receipt.pdf"));
    const Status written = writeReceipt(*workspace.value(), c, receipt);
    INFO(written.error().message.toStdString());
    REQUIRE(written.ok());
    const QString text = pdfText(receipt);
    CHECK(text.contains(squeezed(PracticeMark::text())));
    CHECK(text.contains(QStringLiteral("练习—无效")));
    CHECK(text.contains(QStringLiteral("PRACTICE—NOTVALID")));
    CHECK(text.contains(c.number));
    pagePicture(receipt, QStringLiteral("practice-receipt"));

    // The monthly report.
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    DashboardFigures figures;
    figures.period.from = QDate(2026, 11, 1);
    figures.period.to = QDate(2026, 11, 30);
    figures.today = QDate(2026, 11, 30);
    REQUIRE(StatisticsReport::writePdf(figures, QStringLiteral("成县政务服务中心"), report, true)
                    .ok());
    CHECK(pdfText(report).contains(QStringLiteral("PRACTICE—NOTVALID")));
    pagePicture(report, QStringLiteral("practice-report"));

    // A CSV export: the mark is its first line.
    QStandardItemModel table(1, 2);
    table.setHorizontalHeaderLabels({QStringLiteral("事项"), QStringLiteral("受理")});
    const QByteArray csv = CsvExport::toCsv(table, PracticeMark::text());
    const QByteArray bom("\xEF\xBB\xBF");
    CHECK(csv.startsWith(QByteArray(bom + PracticeMark::text().toUtf8() + "\r\n事项,受理\r\n")));
    CHECK(CsvExport::toCsv(table).startsWith(QByteArray(bom + "事项,受理\r\n")));

    // Once enrolled (the practice case went with the enrollment), a real receipt has no mark.
    SyncEnrollment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:9");
    e.deviceId = QStringLiteral("device-1");
    e.shortId = QStringLiteral("A01");
    e.placeCode = QStringLiteral("621221");
    e.token = QStringLiteral("token");
    REQUIRE(LocalSyncStore(workspace.value()->database())
                    .enroll(e, workspace.value()->actor())
                    .ok());
    CHECK_FALSE(workspace.value()->practiceMode());
    const Case real = intake(*workspace.value());
    const QString realReceipt = dir.filePath(QStringLiteral("real.pdf"));
    REQUIRE(writeReceipt(*workspace.value(), real, realReceipt).ok());
    const QString realText = pdfText(realReceipt);
    CHECK(realText.contains(real.number));
    CHECK_FALSE(realText.contains(QStringLiteral("PRACTICE")));
    CHECK_FALSE(realText.contains(QStringLiteral("练习")));
}

TEST_CASE("Practice mode: an enrolled device shows no banner", "[gui][practice]")
{
    Chinese chinese;
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    SyncEnrollment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:9");
    e.deviceId = QStringLiteral("device-1");
    e.shortId = QStringLiteral("A01");
    e.placeCode = QStringLiteral("621221");
    e.token = QStringLiteral("token");
    REQUIRE(LocalSyncStore(workspace.value()->database())
                    .enroll(e, workspace.value()->actor())
                    .ok());
    REQUIRE_FALSE(workspace.value()->practiceMode());

    MainWindow window(*workspace.value(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.practiceMode());
    CHECK(window.findChild<QLabel *>(QStringLiteral("practiceBanner")) == nullptr);
    CHECK(window.findChild<QLabel *>(QStringLiteral("practiceStatus")) == nullptr);
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("练习")));
    test::saveScreenshot(&window, QStringLiteral("practice-mode-enrolled"));
}

TEST_CASE("Practice mode: the enrollment dialog warns that the practice data is cleared",
          "[gui][practice]")
{
    Chinese chinese;
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(workspace.ok());
    (void)intake(*workspace.value());
    const auto counts = PracticeMode::count(workspace.value()->database()->connection());
    REQUIRE(counts.ok());
    REQUIRE_FALSE(counts->isEmpty());

    bool called = false;
    EnrollmentDialog dialog(QUrl(QStringLiteral("http://127.0.0.1:8470")),
                            [&called](const QUrl &, const QString &) {
                                called = true;
                                return Status::success();
                            });
    dialog.setPracticeData(PracticeMode::describe(counts.value()));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("enrollPracticeWarning"));
    REQUIRE(warning);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("本机的练习数据将被清除")));
    CHECK(warning->text().contains(QStringLiteral("1 件办件")));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("enrollOk"));
    REQUIRE(ok);
    CHECK(ok->text().contains(QStringLiteral("清除练习数据")));
    test::saveScreenshot(&dialog, QStringLiteral("enrollment-practice"));
    // The keyboard confirms: type the code, Enter enrolls.
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("enrollCode"));
    REQUIRE(code);
    QTest::keyClicks(code, QStringLiteral("ABCD-EFGH"));
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(called);
}
