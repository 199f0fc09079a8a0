#include "enrollmentdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

EnrollmentDialog::EnrollmentDialog(const QUrl &server, Enroll enroll, QWidget *parent)
    : QDialog(parent)
    , m_enroll(std::move(enroll))
    , m_server(new QLineEdit(server.toString(), this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_practiceWarning(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    setWindowTitle(tr("Enroll this device"));
    m_server->setObjectName(QStringLiteral("enrollServer"));
    m_code->setObjectName(QStringLiteral("enrollCode"));
    m_code->setPlaceholderText(tr("e.g. ABCD-EFGH-JKLM-NPQR"));
    m_message->setObjectName(QStringLiteral("enrollMessage"));
    m_message->setWordWrap(true);
    auto *intro = new QLabel(tr("To send its work to the county's server, this device must be "
                                "enrolled once. Ask the administrator for a one-time code "
                                "(valid 7 days). Until then the device works in practice "
                                "mode: for training only, nothing done on it is valid."),
                             this);
    m_practiceWarning->setObjectName(QStringLiteral("enrollPracticeWarning"));
    m_practiceWarning->setWordWrap(true);
    m_practiceWarning->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    m_practiceWarning->hide();
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_server);
    form->addRow(tr("One-time &code:"), m_code);
    QPushButton *ok = m_buttons->addButton(tr("&Enroll"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("enrollOk"));
    m_buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_practiceWarning);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &EnrollmentDialog::updateState);
    connect(m_code, &QLineEdit::textChanged, this, &EnrollmentDialog::updateState);
    m_code->setFocus();
    resize(480, sizeHint().height());
    updateState();
}

QUrl EnrollmentDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString EnrollmentDialog::code() const
{
    return m_code->text().trimmed();
}

void EnrollmentDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

QString EnrollmentDialog::practiceWarning(const QString &summary)
{
    return tr("The practice data on this device will be cleared when it enrolls (%1): none of "
              "it is sent to the server.")
            .arg(summary);
}

void EnrollmentDialog::setPracticeData(const QString &summary)
{
    m_practiceWarning->setText(practiceWarning(summary));
    m_practiceWarning->setVisible(!summary.isEmpty());
    if (!summary.isEmpty())
        m_buttons->buttons().constFirst()->setText(tr("&Enroll and clear practice data"));
    resize(width(), sizeHint().height());
}

void EnrollmentDialog::updateState()
{
    m_buttons->buttons().constFirst()->setEnabled(!code().isEmpty()
                                                  && !m_server->text().trimmed().isEmpty());
}

void EnrollmentDialog::accept()
{
    m_message->setText(tr("Enrolling…"));
    m_message->setStyleSheet(QString());
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_enroll(server(), code());
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!s) {
        m_message->setText(s.error().message);
        m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_code->setFocus();
        m_code->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace ow
