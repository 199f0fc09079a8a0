#pragma once

#include <QStringList>

namespace ow {

// A database schema as a list of migrations: migration i (0-based) takes a database from
// version i to version i + 1. Never edit a released entry; append a new one.
struct Schema
{
    QString name;          // for messages: "local store", "server database"
    int applicationId = 0; // PRAGMA application_id: tells our files from any other SQLite file
    QList<QStringList> migrations;

    int version() const { return int(migrations.size()); }
};

// The tables the client and the server share, so that one store class serves both.
QStringList directoryTables();
QStringList placeRemedyColumns(); // migration: places.review_authority, places.court
QStringList catalogTables();
QStringList calendarTables();
QStringList auditTables();
QStringList caseTables();
QStringList caseSearchIndexes(); // after caseTables()
QStringList outboxTables();
QStringList clientSyncTables();       // the client's enrollment, cursors and deferred snapshots
QStringList taskTables();             // help-agent tasks and handoff manifests (docs/tasks.md)
QStringList ratingTables();           // ratings, follow-ups, appeals; statistics indexes
QStringList statisticsRollupTables(); // the daily statistics roll-up and its dirty-day triggers
QStringList auditSyncTables();        // the client: how far its audit chains reached the server
QStringList offlineSignInTables();    // the client: signed offline sign-in grants, lockout
QStringList caseFlagTables();         // duplicate applications flagged by the server (case_flag)

// The client's local store.
const Schema &localSchema();

} // namespace ow
