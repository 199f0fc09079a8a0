#pragma once

#include "changejournal.h"
#include "database.h"
#include "directorystore.h"
#include "domain/actor.h"
#include "domain/manifestrules.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ow {

// What the sender lists: the cases and how many packets go with each.
struct ManifestDraft
{
    ManifestDirection direction = ManifestDirection::Forward;
    QString toPlace; // forward: the township's hall (empty: found from the directory)
    struct Item
    {
        QString caseId;
        int packets = 1;
    };
    QList<Item> items;
    QString note;
};

// Handoff manifests (流转单) in the local store. Sending and receiving are each one transaction
// with the outbox mutation ("manifest.send", "manifest.receive") and an audit row; ManifestRules
// judges both, as the server does again.
class ManifestStore final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestStore)
public:
    explicit ManifestStore(std::shared_ptr<Database> database);

    // The cases the actor could list now (eligible and not yet on a manifest that way).
    QList<ManifestEntry> candidates(ManifestDirection direction, const Actor &actor,
                                    const QString &toPlace = {}) const;
    Result<Manifest> send(const ManifestDraft &draft, const Actor &actor,
                          const QString &deviceShortId, const QDateTime &nowUtc);
    // Receives the whole batch at once: `packetsReceived[i]` for entry i (the entries' order).
    Result<Manifest> receive(const QString &number, const QList<int> &packetsReceived,
                             const QStringList &notes, const Actor &actor, const QDateTime &nowUtc);

    // Where writes are journaled: the outbox and the audit log by default (a device); the
    // server's push journals to its audit log only.
    void setJournal(std::shared_ptr<ChangeJournal> journal);

    // The shared cores of send and receive, inside a transaction the caller holds: judged with
    // ManifestRules against the cases and the manifest as `db` has them (the server's on the
    // server), written with the journal entry (the mutation id given). applySend takes the
    // entries' case facts from `db`; a return moves each case's release place (and, with
    // bumpCaseVersions, its version: the server publishes the case again).
    Result<Manifest> applySend(const QSqlDatabase &db, Manifest manifest, const Actor &actor,
                               const QDateTime &at, const QString &mutationId,
                               bool bumpCaseVersions);
    Result<Manifest> applyReceive(const QSqlDatabase &db, Manifest manifest,
                                  const QList<int> &packetsReceived, const QStringList &notes,
                                  const Actor &actor, const QDateTime &at,
                                  const QString &mutationId);

    Result<Manifest> byNumber(const QString &number) const;
    Result<Manifest> load(const QString &id) const;
    static Result<Manifest> loadIn(const QSqlDatabase &db, const QString &id);
    // Manifests sent from or to the place, newest first.
    QList<Manifest> recent(const QString &placeCode, int limit = 100) const;

    // Sync: the server's current manifest (pulled) replaces the local one.
    Status applySnapshot(const QJsonObject &manifest);
    // The same inside the caller's transaction; unless `force`, an older snapshot is skipped.
    static Status writeSnapshot(const QSqlDatabase &db, const Manifest &manifest, bool force,
                                bool *written = nullptr);
    static QJsonObject toJson(const Manifest &manifest);
    static Result<Manifest> fromJson(const QJsonObject &json);

private:
    ManifestActor actorFacts(const Actor &actor) const;
    static Status write(const QSqlDatabase &db, const Manifest &manifest, bool insert);

    std::shared_ptr<Database> m_database;
    DirectoryStore m_directory;
    std::shared_ptr<ChangeJournal> m_journal;
};

} // namespace ow
