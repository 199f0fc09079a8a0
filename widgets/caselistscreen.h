#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ow {

class CaseListModel;
class CaseUrgencyProxy;
class Database;
class WorkCalendar;

// The case list (办件): one search box for case numbers, ID numbers and their last digits,
// phone numbers, names and items; filters by status, department and channel; newest first,
// due-soon rows yellow and overdue rows red. Keyboard first: F3 or Ctrl+F searches, Down goes
// into the list, Enter opens the case, Esc clears (F3 and Ctrl+F are the main window's).
class CaseListScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListScreen)
public:
    CaseListScreen(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                   QWidget *parent = nullptr);
    ~CaseListScreen() override;

    CaseListModel *model() const { return m_model; }
    QString currentCaseId() const;
    int visibleCount() const;

public slots:
    void focusSearch();
    // The global search: shows the cases matching `text`.
    void showSearch(const QString &text);
    // Reads the list again (after a case was saved).
    void refresh();

signals:
    void openCase(const QString &caseId);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateCount();

    CaseListModel *m_model = nullptr;
    CaseUrgencyProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace ow
