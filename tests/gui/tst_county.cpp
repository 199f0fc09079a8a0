// The county view (县级汇总) against the real server: a supervisor signed in at the server sees
// every place's figures as the server's own JSON has them, with a total row, exports CSV; a
// counter's session is refused in words; offline it says the server is needed; the main window
// offers the view only to the roles the permission matrix allows.
#include "countycasesdialog.h"
#include "countyscreen.h"
#include "domain/businessclock.h"
#include "domain/permissions.h"
#include "domain/phonenumber.h"
#include "domain/totp.h"
#include "guisupport.h"
#include "items/caselistmodel.h"
#include "items/countycasetablemodel.h"
#include "items/countytablemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "pendingtranslator.h"
#include "serverprocess.h"
#include "store/localsyncstore.h"
#include "store/workspace.h"
#include "sync/countyclient.h"
#include "sync/refusalwording.h"
#include "sync/signinclient.h"
#include "sync/syncengine.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");
const QString password = QStringLiteral("Gansu-2026");
const QByteArray totpSecret("12345678901234567890");

QString sh(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), BusinessClock::timeZone())
            .toUTC()
            .toString(Qt::ISODateWithMs);
}

void serverExec(const ServerProcess &server, const QStringList &statements)
{
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    for (const QString &sql : statements) {
        QSqlQuery q(connection.db);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }
}

// Cases at the hall and at its township point in March 2026, with ratings (one taken out by an
// upheld appeal), written straight into the server's database as synced devices would have.
QStringList seedRows()
{
    QStringList sql{QStringLiteral(
            "INSERT INTO applicants (id, kind, name, id_number, id_reversed, phone, address,"
            " legal_representative, contact_name, updated_at) VALUES ('cv-a1', 'person',"
            " '张伟', '1', '1', '', '', '', '', '')")};
    struct Row
    {
        const char *id;
        QString place, state, accepted, decided, due, released;
        int trips;
    };
    const QList<Row> rows{
            {"cv-c1", hall, QStringLiteral("released"), sh(3, 2, 10), sh(3, 4, 15),
             QStringLiteral("2026-03-05"), sh(3, 5, 10), 2},
            {"cv-c2", hall, QStringLiteral("released"), sh(3, 3, 9), sh(3, 10, 11),
             QStringLiteral("2026-03-06"), sh(3, 10, 16), 1},
            {"cv-c3", hall, QStringLiteral("withdrawn"), sh(3, 5, 10), {}, {}, {}, 1},
            {"cv-c4",
             hall,
             QStringLiteral("in_review"),
             sh(3, 20, 10),
             {},
             QStringLiteral("2026-04-10"),
             {},
             1},
            {"cv-t1", township, QStringLiteral("released"), sh(3, 9, 10), sh(3, 11, 10),
             QStringLiteral("2026-03-13"), sh(3, 12, 10), 1},
            {"cv-t2",
             township,
             QStringLiteral("approved"),
             sh(2, 27, 10),
             sh(3, 2, 10),
             QStringLiteral("2026-03-03"),
             {},
             1},
    };
    const auto literal = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + s + QLatin1Char('\'');
    };
    for (const Row &r : rows)
        sql << QStringLiteral(
                       "INSERT INTO cases (id, number, item_code, item_name, department_code,"
                       " item_kind, promised_days, township_acceptable, applicant_id,"
                       " applicant_name, applicant_id_number, applicant_phone, channel, state,"
                       " place_code, release_place_code, staff_id, received_at, accepted_at,"
                       " due_date, decided_at, released_at, trips, updated_at) VALUES ('%1',"
                       " '%1', '621221-SCJG-0001', '个体工商户设立登记', 'SCJG', 'licensing', 5,"
                       " 0, 'cv-a1', '张伟', '620102199001011234', '13912345678', 'window', '%2',"
                       " '%3', '%3', 's1', '%4', '%4', %5, %6, %7, %8, '')")
                        .arg(QString::fromLatin1(r.id), r.state, r.place, r.accepted,
                             literal(r.due), literal(r.decided), literal(r.released))
                        .arg(r.trips);
    const auto rating = [](const char *id, int level, const QString &place) {
        return QStringLiteral("INSERT INTO ratings (id, case_id, scope, visit_id, level,"
                              " rated_at, business_date, place_code, staff_id, item_code,"
                              " department_code, device_id) VALUES ('%1', 'cv-c1', 'visit', '%1',"
                              " %2, '', '2026-03-10', '%3', 's1', '', '', 'd')")
                .arg(QString::fromLatin1(id))
                .arg(level)
                .arg(place);
    };
    sql << rating("cv-r1", 5, hall) << rating("cv-r2", 1, hall) << rating("cv-r3", 4, hall)
        << rating("cv-r4", 2, township) << rating("cv-r5", 5, township);
    sql << QStringLiteral("INSERT INTO rating_appeals (rating_id, state, filed_by, filed_at,"
                          " reason, decided_by, decided_at, decision_reason) VALUES ('cv-r2',"
                          " 'upheld', 's1', '', '误评', 'sup', '', '属实')");
    return sql;
}

// A county server with the March figures, the supervisor (second factor) and a counter with
// their passwords, and a device of the hall enrolled with it.
struct County
{
    ServerProcess server;
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;

    County()
    {
        REQUIRE(server.start());
        serverExec(server, seedRows());
        serverExec(server,
                   {QStringLiteral("UPDATE server_settings SET value = '1000' WHERE key ="
                                   " 'password_iterations'")});
        for (const char *user : {"supervisor", "counter"}) {
            const auto set = server.run(
                    {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"),
                     QString::fromLatin1(user), QStringLiteral("--password-stdin"),
                     QStringLiteral("--password-iterations"), QStringLiteral("1000"),
                     QStringLiteral("--db"), server.dbUrl()},
                    password.toUtf8() + '\n');
            INFO(set.err.toStdString());
            REQUIRE(set.exitCode == 0);
        }
        serverExec(server,
                   {QStringLiteral("UPDATE user_credentials SET must_change = 0"),
                    QStringLiteral("UPDATE user_credentials SET totp_secret = '%1' WHERE user_id"
                                   " IN (SELECT id FROM users WHERE username = 'supervisor')")
                            .arg(Totp::base32(totpSecret))});
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        const auto code = server.run({QStringLiteral("device"), QStringLiteral("enroll"),
                                      QStringLiteral("--place"), hall, QStringLiteral("--db"),
                                      server.dbUrl()});
        REQUIRE(code.exitCode == 0);
        auto enrolled = SyncEnroller::enroll(workspace->database(), server.baseUrl(),
                                             QString::fromUtf8(code.out).trimmed(),
                                             QStringLiteral("county test"), workspace->actor());
        REQUIRE(enrolled.ok());
    }

    // Signs `username` in at the server the way the sign-in dialog does; the session token.
    QString signIn(const QString &username, const QString &code)
    {
        SignInOptions options;
        options.verifierIterations = PasswordHash::minimumIterations;
        options.sealCost = PasswordBox::Cost::minimum();
        options.timeoutMs = 5000;
        SignInClient client(workspace->database(), options);
        const auto signedIn = client.signIn(username, password, code);
        INFO((signedIn ? QString() : signedIn.error().message).toStdString());
        REQUIRE(signedIn.ok());
        REQUIRE_FALSE(signedIn->offline);
        REQUIRE(signedIn->step == SignInStep::Done);
        REQUIRE_FALSE(client.session().isEmpty());
        return client.session();
    }

    // The server's own answer, asked without the client's code.
    QJsonArray serverPlaces(const QString &session)
    {
        const auto enrollment = LocalSyncStore(workspace->database()).enrollment();
        REQUIRE(enrollment.has_value());
        Device device;
        device.token = enrollment->token;
        auto headers = headersFor(&device);
        headers.append({QByteArrayLiteral("OneWindow-Session"), session.toLatin1()});
        const auto reply = httpRequest("GET",
                                       urlOf(server.baseUrl(), QStringLiteral("/stats/v1/summary"),
                                             QStringLiteral("from=2026-03-01&to=2026-03-31")),
                                       {}, headers);
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        return bodyOf(reply).value(QStringLiteral("places")).toArray();
    }
};

void waitLoaded(CountyScreen &screen)
{
    for (int i = 0; i < 750 && screen.isBusy(); ++i)
        QTest::qWait(20);
    REQUIRE_FALSE(screen.isBusy());
    screen.waitForIdle();
}

QString cell(const CountyTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("County view: a supervisor sees every place with the server's figures, a counter is "
          "refused, offline says the server is needed",
          "[gui][county][sync]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::PendingTranslator translator({QStringLiteral("pending-county.tsv")});
    QCoreApplication::installTranslator(&translator);
    County county;
    const QString supervisor = county.signIn(
            QStringLiteral("supervisor"),
            Totp::code(totpSecret, Totp::stepOf(QDateTime::currentDateTimeUtc()) + 1));
    REQUIRE(Permissions::mayEver(Role::Supervisor, Action::StatisticsCounty));

    CountyScreen screen(county.workspace->database());
    screen.setSession(supervisor);
    screen.setToday(QDate(2026, 3, 31));
    screen.resize(1280, 520);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    screen.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    waitLoaded(screen);
    INFO(screen.message().toStdString());
    REQUIRE(screen.message().isEmpty());
    CHECK(screen.shownPeriod().from == QDate(2026, 3, 1));

    // The table: every place of the server's answer, in its order, with the same counts and
    // the rates of the one Ratio; then the total.
    const QJsonArray json = county.serverPlaces(supervisor);
    const CountyTableModel &model = *screen.model();
    QAbstractItemModelTester tester(screen.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(json.size() >= 2);
    REQUIRE(model.rowCount() == json.size() + 1);
    int hallRow = -1;
    int townshipRow = -1;
    for (int row = 0; row < json.size(); ++row) {
        const QJsonObject o = json.at(row).toObject();
        const auto p = StatisticsDefinitions::placeFromJson(o);
        REQUIRE(p.has_value());
        INFO(p->placeCode.toStdString());
        CHECK(model.index(row, 0).data(CountyTableModel::KeyRole).toString() == p->placeCode);
        CHECK(cell(model, row, CountyTableModel::PlaceColumn) == p->name);
        CHECK(cell(model, row, CountyTableModel::AcceptedColumn)
              == QString::number(o.value(QStringLiteral("accepted")).toInteger()));
        CHECK(cell(model, row, CountyTableModel::CompletedColumn)
              == QString::number(o.value(QStringLiteral("completed")).toInteger()));
        CHECK(cell(model, row, CountyTableModel::CompletionRateColumn)
              == p->counts.completionRate().text());
        CHECK(cell(model, row, CountyTableModel::OnTimeRateColumn)
              == p->counts.onTimeRate().text());
        CHECK(cell(model, row, CountyTableModel::SatisfactionRateColumn)
              == p->ratings.satisfactionRate().text());
        CHECK(cell(model, row, CountyTableModel::OneTripColumn) == p->trips.share().text());
        if (p->placeCode == hall)
            hallRow = row;
        if (p->placeCode == township)
            townshipRow = row;
    }
    REQUIRE(hallRow >= 0);
    REQUIRE(townshipRow >= 0);
    // The hall: c1 c2 c4 accepted (not the withdrawn c3), c1 c2 decided, c1 on time; released
    // c1 (two trips) and c2; ratings 5 and 4 (the 1 was taken out by its upheld appeal).
    CHECK(cell(model, hallRow, CountyTableModel::AcceptedColumn) == QStringLiteral("3"));
    CHECK(cell(model, hallRow, CountyTableModel::CompletedColumn) == QStringLiteral("2"));
    CHECK(cell(model, hallRow, CountyTableModel::CompletionRateColumn) == QStringLiteral("66.67%"));
    CHECK(cell(model, hallRow, CountyTableModel::OnTimeRateColumn) == QStringLiteral("50.00%"));
    CHECK(cell(model, hallRow, CountyTableModel::SatisfactionRateColumn)
          == QStringLiteral("100.00%"));
    CHECK(cell(model, hallRow, CountyTableModel::OneTripColumn) == QStringLiteral("50.00%"));
    // The township point: t1 accepted and decided in March, t2 accepted in February.
    CHECK(cell(model, townshipRow, CountyTableModel::AcceptedColumn) == QStringLiteral("1"));
    CHECK(cell(model, townshipRow, CountyTableModel::CompletedColumn) == QStringLiteral("2"));
    CHECK(cell(model, townshipRow, CountyTableModel::CompletionRateColumn)
          == QStringLiteral("200.00%"));
    CHECK(cell(model, townshipRow, CountyTableModel::SatisfactionRateColumn)
          == QStringLiteral("50.00%"));
    const int total = model.rowCount() - 1;
    CHECK(model.index(total, 0).data(CountyTableModel::TotalRole).toBool());
    CHECK(cell(model, total, CountyTableModel::AcceptedColumn) == QStringLiteral("4"));
    CHECK(cell(model, total, CountyTableModel::CompletedColumn) == QStringLiteral("4"));
    CHECK(cell(model, total, CountyTableModel::CompletionRateColumn) == QStringLiteral("100.00%"));
    CHECK(cell(model, total, CountyTableModel::SatisfactionRateColumn) == QStringLiteral("75.00%"));
    // Each column says what it counts.
    for (int column = 0; column < model.columnCount(); ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    CHECK(model.headerData(CountyTableModel::CompletionRateColumn, Qt::Horizontal).toString()
          == QStringLiteral("办结率"));

    // Nothing clipped: every column at least as wide as its header and its widest cell.
    QTableView *view = screen.table();
    for (int column = 1; column < model.columnCount(); ++column) {
        INFO(column);
        CHECK(view->columnWidth(column) >= view->horizontalHeader()->sectionSizeHint(column));
        CHECK(view->columnWidth(column)
              >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column));
    }
    QTest::qWait(50);
    test::saveScreenshot(&screen, QStringLiteral("county"));

    // Keyboard: Alt+A goes to the table.
    QTest::keyClick(&screen, Qt::Key_A, Qt::AltModifier);
    CHECK(view->hasFocus());

    // CSV: UTF-8 with a byte-order mark, a header row, a row per place and the total.
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("county.csv"));
    REQUIRE(screen.exportCsv(csvPath));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == model.rowCount() + 1);
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("办结率")));

    // A counter's session: the server refuses, in the user's words.
    const QString counter = county.signIn(QStringLiteral("counter"), {});
    screen.setSession(counter);
    waitLoaded(screen);
    CHECK(screen.model()->rowCount() == 0);
    CHECK(screen.message().contains(RefusalWording::text(QStringLiteral("role.forbidden"))));

    // A session the server does not know (expired, or signed out elsewhere): sign in again.
    screen.setSession(QStringLiteral("not-a-session"));
    waitLoaded(screen);
    CHECK(screen.model()->rowCount() == 0);
    CHECK(screen.message()
          == CountyClient::tr("The server does not know your sign-in any more (it expired or "
                              "ended). Sign in again (File → Switch user) to see the county "
                              "view."));

    // Offline (signed in on this device only): no request, the message says so.
    screen.setSession({});
    waitLoaded(screen);
    CHECK(screen.model()->rowCount() == 0);
    CHECK_FALSE(screen.message().isEmpty());

    // The server away: the view needs it, the local dashboard still works.
    screen.setSession(supervisor);
    county.server.kill();
    screen.refresh();
    waitLoaded(screen);
    CHECK(screen.model()->rowCount() == 0);
    CHECK(screen.message()
          == CountyClient::tr("The county view needs the server, which cannot be reached now. The "
                              "local dashboard (Shift+F4) still works."));
    test::saveScreenshot(&screen, QStringLiteral("county-offline"));
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("County view: Enter or a double click on a place's row lists its cases from the "
          "server, masked, by the figure of the column",
          "[gui][county][sync]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::PendingTranslator translator(
            {QStringLiteral("pending-county.tsv"), QStringLiteral("pending-county2.tsv")});
    QCoreApplication::installTranslator(&translator);
    County county;
    const QString supervisor = county.signIn(
            QStringLiteral("supervisor"),
            Totp::code(totpSecret, Totp::stepOf(QDateTime::currentDateTimeUtc()) + 1));
    CountyScreen screen(county.workspace->database());
    screen.setSession(supervisor);
    screen.setToday(QDate(2026, 3, 31));
    screen.resize(1400, 520);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    screen.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    waitLoaded(screen);
    REQUIRE(screen.message().isEmpty());
    const CountyTableModel &model = *screen.model();
    int hallRow = -1;
    for (int row = 0; row < model.places().size(); ++row) {
        if (model.places().at(row).placeCode == hall)
            hallRow = row;
    }
    REQUIRE(hallRow >= 0);
    // The new columns: working days on the server's calendar, today's overdue (c4, due 10
    // April, still in review) and near due.
    CHECK(cell(model, hallRow, CountyTableModel::OverdueColumn) == QStringLiteral("1"));
    CHECK(cell(model, hallRow, CountyTableModel::NearDueColumn) == QStringLiteral("0"));
    CHECK(cell(model, hallRow, CountyTableModel::AverageWorkingDaysColumn) != QStringLiteral("—"));
    CHECK(model.headerData(CountyTableModel::OverdueColumn, Qt::Horizontal).toString()
          == StatisticsDefinitions::name(StatisticsDefinitions::Figure::Overdue));
    CHECK(model.headerData(CountyTableModel::AverageWorkingDaysColumn, Qt::Horizontal,
                           Qt::ToolTipRole)
                  .toString()
          == StatisticsDefinitions::definition(StatisticsDefinitions::Figure::AverageWorkingDays));

    const auto waitDialog = [](CountyCasesDialog *dialog) {
        for (int i = 0; i < 750 && dialog->isBusy(); ++i)
            QTest::qWait(20);
        REQUIRE_FALSE(dialog->isBusy());
    };
    // Enter on the hall's row (the accepted column): its cases accepted in March.
    QTableView *view = screen.table();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(hallRow, CountyTableModel::AcceptedColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<CountyCasesDialog> dialog = screen.casesDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    waitDialog(dialog);
    INFO(dialog->message().toStdString());
    REQUIRE(dialog->message().isEmpty());
    CHECK(dialog->placeCode() == hall);
    CHECK(dialog->figure() == CountyCases::accepted());
    CountyCaseTableModel *cases = dialog->model();
    QAbstractItemModelTester tester(cases, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(cases->rowCount() == 3); // c1 c2 c4, not the withdrawn c3
    CHECK(cases->total() == 3);
    CHECK_FALSE(cases->hasMore());
    QStringList ids;
    for (const CountyCase &c : cases->cases())
        ids << c.id;
    CHECK(ids
          == QStringList{QStringLiteral("cv-c1"), QStringLiteral("cv-c2"),
                         QStringLiteral("cv-c4")});
    // Personal data masked as in the case lists.
    const QString idShown = cases->index(0, CountyCaseTableModel::IdNumberColumn).data().toString();
    CHECK(idShown == CaseListModel::maskedIdNumber(QStringLiteral("620102199001011234")));
    CHECK(idShown.contains(QLatin1Char('*')));
    CHECK(cases->index(0, CountyCaseTableModel::PhoneColumn).data().toString()
          == PhoneNumber::mask(QStringLiteral("13912345678")));
    CHECK(cases->index(0, CountyCaseTableModel::AcceptedColumn).data().toString()
          == QStringLiteral("2026-03-02 10:00"));
    CHECK(dialog->table()->hasFocus());
    // Nothing clipped.
    QTableView *list = dialog->table();
    for (int column = 0; column + 1 < cases->columnCount(); ++column) {
        INFO(column);
        CHECK(list->columnWidth(column) >= list->horizontalHeader()->sectionSizeHint(column));
        CHECK(list->columnWidth(column)
              >= static_cast<QAbstractItemView *>(list)->sizeHintForColumn(column));
    }
    QTest::qWait(50);
    test::saveScreenshot(dialog, QStringLiteral("county-cases"));

    // CSV as the county table: UTF-8 with a byte-order mark, a header row, a row per case.
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("cases.csv"));
    REQUIRE(dialog->exportCsv(csvPath));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == cases->rowCount() + 1);
    CHECK_FALSE(bytes.contains("620102199001011234"));

    // Another figure from the keyboard: Alt+F, then the completed ones (c1, c2).
    QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
    auto *figureBox = dialog->findChild<QComboBox *>(QStringLiteral("countyCasesFigure"));
    REQUIRE(figureBox);
    CHECK(figureBox->hasFocus());
    figureBox->setCurrentIndex(figureBox->findData(CountyCases::completed()));
    waitDialog(dialog);
    CHECK(cases->rowCount() == 2);
    CHECK(cases->total() == 2);

    // Esc closes it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTest::qWait(50);
    CHECK((dialog.isNull() || !dialog->isVisible()));

    // A double click on the overdue column: the hall's overdue cases today.
    const QModelIndex overdueCell = view->model()->index(hallRow, CountyTableModel::OverdueColumn);
    const QPoint at = view->visualRect(overdueCell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    dialog = screen.casesDialog();
    REQUIRE(dialog);
    waitDialog(dialog);
    CHECK(dialog->figure() == CountyCases::overdue());
    REQUIRE(dialog->model()->rowCount() == 1);
    CHECK(dialog->model()->cases().at(0).id == QStringLiteral("cv-c4"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTest::qWait(50);
    // The total row opens nothing.
    screen.openCases(model.rowCount() - 1, CountyTableModel::AcceptedColumn);
    CHECK((screen.casesDialog() == nullptr || !screen.casesDialog()->isVisible()));
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("County view: the main window offers it only to the roles the permission matrix "
          "allows",
          "[gui][county]")
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
    REQUIRE(ws.ok());
    REQUIRE(ws.value()->setCurrentUser(QStringLiteral("counter")).ok());
    MainWindow window(*ws.value(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *rail = window.findChild<QListWidget *>(QStringLiteral("navigationRail"));
    REQUIRE(rail);
    int row = -1;
    for (int r = 0; r < rail->count(); ++r) {
        if (rail->item(r)->text() == QStringLiteral("County"))
            row = r;
    }
    REQUIRE(row >= 0);
    QAction *go = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F4))
            go = a;
    }
    REQUIRE(go);
    for (Role role : {Role::Counter, Role::Township, Role::Agent, Role::Approver, Role::Auditor,
                      Role::Admin, Role::Supervisor}) {
        const User user = [&] {
            for (const User &u : ws.value()->directory().load().users) {
                if (u.role == role)
                    return u;
            }
            return User{};
        }();
        if (user.username.isEmpty())
            continue;
        INFO(user.username.toStdString());
        REQUIRE(window.switchUser(user.username).ok());
        const bool allowed = Permissions::mayEver(role, Action::StatisticsCounty);
        CHECK(rail->isRowHidden(row) == !allowed);
        CHECK(go->isEnabled() == allowed);
    }
    CHECK_FALSE(Permissions::mayEver(Role::Counter, Action::StatisticsCounty));
    // The supervisor reaches it from the keyboard; without a sign-in at the server it says so.
    REQUIRE(window.switchUser(QStringLiteral("supervisor")).ok());
    QTest::keyClick(&window, Qt::Key_F4, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(rail->currentRow() == row);
    window.countyScreen()->waitForIdle();
    QTest::qWait(20);
    CHECK_FALSE(window.countyScreen()->message().isEmpty());
}
