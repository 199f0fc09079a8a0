#pragma once

#include "signindialog.h"
#include "sync/signinclient.h"

#include <QCoreApplication>
#include <QMutex>

#include <memory>
#include <optional>

namespace ow {

// The sign-in dialog's work (SignInBackend) over SignInClient: each call runs on the dialog's
// worker thread with its own connection to the local store.
class SignInService final : public SignInBackend
{
    Q_DECLARE_TR_FUNCTIONS(SignInService)
public:
    SignInService(std::shared_ptr<Database> database, SignInOptions options);

    SignInReply signIn(const QString &username, const QString &password,
                       const QString &code) override;
    SignInReply changePassword(const QString &oldPassword, const QString &newPassword) override;
    SignInReply beginTotp() override;
    SignInReply confirmTotp(const QString &code) override;

    bool enrolled() const { return m_client.enrolled(); }
    // Who signed in (after a Done answer).
    std::optional<SignedIn> signedIn() const;
    QByteArray serverKey() const;
    // The server session of the sign-in (OneWindow-Session); empty offline or not enrolled.
    QString session() const;
    void signOut();

    // The pinned server key in QSettings (outside the local database, which it protects).
    static QByteArray loadPinnedKey(const QString &deviceId);
    static void savePinnedKey(const QString &deviceId, const QByteArray &key);

private:
    SignInReply replyOf(const Result<SignedIn> &result);
    template<typename Work>
    auto inWorker(Work work);

    std::shared_ptr<Database> m_database;
    SignInClient m_client;
    std::optional<SignedIn> m_signedIn;
    mutable QMutex m_mutex;
};

} // namespace ow
