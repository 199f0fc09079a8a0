#include "databaseurl.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ow {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QLatin1String sqlitePrefix("sqlite:");
    if (trimmed.startsWith(sqlitePrefix)) {
        QString path = trimmed.mid(sqlitePrefix.size());
        // Accept the URL spelling sqlite:///abs/path too.
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2);
        if (path.isEmpty()) {
            return Error{QStringLiteral("config.db_url"),
                         tr("The database \"%1\" names no file. Write sqlite:PATH, for example "
                            "sqlite:/var/lib/onewindow/server.sqlite.")
                                 .arg(text),
                         {}};
        }
        return sqlite(path);
    }
    if (trimmed.startsWith(QLatin1String("postgresql://"))
        || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            return Error{QStringLiteral("config.db_url"),
                         // Not echoed: it may hold a password.
                         tr("The PostgreSQL database URL is not valid. Write "
                            "postgresql://USER@HOST:PORT/DBNAME."),
                         url.errorString()};
        }
        DatabaseUrl db;
        db.kind = Kind::PostgreSql;
        db.url = url;
        return db;
    }
    return Error{QStringLiteral("config.db_url"),
                 tr("The database \"%1\" is not understood. Write sqlite:PATH or "
                    "postgresql://USER@HOST:PORT/DBNAME.")
                         .arg(text),
                 {}};
}

DatabaseUrl DatabaseUrl::sqlite(const QString &filePath)
{
    DatabaseUrl db;
    db.kind = Kind::Sqlite;
    db.path = filePath.isEmpty() ? QString() : QFileInfo(filePath).absoluteFilePath();
    return db;
}

QString DatabaseUrl::defaultText()
{
    const QString fromEnvironment = qEnvironmentVariable("ONEWINDOW_SERVER_DB");
    if (!fromEnvironment.isEmpty()) {
        // A plain path is accepted too.
        if (fromEnvironment.startsWith(QLatin1String("sqlite:"))
            || fromEnvironment.startsWith(QLatin1String("postgres")))
            return fromEnvironment;
        return QStringLiteral("sqlite:") + fromEnvironment;
    }
    return QStringLiteral("sqlite:") + appDataPath();
}

QString DatabaseUrl::appDataPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/server.sqlite");
}

QString DatabaseUrl::toString() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return url.toString(QUrl::RemovePassword);
}

} // namespace ow
