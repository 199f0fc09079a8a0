#include "practicemode.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

// The append-only guards on practice tables: lifted for the clearing only, inside its
// transaction, and put back before it commits (a rollback restores them too).
const QStringList &guardTriggers()
{
    static const QStringList names{
            QStringLiteral("audit_log_no_delete"),
            QStringLiteral("ratings_no_delete"),
            QStringLiteral("rating_followups_no_delete"),
            QStringLiteral("rating_appeals_no_delete"),
    };
    return names;
}

// Children before parents.
const QStringList &practiceTables()
{
    static const QStringList tables{
            QStringLiteral("case_flags"),
            QStringLiteral("case_materials"),
            QStringLiteral("case_history"),
            QStringLiteral("sync_deferred"),
            QStringLiteral("outbox"),
            QStringLiteral("task_log"),
            QStringLiteral("task_substeps"),
            QStringLiteral("tasks"),
            QStringLiteral("manifest_entries"),
            QStringLiteral("manifests"),
            QStringLiteral("rating_appeals"),
            QStringLiteral("rating_followups"),
            QStringLiteral("ratings"),
            QStringLiteral("cases"),
            QStringLiteral("applicant_name_grams"),
            QStringLiteral("applicants"),
            QStringLiteral("stat_dirty_days"),
            QStringLiteral("stat_daily"),
            QStringLiteral("stat_daily_ratings"),
            QStringLiteral("sync_cursors"),
            QStringLiteral("audit_heads"),
            QStringLiteral("audit_log"),
    };
    return tables;
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return sqlError(PracticeMode::tr("count the practice data"), q.lastError().text());
    return q.value(0).toLongLong();
}

Error clearFailed(const QString &detail)
{
    return sqlError(PracticeMode::tr("clear the practice data"), detail);
}

} // namespace

bool PracticeMode::active(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // A store that cannot be read is not taken for an enrolled one.
    return !q.exec(QStringLiteral("SELECT 1 FROM sync_state WHERE id = 1")) || !q.next();
}

Result<PracticeMode::Counts> PracticeMode::count(const QSqlDatabase &db)
{
    Counts counts;
    const std::pair<QString, qint64 *> wanted[] = {
            {QStringLiteral("cases"), &counts.cases},
            {QStringLiteral("applicants"), &counts.applicants},
            {QStringLiteral("tasks"), &counts.tasks},
            {QStringLiteral("manifests"), &counts.manifests},
            {QStringLiteral("ratings"), &counts.ratings},
            {QStringLiteral("outbox"), &counts.outbox},
            {QStringLiteral("audit_log"), &counts.auditRows},
    };
    for (const auto &[table, into] : wanted) {
        auto n = countRows(db, table);
        if (!n)
            return n.error();
        *into = n.value();
    }
    return counts;
}

QString PracticeMode::describe(const Counts &counts)
{
    return tr("%1 case(s), %2 applicant(s), %3 task(s), %4 manifest(s), %5 rating(s)")
            .arg(counts.cases)
            .arg(counts.applicants)
            .arg(counts.tasks)
            .arg(counts.manifests)
            .arg(counts.ratings);
}

Result<PracticeMode::Counts> PracticeMode::clear(const QSqlDatabase &db)
{
    auto counts = count(db);
    if (!counts)
        return counts.error();
    QSqlQuery q(db);
    QList<QPair<QString, QString>> guards; // name, CREATE TRIGGER statement
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
        return clearFailed(q.lastError().text());
    while (q.next()) {
        if (guardTriggers().contains(q.value(0).toString()))
            guards.append({q.value(0).toString(), q.value(1).toString()});
    }
    q.finish();
    for (const auto &guard : std::as_const(guards)) {
        if (!q.exec(QStringLiteral("DROP TRIGGER ") + guard.first))
            return clearFailed(q.lastError().text());
    }
    for (const QString &table : practiceTables()) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + table))
            return clearFailed(table + QStringLiteral(": ") + q.lastError().text());
    }
    // The outbox numbers the device's first push from 1 again (a push's seq is outbox.seq minus
    // the stream's base), and the audit push starts from the first row written after this.
    if (!q.exec(QStringLiteral("UPDATE audit_sync SET acked_seq = 0"))
        || !q.exec(QStringLiteral(
                "DELETE FROM sqlite_sequence WHERE name IN ('outbox', 'audit_log')")))
        return clearFailed(q.lastError().text());
    for (const auto &guard : std::as_const(guards)) {
        if (!q.exec(guard.second))
            return clearFailed(q.lastError().text());
    }
    return counts;
}

} // namespace ow
