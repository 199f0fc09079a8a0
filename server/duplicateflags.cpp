// Duplicate applications (issue 5, conflict rules): after a push applied a receipt or an
// acceptance, the server looks for an open case of the same applicant and item at another place
// and flags the pair to both places (entity `case_flag`, docs/sync-protocol.md).

#include "domain/applicant.h"
#include "domain/duplicateapplication.h"
#include "store/caseflagstore.h"
#include "store/casestore.h"
#include "store/pgstatement.h"
#include "store/sqldialect.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace ow {

Status SyncStore::flagDuplicateApplications(const QSqlDatabase &db,
                                            const sync::PushRequest &request,
                                            const sync::PushResponse &response,
                                            const QHash<QString, Case> &touched,
                                            const QDateTime &nowUtc)
{
    QHash<QString, QString> names; // mutation id → name
    for (const sync::PushMutation &m : request.mutations) {
        if (m.name == sync::mutation::caseReceive() || m.name == sync::mutation::caseAccept())
            names.insert(m.id, m.entityId);
    }
    if (names.isEmpty())
        return Status::success();
    QStringList caseIds;
    for (const sync::PushResult &r : response.results) {
        const auto it = names.constFind(r.id);
        if (it != names.constEnd() && r.status == sync::result::applied() && !caseIds.contains(*it))
            caseIds.append(*it);
    }
    // The flags new in this push, published after the search, buckets in name order.
    QMap<QString, QList<DuplicateFlag>> byBucket;
    // PostgreSQL: the other cases of every case in one statement (one round trip per batch
    // instead of one per case); the cases as arrays of their keys.
    std::optional<QHash<QString, QStringList>> othersOf;
    if (sqldialect::isPostgres(db)) {
        std::array<QStringList, 5> columns; // kind, id number, item, place, case id
        for (const QString &caseId : std::as_const(caseIds)) {
            const auto self = touched.constFind(caseId);
            if (self == touched.constEnd() || self->applicant.idNumber.isEmpty())
                continue;
            columns[0].append(ApplicantRules::kindKey(self->applicant.kind));
            columns[1].append(self->applicant.idNumber);
            columns[2].append(self->itemCode);
            columns[3].append(self->placeCode);
            columns[4].append(self->id);
        }
        othersOf.emplace();
        if (!columns[4].isEmpty()) {
            PreparedQuery all(db,
                              QStringLiteral("SELECT s.id, c.id FROM unnest(?::text[], ?::text[],"
                                             " ?::text[], ?::text[], ?::text[])"
                                             " AS s(kind, id_number, item_code, place_code, id)"
                                             " JOIN applicants a ON a.kind = s.kind"
                                             " AND a.id_number = s.id_number"
                                             " JOIN cases c ON c.applicant_id = a.id"
                                             " AND c.item_code = s.item_code"
                                             " AND c.place_code <> s.place_code AND c.id <> s.id"));
            for (const QStringList &column : columns)
                all->addBindValue(pgstatement::textArray(column));
            if (!all->exec())
                return Error{sync::code::dbUnavailable(), QStringLiteral("The database is busy."),
                             all->lastError().text()};
            while (all->next())
                (*othersOf)[all->value(0).toString()].append(all->value(1).toString());
        }
    }
    PreparedQuery candidates(db,
                             QStringLiteral("SELECT c.id FROM cases c JOIN applicants a"
                                            " ON a.id = c.applicant_id WHERE a.kind = ?"
                                            " AND a.id_number = ? AND c.item_code = ?"
                                            " AND c.place_code <> ? AND c.id <> ?"));
    for (const QString &caseId : std::as_const(caseIds)) {
        const auto self = touched.constFind(caseId);
        if (self == touched.constEnd() || self->applicant.idNumber.isEmpty())
            continue;
        QStringList others;
        if (othersOf) {
            others = othersOf->value(self->id);
        } else {
            candidates->addBindValue(ApplicantRules::kindKey(self->applicant.kind));
            candidates->addBindValue(self->applicant.idNumber);
            candidates->addBindValue(self->itemCode);
            candidates->addBindValue(self->placeCode);
            candidates->addBindValue(self->id);
            if (!candidates->exec())
                return Error{sync::code::dbUnavailable(), QStringLiteral("The database is busy."),
                             candidates->lastError().text()};
            while (candidates->next())
                others.append(candidates->value(0).toString());
        }
        for (const QString &otherId : std::as_const(others)) {
            const auto known = touched.constFind(otherId);
            const Result<Case> other
                    = known != touched.constEnd() ? Result<Case>(*known) : m_cases->load(otherId);
            if (!other || !DuplicateApplication::matches(*self, other.value()))
                continue;
            const DuplicateFlag flag = DuplicateApplication::flag(*self, other.value(), nowUtc);
            bool inserted = false;
            if (Status st = CaseFlagStore::write(db, flag, false, &inserted); !st)
                return Error{sync::code::dbUnavailable(), st.error().message, st.error().detail};
            if (!inserted)
                continue; // flagged before (at the receipt, now at the acceptance)
            byBucket[sync::placeBucket(flag.first.placeCode)].append(flag);
            byBucket[sync::placeBucket(flag.second.placeCode)].append(flag);
        }
    }
    for (auto it = byBucket.cbegin(); it != byBucket.cend(); ++it) {
        for (const DuplicateFlag &flag : it.value()) {
            const QByteArray data = QJsonDocument(flag.toJson()).toJson(QJsonDocument::Compact);
            if (Status st
                = appendChange(db, it.key(), DuplicateFlag::entity(), flag.id, 1, data, nowUtc);
                !st)
                return st;
        }
    }
    return Status::success();
}

} // namespace ow
