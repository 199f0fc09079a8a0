#include "signindialog.h"

#include "domain/passwordhash.h"
#include "qrcode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ow {

namespace {

enum Page { SignInPage, PasswordPage, TotpPage };

QLineEdit *passwordField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(1024);
    return edit;
}

QLineEdit *codeField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(6);
    edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,6}")), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    return edit;
}

} // namespace

SignInDialog::SignInDialog(SignInBackend &backend, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_mode(mode)
    , m_pages(new QWidget(this))
    , m_message(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("Screen locked") : tr("Sign in to OneWindow"));

    // Page 1: who signs in.
    auto *signInPage = new QWidget(m_pages);
    m_username = new QLineEdit(signInPage);
    m_username->setObjectName(QStringLiteral("signInUsername"));
    m_username->setMaxLength(64);
    m_password = passwordField(signInPage, QStringLiteral("signInPassword"));
    m_code = codeField(signInPage, QStringLiteral("signInCode"));
    m_code->setPlaceholderText(tr("only if you use an authenticator app"));
    auto *intro = new QLabel(mode == Mode::Unlock
                                     ? tr("The screen was locked after a while without use. "
                                          "Enter your password to go on, or sign in as "
                                          "someone else from the File menu afterwards.")
                                     : tr("Sign in with your user name and password."),
                             signInPage);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&One-time code:"), m_code);
    auto *signInLayout = new QVBoxLayout(signInPage);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    signInLayout->addWidget(intro);
    signInLayout->addLayout(form);
    m_pageList.append(signInPage);

    // Page 2: the first sign-in's new password.
    auto *passwordPage = new QWidget(m_pages);
    m_newPassword = passwordField(passwordPage, QStringLiteral("newPassword"));
    m_repeatPassword = passwordField(passwordPage, QStringLiteral("repeatPassword"));
    auto *passwordIntro = new QLabel(
            tr("This is your first sign-in: choose a new password. It needs at least %n "
               "characters from three of: lower-case letters, capitals, digits, other signs.",
               nullptr, PasswordHash::minimumLength()),
            passwordPage);
    passwordIntro->setWordWrap(true);
    auto *passwordForm = new QFormLayout;
    passwordForm->addRow(tr("&New password:"), m_newPassword);
    passwordForm->addRow(tr("&Repeat it:"), m_repeatPassword);
    auto *passwordLayout = new QVBoxLayout(passwordPage);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(passwordIntro);
    passwordLayout->addLayout(passwordForm);
    m_pageList.append(passwordPage);

    // Page 3: the second factor (TOTP) with its QR code.
    auto *totpPage = new QWidget(m_pages);
    auto *totpIntro = new QLabel(
            tr("Your role signs in with a second factor. Scan this code with an authenticator "
               "app on your phone (or type the key below into it), then enter the 6-digit code "
               "it shows."),
            totpPage);
    totpIntro->setWordWrap(true);
    m_qr = new QLabel(totpPage);
    m_qr->setObjectName(QStringLiteral("totpQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(220, 220);
    m_secret = new QLineEdit(totpPage);
    m_secret->setObjectName(QStringLiteral("totpSecret"));
    m_secret->setReadOnly(true);
    m_totpCode = codeField(totpPage, QStringLiteral("totpCode"));
    auto *totpForm = new QFormLayout;
    totpForm->addRow(tr("&Key:"), m_secret);
    totpForm->addRow(tr("&Code shown:"), m_totpCode);
    auto *totpLayout = new QVBoxLayout(totpPage);
    totpLayout->setContentsMargins(0, 0, 0, 0);
    totpLayout->addWidget(totpIntro);
    totpLayout->addWidget(m_qr, 1);
    totpLayout->addLayout(totpForm);
    m_pageList.append(totpPage);
    auto *pagesLayout = new QVBoxLayout(m_pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *page : std::as_const(m_pageList))
        pagesLayout->addWidget(page);

    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_note->setObjectName(QStringLiteral("signInNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("signInOk"));
    m_ok->setDefault(true);
    QPushButton *cancel
            = buttons->addButton(mode == Mode::Unlock ? tr("&Quit OneWindow") : tr("&Cancel"),
                                 QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("signInCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    showPage(SignInPage);
}

SignInDialog::~SignInDialog()
{
    // A worker still running holds a reference to this dialog's backend: wait for it.
    if (auto *thread = qobject_cast<QThread *>(m_worker)) {
        thread->wait();
        delete thread;
    }
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (m_mode == Mode::Unlock)
        m_username->setReadOnly(true);
    showPage(SignInPage);
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

void SignInDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void SignInDialog::showPage(int page)
{
    // Only the page shown takes room: each page has its own height (the QR code's page is much
    // taller than the others). Hidden widgets take no room in a box layout.
    m_page = page;
    for (int i = 0; i < m_pageList.size(); ++i)
        m_pageList[i]->setVisible(i == page);
    if (QLayout *own = layout())
        own->activate();
    adjustSize();
    switch (page) {
    case SignInPage:
        m_ok->setText(m_mode == Mode::Unlock ? tr("&Unlock") : tr("&Sign in"));
        if (m_username->text().isEmpty())
            m_username->setFocus();
        else
            m_password->setFocus();
        break;
    case PasswordPage:
        m_ok->setText(tr("Set &password"));
        m_newPassword->setFocus();
        break;
    default:
        m_ok->setText(tr("C&onfirm"));
        m_totpCode->setFocus();
        break;
    }
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    if (busy)
        m_message->setText(tr("Checking…"));
    emit busyChanged(busy);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    switch (m_page) {
    case SignInPage: {
        const QString name = username();
        if (name.isEmpty() || m_password->text().isEmpty()) {
            m_message->setText(tr("Enter your user name and password."));
            (name.isEmpty() ? m_username : m_password)->setFocus();
            return;
        }
        m_currentPassword = m_password->text();
        const QString password = m_currentPassword;
        const QString code = m_code->text();
        m_password->clear();
        run([this, name, password, code] { return m_backend.signIn(name, password, code); });
        return;
    }
    case PasswordPage: {
        if (m_newPassword->text() != m_repeatPassword->text()) {
            m_message->setText(tr("The two new passwords differ: type the same one twice."));
            m_repeatPassword->clear();
            m_repeatPassword->setFocus();
            return;
        }
        if (const Error e = PasswordHash::checkPolicy(m_newPassword->text()); e.isError()) {
            m_message->setText(e.message);
            m_newPassword->setFocus();
            return;
        }
        const QString oldPassword = m_currentPassword;
        const QString newPassword = m_newPassword->text();
        run([this, oldPassword, newPassword] {
            return m_backend.changePassword(oldPassword, newPassword);
        });
        return;
    }
    default: {
        const QString code = m_totpCode->text();
        if (code.size() != 6) {
            m_message->setText(tr("Enter the 6-digit code the authenticator app shows."));
            m_totpCode->setFocus();
            return;
        }
        run([this, code] { return m_backend.confirmTotp(code); });
        return;
    }
    }
}

void SignInDialog::run(std::function<SignInReply()> work)
{
    setBusy(true);
    auto *reply = new SignInReply;
    QThread *thread = QThread::create([work, reply] { *reply = work(); });
    m_worker = thread;
    connect(thread, &QThread::finished, this, [this, thread, reply] {
        m_worker = nullptr;
        thread->deleteLater();
        const SignInReply answer = *reply;
        delete reply;
        setBusy(false);
        handle(answer);
    });
    thread->start();
}

void SignInDialog::handle(const SignInReply &reply)
{
    m_message->clear();
    switch (reply.next) {
    case SignInReply::Next::Done:
        m_offline = reply.offline;
        m_currentPassword.clear();
        accept();
        return;
    case SignInReply::Next::ChangePassword:
        m_message->setText(reply.message);
        showPage(PasswordPage);
        return;
    case SignInReply::Next::EnrollTotp:
        m_currentPassword.clear();
        run([this] { return m_backend.beginTotp(); });
        return;
    case SignInReply::Next::ShowQr:
        showQr(reply.otpUri);
        showPage(TotpPage);
        return;
    case SignInReply::Next::Failed:
        break;
    }
    m_message->setText(reply.message);
    switch (m_page) {
    case SignInPage:
        m_password->setFocus();
        break;
    case PasswordPage:
        m_newPassword->selectAll();
        m_newPassword->setFocus();
        break;
    default:
        m_totpCode->selectAll();
        m_totpCode->setFocus();
        break;
    }
}

void SignInDialog::showQr(const QString &uri)
{
    const QrCode code = QrCode::encode(uri);
    QPixmap pixmap(220, 220);
    pixmap.fill(Qt::white);
    if (!code.isNull()) {
        QPainter painter(&pixmap);
        code.paint(&painter, QRectF(0, 0, 220, 220));
    }
    m_qr->setPixmap(pixmap);
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_secret->setText(QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret")));
}

} // namespace ow
