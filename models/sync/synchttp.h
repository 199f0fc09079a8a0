#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace ow {

// One answer of the sync server.
struct SyncHttpAnswer
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QJsonObject body;
    QString errorCode; // body.error.code
    QString errorMessage;
    QDateTime serverTime;      // invalid when the body had none
    qint64 clockOffsetMs = 0;  // server time - local time (valid with serverTime)
    int retryAfterSeconds = 0; // 429, 503
    int retries = 0;           // how many times SyncHttp waited out a 429 or 503 and asked again

    bool ok() const { return status == 200; }
    bool answered() const { return status != 0; }
};

// A small blocking HTTP layer for the sync worker: each call waits (in a local event loop) for
// the answer. Adds the protocol headers, the token and a transfer timeout. Lives in the thread
// that uses it.
//
// The one retry policy of every sync request: a 429 (the server's per-device request limit) and
// a 503 (`db.unavailable`: the database was busy or away, the server rolled back) both mean the
// server did nothing, so the request is sent again after the server's Retry-After (at least
// minWaitMs, at most maxWaitMs), up to maxRetries times; the last answer is returned (with
// `retries`). Nothing else is retried here: what a failure means is the caller's.
class SyncHttp final
{
    Q_DECLARE_TR_FUNCTIONS(SyncHttp)
    Q_DISABLE_COPY_MOVE(SyncHttp)
public:
    explicit SyncHttp(const QUrl &baseUrl);
    ~SyncHttp();

    void setToken(const QString &token) { m_token = token; }
    void setSession(const QString &session) { m_session = session; } // OneWindow-Session
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    struct RetryPolicy
    {
        int maxRetries = 3;
        int minWaitMs = 1'000;
        int maxWaitMs = 5'000;
    };
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    QUrl baseUrl() const { return m_baseUrl; }

    // Trusts the CA certificates in the PEM file `path` for every TLS connection this process
    // makes from now on (besides the system's): a county server whose certificate comes from the
    // county's own CA or is self-signed. The client calls it at start with the setting
    // `server/ca_file`. An unreadable file or one without a certificate is an error and changes
    // nothing.
    static Status trustCaCertificates(const QString &path);
    // The certificates of the PEM file `path`, or why it cannot serve as the CA file (unreadable,
    // or no certificate Qt can parse in it): the one check behind the setting and the trust.
    static Result<QList<QSslCertificate>> readCaCertificates(const QString &path);

    SyncHttpAnswer get(const QString &path, const QUrlQuery &query = {});
    SyncHttpAnswer post(const QString &path, const QJsonObject &body);
    SyncHttpAnswer post(const QString &path, const QByteArray &json);

    // The words for a failed answer, for the status bar ("The server ... refused ...").
    QString describeFailure(const SyncHttpAnswer &answer) const;

private:
    SyncHttpAnswer sendOnce(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &body);
    SyncHttpAnswer send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QString m_token;
    QString m_session;
    int m_timeoutMs = 30'000;
    RetryPolicy m_retry;
};

} // namespace ow
