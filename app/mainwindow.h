#pragma once

#include "domain/permissions.h"
#include "domain/result.h"
#include "sync/signinclient.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ow {

class CaseListScreen;
class DeadlineSweeper;
class IdleLock;
class CatalogBrowser;
class CaseStore;
class CatalogItemModel;
class CountyScreen;
class DashboardScreen;
class RatingStore;
class IntakeScreen;
class ServerProbe;
class SyncClient;
class SyncIssueModel;
class SyncPanel;
struct SyncStatus;
class TaskBoardScreen;
class Workspace;

// Composes the screens and the actions; holds no rule of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Workspace &workspace, const QUrl &serverUrl, QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogBrowser *catalogBrowser() const { return m_catalogBrowser; }
    CaseListScreen *caseListScreen() const { return m_caseList; }
    IntakeScreen *intakeScreen() const { return m_intakeScreen; }
    ServerProbe *serverProbe() const { return m_probe; }
    SyncClient *syncClient() const { return m_sync; }
    SyncPanel *syncPanel() const { return m_syncPanel; }
    DeadlineSweeper *deadlineSweeper() const { return m_sweeper; }
    // Switches who works on this device; the status bar and the title follow. Only after a
    // sign-in (SignInDialog): the dialog checks the password.
    Status switchUser(const QString &username);
    // Practice mode (Workspace::practiceMode) as the window shows it: the banner, the title, the
    // status bar label, the sign-in note.
    bool practiceMode() const { return m_practice; }
    static QString practiceText();
    static QString practiceSignInNote();
    // How sign-in works on this device (File → Switch user, the idle lock).
    void setSignInOptions(const SignInOptions &options) { m_signInOptions = options; }
    // File → Switch user: the sign-in dialog (opened, not exec'd).
    void chooseUser();
    // Hides every screen and asks the current user's password (after the idle time).
    void lockScreen();
    bool isLocked() const { return m_locked; }
    IdleLock *idleLock() const { return m_idleLock; }
    TaskBoardScreen *taskBoard() const { return m_taskBoard; }
    // Sync → Sync now (F5).
    QAction *syncNowAction() const { return m_syncNow; }

    // File menu: the settings dialog, backup and restore of the local database.
    void openSettings();
    void backUpLocalData();
    void restoreLocalData();
    DashboardScreen *dashboard() const { return m_dashboard; }
    CountyScreen *countyScreen() const { return m_county; }
    // The signed-in user's server session (empty after an offline sign-in): what the screens
    // that ask the server for more than sync (the county view) send with their requests.
    void setServerSession(const QString &session);

private:
    void addScreen(QWidget *screen, const QString &title, const QKeySequence &shortcut);
    template<typename Screen>
    void addCountedScreen(Screen *screen, const QString &title, const QKeySequence &shortcut);
    void createMenus();
    void createCaseMenu();
    void createStatusBar();
    void updateUserLabel();
    void updateTitle();
    // Shows the screens whose work the current user's role may do (Permissions), hides the rest.
    void applyRole();
    void unlock();
    void updateServerStatus();
    void updateSyncStatus(const SyncStatus &status);
    void enroll();
    void reloadCatalog();
    void openCase(const QString &caseId);
    void offerRating(const QString &caseId, const QString &itemName);

    Workspace &m_workspace;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<RatingStore> m_ratings;
    CatalogItemModel *m_catalogModel = nullptr;
    IntakeScreen *m_intakeScreen = nullptr;
    CatalogBrowser *m_catalogBrowser = nullptr;
    CaseListScreen *m_caseList = nullptr;
    SyncClient *m_sync = nullptr;
    DashboardScreen *m_dashboard = nullptr;
    CountyScreen *m_county = nullptr;
    ServerProbe *m_probe = nullptr;
    SyncIssueModel *m_syncIssues = nullptr;
    SyncPanel *m_syncPanel = nullptr;
    TaskBoardScreen *m_taskBoard = nullptr;
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_screens = nullptr;
    DeadlineSweeper *m_sweeper = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QLabel *m_queueLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_syncErrorLabel = nullptr;
    QList<QAction *> m_screenActions;
    QHash<QWidget *, QList<Action>> m_screenNeeds; // a screen is shown if the role may do any
    QAction *m_syncNow = nullptr;
    IdleLock *m_idleLock = nullptr;
    SignInOptions m_signInOptions;
    bool m_locked = false;
    bool m_practice = false;
    QLabel *m_practiceBanner = nullptr;
    QLabel *m_practiceLabel = nullptr;
    QList<QPointer<QWidget>> m_hiddenByLock;
};

} // namespace ow
