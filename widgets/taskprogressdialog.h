#pragma once

#include "domain/agenttask.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace ow {

// Asks what was done on a task: the step of the seven-step practice it belongs to (or none),
// the department sub-step it completes (enterprise projects), and a note.
class TaskProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgressDialog)
public:
    TaskProgressDialog(const AgentTask &task, QWidget *parent = nullptr);
    ~TaskProgressDialog() override;

    std::optional<TaskStep> step() const;
    int substep() const; // -1: none
    QString note() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDialogButtonBox *m_buttons = nullptr;
    QComboBox *m_step = nullptr;
    QComboBox *m_substep = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace ow
