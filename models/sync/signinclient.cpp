#include "signinclient.h"

#include "domain/role.h"
#include "domain/totp.h"
#include "store/directorystore.h"
#include "store/localsyncstore.h"
#include "store/offlinesignin.h"
#include "synchttp.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <thread>

namespace ow {

namespace {

bool unreachable(const SyncHttpAnswer &answer)
{
    return !answer.answered() || answer.status >= 500 || answer.status == 429;
}

Error errorOf(const SyncHttpAnswer &answer)
{
    return {answer.errorCode.isEmpty() ? QStringLiteral("auth.failed") : answer.errorCode,
            answer.errorMessage.isEmpty() ? OfflineSignIn::failed().message : answer.errorMessage,
            QString::number(answer.status)};
}

} // namespace

SignInClient::SignInClient(std::shared_ptr<Database> database, SignInOptions options)
    : m_database(std::move(database))
    , m_options(std::move(options))
{
    if (const auto enrollment = LocalSyncStore(m_database).enrollment();
        enrollment && !enrollment->revoked) {
        m_server = QUrl(enrollment->serverUrl);
        m_deviceToken = enrollment->token;
        m_deviceId = enrollment->deviceId;
    } else if (enrollment) {
        m_revoked = true;
    }
}

Result<SignedIn> SignInClient::answerOf(const QJsonObject &body)
{
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    const QString username = user.value(QStringLiteral("username")).toString();
    // The local directory (which sync keeps) gives the full record; the server's word decides.
    auto local = DirectoryStore(m_database).userByName(username);
    const auto role = Roles::fromKey(user.value(QStringLiteral("role")).toString());
    if (!local || !role || local->id != user.value(QStringLiteral("id")).toString())
        return Error{QStringLiteral("signin.directory_stale"),
                     tr("This device does not know user %1 yet. Sync the device (F5) and sign "
                        "in again.")
                             .arg(username),
                     {}};
    local->role = *role;
    local->placeCode = user.value(QStringLiteral("place_code")).toString();
    SignedIn s;
    s.user = *local;
    const QString scope = body.value(QStringLiteral("scope")).toString();
    s.step = scope == QLatin1String("change_password") ? SignInStep::ChangePassword
            : scope == QLatin1String("enroll_totp")    ? SignInStep::EnrollTotp
                                                       : SignInStep::Done;
    m_state = s;
    return s;
}

bool SignInClient::mayNeedSeal(const QString &username, const QString &totpCode) const
{
    if (!totpCode.trimmed().isEmpty())
        return true;
    const auto user = DirectoryStore(m_database).userByName(username);
    return user && Totp::requiredFor(user->role);
}

void SignInClient::rememberCode(const QString &code)
{
    if (const auto step = Totp::verify(m_totpSecret, code, QDateTime::currentDateTimeUtc()))
        m_usedStep = qMax(m_usedStep, *step);
}

void SignInClient::keepGrant()
{
    const QString &verifier = m_verifier;
    if (m_state.step != SignInStep::Done || verifier.isEmpty()
        || !OfflineGrant::allowedFor(m_state.user.role, !m_totpSecret.isEmpty()))
        return;
    SyncHttp http(m_server);
    http.setToken(m_deviceToken);
    http.setSession(m_session);
    http.setTimeoutMs(m_options.timeoutMs);
    const SyncHttpAnswer answer = http.post(QStringLiteral("/auth/v1/offline"),
                                            {{QStringLiteral("verifier"), verifier}});
    if (!answer.ok())
        return;
    const QByteArray key = QByteArray::fromBase64(
            answer.body.value(QStringLiteral("public_key")).toString().toLatin1());
    if (m_options.pinnedKey.isEmpty())
        m_options.pinnedKey = key; // first contact: pin it
    else if (key != m_options.pinnedKey)
        return; // another key than the pinned one: keep no grant
    const Status stored
            = OfflineSignIn(m_database)
                      .store(QByteArray::fromBase64(answer.body.value(QStringLiteral("payload"))
                                                            .toString()
                                                            .toLatin1()),
                             QByteArray::fromBase64(answer.body.value(QStringLiteral("signature"))
                                                            .toString()
                                                            .toLatin1()),
                             verifier, {m_totpSecret, m_sealKey, m_usedStep}, m_options.pinnedKey,
                             m_deviceId, QDateTime::currentDateTimeUtc());
    m_state.grantKept = stored.ok();
}

Result<SignedIn> SignInClient::signIn(const QString &username, const QString &password,
                                      const QString &totpCode)
{
    m_session.clear();
    m_verifier.clear();
    m_sealKey = {};
    m_totpSecret.clear();
    m_pendingSecret.clear();
    m_usedStep = 0;
    if (m_revoked) {
        // A revoked device is not in practice mode: its store holds real work and the real
        // directory. Nobody signs in until it is enrolled again (--enroll, before sign-in).
        return Error{QStringLiteral("auth.device_revoked"),
                     tr("The administrator has revoked this device: nobody can sign in on it. "
                        "Ask the administrator for a new enrollment code and enroll it again."),
                     {}};
    }
    if (m_server.isEmpty()) {
        // Not enrolled: practice mode (PracticeMode) with the demo directory. No password is
        // checked because nothing done here is valid: the practice work is marked on every
        // printout and cleared by the enrollment, before the device's first push.
        auto user = DirectoryStore(m_database).userByName(username);
        if (!user || !user->active)
            return OfflineSignIn::failed();
        SignedIn s;
        s.user = *user;
        s.demo = true;
        m_state = s;
        return s;
    }
    // The verifier (and the sealing key) are hashed here while the server checks the password
    // there.
    QString verifier;
    const int iterations = m_options.verifierIterations;
    std::thread hashing([&verifier, password, iterations] {
        verifier = PasswordHash::hash(password, iterations);
    });
    PasswordBox::Key sealKey;
    std::thread sealing;
    if (mayNeedSeal(username, totpCode))
        sealing = std::thread([&sealKey, password, cost = m_options.sealCost] {
            sealKey = PasswordBox::deriveKey(password, cost);
        });
    SyncHttp http(m_server);
    http.setToken(m_deviceToken);
    http.setTimeoutMs(m_options.timeoutMs);
    QJsonObject body{{QStringLiteral("username"), username.left(64)},
                     {QStringLiteral("password"), password.left(1024)},
                     {QStringLiteral("offline_second_factor"), true}};
    if (!totpCode.trimmed().isEmpty())
        body.insert(QStringLiteral("totp"), totpCode.trimmed());
    const SyncHttpAnswer answer = http.post(QStringLiteral("/auth/v1/login"), body);
    hashing.join();
    if (sealing.joinable())
        sealing.join();
    if (unreachable(answer)) {
        const auto enrollment = LocalSyncStore(m_database).enrollment();
        const auto user = DirectoryStore(m_database).userByName(username);
        const Actor where{QString(), QString(),
                          user ? user->placeCode : (enrollment ? enrollment->placeCode : QString()),
                          enrollment ? enrollment->shortId : QString()};
        auto offline
                = OfflineSignIn(m_database)
                          .signIn(username, password, totpCode, m_options.pinnedKey, m_deviceId,
                                  m_options.offlineDays, where, QDateTime::currentDateTimeUtc());
        if (!offline)
            return offline.error();
        SignedIn s;
        s.user = offline.value();
        s.offline = true;
        m_state = s;
        return s;
    }
    if (!answer.ok())
        return errorOf(answer);
    m_session = answer.body.value(QStringLiteral("token")).toString();
    auto signedIn = answerOf(answer.body);
    if (!signedIn)
        return signedIn;
    m_verifier = verifier;
    m_sealKey = sealKey;
    m_totpSecret = Totp::fromBase32(answer.body.value(QStringLiteral("totp_secret")).toString())
                           .value_or(QByteArray());
    rememberCode(totpCode);
    keepGrant();
    return m_state;
}

Result<SignedIn> SignInClient::changePassword(const QString &oldPassword,
                                              const QString &newPassword)
{
    if (Error e = PasswordHash::checkPolicy(newPassword); e.isError())
        return e;
    QString verifier;
    const int iterations = m_options.verifierIterations;
    std::thread hashing([&verifier, newPassword, iterations] {
        verifier = PasswordHash::hash(newPassword, iterations);
    });
    PasswordBox::Key sealKey;
    std::thread sealing;
    if (!m_totpSecret.isEmpty() || Totp::requiredFor(m_state.user.role))
        sealing = std::thread([&sealKey, newPassword, cost = m_options.sealCost] {
            sealKey = PasswordBox::deriveKey(newPassword, cost);
        });
    SyncHttp http(m_server);
    http.setToken(m_deviceToken);
    http.setSession(m_session);
    http.setTimeoutMs(m_options.timeoutMs);
    const SyncHttpAnswer answer
            = http.post(QStringLiteral("/auth/v1/password"),
                        {{QStringLiteral("old_password"), oldPassword.left(1024)},
                         {QStringLiteral("new_password"), newPassword.left(1024)}});
    hashing.join();
    if (sealing.joinable())
        sealing.join();
    if (!answer.ok())
        return unreachable(answer) ? Error{QStringLiteral("signin.unreachable"),
                                           tr("The server cannot be reached: the new password "
                                              "is not set. Try again when it can."),
                                           {}}
                                   : errorOf(answer);
    auto signedIn = answerOf(answer.body);
    if (!signedIn)
        return signedIn;
    m_verifier = verifier;
    m_sealKey = sealKey;
    keepGrant();
    return m_state;
}

Result<QString> SignInClient::beginTotp()
{
    SyncHttp http(m_server);
    http.setToken(m_deviceToken);
    http.setSession(m_session);
    http.setTimeoutMs(m_options.timeoutMs);
    const SyncHttpAnswer answer = http.post(QStringLiteral("/auth/v1/totp/begin"), QJsonObject{});
    if (!answer.ok())
        return errorOf(answer);
    const QString uri = answer.body.value(QStringLiteral("uri")).toString();
    m_pendingSecret
            = Totp::fromBase32(QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret")))
                      .value_or(QByteArray());
    return uri;
}

Result<SignedIn> SignInClient::confirmTotp(const QString &code)
{
    SyncHttp http(m_server);
    http.setToken(m_deviceToken);
    http.setSession(m_session);
    http.setTimeoutMs(m_options.timeoutMs);
    const SyncHttpAnswer answer = http.post(QStringLiteral("/auth/v1/totp/confirm"),
                                            {{QStringLiteral("code"), code.trimmed().left(16)}});
    if (!answer.ok())
        return errorOf(answer);
    auto signedIn = answerOf(answer.body);
    if (!signedIn)
        return signedIn;
    m_totpSecret = m_pendingSecret;
    m_pendingSecret.clear();
    rememberCode(code);
    keepGrant();
    return m_state;
}

void SignInClient::signOut()
{
    if (m_session.isEmpty() || m_server.isEmpty())
        return;
    SyncHttp http(m_server);
    http.setToken(m_deviceToken);
    http.setSession(m_session);
    http.setTimeoutMs(3000);
    (void)http.post(QStringLiteral("/auth/v1/logout"), QJsonObject{});
    m_session.clear();
}

} // namespace ow
