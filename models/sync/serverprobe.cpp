#include "serverprobe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ow {

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ServerProbe::probeNow);
}

ServerProbe::~ServerProbe()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
    }
}

void ServerProbe::setBaseUrl(const QUrl &baseUrl)
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
        m_pending = nullptr;
    }
    m_baseUrl = baseUrl;
    m_failures = 0;
    m_lastError.clear();
    m_serverVersion.clear();
    m_clockOffsetMs = 0;
    setState(State::Unknown);
    if (m_running)
        probeNow();
}

void ServerProbe::start()
{
    m_running = true;
    probeNow();
}

void ServerProbe::stop()
{
    m_running = false;
    m_timer->stop();
}

int ServerProbe::nextProbeMs() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void ServerProbe::probeNow()
{
    if (m_pending)
        return;
    m_timer->stop();
    if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty()) {
        failWith(tr("No server address is set, or it is not a valid address (\"%1\").")
                         .arg(m_baseUrl.toString()));
        return;
    }
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("health"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_intervals.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(QStringLiteral("OneWindow/") + QStringLiteral(ONEWINDOW_VERSION)));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    const qint64 sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m_pending = m_network->get(request);
    QNetworkReply *reply = m_pending;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sentAtMs] { finished(reply, sentAtMs); });
}

void ServerProbe::finished(QNetworkReply *reply, qint64 sentAtMs)
{
    reply->deleteLater();
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    const qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QString server = m_baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();

    if (status == 503) {
        failWith(tr("The server at %1 answers, but its database is not available. Tell the IT "
                    "administrator.")
                         .arg(server));
        return;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        failWith(tr("The server at %1 refused the connection: it is not running, or the "
                    "address is wrong.")
                         .arg(server));
        return;
    case QNetworkReply::HostNotFoundError:
        failWith(tr("The server name %1 is not known on this network.").arg(m_baseUrl.host()));
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
        failWith(tr("The server at %1 did not answer within %2 seconds.")
                         .arg(server)
                         .arg(m_intervals.timeoutMs / 1000));
        return;
    case QNetworkReply::RemoteHostClosedError:
        failWith(tr("The server at %1 closed the connection.").arg(server));
        return;
    default:
        failWith(tr("The server at %1 cannot be reached: %2").arg(server, reply->errorString()));
        return;
    }

    const QDateTime serverTime = QDateTime::fromString(
            body.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs);
    if (body.value(QStringLiteral("status")).toString() != QLatin1String("ok")
        || !serverTime.isValid()) {
        failWith(tr("The address %1 answers, but not like a OneWindow server. Check the server "
                    "address in the settings.")
                         .arg(server));
        return;
    }
    // The server read its clock about half way through the round trip.
    const qint64 offset = serverTime.toMSecsSinceEpoch() - (sentAtMs + receivedAtMs) / 2;
    succeed(body.value(QStringLiteral("version")).toString(), offset);
}

void ServerProbe::succeed(const QString &version, qint64 offsetMs)
{
    m_failures = 0;
    m_lastError.clear();
    m_serverVersion = version;
    m_clockOffsetMs = offsetMs;
    m_lastContact = QDateTime::currentDateTimeUtc();
    setState(State::Online);
    emit probed();
    scheduleNext();
}

void ServerProbe::failWith(const QString &message)
{
    ++m_failures;
    m_lastError = message;
    setState(State::Offline);
    emit probed();
    scheduleNext();
}

void ServerProbe::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerProbe::scheduleNext()
{
    if (!m_running)
        return;
    int interval = m_intervals.onlineMs;
    if (m_state != State::Online) {
        // 2 s, 4 s, 8 s, ... up to the maximum.
        const int doublings = qBound(0, m_failures - 1, 16);
        interval = int(qMin<qint64>(qint64(m_intervals.offlineFirstMs) << doublings,
                                    m_intervals.offlineMaxMs));
    }
    m_timer->start(interval);
}

} // namespace ow
