#include "taskhandoverdialog.h"

#include "domain/taskrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ow {

TaskHandoverDialog::TaskHandoverDialog(const QList<User> &agents, QWidget *parent)
    : QDialog(parent)
    , m_agent(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("taskHandoverDialog"));
    setWindowTitle(tr("Hand the task over"));
    m_agent->setObjectName(QStringLiteral("handoverAgent"));
    m_reason->setObjectName(QStringLiteral("handoverReason"));
    m_reason->setTabChangesFocus(true);
    for (const User &u : agents)
        m_agent->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, Roles::displayName(u.role)),
                         u.id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] { ok->setEnabled(!agentId().isEmpty() && !reason().isEmpty()); };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    update();
    m_buttons = buttons;
    m_reason->installEventFilter(this); // Ctrl+Enter confirms from the text
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("&Reason (required):"), m_reason);
    form->addRow(buttons);
    m_agent->setFocus();
    resize(440, 240);
}

TaskHandoverDialog::~TaskHandoverDialog() = default;

QString TaskHandoverDialog::agentId() const
{
    return m_agent->currentData().toString();
}

QString TaskHandoverDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool TaskHandoverDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
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
