#pragma once

#include "settingsdialog.h"

#include <QString>

class QSettings;

namespace ow {

// Stores the device's ClientPreferences with QSettings (on Linux
// ~/.config/OneWindow/onewindow.conf): the one place that knows the keys.
class ClientSettings final
{
public:
    static QString serverUrlKey() { return QStringLiteral("server/url"); }
    static QString placeKey() { return QStringLiteral("device/place"); }
    static QString printerKey() { return QStringLiteral("printing/printer"); }
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString idleLockKey() { return QStringLiteral("ui/idle_lock_minutes"); }
    static QString offlineDaysKey() { return QStringLiteral("signin/offline_days"); }
    // A PEM file of the CA that signed the county server's certificate (its own CA, or the
    // self-signed certificate itself), trusted besides the system's; empty: the system's only.
    static QString caFileKey() { return QStringLiteral("server/ca_file"); }
    // How long offline sign-in lasts after the last online one: 1 to 7 days (default 7).
    static int offlineDays(const QSettings &settings);
    static QString defaultServerUrl() { return QStringLiteral("http://127.0.0.1:8470"); }

    // Whether any of the settings dialog's choices was ever kept (else: a new device).
    static bool hasPreferences(const QSettings &settings);
    // fallbackServerUrl: where the address came from before settings held one (the local store).
    static ClientPreferences load(const QSettings &settings, const QString &fallbackServerUrl = {});
    static void save(QSettings &settings, const ClientPreferences &preferences);
};

} // namespace ow
