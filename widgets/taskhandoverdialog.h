#pragma once

#include "domain/directory.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace ow {

// Asks whom to hand a task over to (an agent of its place) and why; both are required.
class TaskHandoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskHandoverDialog)
public:
    TaskHandoverDialog(const QList<User> &agents, QWidget *parent = nullptr);
    ~TaskHandoverDialog() override;

    QString agentId() const;
    QString reason() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDialogButtonBox *m_buttons = nullptr;
    QComboBox *m_agent = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace ow
