#include "signinservice.h"

#include <QMutexLocker>
#include <QSettings>

namespace ow {

SignInService::SignInService(std::shared_ptr<Database> database, SignInOptions options)
    : m_database(std::move(database))
    , m_client(m_database, std::move(options))
{ }

template<typename Work>
auto SignInService::inWorker(Work work)
{
    QMutexLocker lock(&m_mutex);
    // A connection of this thread's own: the main one belongs to the GUI thread.
    auto own = m_database->reopen();
    if (!own) {
        Result<SignedIn> failed = own.error();
        return failed;
    }
    m_client.setDatabase(own.value());
    Result<SignedIn> result = work();
    m_client.setDatabase(m_database);
    return result;
}

SignInReply SignInService::replyOf(const Result<SignedIn> &result)
{
    SignInReply reply;
    if (!result) {
        reply.message = result.error().message;
        return reply;
    }
    switch (result->step) {
    case SignInStep::Done:
        reply.next = SignInReply::Next::Done;
        break;
    case SignInStep::ChangePassword:
        reply.next = SignInReply::Next::ChangePassword;
        break;
    case SignInStep::EnrollTotp:
        reply.next = SignInReply::Next::EnrollTotp;
        break;
    }
    reply.offline = result->offline;
    if (result->step == SignInStep::Done) {
        QMutexLocker lock(&m_mutex);
        m_signedIn = result.value();
    }
    return reply;
}

SignInReply SignInService::signIn(const QString &username, const QString &password,
                                  const QString &code)
{
    return replyOf(inWorker([&] { return m_client.signIn(username, password, code); }));
}

SignInReply SignInService::changePassword(const QString &oldPassword, const QString &newPassword)
{
    return replyOf(inWorker([&] { return m_client.changePassword(oldPassword, newPassword); }));
}

SignInReply SignInService::beginTotp()
{
    SignInReply reply;
    QMutexLocker lock(&m_mutex);
    const auto uri = m_client.beginTotp(); // network only, no store
    if (!uri) {
        reply.message = uri.error().message;
        return reply;
    }
    reply.next = SignInReply::Next::ShowQr;
    reply.otpUri = uri.value();
    return reply;
}

SignInReply SignInService::confirmTotp(const QString &code)
{
    return replyOf(inWorker([&] { return m_client.confirmTotp(code); }));
}

std::optional<SignedIn> SignInService::signedIn() const
{
    QMutexLocker lock(&m_mutex);
    return m_signedIn;
}

QString SignInService::session() const
{
    QMutexLocker lock(&m_mutex);
    return m_signedIn && !m_signedIn->offline ? m_client.session() : QString();
}

QByteArray SignInService::serverKey() const
{
    QMutexLocker lock(&m_mutex);
    return m_client.serverKey();
}

void SignInService::signOut()
{
    QMutexLocker lock(&m_mutex);
    m_client.signOut();
    m_signedIn.reset();
}

QByteArray SignInService::loadPinnedKey(const QString &deviceId)
{
    return QByteArray::fromBase64(
            QSettings().value(QStringLiteral("signin/server_key/") + deviceId).toByteArray());
}

void SignInService::savePinnedKey(const QString &deviceId, const QByteArray &key)
{
    if (deviceId.isEmpty() || key.isEmpty())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("signin/server_key/") + deviceId, key.toBase64());
    settings.sync();
}

} // namespace ow
