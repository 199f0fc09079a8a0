#include "synchttp.h"

#include "refusalwording.h"
#include "store/database.h"
#include "syncprotocol.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

namespace ow {

SyncHttp::SyncHttp(const QUrl &baseUrl)
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_baseUrl(baseUrl)
{ }

SyncHttp::~SyncHttp() = default;

Result<QList<QSslCertificate>> SyncHttp::readCaCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
                QStringLiteral("tls.ca_file"),
                tr("The CA certificate file %1 cannot be read: %2.").arg(path, file.errorString()),
                path};
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error{QStringLiteral("tls.ca_file"),
                     tr("The file %1 holds no certificate in PEM form (a text file with "
                        "\"-----BEGIN CERTIFICATE-----\").")
                             .arg(path),
                     path};
    return certificates;
}

Status SyncHttp::trustCaCertificates(const QString &path)
{
    auto certificates = readCaCertificates(path);
    if (!certificates)
        return certificates.error();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates.value());
    QSslConfiguration::setDefaultConfiguration(configuration);
    return {};
}

SyncHttpAnswer SyncHttp::get(const QString &path, const QUrlQuery &query)
{
    return send(QByteArrayLiteral("GET"), path, query, {});
}

SyncHttpAnswer SyncHttp::post(const QString &path, const QJsonObject &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SyncHttpAnswer SyncHttp::post(const QString &path, const QByteArray &json)
{
    return send(QByteArrayLiteral("POST"), path, {}, json);
}

SyncHttpAnswer SyncHttp::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body)
{
    SyncHttpAnswer answer = sendOnce(method, path, query, body);
    const auto retryable
            = [](const SyncHttpAnswer &a) { return a.status == 429 || a.status == 503; };
    for (int retry = 1; retryable(answer) && retry <= m_retry.maxRetries; ++retry) {
        const qint64 asked = qint64(answer.retryAfterSeconds) * 1000;
        const qint64 low = m_retry.minWaitMs;
        const qint64 high = qMax(m_retry.minWaitMs, m_retry.maxWaitMs);
        QThread::msleep(ulong(qBound(low, asked, high)));
        answer = sendOnce(method, path, query, body);
        answer.retries = retry;
    }
    return answer;
}

SyncHttpAnswer SyncHttp::sendOnce(const QByteArray &method, const QString &path,
                                  const QUrlQuery &query, const QByteArray &body)
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader(sync::header::protocol(), QByteArray::number(sync::protocolVersion));
    request.setRawHeader(sync::header::schema(), QByteArray::number(Database::schemaVersion()));
    if (!m_token.isEmpty())
        request.setRawHeader(sync::header::authorization(),
                             QByteArrayLiteral("Bearer ") + m_token.toLatin1());
    if (!m_session.isEmpty())
        request.setRawHeader(sync::header::session(), m_session.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(QStringLiteral("OneWindow/") + QStringLiteral(ONEWINDOW_VERSION)));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    const qint64 sentAtMs = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply
            = method == "GET" ? m_network->get(request) : m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reply->isFinished()) {
        // The thread is quitting (the application closes): give up on this request.
        QObject::disconnect(reply, nullptr, &loop, nullptr);
        reply->abort();
    }
    const qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch();

    SyncHttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.networkError = reply->error();
    answer.networkErrorText = reply->errorString();
    const QByteArray data = reply->readAll();
    QJsonParseError parsed;
    answer.body = QJsonDocument::fromJson(data, &parsed).object();
    if (answer.status == 200
        && (answer.networkError != QNetworkReply::NoError
            || parsed.error != QJsonParseError::NoError)) {
        // The connection broke in the middle of the answer: no answer, not a wrong one.
        answer.status = 0;
        if (answer.networkError == QNetworkReply::NoError) {
            answer.networkError = QNetworkReply::ProtocolFailure;
            answer.networkErrorText = parsed.errorString();
        }
    }
    answer.retryAfterSeconds = reply->rawHeader(sync::header::retryAfter()).toInt();
    reply->deleteLater();
    const QJsonObject error = answer.body.value(QStringLiteral("error")).toObject();
    answer.errorCode = error.value(QStringLiteral("code")).toString();
    answer.errorMessage = error.value(QStringLiteral("message")).toString();
    answer.serverTime
            = sync::parseTime(answer.body.value(QStringLiteral("server_time")).toString());
    if (answer.serverTime.isValid()) {
        // The server read its clock about half way through the round trip.
        answer.clockOffsetMs
                = answer.serverTime.toMSecsSinceEpoch() - (sentAtMs + receivedAtMs) / 2;
    }
    return answer;
}

QString SyncHttp::describeFailure(const SyncHttpAnswer &a) const
{
    const QString server = m_baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    if (!a.answered()) {
        switch (a.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("The server at %1 refused the connection: it is not running, or the "
                      "address is wrong. Work goes on here; changes wait in the queue.")
                    .arg(server);
        case QNetworkReply::HostNotFoundError:
            return tr("The server name %1 is not known on this network. Work goes on here; "
                      "changes wait in the queue.")
                    .arg(m_baseUrl.host());
        case QNetworkReply::SslHandshakeFailedError:
            return tr("The server at %1 shows a certificate this computer does not trust (%2). "
                      "Nothing was sent. Tell the IT administrator: the county's CA certificate "
                      "goes in the settings (CA certificate file). Work goes on here; changes "
                      "wait in the queue.")
                    .arg(server, a.networkErrorText);
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return tr("The server at %1 did not answer in time. Work goes on here; changes "
                      "wait in the queue.")
                    .arg(server);
        default:
            return tr("The server at %1 cannot be reached (%2). Work goes on here; changes wait "
                      "in the queue.")
                    .arg(server, a.networkErrorText);
        }
    }
    if (a.status == 503)
        return tr("The server's database is not available. Changes wait in the queue; tell the "
                  "IT administrator if this lasts.");
    if (a.status == 429)
        return tr("The server is busy with this device's requests. Sync tries again shortly.");
    if (const QString words = RefusalWording::text(a.errorCode); !words.isEmpty())
        return words + QStringLiteral(" (") + a.errorCode + QLatin1Char(')');
    if (!a.errorCode.isEmpty())
        return RefusalWording::reason(a.errorCode, a.errorMessage);
    return tr("The server answered with an error (HTTP %1). Tell the IT administrator.")
            .arg(a.status);
}

} // namespace ow
