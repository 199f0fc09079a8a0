#include "firstrunservice.h"

#include "clientsettings.h"
#include "sync/syncengine.h"
#include "sync/synchttp.h"
#include "sync/syncprotocol.h"

#include <QSettings>
#include <QSysInfo>

namespace ow {

FirstRunService::FirstRunService(std::shared_ptr<Database> database, Actor actor,
                                 QSettings &settings)
    : m_database(std::move(database))
    , m_actor(std::move(actor))
    , m_settings(settings)
{ }

QString FirstRunService::checkServer(const QUrl &server)
{
    SyncHttp http(server);
    http.setTimeoutMs(m_timeoutMs);
    http.setRetryPolicy({0, 0, 0});
    const SyncHttpAnswer answer = http.get(sync::path::health());
    if (!answer.answered()) {
        switch (answer.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("the connection was refused (the server is not running there, or the "
                      "address or port is wrong).");
        case QNetworkReply::HostNotFoundError:
            return tr("the name %1 is not known on this network.").arg(server.host());
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return tr("no answer within %n seconds.", nullptr, m_timeoutMs / 1000);
        default:
            return answer.networkErrorText;
        }
    }
    if (!answer.ok()
        || answer.body.value(QStringLiteral("status")).toString() != QLatin1String("ok"))
        return tr("something answered (HTTP %1), but not a OneWindow server that is ready.")
                .arg(answer.status);
    return {};
}

Result<QString> FirstRunService::enroll(const QUrl &server, const QString &code)
{
    // This runs on the wizard's worker thread: a connection of its own.
    auto own = m_database->reopen();
    if (!own)
        return own.error();
    auto enrolled
            = SyncEnroller::enroll(own.value(), server, code, QSysInfo::machineHostName(), m_actor);
    if (!enrolled)
        return enrolled.error();
    return enrolled->placeCode;
}

void FirstRunService::save(const ClientPreferences &preferences)
{
    ClientSettings::save(m_settings, preferences);
}

} // namespace ow
