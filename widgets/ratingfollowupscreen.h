#pragma once

#include "domain/role.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace ow {

class AppealListModel;
class FollowUpListModel;
class RatingStore;
class Workspace;

// The supervisor's screen for bad ratings (好差评): the open follow-ups (回访核实 → 整改 → 反馈)
// with their deadlines in working days, overdue ones flagged, each step recorded with a note;
// and the appeals (申诉复核): the staff member files one on a bad rating of theirs, a supervisor
// upholds or dismisses it. What each role may do comes from the permission matrix. Keyboard:
// Ctrl+1/Ctrl+2 switch lists, Tab to the note, Ctrl+Return records the next step; Alt+A files,
// Alt+U upholds, Alt+D dismisses. No SQL here: RatingStore reads and writes.
class RatingFollowUpScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingFollowUpScreen)
public:
    explicit RatingFollowUpScreen(Workspace &workspace, QWidget *parent = nullptr);
    ~RatingFollowUpScreen() override;

    FollowUpListModel *followUps() const { return m_followUps; }
    AppealListModel *appeals() const { return m_appeals; }

public slots:
    void reload();
    void recordStep();
    void fileAppeal();
    void decideAppeal(bool upheld);

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Role role() const;
    QString selectedFollowUp() const;
    QString selectedAppeal() const;
    void updateButtons();
    void say(const QString &message, bool error);

    Workspace &m_workspace;
    std::unique_ptr<RatingStore> m_store;
    FollowUpListModel *m_followUps = nullptr;
    AppealListModel *m_appeals = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_followUpView = nullptr;
    QTableView *m_appealView = nullptr;
    QLabel *m_summary = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_steps = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_file = nullptr;
    QPushButton *m_uphold = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ow
