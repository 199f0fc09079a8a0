#pragma once

#include "domain/agenttask.h"
#include "store/taskboard.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTabBar;
class QTableView;
class QTextBrowser;
class QTimer;

namespace ow {

class TaskBoardModel;
class TaskStore;
class Workspace;

// The help-agent task board (帮办代办): the open pool of my place, mine, claimed by others, near
// due, done; claim, release, hand over, progress, complete and return from the keyboard. The
// store judges every act (TaskRules) and the screen shows what it says. New tasks given to me
// and my tasks near due are announced in the banner and the status bar.
class TaskBoardScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskBoardScreen)
public:
    explicit TaskBoardScreen(Workspace &workspace, QWidget *parent = nullptr);
    ~TaskBoardScreen() override;

    void setClock(std::function<QDateTime()> clock); // tests fix the moment of the act
    void reload();
    void showView(BoardView view);
    BoardView currentView() const;
    int count() const; // my open tasks: the rail shows it
    TaskBoardModel *model() const { return m_model; }
    QString currentTaskId() const;
    bool selectTask(const QString &taskId);
    QString detailText() const;
    QString errorText() const;
    QString bannerText() const;

    // The acts, as the buttons make them; the texts are asked for unless given (tests).
    bool claim();
    bool release(const std::optional<QString> &reason = std::nullopt);
    bool handOver(const QString &toUserId = {}, const std::optional<QString> &reason = {});
    bool addProgress(const std::optional<QString> &note = std::nullopt,
                     std::optional<TaskStep> step = std::nullopt, int substep = -1);
    bool complete(const std::optional<QString> &outcome = std::nullopt);
    bool returnTask(const std::optional<QString> &reason = std::nullopt);
    bool newTask(); // asks for the task in a dialog
    // Looks for tasks given to me and mine near due; announces what is new.
    void checkNotices();

signals:
    void countChanged(int count);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool act(TaskEvent event, const QString &text, std::optional<TaskStep> step = {},
             int substep = -1, const QString &target = {});
    void showCurrent();
    void updateTabs();
    BoardScope scope() const;
    QDate today() const;

    Workspace &m_workspace;
    std::unique_ptr<TaskStore> m_tasks;
    std::unique_ptr<TaskBoard> m_board;
    std::function<QDateTime()> m_clock;
    std::optional<AgentTask> m_task;
    qint64 m_seenNotice = -1;

    TaskBoardModel *m_model = nullptr;
    QTabBar *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_handover = nullptr;
    QPushButton *m_progress = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_new = nullptr;
    QTimer *m_noticeTimer = nullptr;
};

} // namespace ow
