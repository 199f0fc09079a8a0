#include "caseflagstore.h"

#include "domain/caselifecycle.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

std::optional<DuplicateFlag> decode(const QVariant &data)
{
    return DuplicateFlag::fromJson(QJsonDocument::fromJson(data.toString().toUtf8()).object());
}

} // namespace

CaseFlagStore::CaseFlagStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status CaseFlagStore::write(const QSqlDatabase &db, const DuplicateFlag &flag, bool replace,
                            bool *inserted)
{
    if (inserted)
        *inserted = false;
    PreparedQuery q(db,
                    replace ? QStringLiteral("INSERT INTO case_flags (id, first_case, second_case,"
                                             " data, flagged_at) VALUES (?,?,?,?,?) ON CONFLICT"
                                             " (id) DO UPDATE SET first_case = excluded.first_case,"
                                             " second_case = excluded.second_case,"
                                             " data = excluded.data,"
                                             " flagged_at = excluded.flagged_at")
                            : QStringLiteral("INSERT INTO case_flags (id, first_case, second_case,"
                                             " data, flagged_at) VALUES (?,?,?,?,?)"
                                             " ON CONFLICT (id) DO NOTHING"));
    q->addBindValue(flag.id);
    q->addBindValue(flag.first.caseId);
    q->addBindValue(flag.second.caseId);
    q->addBindValue(QString::fromUtf8(QJsonDocument(flag.toJson()).toJson(QJsonDocument::Compact)));
    q->addBindValue(flag.flaggedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q->exec())
        return Error{QStringLiteral("db.error"),
                     tr("The duplicate-application flag could not be "
                        "saved."),
                     q->lastError().text()};
    if (inserted)
        *inserted = q->numRowsAffected() > 0;
    return Status::success();
}

bool CaseFlagStore::isOpen(const DuplicateFlag &flag) const
{
    PreparedQuery q(m_database->connection(),
                    QStringLiteral("SELECT state FROM cases WHERE id IN (?, ?)"));
    q->addBindValue(flag.first.caseId);
    q->addBindValue(flag.second.caseId);
    if (!q->exec())
        return false;
    bool open = true;
    while (q->next()) {
        const auto state = CaseLifecycle::stateFromKey(q->value(0).toString());
        if (state && !CaseLifecycle::isOpen(*state))
            open = false;
    }
    return open;
}

QList<DuplicateFlag> CaseFlagStore::flagsFor(const QString &caseId) const
{
    QList<DuplicateFlag> flags;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM case_flags WHERE first_case = ? OR second_case = ?"
                             " ORDER BY flagged_at DESC"));
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    if (!q.exec())
        return flags;
    while (q.next()) {
        if (auto f = decode(q.value(0)); f && isOpen(*f))
            flags.append(*f);
    }
    return flags;
}

QHash<QString, DuplicateFlag> CaseFlagStore::flagsAmong(const QStringList &caseIds) const
{
    QHash<QString, DuplicateFlag> found;
    if (caseIds.isEmpty())
        return found;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    // Nearly always empty: one probe of each index per case, all in one statement.
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < caseIds.size(); ++i)
        placeholders += QStringLiteral(",?");
    q.prepare(QStringLiteral("SELECT data FROM case_flags WHERE first_case IN (%1)"
                             " OR second_case IN (%1)")
                      .arg(placeholders));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &id : caseIds)
            q.addBindValue(id);
    }
    if (!q.exec())
        return found;
    const QSet<QString> wanted(caseIds.cbegin(), caseIds.cend());
    while (q.next()) {
        const auto f = decode(q.value(0));
        if (!f || !isOpen(*f))
            continue;
        for (const QString &id : {f->first.caseId, f->second.caseId}) {
            if (wanted.contains(id) && !found.contains(id))
                found.insert(id, *f);
        }
    }
    return found;
}

QList<DuplicateFlag> CaseFlagStore::openFlags(int limit) const
{
    QList<DuplicateFlag> flags;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM case_flags f WHERE EXISTS (SELECT 1 FROM cases c"
                             " WHERE c.id IN (f.first_case, f.second_case))"
                             " ORDER BY flagged_at DESC, id"));
    if (!q.exec())
        return flags;
    while (q.next() && flags.size() < limit) {
        if (auto f = decode(q.value(0)); f && isOpen(*f))
            flags.append(*f);
    }
    return flags;
}

} // namespace ow
