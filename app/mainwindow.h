#pragma once

#include <QMainWindow>
#include <QUrl>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ow {

class CaseListScreen;
class CatalogBrowser;
class CaseStore;
class CatalogItemModel;
class DashboardScreen;
class RatingStore;
class IntakeScreen;
class ServerProbe;
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
    DashboardScreen *dashboard() const { return m_dashboard; }

private:
    void addScreen(QWidget *screen, const QString &title, const QKeySequence &shortcut);
    template<typename Screen>
    void addCountedScreen(Screen *screen, const QString &title, const QKeySequence &shortcut);
    void createMenus();
    void createStatusBar();
    void updateServerStatus();
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
    DashboardScreen *m_dashboard = nullptr;
    ServerProbe *m_probe = nullptr;
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_screens = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QList<QAction *> m_screenActions;
};

} // namespace ow
