#include "mainwindow.h"

#include "auditscreen.h"
#include "casedetailview.h"
#include "caselistscreen.h"
#include "catalogbrowser.h"
#include "clientsettings.h"
#include "countyscreen.h"
#include "dashboardscreen.h"
#include "deadlinesweeper.h"
#include "documentprinter.h"
#include "enrollmentdialog.h"
#include "idlelock.h"
#include "intakescreen.h"
#include "items/auditlogmodel.h"
#include "items/catalogitemmodel.h"
#include "items/syncissuemodel.h"
#include "manifestscreen.h"
#include "ratingdialog.h"
#include "ratingfollowupscreen.h"
#include "releasescreen.h"
#include "reviewqueuescreen.h"
#include "signindialog.h"
#include "signinservice.h"
#include "store/casestore.h"
#include "store/practicemode.h"
#include "store/ratingstore.h"
#include "store/sqlitebackup.h"
#include "store/workspace.h"
#include "sync/serverprobe.h"
#include "sync/syncclient.h"
#include "sync/synchttp.h"
#include "syncpanel.h"
#include "taskboardscreen.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

namespace ow {

MainWindow::MainWindow(Workspace &workspace, const QUrl &serverUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_cases(std::make_unique<CaseStore>(workspace.database(), workspace.calendar()))
    , m_catalogModel(new CatalogItemModel(this))
    , m_sync(new SyncClient(workspace.database()->filePath(), workspace.actor(), this))
    , m_probe(m_sync->probe())
    , m_syncIssues(new SyncIssueModel(workspace.database(), this))
    , m_rail(new QListWidget(this))
    , m_screens(new QStackedWidget(this))
    , m_practice(workspace.practiceMode())
{
    setObjectName(QStringLiteral("mainWindow"));
    updateTitle();
    resize(1200, 760);

    m_rail->setObjectName(QStringLiteral("navigationRail"));
    m_rail->setFixedWidth(140);
    m_rail->setSpacing(2);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (m_practice) {
        // Practice mode: nobody signed in with a password, nothing here is real. Always shown.
        m_practiceBanner = new QLabel(practiceText(), central);
        m_practiceBanner->setObjectName(QStringLiteral("practiceBanner"));
        m_practiceBanner->setAlignment(Qt::AlignCenter);
        m_practiceBanner->setWordWrap(true);
        m_practiceBanner->setStyleSheet(QStringLiteral(
                "background: #fef3f2; color: #b42318; border-bottom: 2px solid #b42318;"
                " font-weight: bold; padding: 6px;"));
        outer->addWidget(m_practiceBanner);
    }
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rail);
    layout->addWidget(m_screens, 1);
    outer->addLayout(layout, 1);
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
    auto *review = new ReviewQueueScreen(m_workspace, this);
    addCountedScreen(review, tr("Review"), QKeySequence(Qt::Key_F6));
    auto *release = new ReleaseScreen(m_workspace, this);
    addCountedScreen(release, tr("Release"), QKeySequence(Qt::Key_F9));
    connect(release, &ReleaseScreen::releasedAtCounter, this, &MainWindow::offerRating);
    m_taskBoard = new TaskBoardScreen(m_workspace, this);
    addCountedScreen(m_taskBoard, tr("Help & proxy"), QKeySequence(Qt::Key_F7));
    auto *handoff = new ManifestScreen(m_workspace, this);
    addCountedScreen(handoff, tr("Handoff"), QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_dashboard = new DashboardScreen(m_workspace.database(), m_workspace.calendar(), this);
    m_dashboard->setPlaces(m_workspace.directory().load().places);
    m_dashboard->setPractice(m_practice);
    addScreen(m_dashboard, tr("Statistics"), QKeySequence(Qt::SHIFT | Qt::Key_F4));
    connect(m_dashboard, &DashboardScreen::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    // Every place's figures from the server: the county supervisor's (the permission matrix).
    m_county = new CountyScreen(m_workspace.database(), this);
    addScreen(m_county, tr("County"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F4));
    connect(m_county, &CountyScreen::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_screenNeeds.insert(m_county, {Action::StatisticsCounty});
    {
        // Bad ratings: the supervisor's follow-ups and decisions, the staff member's appeals.
        auto *followUps = new RatingFollowUpScreen(m_workspace, this);
        addScreen(followUps, tr("Rating follow-up"), QKeySequence(Qt::SHIFT | Qt::Key_F9));
        connect(followUps, &RatingFollowUpScreen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        m_screenNeeds.insert(followUps,
                             {Action::RatingFollowUp, Action::RatingAppeal, Action::RatingDecide});
    }
    m_syncPanel = new SyncPanel(m_syncIssues, this);
    addCountedScreen(m_syncPanel, tr("Sync"), QKeySequence(Qt::CTRL | Qt::Key_F5));
    {
        auto *auditModel = new AuditLogModel(m_workspace.database(), this);
        QHash<QString, QString> names;
        QList<QPair<QString, QString>> users;
        for (const User &u : m_workspace.directory().load().users) {
            const QString name = u.displayName.isEmpty() ? u.username : u.displayName;
            names.insert(u.id, name);
            users.append({u.id, name});
        }
        auditModel->setUserNames(names);
        auto *audit = new AuditScreen(auditModel, this);
        audit->setUsers(users);
        addScreen(audit, tr("Audit log"), QKeySequence(Qt::SHIFT | Qt::Key_F12));
        connect(audit, &AuditScreen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        // The auditor's (and the supervisor's) screen only.
        m_screenNeeds.insert(audit, {Action::AuditRead});
    }
    connect(m_syncPanel, &SyncPanel::syncRequested, m_sync, &SyncClient::syncNow);
    connect(m_syncPanel, &SyncPanel::enrollRequested, this, &MainWindow::enroll);
    connect(m_syncPanel, &SyncPanel::openCase, this, &MainWindow::openCase);
    connect(m_rail, &QListWidget::currentRowChanged, m_screens, &QStackedWidget::setCurrentIndex);
    m_screenNeeds.insert(m_intakeScreen, {Action::CaseReceive});
    m_screenNeeds.insert(review, {Action::CaseApprove, Action::CasePrepareRelease});
    m_screenNeeds.insert(release, {Action::CaseRelease, Action::CasePrepareRelease});
    m_screenNeeds.insert(m_taskBoard, {Action::TaskCreate, Action::TaskClaim});
    m_screenNeeds.insert(handoff,
                         {Action::ManifestSendForward, Action::ManifestSendReturn,
                          Action::ManifestReceiveForward, Action::ManifestReceiveReturn});

    createMenus();
    createStatusBar();
    reloadCatalog();
    m_rail->setCurrentRow(0);
    applyRole();
    m_intakeScreen->newIntake();

    connect(m_probe, &ServerProbe::stateChanged, this, &MainWindow::updateServerStatus);
    connect(m_sync, &SyncClient::statusChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &SyncClient::cycleFinished, this, [this] {
        // Pulled changes and refused moves show at once.
        m_syncIssues->refresh();
        m_caseList->refresh();
    });
    m_sync->setFallbackServerUrl(serverUrl);
    m_sync->start();
    updateServerStatus();
    updateSyncStatus(m_sync->status());

    // 终止: cases past their 补正/容缺 deadline, at start and on each new business day.
    m_sweeper = new DeadlineSweeper(m_workspace, *m_cases, this);
    connect(m_sweeper, &DeadlineSweeper::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_sweeper, &DeadlineSweeper::swept, m_caseList, &CaseListScreen::refresh);
    m_sweeper->start();

    // The screen locks after the idle time of the settings (0: never).
    m_idleLock = new IdleLock(this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockScreen);
    m_idleLock->setTimeoutMs(ClientSettings::load(QSettings()).idleLockMinutes * 60 * 1000);
}

Status MainWindow::switchUser(const QString &username)
{
    if (Status s = m_workspace.setCurrentUser(username); !s)
        return s;
    updateTitle();
    updateUserLabel();
    applyRole();
    return Status::success();
}

void MainWindow::setServerSession(const QString &session)
{
    m_county->setSession(session);
}

void MainWindow::applyRole()
{
    const Role role = m_workspace.currentUser().role;
    int firstShown = -1;
    for (int row = 0; row < m_screens->count(); ++row) {
        const auto needs = m_screenNeeds.constFind(m_screens->widget(row));
        bool shown = needs == m_screenNeeds.constEnd();
        if (!shown) {
            for (Action action : *needs)
                shown = shown || Permissions::mayEver(role, action);
        }
        m_rail->setRowHidden(row, !shown);
        m_screenActions.at(row)->setEnabled(shown);
        if (shown && firstShown < 0)
            firstShown = row;
    }
    if (m_rail->isRowHidden(m_rail->currentRow()) && firstShown >= 0)
        m_rail->setCurrentRow(firstShown);
}

void MainWindow::chooseUser()
{
    // Another user signs in with their own password (and second factor) before the switch.
    auto service = std::make_shared<SignInService>(m_workspace.database(), m_signInOptions);
    auto *dialog = new SignInDialog(*service, SignInDialog::Mode::SignIn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Switch user"));
    if (m_practice)
        dialog->setNote(practiceSignInNote());
    connect(dialog, &QDialog::accepted, this, [this, service, dialog] {
        const auto who = service->signedIn();
        if (!who)
            return;
        m_signInOptions.pinnedKey = service->serverKey();
        SignInService::savePinnedKey(m_workspace.actor().deviceId, service->serverKey());
        if (Status s = switchUser(who->user.username); !s) {
            QMessageBox::warning(this, tr("Switch user"), s.error().message);
            return;
        }
        setServerSession(service->session());
        statusBar()->showMessage(dialog->signedInOffline()
                                         ? tr("Signed in offline: the server cannot be reached.")
                                         : tr("Signed in."),
                                 8000);
    });
    // The dialog owns nothing of the service: keep it until the dialog is gone.
    connect(dialog, &QObject::destroyed, this, [service] { (void)service; });
    dialog->open();
}

void MainWindow::lockScreen()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idleLock->setPaused(true);
    // Nothing of the work stays on screen: the main content and every open window of it.
    m_hiddenByLock.clear();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() && w->objectName() != QLatin1String("signInDialog")) {
            w->hide();
            m_hiddenByLock.append(w);
        }
    }
    centralWidget()->hide();
    menuBar()->setEnabled(false);
    statusBar()->hide();
    unlock();
}

void MainWindow::unlock()
{
    auto service = std::make_shared<SignInService>(m_workspace.database(), m_signInOptions);
    auto *dialog = new SignInDialog(*service, SignInDialog::Mode::Unlock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsername(m_workspace.currentUser().username);
    connect(dialog, &QDialog::finished, this, [this, service, dialog](int result) {
        if (result != QDialog::Accepted) {
            close(); // "Quit": nobody works on without the password
            return;
        }
        const auto who = service->signedIn();
        if (!who || who->user.username != m_workspace.currentUser().username) {
            QTimer::singleShot(0, this, &MainWindow::unlock);
            return;
        }
        (void)dialog;
        m_signInOptions.pinnedKey = service->serverKey();
        SignInService::savePinnedKey(m_workspace.actor().deviceId, service->serverKey());
        setServerSession(service->session());
        m_locked = false;
        centralWidget()->show();
        menuBar()->setEnabled(true);
        statusBar()->show();
        for (QWidget *w : std::as_const(m_hiddenByLock)) {
            if (w)
                w->show();
        }
        m_hiddenByLock.clear();
        m_idleLock->setPaused(false);
    });
    dialog->open();
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
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *backup
            = file->addAction(tr("&Back up local data…"), this, &MainWindow::backUpLocalData);
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction *restore
            = file->addAction(tr("&Restore local data…"), this, &MainWindow::restoreLocalData);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction *switchUser = file->addAction(tr("S&witch user…"), this, &MainWindow::chooseUser);
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F12));
    file->addSeparator();
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

    createCaseMenu();

    QMenu *server = menuBar()->addMenu(tr("S&ync"));
    server->setObjectName(QStringLiteral("syncMenu"));
    m_syncNow = server->addAction(tr("Sync &now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Sends this device's cases to the server and fetches updates."));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (!m_sync->status().enrolled) {
            m_rail->setCurrentRow(m_screens->indexOf(m_syncPanel));
            statusBar()->showMessage(tr("This device is not enrolled yet: enroll it first."), 5000);
            return;
        }
        statusBar()->showMessage(tr("Syncing with the server…"), 3000);
        m_sync->syncNow();
    });
    QAction *check = server->addAction(tr("&Check connection now"));
    connect(check, &QAction::triggered, m_probe, &ServerProbe::probeNow);
    QAction *enrollAction = server->addAction(tr("&Enroll this device…"));
    connect(enrollAction, &QAction::triggered, this, &MainWindow::enroll);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OneWindow"), this, [this] {
        QMessageBox::about(this, tr("About OneWindow"),
                           tr("<h3>OneWindow %1</h3><p>Counter software for government service "
                              "halls and township convenience-service points.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
}

// The counter's common actions in one menu. Their keys (F2, F3, F6, F9, Ctrl+P) belong to the
// Go menu and to the screens; here they are shown only (Qt::WidgetShortcut on the menu), so that
// no key has two owners.
void MainWindow::createCaseMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Case"));
    menu->setObjectName(QStringLiteral("caseMenu"));
    const auto entry = [this, menu](const QString &text, const QString &name,
                                    const QKeySequence &key, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // The action that owns a key: the Go menu's (screens, search), not this menu's echo.
    const auto triggerKey = [this](const QKeySequence &key) {
        for (QAction *action : findChildren<QAction *>()) {
            if (action->shortcuts().contains(key) && action->shortcutContext() != Qt::WidgetShortcut
                && action->isEnabled()) {
                action->trigger();
                return;
            }
        }
    };
    for (const auto &[text, name, key] :
         {std::tuple{tr("&New intake"), QStringLiteral("newIntakeAction"), Qt::Key_F2},
          std::tuple{tr("&Search…"), QStringLiteral("searchAction"), Qt::Key_F3},
          std::tuple{tr("&Review queue"), QStringLiteral("reviewAction"), Qt::Key_F6},
          std::tuple{tr("R&elease"), QStringLiteral("releaseAction"), Qt::Key_F9}}) {
        const QKeySequence sequence(key);
        entry(text, name, sequence, [triggerKey, sequence] { triggerKey(sequence); });
    }
    menu->addSeparator();
    entry(tr("&Print…"), QStringLiteral("printAction"), QKeySequence(QKeySequence::Print), [this] {
        // The intake result prints its documents; a case's documents print from its window.
        auto *print = m_intakeScreen->findChild<QPushButton *>(QStringLiteral("printButton"));
        if (m_screens->currentWidget() == m_intakeScreen && print && print->isVisible()
            && print->isEnabled()) {
            print->click();
            return;
        }
        statusBar()->showMessage(tr("Nothing to print here: print from the intake result "
                                    "(Ctrl+P) or from a case's documents (open it from the case "
                                    "list)."),
                                 8000);
    });
}

void MainWindow::openSettings()
{
    QSettings store;
    const ClientPreferences before = ClientSettings::load(
            store, m_workspace.settings().value(LocalSettings::serverUrlKey()));
    SettingsDialog dialog(m_workspace.directory().load().places,
                          DocumentPrinter::availablePrinters(), this);
    dialog.setPreferences(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ClientPreferences after = dialog.preferences();
    if (after == before)
        return;
    ClientSettings::save(store, after);
    // The address and the printer apply at once; the language at the next start.
    if (after.serverUrl != before.serverUrl) {
        m_probe->setBaseUrl(QUrl::fromUserInput(after.serverUrl));
        m_probe->probeNow();
        updateServerStatus();
    }
    DocumentPrinter::setPreferredPrinter(after.printerName);
    if (after.caFile != before.caFile && !after.caFile.isEmpty()) {
        // Added at once; a certificate once trusted stays so until OneWindow starts again.
        if (Status trusted = SyncHttp::trustCaCertificates(after.caFile); !trusted)
            QMessageBox::warning(this, tr("Server certificate"), trusted.error().message);
        m_probe->probeNow();
    }
    m_idleLock->setTimeoutMs(after.idleLockMinutes * 60 * 1000);
    statusBar()->showMessage(dialog.languageChanged()
                                     ? tr("Settings saved. The new language takes effect when "
                                          "OneWindow starts again.")
                                     : tr("Settings saved."),
                             8000);
}

void MainWindow::backUpLocalData()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
            QStringLiteral("onewindow-backup-%1.sqlite")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up local data"), suggested,
                                                      tr("OneWindow backup (*.sqlite)"));
    if (path.isEmpty())
        return;
    // The dialog asked about overwriting; a backup is written to a new file only.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Back up local data"),
                             tr("%1 cannot be replaced. Choose another file.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const Status made
            = SqliteBackup::backup(m_workspace.database()->filePath(), path, localSchema());
    if (!made) {
        QMessageBox::warning(this, tr("Back up local data"), made.error().message);
        return;
    }
    statusBar()->showMessage(
            tr("Local data backed up to %1. Keep the file safe: it holds personal data.")
                    .arg(QDir::toNativeSeparators(path)),
            10000);
}

void MainWindow::restoreLocalData()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore local data"), dir,
                                                      tr("OneWindow backup (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (const Status sound = SqliteBackup::verify(path, localSchema()); !sound) {
        QMessageBox::warning(this, tr("Restore local data"), sound.error().message);
        return;
    }
    const QString live = m_workspace.database()->filePath();
    const QString safety = QFileInfo(live).dir().filePath(
            QStringLiteral("onewindow-before-restore-%1.sqlite")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const auto answer = QMessageBox::question(
            this, tr("Restore local data"),
            tr("Replace all data on this device with the backup %1?\n\nThe data as it is now is "
               "saved first to %2. Cases the server already has come back with the next sync. "
               "OneWindow closes after the restore; start it again.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(safety)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Status restored = SqliteBackup::restore(path, live, localSchema(), safety);
    if (!restored) {
        QMessageBox::warning(this, tr("Restore local data"), restored.error().message);
        return;
    }
    QMessageBox::information(this, tr("Restore local data"),
                             tr("The backup was restored. OneWindow closes now; start it "
                                "again."));
    QApplication::quit();
}

QString MainWindow::practiceText()
{
    return tr("Practice mode: this device is not enrolled yet; nothing done here is valid.");
}

QString MainWindow::practiceSignInNote()
{
    return tr("Practice mode: this device is not enrolled yet. Sign in as one of the demo users "
              "to train; no password is checked because nothing done here is valid. Enroll the "
              "device (Sync → Enroll this device) before real work: its practice data is then "
              "cleared and never reaches the server.");
}

void MainWindow::updateTitle()
{
    const QString place = m_workspace.currentPlace().name;
    setWindowTitle(
            m_practice ? tr("OneWindow — %1 — PRACTICE MODE (not enrolled, not valid)").arg(place)
                       : tr("OneWindow — %1").arg(place));
}

void MainWindow::createStatusBar()
{
    if (m_practice) {
        m_practiceLabel = new QLabel(tr("Practice mode"), this);
        m_practiceLabel->setObjectName(QStringLiteral("practiceStatus"));
        m_practiceLabel->setToolTip(practiceText());
        m_practiceLabel->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
        statusBar()->addPermanentWidget(m_practiceLabel);
    }
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverStatus"));
    m_catalogLabel = new QLabel(this);
    updateUserLabel();
    m_queueLabel = new QLabel(this);
    m_queueLabel->setObjectName(QStringLiteral("syncQueue"));
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(QStringLiteral("syncLast"));
    m_syncErrorLabel = new QLabel(this);
    m_syncErrorLabel->setObjectName(QStringLiteral("syncErrorStatus"));
    m_syncErrorLabel->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_syncErrorLabel->setMaximumWidth(420);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_catalogLabel);
    statusBar()->addPermanentWidget(m_syncErrorLabel);
    statusBar()->addPermanentWidget(m_queueLabel);
    statusBar()->addPermanentWidget(m_lastSyncLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
}

void MainWindow::updateUserLabel()
{
    const User user = m_workspace.currentUser();
    m_userLabel->setText(tr("%1 (%2) · %3")
                                 .arg(user.displayName, Roles::displayName(user.role),
                                      m_workspace.currentPlace().name));
}

void MainWindow::updateSyncStatus(const SyncStatus &status)
{
    m_syncPanel->setStatus(status);
    m_queueLabel->setText(tr("Queued: %1").arg(status.queued));
    m_queueLabel->setToolTip(tr("Changes made here and not yet acknowledged by the server."));
    m_lastSyncLabel->setText(status.enrolled
                                     ? tr("Last sync: %1").arg(SyncPanel::lastSyncText(status))
                                     : tr("Not enrolled"));
    QString error = status.lastError;
    if (status.clockWarning)
        error = tr("Clock differs from the server's by %n minute(s)", nullptr,
                   int(qAbs(status.clockOffsetMs) / 60000));
    const QFontMetrics metrics(m_syncErrorLabel->font());
    m_syncErrorLabel->setText(metrics.elidedText(error, Qt::ElideRight, 400));
    m_syncErrorLabel->setToolTip(status.lastError);
    m_syncErrorLabel->setVisible(!error.isEmpty());
    if (status.syncing) {
        m_serverLabel->setText(tr("● Syncing…"));
        m_serverLabel->setStyleSheet(QStringLiteral("color: #175cd3;"));
    } else {
        updateServerStatus();
    }
}

void MainWindow::enroll()
{
    const std::shared_ptr<Database> database = m_workspace.database();
    // The first enrollment clears the practice work (LocalSyncStore::enroll): the dialog says so
    // before the button is pressed, and the practice session ends with it.
    const bool practice = m_workspace.practiceMode();
    EnrollmentDialog dialog(
            m_sync->serverUrl(),
            [this, database](const QUrl &server, const QString &code) -> Status {
                auto enrolled = SyncEnroller::enroll(
                        database, server, code, QSysInfo::machineHostName(), m_workspace.actor());
                if (!enrolled)
                    return enrolled.error();
                return Status::success();
            },
            this);
    if (practice) {
        if (const auto counts = PracticeMode::count(database->connection());
            counts && !counts->isEmpty())
            dialog.setPracticeData(PracticeMode::describe(counts.value()));
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (practice) {
        // Who works here signed in without a password: real work starts with a real sign-in.
        QMessageBox::information(this, tr("Enroll this device"),
                                 tr("This device is enrolled and its practice data was cleared. "
                                    "OneWindow closes now: start it again and sign in with your "
                                    "own account."));
        QApplication::quit();
        return;
    }
    statusBar()->showMessage(tr("This device is enrolled; sync starts now."), 5000);
    m_sync->refresh();
    m_sync->syncNow();
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
