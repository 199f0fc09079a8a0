#include "dashboardscreen.h"
#include "domain/residentid.h"
#include "guisupport.h"
#include "items/statisticstablemodel.h"
#include "language.h"
#include "pendingtranslator.h"
#include "ratingdialog.h"
#include "ratingscreen.h"
#include "store/casestore.h"
#include "store/demogenerator.h"
#include "store/demoratings.h"
#include "store/ratingstore.h"
#include "store/statisticsquery.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ow;

namespace {

struct GeneratedHall
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> workspace;

    GeneratedHall()
    {
        path = dir.filePath(QStringLiteral("client.sqlite"));
        {
            auto ws = Workspace::open(path);
            REQUIRE(ws.ok());
        }
        DemoOptions options;
        options.cases = 4000;
        options.asOf = QDate(2026, 6, 30);
        options.days = 120;
        auto generated = DemoGenerator::generate(path, options);
        REQUIRE(generated.ok());
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        REQUIRE(DemoRatings::generate(workspace->database()->connection()).ok());
    }
};

void waitUntilLoaded(DashboardScreen &screen, QDate from)
{
    for (int i = 0; i < 500 && (screen.isBusy() || screen.figures().period.from != from); ++i)
        QTest::qWait(20);
    REQUIRE_FALSE(screen.isBusy());
    REQUIRE(screen.figures().period.from == from);
}

} // namespace

TEST_CASE("The dashboard counts a generated hall on a worker, shows every figure and exports "
          "CSV",
          "[dashboard]")
{
    // The app's Chinese, with the strings not merged yet over it.
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::PendingTranslator translator(
            {QStringLiteral("pending-stats3.tsv"), QStringLiteral("pending-county.tsv")});
    QCoreApplication::installTranslator(&translator);
    GeneratedHall hall;
    DashboardScreen screen(hall.workspace->database(), hall.workspace->calendar());
    screen.setPlaces(hall.workspace->directory().load().places);
    screen.setToday(QDate(2026, 6, 30));
    screen.resize(1360, 900);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    screen.setCustomPeriod(QDate(2026, 6, 1), QDate(2026, 6, 30));
    waitUntilLoaded(screen, QDate(2026, 6, 1));

    // The screen shows what the one definition computes.
    StatisticsQuery query(hall.workspace->database()->connection(), hall.workspace->calendar());
    const auto direct = query.dashboard(screen.period(), {}, QDate(2026, 6, 30));
    REQUIRE(direct.ok());
    using F = StatisticsDefinitions::Figure;
    CHECK(direct->total.accepted > 0);
    CHECK(screen.figures().total.accepted == direct->total.accepted);
    CHECK(screen.figureText(F::CompletionRate) == direct->total.completionRate().text());
    CHECK(screen.figureText(F::SatisfactionRate) == direct->ratings.satisfactionRate().text());
    CHECK(screen.figureText(F::SatisfactionRate) != QStringLiteral("—"));
    CHECK(screen.figureText(F::OneTrip) == direct->trips.share().text());
    auto *card = screen.findChild<QLabel *>(QStringLiteral("figure%1").arg(int(F::CompletionRate)));
    REQUIRE(card);
    CHECK(card->text() == direct->total.completionRate().text());
    CHECK_FALSE(card->parentWidget()->toolTip().isEmpty()); // the definition
    REQUIRE(screen.tableModel(0)->rowCount() > 0);
    QAbstractItemModelTester tester(screen.tableModel(0),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::qWait(50);
    test::saveScreenshot(&screen, QStringLiteral("dashboard"));

    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("items.csv"));
    REQUIRE(screen.exportCsv(csvPath));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == screen.tableModel(0)->rowCount() + 1);

    // The monthly report (Ctrl+P on the dashboard) as a PDF: the figures are in its text.
    auto *report = screen.findChild<QPushButton *>(QStringLiteral("reportButton"));
    REQUIRE(report);
    CHECK(report->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    const Status written = screen.exportReport(pdf);
    INFO(written.error().message.toStdString());
    REQUIRE(written.ok());
    // Kept beside the screenshots, for people to look at.
    const QString kept = QStringLiteral(ONEWINDOW_BINARY_DIR "/screenshots/dashboard-report.pdf");
    QFile::remove(kept);
    QFile::copy(pdf, kept);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    const auto has = [&text](const QString &s) {
        INFO(s.toStdString());
        CHECK(text.contains(QString(s).remove(QRegularExpression(QStringLiteral("\\s")))));
    };
    has(QStringLiteral("2026年6月"));
    has(StatisticsDefinitions::name(F::CompletionRate)); // 办结率
    has(QStringLiteral("办结率"));
    has(QStringLiteral("满意率"));
    for (F figure : {F::Accepted, F::Completed, F::CompletionRate, F::CohortCompletionRate,
                     F::OnTimeRate, F::SatisfactionRate, F::OneTrip, F::AverageWorkingDays})
        has(StatisticsDefinitions::valueText(direct.value(), figure));
    has(direct->items.first().name.left(8)); // long names are elided in the table
    has(direct->items.first().counts.completionRate().text());
    has(direct->departments.first().name.left(8));
    has(RatingRules::displayName(RatingLevel::VeryDissatisfied));

    // The period from the keyboard: "last month" is one Down away from "this month".
    auto *choice = screen.findChild<QComboBox *>(QStringLiteral("periodChoice"));
    REQUIRE(choice);
    choice->setCurrentIndex(0);
    waitUntilLoaded(screen, QDate(2026, 6, 1));
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    waitUntilLoaded(screen, QDate(2026, 5, 1));
    CHECK(screen.period().to == QDate(2026, 5, 31));

    // The year view counts by month.
    screen.setPeriod(DashboardScreen::PeriodChoice::ThisYear);
    waitUntilLoaded(screen, QDate(2026, 1, 1));
    CHECK(screen.figures().buckets.size() == 12);
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("The rating screen takes 1–5 and Enter, shows nothing personal and saves one rating "
          "per visit",
          "[dashboard][rating]")
{
    // The app's Chinese, with the strings not merged yet over it.
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::PendingTranslator translator(
            {QStringLiteral("pending-stats3.tsv"), QStringLiteral("pending-county.tsv")});
    QCoreApplication::installTranslator(&translator);
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(ws.ok());
    Workspace &workspace = *ws.value();
    REQUIRE(workspace.setCurrentUser(QStringLiteral("counter")).ok());
    CaseStore cases(workspace.database(), workspace.calendar());
    RatingStore ratings(workspace.database(), workspace.calendar());
    const Catalog catalog = workspace.catalog().load().value();
    IntakeRequest r;
    r.item = *catalog.item(QStringLiteral("621221-SCJG-0001"));
    r.applicant.name = QStringLiteral("张伟");
    const QString first17 = QStringLiteral("62122119850612301");
    r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
    r.applicant.phone = QStringLiteral("13893912345");
    r.applicant.address = QStringLiteral("成县城关镇东大街12号");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    auto c = cases.intake(r, workspace.actor(), QStringLiteral("A1"),
                          QDateTime(QDate(2026, 6, 29), QTime(2, 0), Qt::UTC));
    REQUIRE(c.ok());

    RatingDialog dialog(ratings, workspace.actor(), c->id, c->itemName);
    dialog.resize(1024, 600);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    RatingScreen *screen = dialog.screen();
    screen->setFocus();
    QTest::keyClick(screen, Qt::Key_Return); // nothing chosen yet: asks for a level
    CHECK(ratings.ratingsFor(c->id).isEmpty());
    QTest::keyClick(screen, Qt::Key_4);
    REQUIRE(screen->level() == RatingLevel::Satisfied);
    // Nothing personal on the applicant's screen.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        CHECK_FALSE(label->text().contains(QStringLiteral("张伟")));
        CHECK_FALSE(label->text().contains(QStringLiteral("1389391")));
        CHECK_FALSE(label->text().contains(first17.left(6) + QStringLiteral("1985")));
    }
    test::saveScreenshot(&dialog, QStringLiteral("rating"));
    QTest::keyClick(screen, Qt::Key_Return);
    const QList<Rating> saved = ratings.ratingsFor(c->id);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().level == RatingLevel::Satisfied);
    CHECK(dialog.wasRated());

    // The same visit again: refused with a message, nothing written.
    RatingDialog again(ratings, workspace.actor(), c->id, c->itemName);
    again.show();
    QTest::keyClick(again.screen(), Qt::Key_1);
    QTest::keyClick(again.screen(), Qt::Key_Return);
    CHECK(ratings.ratingsFor(c->id).size() == 1);
    CHECK_FALSE(again.wasRated());
    auto *message = again.findChild<QLabel *>(QStringLiteral("ratingMessage"));
    REQUIRE(message);
    CHECK_FALSE(message->text().isEmpty());
    QCoreApplication::removeTranslator(&translator);
}
