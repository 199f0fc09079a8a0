#pragma once

#include "domain/countycases.h"
#include "domain/result.h"
#include "domain/statistics.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace ow {

class Database;

// The county view's figures from the server (GET /stats/v1/summary, docs/statistics.md): every
// place's counts for a period, asked with this device's token and the signed-in user's session
// (OneWindow-Session), parsed into the PlaceFigures the definitions share with the server. The
// request runs on a worker thread (SyncHttp in a local event loop) and the answer comes back on
// the thread that asked; an answer overtaken by a newer request is dropped. Failures come in
// the user's words: the server cannot be reached, no sign-in at the server, a role without the
// right (RefusalWording), a server error.
class CountyClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountyClient)
public:
    explicit CountyClient(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~CountyClient() override;

    // The signed-in user's server session (empty: signed in offline or not enrolled).
    void setSession(const QString &session) { m_session = session; }
    QString session() const { return m_session; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Asks for the period's figures of every place (`placeCode`: that place and its township
    // points only).
    void load(const StatisticsPeriod &period, const QString &placeCode = {});
    bool isBusy() const { return m_running > 0; }
    void waitForIdle(); // tests, shutdown

    // The request itself, blocking (any thread).
    static Result<QList<PlaceFigures>> fetch(const QUrl &server, const QString &deviceToken,
                                             const QString &session, const StatisticsPeriod &period,
                                             const QString &placeCode, int timeoutMs);

    // One place's cases behind a figure (GET /stats/v1/cases): the page from `offset`. The
    // answer comes as casesLoaded or casesFailed; a newer request drops an older one's answer.
    void loadCases(const QString &placeCode, const QString &figure, const StatisticsPeriod &period,
                   int offset, int limit = CountyCases::defaultLimit);
    static Result<CountyCasePage> fetchCases(const QUrl &server, const QString &deviceToken,
                                             const QString &session, const QString &placeCode,
                                             const QString &figure, const StatisticsPeriod &period,
                                             int offset, int limit, int timeoutMs);

    // Error codes of the failures found here (the server's own codes pass through).
    static QString offlineCode() { return QStringLiteral("county.offline"); }
    static QString notEnrolledCode() { return QStringLiteral("county.not_enrolled"); }
    static QString noSessionCode() { return QStringLiteral("county.no_session"); }

signals:
    void started();
    void loaded(const QList<ow::PlaceFigures> &places, const ow::StatisticsPeriod &period);
    void failed(const ow::Error &error);
    void casesStarted();
    void casesLoaded(const ow::CountyCasePage &page);
    void casesFailed(const ow::Error &error);

private:
    // GET `path` with the device's token and the session: the answer's body, or the failure in
    // the user's words.
    static Result<QJsonObject> get(const QUrl &server, const QString &deviceToken,
                                   const QString &session, const QString &path,
                                   const QUrlQuery &query, int timeoutMs);
    // The enrollment and session a request needs, or why there are none.
    std::optional<Error> missingCredentials(QUrl *server, QString *token) const;
    void run(std::function<void()> work);
    void deliver(quint64 generation, const Result<QList<PlaceFigures>> &result,
                 const StatisticsPeriod &period);

    std::shared_ptr<Database> m_database;
    QString m_session;
    int m_timeoutMs = 30'000;
    quint64 m_generation = 0;
    quint64 m_casesGeneration = 0;
    int m_running = 0;
    QList<class QThread *> m_threads;
};

} // namespace ow
