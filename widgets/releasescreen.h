#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class CaseDetailView;
class CaseQueueModel;
class CaseQueues;
class CaseStore;
class Workspace;

// 统一窗口出件: the results held at this place. The clerk scans or types the case number (or
// picks it from the list), types the recipient's ID number and releases (F9), or records that
// the result was posted (邮寄送达). A bundle lists every part's outcome, and releasing its main
// case hands over every part's result with it. When the case was accepted today the clerk may
// say the applicant never left (马上办): the release then adds no trip; posting never does.
class ReleaseScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseScreen)
public:
    explicit ReleaseScreen(Workspace &workspace, QWidget *parent = nullptr);
    ~ReleaseScreen() override;

    void reload();
    int count() const;
    CaseDetailView *detail() const { return m_detail; }
    CaseQueueModel *model() const { return m_model; }
    // Finds a case by its number (scanned or typed) and opens it; false with a message if none.
    bool openNumber(const QString &number);
    bool release();       // to the person whose ID number was typed
    bool releaseByMail(); // 邮寄送达
    // Offered only for a case accepted today; checked: this release is in the visit of
    // acceptance and adds no trip.
    QCheckBox *sameVisit() const { return m_sameVisit; }
    QString message() const;

signals:
    void countChanged(int count);
    void statusMessage(const QString &message);
    // A result was handed over at the counter: the applicant may rate the visit (好差评).
    void releasedAtCounter(const QString &caseId, const QString &itemName);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openCurrent();
    void caseOpened();
    void showMessage(const QString &text, bool error);
    int releasedParts() const;

    Workspace &m_workspace;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<CaseQueues> m_queues;
    CaseQueueModel *m_model = nullptr;
    QLineEdit *m_number = nullptr;
    QTableView *m_table = nullptr;
    CaseDetailView *m_detail = nullptr;
    QLabel *m_parts = nullptr;
    QLineEdit *m_recipient = nullptr;
    QCheckBox *m_sameVisit = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_mail = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ow
