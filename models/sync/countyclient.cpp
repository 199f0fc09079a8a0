#include "countyclient.h"

#include "refusalwording.h"
#include "store/localsyncstore.h"
#include "synchttp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

namespace ow {

CountyClient::CountyClient(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{ }

CountyClient::~CountyClient()
{
    waitForIdle();
}

void CountyClient::waitForIdle()
{
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    QCoreApplication::sendPostedEvents(this);
}

Result<QList<PlaceFigures>> CountyClient::fetch(const QUrl &server, const QString &deviceToken,
                                                const QString &session,
                                                const StatisticsPeriod &period,
                                                const QString &placeCode, int timeoutMs)
{
    SyncHttp http(server);
    http.setToken(deviceToken);
    http.setSession(session);
    http.setTimeoutMs(timeoutMs);
    // One short wait for a busy server; the user can ask again.
    http.setRetryPolicy({1, 500, 2'000});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    if (!placeCode.isEmpty())
        query.addQueryItem(QStringLiteral("place"), placeCode);
    const SyncHttpAnswer answer = http.get(QStringLiteral("/stats/v1/summary"), query);
    if (!answer.answered())
        return Error{offlineCode(),
                     tr("The county view needs the server, which cannot be reached now. The "
                        "local dashboard (Shift+F4) still works."),
                     http.describeFailure(answer)};
    if (answer.status == 401)
        return Error{answer.errorCode.isEmpty() ? noSessionCode() : answer.errorCode,
                     tr("The server does not know your sign-in any more (it expired or ended). "
                        "Sign in again (File → Switch user) to see the county view."),
                     RefusalWording::detail(answer.errorCode, answer.errorMessage)};
    if (!answer.ok())
        return Error{answer.errorCode.isEmpty() ? QStringLiteral("http.%1").arg(answer.status)
                                                : answer.errorCode,
                     http.describeFailure(answer),
                     RefusalWording::detail(answer.errorCode, answer.errorMessage)};
    QList<PlaceFigures> places;
    const QJsonValue list = answer.body.value(QStringLiteral("places"));
    bool readable = list.isArray();
    for (const QJsonValue &v : list.toArray()) {
        const auto place = StatisticsDefinitions::placeFromJson(v.toObject());
        if (!place) {
            readable = false;
            break;
        }
        places.append(*place);
    }
    if (!readable)
        return Error{QStringLiteral("county.bad_answer"),
                     tr("The server's answer to the county view could not be read. Tell the IT "
                        "administrator (the server may be of another version)."),
                     {}};
    return places;
}

void CountyClient::load(const StatisticsPeriod &period, const QString &placeCode)
{
    const quint64 generation = ++m_generation;
    emit started();
    const auto enrollment = LocalSyncStore(m_database).enrollment();
    if (!enrollment || enrollment->revoked || enrollment->serverUrl.isEmpty()) {
        deliver(generation,
                Error{notEnrolledCode(),
                      tr("The county view needs the server, and this device is not enrolled "
                         "with one. The local dashboard (Shift+F4) still works."),
                      {}},
                period);
        return;
    }
    if (m_session.isEmpty()) {
        deliver(generation,
                Error{noSessionCode(),
                      tr("The county view needs a sign-in at the server; this sign-in was "
                         "checked on this device only. Sign in again (File → Switch user) when "
                         "the server can be reached. The local dashboard (Shift+F4) still "
                         "works."),
                      {}},
                period);
        return;
    }
    ++m_running;
    const QUrl server(enrollment->serverUrl);
    const QString token = enrollment->token;
    const QString session = m_session;
    const int timeoutMs = m_timeoutMs;
    QThread *thread = QThread::create([this, server, token, session, period, placeCode, timeoutMs,
                                       generation] {
        const auto result = fetch(server, token, session, period, placeCode, timeoutMs);
        QMetaObject::invokeMethod(
                this, [this, generation, result, period] { deliver(generation, result, period); },
                Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        --m_running;
    });
    thread->start(QThread::LowPriority);
}

void CountyClient::deliver(quint64 generation, const Result<QList<PlaceFigures>> &result,
                           const StatisticsPeriod &period)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    if (result)
        emit loaded(result.value(), period);
    else
        emit failed(result.error());
}

} // namespace ow
