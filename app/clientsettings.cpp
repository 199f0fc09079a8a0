#include "clientsettings.h"

#include "domain/offlinegrant.h"

#include <QSettings>

namespace ow {

ClientPreferences ClientSettings::load(const QSettings &settings, const QString &fallbackServerUrl)
{
    ClientPreferences p;
    p.serverUrl = settings.value(serverUrlKey()).toString();
    if (p.serverUrl.isEmpty())
        p.serverUrl = fallbackServerUrl.isEmpty() ? defaultServerUrl() : fallbackServerUrl;
    p.placeCode = settings.value(placeKey()).toString();
    p.printerName = settings.value(printerKey()).toString();
    p.language = settings.value(languageKey()).toString();
    p.caFile = settings.value(caFileKey()).toString();
    bool ok = false;
    const int minutes = settings.value(idleLockKey()).toInt(&ok);
    if (ok && minutes >= 0 && minutes <= SettingsDialog::maxIdleLockMinutes())
        p.idleLockMinutes = minutes;
    return p;
}

bool ClientSettings::hasPreferences(const QSettings &settings)
{
    for (const QString &key :
         {serverUrlKey(), placeKey(), printerKey(), languageKey(), idleLockKey(), caFileKey()}) {
        if (settings.contains(key))
            return true;
    }
    return false;
}

int ClientSettings::offlineDays(const QSettings &settings)
{
    bool ok = false;
    const int days = settings.value(offlineDaysKey()).toInt(&ok);
    return ok ? qBound(1, days, OfflineGrant::maxValidDays) : OfflineGrant::maxValidDays;
}

void ClientSettings::save(QSettings &settings, const ClientPreferences &p)
{
    settings.setValue(serverUrlKey(), p.serverUrl);
    settings.setValue(placeKey(), p.placeCode);
    settings.setValue(printerKey(), p.printerName);
    settings.setValue(languageKey(), p.language);
    settings.setValue(idleLockKey(), p.idleLockMinutes);
    if (p.caFile.isEmpty())
        settings.remove(caFileKey());
    else
        settings.setValue(caFileKey(), p.caFile);
    settings.sync();
}

} // namespace ow
