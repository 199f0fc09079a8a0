#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ow {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, int maxLength,
                           QWidget *parent)
    : QDialog(parent)
    , m_maxLength(maxLength)
    , m_text(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("reasonText"));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_count->setAlignment(Qt::AlignRight);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    resize(480, 260);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ReasonDialog::~ReasonDialog() = default;

QString ReasonDialog::reason() const
{
    return m_text->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &text)
{
    m_text->setPlainText(text);
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title,
                                         const QString &prompt, int maxLength)
{
    ReasonDialog dialog(title, prompt, maxLength, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReasonDialog::updateState()
{
    QString text = m_text->toPlainText();
    if (text.size() > m_maxLength) {
        // Pasted or typed past the limit: keep the first m_maxLength characters.
        const QSignalBlocker blocker(m_text);
        text.truncate(m_maxLength);
        m_text->setPlainText(text);
        m_text->moveCursor(QTextCursor::End);
    }
    m_count->setText(tr("%1 / %2").arg(text.size()).arg(m_maxLength));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
}

} // namespace ow
