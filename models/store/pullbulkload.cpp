#include "pullbulkload.h"

#include "database.h"
#include "rawstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

Error failed(const QString &detail)
{
    return sqlError(PullBulkLoad::tr("prepare the pulled cases for searching"), detail);
}

// The tables whose indexes and triggers wait. case_history keeps its index by case: a page
// that brings a newer snapshot of a case replaces that case's history through it.
const char *const kDeferredSql
        = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
          " AND sql IS NOT NULL AND tbl_name IN ('cases', 'applicants', 'applicant_name_grams')"
          " ORDER BY type, name";

QString recorded(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(PullBulkLoad::settingsKey());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace

bool PullBulkLoad::pending(const QSqlDatabase &db)
{
    return !recorded(db).isEmpty();
}

bool PullBulkLoad::eligible(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM cases) AND NOT EXISTS"
                                 " (SELECT 1 FROM outbox WHERE status = 'pending')"))
            && q.next() && q.value(0).toBool();
}

Status PullBulkLoad::begin(const QSqlDatabase &db)
{
    if (pending(db))
        return Status::success();
    QSqlQuery q(db);
    if (!q.exec(QString::fromLatin1(kDeferredSql)))
        return failed(q.lastError().text());
    QJsonArray deferred;
    QStringList drops;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        deferred.append(QJsonObject{{QStringLiteral("type"), type},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("sql"), q.value(2).toString()}});
        drops << (type == QLatin1String("index") ? QStringLiteral("DROP INDEX ")
                                                 : QStringLiteral("DROP TRIGGER "))
                        + name;
    }
    q.finish();
    for (const QString &drop : std::as_const(drops)) {
        if (!q.exec(drop))
            return failed(q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(settingsKey());
    q.addBindValue(QString::fromUtf8(QJsonDocument(deferred).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return failed(q.lastError().text());
    return Status::success();
}

void PullBulkLoad::tune(const QSqlDatabase &db, bool bulk)
{
    if (db.databaseName() == QLatin1String(":memory:"))
        return;
    QSqlQuery q(db);
    // Database::open's settings: FULL, SQLite's default cache.
    (void)q.exec(bulk ? QStringLiteral("PRAGMA synchronous = NORMAL")
                      : QStringLiteral("PRAGMA synchronous = FULL"));
    (void)q.exec(bulk ? QStringLiteral("PRAGMA cache_size = -65536")
                      : QStringLiteral("PRAGMA cache_size = -2000"));
}

Status PullBulkLoad::finish(const QSqlDatabase &db)
{
    const Status built = build(db);
    if (!WriteTransaction::inTransaction(db))
        tune(db, false);
    return built;
}

Status PullBulkLoad::build(const QSqlDatabase &db)
{
    if (!pending(db))
        return Status::success();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QJsonArray deferred
            = QJsonDocument::fromJson(recorded(db).toUtf8()).array(); // read under the lock
    QSqlQuery q(db);

    // The name grams of every applicant (the rule of CaseStore: every two-character run of the
    // simplified, lower-cased name), gathered unordered, then written in key order.
    if (!q.exec(QStringLiteral("DELETE FROM applicant_name_grams"))
        || !q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bulk_grams (gram TEXT NOT NULL,"
                                  " applicant_id TEXT NOT NULL)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.bulk_grams"))) {
        return failed(q.lastError().text());
    }
    {
        sqlite3 *handle = sqliteHandle(db);
        RawStatement names;
        RawStatement gram;
        if (!names.prepare(handle, "SELECT id, name FROM applicants")
            || !gram.prepare(handle,
                             "INSERT INTO temp.bulk_grams (gram, applicant_id)"
                             " VALUES (?, ?)")) {
            return failed(names.error());
        }
        while (names.next()) {
            const QString id = names.text(0);
            const QString n = names.text(1).simplified().toLower();
            for (qsizetype i = 0; i + 1 < n.size(); ++i) {
                if (!gram.bind(n.mid(i, 2)).bind(id).step())
                    return failed(gram.error());
            }
        }
        names.reset();
    }
    if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO applicant_name_grams (gram, applicant_id)"
                               " SELECT gram, applicant_id FROM temp.bulk_grams"
                               " ORDER BY gram, applicant_id"))
        || !q.exec(QStringLiteral("DROP TABLE temp.bulk_grams"))) {
        return failed(q.lastError().text());
    }

    // The indexes (each one sort of its table), then the triggers.
    for (const char *type : {"index", "trigger"}) {
        for (const QJsonValue &v : deferred) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1String(type))
                continue;
            q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
            q.addBindValue(o.value(QStringLiteral("name")).toString());
            if (!q.exec())
                return failed(q.lastError().text());
            const bool exists = q.next();
            q.finish();
            if (!exists && !q.exec(o.value(QStringLiteral("sql")).toString()))
                return failed(q.lastError().text());
        }
    }

    // The cases came without their triggers: every statistics day is rebuilt on the next read
    // (StatisticsRollup, one pass over all days).
    if (!q.exec(QStringLiteral("INSERT INTO stat_dirty_days (day) SELECT 'all' WHERE NOT EXISTS"
                               " (SELECT 1 FROM stat_dirty_days WHERE day = 'all')"))) {
        return failed(q.lastError().text());
    }
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(settingsKey());
    if (!q.exec())
        return failed(q.lastError().text());
    return transaction.commit();
}

} // namespace ow
