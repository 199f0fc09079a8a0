#include "entitysync.h"

#include "domain/case.h"
#include "store/auditlog.h"
#include "store/directorystore.h"
#include "store/manifeststore.h"
#include "store/ratingstore.h"
#include "store/taskstore.h"

#include <QSqlError>

namespace ow {

namespace {

using namespace sync;

Error notEntity(const QString &field)
{
    return invalidField(field, QStringLiteral("not the entity_id"));
}

Error rejected(const QString &code, const QString &message)
{
    return {code, message, {}};
}

} // namespace

EntitySync::EntitySync(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                       std::shared_ptr<ChangeJournal> journal)
    : m_database(std::move(database))
    , m_calendar(calendar)
    , m_journal(std::move(journal))
    , m_tasks(std::make_unique<TaskStore>(m_database, m_calendar))
    , m_manifests(std::make_unique<ManifestStore>(m_database))
{
    m_tasks->setJournal(m_journal);
    m_manifests->setJournal(m_journal);
}

EntitySync::~EntitySync() = default;

bool EntitySync::handles(const QString &name)
{
    const QString entity = mutation::entityOf(name);
    return entity == entity::task() || entity == entity::manifest() || entity == entity::rating();
}

Status EntitySync::validate(const PushMutation &m)
{
    const QString entity = mutation::entityOf(m.name);
    if (m.name == mutation::taskCreate()) {
        auto t = taskFromJson(m.payload, QStringLiteral("payload."));
        if (!t)
            return t.error();
        if (t->id != m.entityId)
            return notEntity(QStringLiteral("payload.id"));
        if (t->status != TaskStatus::Open)
            return invalidField(QStringLiteral("payload.status"), QStringLiteral("not open"));
        if (m.baseVersion != 0)
            return invalidField(QStringLiteral("base_version"), QStringLiteral("not 0"));
        return Status::success();
    }
    if (entity == entity::task()) {
        auto p = TaskEventPayload::fromJson(m.payload);
        if (!p)
            return p.error();
        if (p->taskId != m.entityId)
            return notEntity(QStringLiteral("payload.task_id"));
        if (mutation::taskEvent(p->event) != m.name)
            return invalidField(QStringLiteral("payload.event"),
                                QStringLiteral("not the event of %1").arg(m.name));
        return Status::success();
    }
    if (m.name == mutation::manifestSend()) {
        auto manifest = manifestFromJson(m.payload, QStringLiteral("payload."));
        if (!manifest)
            return manifest.error();
        if (manifest->id != m.entityId)
            return notEntity(QStringLiteral("payload.id"));
        if (manifest->status != ManifestStatus::Sent)
            return invalidField(QStringLiteral("payload.status"), QStringLiteral("not sent"));
        return Status::success();
    }
    if (m.name == mutation::manifestReceive()) {
        auto p = ManifestReceivePayload::fromJson(m.payload);
        if (!p)
            return p.error();
        if (p->manifestId != m.entityId)
            return notEntity(QStringLiteral("payload.manifest_id"));
        return Status::success();
    }
    if (m.name == mutation::ratingAdd()) {
        auto r = ratingFromJson(m.payload, QStringLiteral("payload."));
        if (!r)
            return r.error();
        if (r->id != m.entityId)
            return notEntity(QStringLiteral("payload.id"));
        return Status::success();
    }
    if (m.name == mutation::ratingFollowUp()) {
        auto p = FollowUpPayload::fromJson(m.payload);
        if (!p)
            return p.error();
        if (p->ratingId != m.entityId)
            return notEntity(QStringLiteral("payload.rating_id"));
        return Status::success();
    }
    if (m.name == mutation::ratingAppeal() || m.name == mutation::ratingAppealDecide()) {
        auto p = AppealPayload::fromJson(m.payload, m.name == mutation::ratingAppealDecide());
        if (!p)
            return p.error();
        if (p->ratingId != m.entityId)
            return notEntity(QStringLiteral("payload.rating_id"));
        return Status::success();
    }
    return invalidField(QStringLiteral("name"), QStringLiteral("unknown mutation"));
}

Status EntitySync::apply(const QSqlDatabase &db, const PushMutation &m, const Actor &actor,
                         QStringList *changedCases)
{
    // The task, manifest and rating stores read through QSqlQuery: inside the push's
    // OptimisticBatch, no write of theirs (or before them) is left in flight.
    const OptimisticBatch::Synchronous synchronous(db);
    const QString entity = mutation::entityOf(m.name);
    if (entity == entity::task())
        return applyTask(db, m, actor);
    if (entity == entity::manifest())
        return applyManifest(db, m, actor, changedCases);
    return applyRating(db, m, actor);
}

Status EntitySync::applyTask(const QSqlDatabase &db, const PushMutation &m, const Actor &actor)
{
    if (m.name == mutation::taskCreate()) {
        AgentTask t = taskFromJson(m.payload).value();
        const QString note = t.log.isEmpty() ? QString() : t.log.first().note;
        if (TaskStore::loadIn(db, t.id, false))
            return rejected(QStringLiteral("task.exists"),
                            tr("A task with this id exists already."));
        const QDateTime at = t.createdAt.isValid() ? t.createdAt : m.createdAt;
        auto created = m_tasks->applyCreate(db, t, note, actor, at, m.id);
        if (!created)
            return created.error();
        return Status::success();
    }
    const TaskEventPayload p = TaskEventPayload::fromJson(m.payload).value();
    auto loaded = TaskStore::loadIn(db, p.taskId, false);
    if (!loaded)
        return loaded.error();
    TaskRequest request;
    request.text = p.text;
    request.step = p.step;
    request.substep = p.substep;
    request.targetUserId = p.toUserId;
    if (request.text.size() > TaskRules::maxTextLength())
        return rejected(QStringLiteral("task.invalid"), tr("The text is too long."));
    // A sub-step index the task does not have is judged by the rule (substep.invalid).
    auto applied = m_tasks->applyEvent(db, loaded.value(), p.event, request, actor, p.at, m.id);
    if (!applied)
        return applied.error();
    return Status::success();
}

Status EntitySync::applyManifest(const QSqlDatabase &db, const PushMutation &m, const Actor &actor,
                                 QStringList *changedCases)
{
    if (m.name == mutation::manifestSend()) {
        Manifest manifest = manifestFromJson(m.payload).value();
        const Result<bool> taken = idOrNumberTaken(db, QStringLiteral("manifests"), manifest.id,
                                                   manifest.number, tr("read the manifest"));
        if (!taken)
            return taken.error();
        if (taken.value())
            return rejected(QStringLiteral("manifest.exists"),
                            tr("Manifest %1 exists already.").arg(manifest.number));
        const QDateTime at = manifest.createdAt.isValid() ? manifest.createdAt : m.createdAt;
        auto sent = m_manifests->applySend(db, manifest, actor, at, m.id, true);
        if (!sent)
            return sent.error();
        if (sent->direction == ManifestDirection::Return) {
            for (const ManifestEntry &e : std::as_const(sent->entries))
                changedCases->append(e.caseId);
        }
        return Status::success();
    }
    const ManifestReceivePayload p = ManifestReceivePayload::fromJson(m.payload).value();
    auto loaded = ManifestStore::loadIn(db, p.manifestId);
    if (!loaded)
        return loaded.error();
    if (loaded->number != p.number)
        return rejected(QStringLiteral("manifest.invalid"),
                        tr("The manifest number does not match the manifest."));
    QList<int> packets;
    QStringList notes;
    for (const auto &e : p.entries) {
        if (e.position < loaded->entries.size() && loaded->entries[e.position].caseId != e.caseId)
            return rejected(QStringLiteral("manifest.invalid"),
                            tr("The cases received are not those of the manifest."));
        packets.append(e.packetsReceived);
        notes.append(e.note);
    }
    auto received
            = m_manifests->applyReceive(db, loaded.value(), packets, notes, actor, p.at, m.id);
    if (!received)
        return received.error();
    return Status::success();
}

Status EntitySync::applyRating(const QSqlDatabase &db, const PushMutation &m, const Actor &actor)
{
    const Role role = RatingStore::roleIn(db, actor.userId).value_or(Role::Auditor);
    QString name = m.name;
    QJsonObject audit;
    if (m.name == mutation::ratingAdd()) {
        QDate deadline;
        Rating r = ratingFromJson(m.payload, {}, &deadline).value();
        r.deviceId = actor.deviceId;
        {
            PreparedQuery c(db,
                            QStringLiteral("SELECT item_code, department_code FROM cases"
                                           " WHERE id = ?"));
            c->addBindValue(r.caseId);
            if (!c->exec())
                return sqlError(tr("read the case"), c->lastError().text());
            if (!c->next())
                return rejected(QStringLiteral("case.not_found"),
                                tr("The case to rate was not found."));
            if (r.itemCode.isEmpty())
                r.itemCode = c->value(0).toString();
            if (r.departmentCode.isEmpty())
                r.departmentCode = c->value(1).toString();
        }
        if (Error e = RatingRules::checkNew(r); e.isError())
            return e;
        if (r.scope == RatingScope::Visit) {
            PreparedQuery v(db,
                            QStringLiteral("SELECT 1 FROM case_history WHERE case_id = ?"
                                           " AND id = ?"));
            v->addBindValue(r.caseId);
            v->addBindValue(r.visitId);
            if (!v->exec())
                return sqlError(tr("read the case"), v->lastError().text());
            if (!v->next())
                return rejected(QStringLiteral("rating.invalid"),
                                tr("That visit is not part of the case."));
        }
        if (RatingStore::ratingIn(db, r.id))
            return rejected(QStringLiteral("rating.exists"),
                            tr("A rating with this id exists already."));
        if (RatingStore::isRatedIn(db, r.caseId, r.visitId))
            return rejected(QStringLiteral("rating.duplicate"),
                            r.scope == RatingScope::Visit
                                    ? tr("This visit has been rated already: one rating per visit.")
                                    : tr("This case has been rated already: one rating per case."));
        std::optional<FollowUp> followUp;
        if (RatingRules::isBad(r.level)) {
            FollowUp f;
            f.ratingId = r.id;
            f.openedOn = r.businessDate;
            if (deadline.isValid()) {
                f.deadline = deadline;
            } else {
                auto computed = RatingRules::followUpDeadline(
                        r.businessDate, RatingRules::defaultFollowUpWorkingDays, m_calendar);
                if (!computed)
                    return computed.error();
                f.deadline = computed.value();
            }
            followUp = f;
        }
        if (Status s = RatingStore::insertRating(db, r, followUp); !s)
            return s;
        audit = {{QStringLiteral("case_id"), r.caseId},
                 {QStringLiteral("level"), RatingRules::value(r.level)}};
    } else if (m.name == mutation::ratingFollowUp()) {
        const FollowUpPayload p = FollowUpPayload::fromJson(m.payload).value();
        const auto current = RatingStore::followUpIn(db, p.ratingId);
        if (!current)
            return rejected(QStringLiteral("followup.missing"),
                            tr("This rating has no follow-up: only a bad rating has one."));
        if (Error e = RatingRules::checkFollowUpStep(*current, p.step, role, p.note); e.isError())
            return e;
        if (Status s
            = RatingStore::writeFollowUpStep(db, p.ratingId, p.step, p.note, actor.userId, p.at);
            !s)
            return s;
        audit = {{QStringLiteral("step"), RatingRules::stepKey(p.step)}};
    } else {
        const bool decide = m.name == mutation::ratingAppealDecide();
        const AppealPayload p = AppealPayload::fromJson(m.payload, decide).value();
        const auto rating = RatingStore::ratingIn(db, p.ratingId);
        if (!rating)
            return rejected(QStringLiteral("rating.not_found"), tr("The rating was not found."));
        const auto appeal = RatingStore::appealIn(db, p.ratingId);
        if (!decide) {
            if (Error e = RatingRules::checkAppeal(*rating, appeal, actor.userId, p.reason);
                e.isError())
                return e;
            if (Status s = RatingStore::insertAppeal(db, p.ratingId, actor.userId, p.at, p.reason);
                !s)
                return s;
        } else {
            if (Error e = RatingRules::checkAppealDecision(appeal, role, actor.userId, p.reason);
                e.isError())
                return e;
            if (Status s = RatingStore::decideAppealRow(db, p.ratingId, *p.decision, actor.userId,
                                                        p.at, p.reason);
                !s)
                return s;
            audit = {{QStringLiteral("decision"), RatingRules::appealStateKey(*p.decision)}};
        }
    }
    JournalEntry journal;
    journal.mutationId = m.id;
    journal.name = name;
    journal.entity = QStringLiteral("rating");
    journal.entityId = m.entityId;
    journal.baseVersion = m.baseVersion;
    journal.payload = m.payload;
    journal.auditDetail = audit;
    return m_journal->record(db, actor, journal);
}

QString EntitySync::hallOf(const QString &placeCode) const
{
    const auto place = DirectoryStore(m_database).place(placeCode);
    if (place && place->kind == Place::Kind::Township)
        return place->parentCode;
    return {};
}

std::optional<EntityChange> EntitySync::snapshot(const QSqlDatabase &db, const QString &entity,
                                                 const QString &id) const
{
    const OptimisticBatch::Synchronous synchronous(db);
    EntityChange change;
    change.entity = entity;
    change.id = id;
    const auto addBucket = [&change](const QString &place) {
        if (!place.isEmpty() && !change.buckets.contains(placeBucket(place)))
            change.buckets.append(placeBucket(place));
    };
    if (entity == entity::task()) {
        auto t = TaskStore::loadIn(db, id, true);
        if (!t)
            return std::nullopt;
        change.version = t->version;
        change.data = taskToJson(t.value());
        // The task's pool, the place that created it and, for a township's task, its hall.
        addBucket(t->placeCode);
        if (!t->log.isEmpty())
            addBucket(t->log.first().placeCode);
        addBucket(hallOf(t->placeCode));
        return change;
    }
    if (entity == entity::manifest()) {
        auto m = ManifestStore::loadIn(db, id);
        if (!m)
            return std::nullopt;
        change.version = m->version;
        change.data = manifestToJson(m.value());
        addBucket(m->fromPlace);
        addBucket(m->toPlace);
        return change;
    }
    if (entity == entity::rating()) {
        const auto s = RatingStore::snapshotIn(db, id);
        if (!s)
            return std::nullopt;
        // A rating's row changes as its follow-up and appeal go on: the version counts them.
        change.version = 1 + (s->followUp && s->followUp->callBackAt.isValid() ? 1 : 0)
                + (s->followUp && s->followUp->rectifyAt.isValid() ? 1 : 0)
                + (s->followUp && s->followUp->feedbackAt.isValid() ? 1 : 0) + (s->appeal ? 1 : 0)
                + (s->appeal && s->appeal->state != AppealState::Pending ? 1 : 0);
        change.data = s->toJson();
        // Where its case is: a rating row needs its case on the device.
        PreparedQuery q(db,
                        QStringLiteral("SELECT place_code, release_place_code FROM cases"
                                       " WHERE id = ?"));
        q->addBindValue(s->rating.caseId);
        if (q->exec() && q->next()) {
            addBucket(q->value(0).toString());
            addBucket(q->value(1).toString());
        }
        return change;
    }
    return std::nullopt;
}

std::optional<QJsonObject> EntitySync::current(const QSqlDatabase &db, const PushMutation &m) const
{
    const OptimisticBatch::Synchronous synchronous(db);
    const QString entity = mutation::entityOf(m.name);
    if (auto change = snapshot(db, entity, m.entityId))
        return change->data;
    if (m.name != mutation::ratingAdd())
        return std::nullopt;
    const auto r = ratingFromJson(m.payload);
    if (!r)
        return std::nullopt;
    QString id;
    {
        PreparedQuery q(db,
                        QStringLiteral("SELECT id FROM ratings WHERE case_id = ?"
                                       " AND visit_id = ?"));
        q->addBindValue(r->caseId);
        q->addBindValue(r->visitId);
        if (!q->exec() || !q->next())
            return std::nullopt;
        id = q->value(0).toString();
    }
    if (auto change = snapshot(db, entity, id))
        return change->data;
    return std::nullopt;
}

} // namespace ow
