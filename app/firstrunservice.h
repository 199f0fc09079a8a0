#pragma once

#include "domain/actor.h"
#include "firstrunwizard.h"
#include "store/database.h"

#include <QCoreApplication>

#include <memory>

class QSettings;

namespace ow {

// The first-run wizard's work (FirstRunBackend): GET /health, the enrollment (SyncEnroller, on
// the wizard's worker thread with a connection of its own) and keeping the choices in QSettings
// through ClientSettings, the keys the settings dialog uses.
class FirstRunService final : public FirstRunBackend
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunService)
public:
    FirstRunService(std::shared_ptr<Database> database, Actor actor, QSettings &settings);

    QString checkServer(const QUrl &server) override;
    Result<QString> enroll(const QUrl &server, const QString &code) override;
    void save(const ClientPreferences &preferences) override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QSettings &m_settings;
    int m_timeoutMs = 5000;
};

} // namespace ow
