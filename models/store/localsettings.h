#pragma once

#include "database.h"

namespace ow {

// Small facts about this device kept in the local store (its id, its place, who works on it).
class LocalSettings final
{
public:
    explicit LocalSettings(std::shared_ptr<Database> database);

    QString value(const QString &key, const QString &fallback = {}) const;
    // Writes inside the caller's transaction when there is one.
    Status setValue(const QString &key, const QString &value);

    static QString deviceIdKey() { return QStringLiteral("device.id"); }
    static QString deviceShortIdKey() { return QStringLiteral("device.short_id"); }
    static QString placeKey() { return QStringLiteral("device.place"); }
    static QString currentUserKey() { return QStringLiteral("session.user"); }
    static QString serverUrlKey() { return QStringLiteral("server.url"); }

private:
    std::shared_ptr<Database> m_database;
};

} // namespace ow
