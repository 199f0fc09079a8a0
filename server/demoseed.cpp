#include "demoseed.h"

#include "serverdatabase.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

namespace ow {

namespace {

Error seedError(const QString &message, const QString &detail = {})
{
    return Error{QStringLiteral("demo.failed"), message, detail};
}

// The generated tables, in an order that keeps every reference behind what it refers to.
const char *const seedTables[]
        = {"places",   "users",          "applicants",       "applicant_name_grams",
           "cases",    "case_materials", "case_history",     "tasks",
           "task_log", "ratings",        "rating_followups", "rating_appeals"};

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table))) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
    }
    return columns;
}

// Copies a generated SQLite store's tables into the server database (inside the caller's
// transaction). Places and users the server has already (init --demo) are kept as they are.
// task_log's seq is the server's own (its sequence), in the generated order.
Status copyTables(const QSqlDatabase &from, const QSqlDatabase &to)
{
    for (const char *name : seedTables) {
        const QString table = QString::fromLatin1(name);
        const QStringList target = columnsOf(to, table);
        QStringList columns;
        for (const QString &c : columnsOf(from, table)) {
            if (target.contains(c)
                && !(table == QLatin1String("task_log") && c == QLatin1String("seq")))
                columns.append(c);
        }
        if (columns.isEmpty())
            return seedError(DemoSeed::tr("The server database has no table %1.").arg(table));
        const bool keepExisting
                = table == QLatin1String("places") || table == QLatin1String("users");
        QSqlQuery read(from);
        read.setForwardOnly(true);
        // In the order written (a bundle's parts after their parent); the two WITHOUT ROWID
        // tables in their key's.
        const bool withoutRowid = table == QLatin1String("applicant_name_grams")
                || table == QLatin1String("case_materials");
        if (!read.exec(
                    QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(columns.join(QLatin1String(", ")), table,
                                 withoutRowid ? QStringLiteral("1, 2") : QStringLiteral("rowid"))))
            return seedError(DemoSeed::tr("Cannot read the generated %1.").arg(table),
                             read.lastError().text());
        // Many rows per statement: one round trip per batch, not per row.
        const int perStatement = std::max(1, 4000 / int(columns.size()));
        const QString row = QLatin1Char('(')
                + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
                + QLatin1Char(')');
        const auto insertSql = [&](int rows) -> QString {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                           .arg(table, columns.join(QLatin1String(", ")))
                    + QStringList(rows, row).join(QLatin1Char(','))
                    + (keepExisting ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString());
        };
        QSqlQuery full(to);
        if (!full.prepare(insertSql(perStatement)))
            return seedError(DemoSeed::tr("Cannot save the generated %1.").arg(table),
                             full.lastError().text());
        QVariantList values;
        const auto flush = [&]() -> Status {
            const int rows = int(values.size() / columns.size());
            if (rows == 0)
                return Status::success();
            QSqlQuery partial(to);
            QSqlQuery &q = rows == perStatement ? full : partial;
            if (&q == &partial && !partial.prepare(insertSql(rows)))
                return seedError(DemoSeed::tr("Cannot save the generated %1.").arg(table),
                                 partial.lastError().text());
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values[i]);
            if (!q.exec())
                return seedError(DemoSeed::tr("Cannot save the generated %1.").arg(table),
                                 q.lastError().text());
            values.clear();
            return Status::success();
        };
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                values.append(read.value(i));
            if (values.size() == perStatement * columns.size()) {
                if (Status s = flush(); !s)
                    return s;
            }
        }
        if (Status s = flush(); !s)
            return s;
    }
    return Status::success();
}

Result<bool> holdsCases(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM cases)")) || !q.next())
        return seedError(DemoSeed::tr("Cannot read the server database."), q.lastError().text());
    return q.value(0).toBool();
}

} // namespace

Result<DemoSeedReport> DemoSeed::run(const DatabaseUrl &url, const DemoOptions &options)
{
    DemoSeedReport report;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        {
            // Checked and closed again: the generator writes the file through SQLite's own API.
            auto opened = ServerDatabase::open(url, ServerDatabase::Mode::MustExist);
            if (!opened)
                return opened.error();
        }
        auto generated = DemoGenerator::generate(url.path, options);
        if (!generated)
            return generated.error();
        report.generated = generated.value();
        auto opened = ServerDatabase::open(url, ServerDatabase::Mode::MustExist);
        if (!opened)
            return opened.error();
        auto published = SyncStore(opened.value()).publishSeeded(now);
        if (!published)
            return published.error();
        report.published = published.value();
        return report;
    }

    // PostgreSQL: generated into a SQLite store first (millions of rows through SQLite's own
    // API), then copied over with the change log in one transaction.
    auto opened = ServerDatabase::open(url, ServerDatabase::Mode::MustExist);
    if (!opened)
        return opened.error();
    const QSqlDatabase db = opened.value()->connection();
    auto has = holdsCases(db);
    if (!has)
        return has.error();
    if (has.value())
        return Error{QStringLiteral("demo.not_empty"),
                     DemoGenerator::tr("This database already holds cases: generate demo data "
                                       "into a new store only."),
                     {}};
    QTemporaryDir folder;
    if (!folder.isValid())
        return seedError(tr("Cannot make a temporary folder for the generated data."),
                         folder.errorString());
    const QString path = folder.filePath(QStringLiteral("seed.sqlite"));
    {
        auto workspace = Workspace::open(path);
        if (!workspace)
            return workspace.error();
    }
    auto generated = DemoGenerator::generate(path, options);
    if (!generated)
        return generated.error();
    report.generated = generated.value();
    const QString connection
            = QStringLiteral("demo-seed-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<DemoSeedReport> result = report;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        source.setDatabaseName(path);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.open()) {
            result = seedError(tr("Cannot open the generated data."), source.lastError().text());
        } else {
            WriteTransaction transaction(db);
            if (!transaction.isActive()) {
                result = transaction.error();
            } else if (Status s = copyTables(source, db); !s) {
                result = s.error();
            } else if (auto published = SyncStore(opened.value()).publishSeeded(now); !published) {
                result = published.error();
            } else if (Status c = transaction.commit(); !c) {
                result = c.error();
            } else {
                report.published = published.value();
                result = report;
            }
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace ow
