#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ow {

// Where the server keeps its data, as operators write it: "sqlite:/var/lib/onewindow/server.sqlite"
// (or "sqlite:relative/path"), or "postgresql://user@host:5432/dbname". The one place that
// reads these strings.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    enum class Kind { Sqlite, PostgreSql };

    Kind kind = Kind::Sqlite;
    QString path; // Sqlite: the file, made absolute
    QUrl url;     // PostgreSql: the whole URL

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &filePath);

    // $ONEWINDOW_SERVER_DB when set, else <AppDataLocation>/server.sqlite.
    static QString environmentVariable() { return QStringLiteral("ONEWINDOW_SERVER_DB"); }
    static QString defaultText();
    static QString appDataPath(); // <AppDataLocation>/server.sqlite

    QString toString() const; // as parse() reads it; a PostgreSQL password is left out
};

} // namespace ow
