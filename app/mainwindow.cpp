#include "mainwindow.h"

#include "casedetailview.h"
#include "caselistscreen.h"
#include "catalogbrowser.h"
#include "dashboardscreen.h"
#include "intakescreen.h"
#include "ratingdialog.h"
#include "items/catalogitemmodel.h"
#include "releasescreen.h"
#include "reviewqueuescreen.h"
#include "store/casestore.h"
#include "store/ratingstore.h"
#include "store/workspace.h"
#include "sync/serverprobe.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ow {

MainWindow::MainWindow(Workspace &workspace, const QUrl &serverUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_cases(std::make_unique<CaseStore>(workspace.database(), workspace.calendar()))
    , m_catalogModel(new CatalogItemModel(this))
    , m_probe(new ServerProbe(this))
    , m_rail(new QListWidget(this))
    , m_screens(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow — %1").arg(m_workspace.currentPlace().name));
    resize(1200, 760);

    m_rail->setObjectName(QStringLiteral("navigationRail"));
    m_rail->setFixedWidth(140);
    m_rail->setSpacing(2);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rail);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);

    m_intakeScreen = new IntakeScreen(m_workspace, *m_cases, m_catalogModel, this);
    addScreen(m_intakeScreen, tr("Intake"), QKeySequence(Qt::Key_F2));
    // F2 also starts the next intake (asking first if one is in progress).
    connect(m_screenActions.constLast(), &QAction::triggered, m_intakeScreen,
            &IntakeScreen::newIntake);
    m_catalogBrowser = new CatalogBrowser(m_catalogModel, this);
    addScreen(m_catalogBrowser, tr("Catalogue"), QKeySequence(Qt::Key_F8));
    connect(m_catalogBrowser, &CatalogBrowser::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_caseList = new CaseListScreen(m_workspace.database(), m_workspace.calendar(), this);
    addScreen(m_caseList, tr("Cases"), QKeySequence(Qt::Key_F4));
    connect(m_caseList, &CaseListScreen::openCase, this, &MainWindow::openCase);
    connect(m_caseList, &CaseListScreen::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    addCountedScreen(new ReviewQueueScreen(m_workspace, this), tr("Review"),
                     QKeySequence(Qt::Key_F6));
    auto *release = new ReleaseScreen(m_workspace, this);
    addCountedScreen(release, tr("Release"), QKeySequence(Qt::Key_F9));
    connect(release, &ReleaseScreen::releasedAtCounter, this, &MainWindow::offerRating);
    m_dashboard = new DashboardScreen(m_workspace.database(), m_workspace.calendar(), this);
    m_dashboard->setPlaces(m_workspace.directory().load().places);
    addScreen(m_dashboard, tr("Statistics"), QKeySequence(Qt::Key_F7));
    connect(m_dashboard, &DashboardScreen::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_rail, &QListWidget::currentRowChanged, m_screens, &QStackedWidget::setCurrentIndex);

    createMenus();
    createStatusBar();
    reloadCatalog();
    m_rail->setCurrentRow(0);
    m_intakeScreen->newIntake();

    connect(m_probe, &ServerProbe::stateChanged, this, &MainWindow::updateServerStatus);
    m_probe->setBaseUrl(serverUrl);
    m_probe->start();
    updateServerStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::openCase(const QString &caseId)
{
    // Not exec(): the counter may keep this open beside the list while serving.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("caseDialog"));
    dialog->setWindowTitle(tr("Case"));
    auto *view = new CaseDetailView(m_workspace, *m_cases, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, m_caseList, &CaseListScreen::refresh);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    if (!view->showCase(caseId)) {
        delete dialog;
        return;
    }
    dialog->resize(1000, 700);
    dialog->open();
}

// 好差评 after a release at the counter: on the applicant's monitor when there is one.
void MainWindow::offerRating(const QString &caseId, const QString &itemName)
{
    if (!m_ratings)
        m_ratings = std::make_unique<RatingStore>(m_workspace.database(), m_workspace.calendar());
    auto *dialog = new RatingDialog(*m_ratings, m_workspace.actor(), caseId, itemName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showOn(RatingDialog::applicantScreen(this));
}

void MainWindow::addScreen(QWidget *screen, const QString &title, const QKeySequence &shortcut)
{
    const int index = m_screens->addWidget(screen);
    m_rail->addItem(title);
    auto *action = new QAction(title, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, index] { m_rail->setCurrentRow(index); });
    m_screenActions.append(action);
}

// A work queue: its rail entry shows how many cases wait there.
template<typename Screen>
void MainWindow::addCountedScreen(Screen *screen, const QString &title,
                                  const QKeySequence &shortcut)
{
    const int row = m_screens->count();
    addScreen(screen, title, shortcut);
    const auto showCount = [this, row, title](int count) {
        m_rail->item(row)->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
    };
    connect(screen, &Screen::countChanged, this, showCount);
    connect(screen, &Screen::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    showCount(screen->count());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions(m_screenActions);
    go->addSeparator();
    QAction *search = go->addAction(tr("&Search the catalogue"));
    search->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence::Find});
    connect(search, &QAction::triggered, this, [this] {
        // On the case list F3 searches cases; everywhere else, the catalogue.
        if (m_screens->currentWidget() == m_caseList) {
            m_caseList->focusSearch();
            return;
        }
        m_rail->setCurrentRow(m_screens->indexOf(m_catalogBrowser));
        m_catalogBrowser->focusSearch();
    });

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    QAction *check = server->addAction(tr("&Check connection now"));
    connect(check, &QAction::triggered, m_probe, &ServerProbe::probeNow);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OneWindow"), this, [this] {
        QMessageBox::about(this, tr("About OneWindow"),
                           tr("<h3>OneWindow %1</h3><p>Counter software for government service "
                              "halls and township convenience-service points.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverStatus"));
    m_catalogLabel = new QLabel(this);
    const User user = m_workspace.currentUser();
    m_userLabel->setText(tr("%1 (%2) · %3")
                                 .arg(user.displayName, Roles::displayName(user.role),
                                      m_workspace.currentPlace().name));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_catalogLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
}

void MainWindow::reloadCatalog()
{
    auto catalog = m_workspace.catalog().load();
    if (!catalog) {
        QMessageBox::warning(this, tr("Service catalogue"), catalog.error().message);
        return;
    }
    m_catalogModel->setCatalog(catalog.value());
    m_catalogLabel->setText(tr("Catalogue %1").arg(catalog->version));
}

void MainWindow::updateServerStatus()
{
    const QString server = m_probe->baseUrl().toDisplayString();
    switch (m_probe->state()) {
    case ServerProbe::State::Online:
        m_serverLabel->setText(tr("● Online"));
        m_serverLabel->setStyleSheet(QStringLiteral("color: #1a7f37;"));
        m_serverLabel->setToolTip(
                tr("Server %1 answers (version %2).").arg(server, m_probe->serverVersion()));
        break;
    case ServerProbe::State::Offline:
        m_serverLabel->setText(tr("● Offline"));
        m_serverLabel->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_serverLabel->setToolTip(tr("Server %1 does not answer: %2. Work goes on locally.")
                                          .arg(server, m_probe->lastError()));
        break;
    case ServerProbe::State::Unknown:
        m_serverLabel->setText(tr("● Connecting…"));
        m_serverLabel->setStyleSheet(QString());
        m_serverLabel->setToolTip(server);
        break;
    }
}

} // namespace ow
