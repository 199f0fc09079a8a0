#pragma once

#include "domain/workcalendar.h"
#include "store/changejournal.h"
#include "store/database.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>

#include <memory>

namespace ow {

class TaskStore;
class ManifestStore;

// One entity a push changed, as the pull change log carries it.
struct EntityChange
{
    QString entity; // sync::entity::task(), manifest(), rating()
    QString id;
    qint64 version = 1;
    QJsonObject data;
    QStringList buckets;
};

// The server's side of the task, manifest and rating mutations (docs/sync-protocol.md): decoded
// and checked for shape before anything is written, then judged with the rules the device used
// (TaskRules through TaskStore, ManifestRules through ManifestStore, RatingRules) against the
// server's rows and written with the same store code. One per SyncStore (per connection).
class EntitySync final
{
    Q_DECLARE_TR_FUNCTIONS(EntitySync)
public:
    EntitySync(std::shared_ptr<Database> database, const WorkCalendar &calendar,
               std::shared_ptr<ChangeJournal> journal);
    ~EntitySync();

    // Whether the mutation is one of these (not a case.* one).
    static bool handles(const QString &name);
    // The payload's shape: a 400 request.invalid_field error (field path from "payload.") or
    // success. Nothing is read from the database.
    static Status validate(const sync::PushMutation &m);

    // Applies a validated mutation inside the caller's savepoint. A business rejection is an
    // Error with the rule's code. changedCases: cases the mutation changed too (a return
    // manifest moves their release place).
    Status apply(const QSqlDatabase &db, const sync::PushMutation &m, const Actor &actor,
                 QStringList *changedCases);

    // The entity's snapshot as the server has it now (for `current` and the change log); empty
    // when it does not exist.
    std::optional<EntityChange> snapshot(const QSqlDatabase &db, const QString &entity,
                                         const QString &id) const;

    // What a rejected mutation's `current` shows: the entity's snapshot, or for a second rating
    // of one visit the rating the server kept.
    std::optional<QJsonObject> current(const QSqlDatabase &db, const sync::PushMutation &m) const;

private:
    Status applyTask(const QSqlDatabase &db, const sync::PushMutation &m, const Actor &actor);
    Status applyManifest(const QSqlDatabase &db, const sync::PushMutation &m, const Actor &actor,
                         QStringList *changedCases);
    Status applyRating(const QSqlDatabase &db, const sync::PushMutation &m, const Actor &actor);
    QString hallOf(const QString &placeCode) const;

    std::shared_ptr<Database> m_database;
    const WorkCalendar &m_calendar;
    std::shared_ptr<ChangeJournal> m_journal;
    std::unique_ptr<TaskStore> m_tasks;
    std::unique_ptr<ManifestStore> m_manifests;
};

} // namespace ow
