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

Result<QJsonObject> CountyClient::get(const QUrl &server, const QString &deviceToken,
                                      const QString &session, const QString &path,
                                      const QUrlQuery &query, int timeoutMs)
{
    SyncHttp http(server);
    http.setToken(deviceToken);
    http.setSession(session);
    http.setTimeoutMs(timeoutMs);
    // One short wait for a busy server; the user can ask again.
    http.setRetryPolicy({1, 500, 2'000});
    const SyncHttpAnswer answer = http.get(path, query);
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
    return answer.body;
}

Result<QList<PlaceFigures>> CountyClient::fetch(const QUrl &server, const QString &deviceToken,
                                                const QString &session,
                                                const StatisticsPeriod &period,
                                                const QString &placeCode, int timeoutMs)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    if (!placeCode.isEmpty())
        query.addQueryItem(QStringLiteral("place"), placeCode);
    const auto body = get(server, deviceToken, session, QStringLiteral("/stats/v1/summary"), query,
                          timeoutMs);
    if (!body)
        return body.error();
    QList<PlaceFigures> places;
    const QJsonValue list = body->value(QStringLiteral("places"));
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

Result<CountyCasePage> CountyClient::fetchCases(const QUrl &server, const QString &deviceToken,
                                                const QString &session, const QString &placeCode,
                                                const QString &figure,
                                                const StatisticsPeriod &period, int offset,
                                                int limit, int timeoutMs)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("place"), placeCode);
    query.addQueryItem(QStringLiteral("figure"), figure);
    query.addQueryItem(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const auto body = get(server, deviceToken, session, QStringLiteral("/stats/v1/cases"), query,
                          timeoutMs);
    if (!body)
        return body.error();
    const auto page = CountyCases::pageFromJson(body.value());
    if (!page)
        return Error{QStringLiteral("county.bad_answer"),
                     tr("The server's answer to the county view could not be read. Tell the IT "
                        "administrator (the server may be of another version)."),
                     {}};
    return *page;
}

std::optional<Error> CountyClient::missingCredentials(QUrl *server, QString *token) const
{
    const auto enrollment = LocalSyncStore(m_database).enrollment();
    if (!enrollment || enrollment->revoked || enrollment->serverUrl.isEmpty())
        return Error{notEnrolledCode(),
                     tr("The county view needs the server, and this device is not enrolled "
                        "with one. The local dashboard (Shift+F4) still works."),
                     {}};
    if (m_session.isEmpty())
        return Error{noSessionCode(),
                     tr("The county view needs a sign-in at the server; this sign-in was "
                        "checked on this device only. Sign in again (File → Switch user) when "
                        "the server can be reached. The local dashboard (Shift+F4) still "
                        "works."),
                     {}};
    *server = QUrl(enrollment->serverUrl);
    *token = enrollment->token;
    return std::nullopt;
}

void CountyClient::run(std::function<void()> work)
{
    ++m_running;
    QThread *thread = QThread::create(std::move(work));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        --m_running;
    });
    thread->start(QThread::LowPriority);
}

void CountyClient::load(const StatisticsPeriod &period, const QString &placeCode)
{
    const quint64 generation = ++m_generation;
    emit started();
    QUrl server;
    QString token;
    if (const auto missing = missingCredentials(&server, &token)) {
        deliver(generation, *missing, period);
        return;
    }
    const QString session = m_session;
    const int timeoutMs = m_timeoutMs;
    run([this, server, token, session, period, placeCode, timeoutMs, generation] {
        const auto result = fetch(server, token, session, period, placeCode, timeoutMs);
        QMetaObject::invokeMethod(
                this, [this, generation, result, period] { deliver(generation, result, period); },
                Qt::QueuedConnection);
    });
}

void CountyClient::loadCases(const QString &placeCode, const QString &figure,
                             const StatisticsPeriod &period, int offset, int limit)
{
    const quint64 generation = ++m_casesGeneration;
    emit casesStarted();
    const auto deliverCases = [this, generation](const Result<CountyCasePage> &result) {
        if (generation != m_casesGeneration)
            return; // a newer request is on its way
        if (result)
            emit casesLoaded(result.value());
        else
            emit casesFailed(result.error());
    };
    QUrl server;
    QString token;
    if (const auto missing = missingCredentials(&server, &token)) {
        deliverCases(*missing);
        return;
    }
    const QString session = m_session;
    const int timeoutMs = m_timeoutMs;
    run([this, server, token, session, placeCode, figure, period, offset, limit, timeoutMs,
         deliverCases] {
        const auto result = fetchCases(server, token, session, placeCode, figure, period, offset,
                                       limit, timeoutMs);
        QMetaObject::invokeMethod(
                this, [deliverCases, result] { deliverCases(result); }, Qt::QueuedConnection);
    });
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
