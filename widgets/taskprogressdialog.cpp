#include "taskprogressdialog.h"

#include "domain/taskrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ow {

TaskProgressDialog::TaskProgressDialog(const AgentTask &task, QWidget *parent)
    : QDialog(parent)
    , m_step(new QComboBox(this))
    , m_substep(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("taskProgressDialog"));
    setWindowTitle(tr("Add progress"));
    m_step->setObjectName(QStringLiteral("progressStep"));
    m_substep->setObjectName(QStringLiteral("progressSubstep"));
    m_note->setObjectName(QStringLiteral("progressNote"));
    m_note->setTabChangesFocus(true);
    m_step->addItem(tr("(no step)"), -1);
    for (TaskStep s : TaskRules::allSteps()) {
        // Only steps not before the last recorded one; after completion only the last three.
        if (task.lastStep && int(s) < int(*task.lastStep))
            continue;
        if (task.status == TaskStatus::Done && !TaskRules::isPostCompletionStep(s))
            continue;
        m_step->addItem(TaskRules::stepName(s), int(s));
    }
    if (task.status == TaskStatus::Done && m_step->count() > 1)
        m_step->removeItem(0);
    m_substep->addItem(tr("(none)"), -1);
    for (int i = 0; i < task.substeps.size(); ++i) {
        if (!task.substeps[i].done)
            m_substep->addItem(task.substeps[i].departmentCode + QStringLiteral(" · ")
                                       + task.substeps[i].title,
                               i);
    }
    m_substep->setEnabled(m_substep->count() > 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!note().isEmpty()); });
    m_buttons = buttons;
    m_note->installEventFilter(this); // Ctrl+Enter confirms from the text

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Step:"), m_step);
    form->addRow(tr("&Department sub-step:"), m_substep);
    form->addRow(tr("&What was done:"), m_note);
    form->addRow(buttons);
    m_note->setFocus();
    resize(480, 300);
}

TaskProgressDialog::~TaskProgressDialog() = default;

std::optional<TaskStep> TaskProgressDialog::step() const
{
    const int v = m_step->currentData().toInt();
    if (v < 0)
        return std::nullopt;
    return TaskStep(v);
}

int TaskProgressDialog::substep() const
{
    return m_substep->currentData().toInt();
}

QString TaskProgressDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool TaskProgressDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (auto *ok = m_buttons->button(QDialogButtonBox::Ok); ok->isEnabled())
                ok->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ow
