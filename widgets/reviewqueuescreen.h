#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace ow {

class CaseDetailView;
class CaseQueueModel;
class CaseQueues;
class CaseStore;
class Workspace;

// 后台分类审批: the cases routed to the approver's department at their hall, in review or
// suspended, the earliest due first; the chosen one opens in the detail beside the list, where
// approve, deny, suspend and resume are a key away.
class ReviewQueueScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueScreen)
public:
    explicit ReviewQueueScreen(Workspace &workspace, QWidget *parent = nullptr);
    ~ReviewQueueScreen() override;

    void reload();
    int count() const;
    CaseDetailView *detail() const { return m_detail; }
    CaseQueueModel *model() const { return m_model; }
    // Chooses the case in the list and opens it; false when it is not in the queue.
    bool selectCase(const QString &caseId);

signals:
    void countChanged(int count);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openCurrent();

    Workspace &m_workspace;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<CaseQueues> m_queues;
    CaseQueueModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QTableView *m_table = nullptr;
    CaseDetailView *m_detail = nullptr;
};

} // namespace ow
