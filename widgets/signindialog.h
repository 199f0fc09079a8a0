#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

// What the sign-in work answered (the app wires it to the server and the local store).
struct SignInReply
{
    enum class Next {
        Done,           // signed in
        ChangePassword, // first sign-in: choose a new password
        EnrollTotp,     // set up the second factor
        ShowQr,         // beginTotp's answer: otpUri holds the otpauth:// URI
        Failed,         // message says what to do
    };
    Next next = Next::Failed;
    QString message;
    QString otpUri;
    bool offline = false;
};

// The slow, blocking work behind the dialog (network, password hashing). The dialog runs each
// call on a worker thread and stays responsive meanwhile.
class SignInBackend
{
public:
    virtual ~SignInBackend() = default;
    virtual SignInReply signIn(const QString &username, const QString &password,
                               const QString &code)
            = 0;
    virtual SignInReply changePassword(const QString &oldPassword, const QString &newPassword) = 0;
    virtual SignInReply beginTotp() = 0;
    virtual SignInReply confirmTotp(const QString &code) = 0;
};

// Sign-in at start, on "switch user" and to unlock an idle screen: user name, password and, for
// those who set up an authenticator (required for supervisor, auditor, admin), its 6-digit code.
// Then, when the server asks: a new password at the first sign-in (the policy's words), and the
// enrollment of the second factor with a QR code. Keyboard only: Enter moves on, Esc cancels.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    enum class Mode { SignIn, Unlock };

    SignInDialog(SignInBackend &backend, Mode mode, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setUsername(const QString &username);
    QString username() const;
    bool signedInOffline() const { return m_offline; }
    // A sentence under the fields, e.g. that the device is not enrolled yet.
    void setNote(const QString &note);
    // True while a call runs on the worker thread (tests wait for it).
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);

private:
    void submit();
    void run(std::function<SignInReply()> work);
    void handle(const SignInReply &reply);
    void showPage(int page);
    void setBusy(bool busy);
    void showQr(const QString &uri);

    SignInBackend &m_backend;
    Mode m_mode;
    // The pages: only the current one is visible, so the dialog takes that page's height (a
    // QStackedWidget takes the tallest page's height for wrapped text).
    QWidget *m_pages = nullptr;
    QList<QWidget *> m_pageList;
    int m_page = 0;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeatPassword = nullptr;
    QLabel *m_qr = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_totpCode = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_currentPassword; // kept only while the dialog needs it for the password change
    bool m_offline = false;
    bool m_busy = false;
    QObject *m_worker = nullptr;
};

} // namespace ow
