#include "serverschema.h"

#include "countyrollup.h"
#include "deviceaudit.h"

namespace ow {

namespace {

QStringList syncTables()
{
    return {
            QStringLiteral("CREATE TABLE server_settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            // pull_history_days: how long superseded pull changes are kept; epoch: changes
            // when the pull history starts again (cursors of another epoch expire).
            QStringLiteral("INSERT INTO server_settings (key, value) VALUES"
                           " ('pull_history_days', '30'),"
                           " ('epoch', lower(hex(randomblob(6))))"),
            QStringLiteral("CREATE TABLE devices ("
                           " id TEXT PRIMARY KEY,"
                           " place_code TEXT NOT NULL REFERENCES places(code),"
                           " short_id TEXT NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " token_hash TEXT UNIQUE,"
                           " token_expires_at TEXT,"
                           " stream INTEGER NOT NULL DEFAULT 1,"
                           " client_version TEXT NOT NULL DEFAULT '',"
                           " enrolled_at TEXT NOT NULL,"
                           " revoked_at TEXT)"),
            // Every short id a device has had (a restream gives a new one); never reused in
            // a place, so case numbers stay unique.
            QStringLiteral("CREATE TABLE device_short_ids ("
                           " place_code TEXT NOT NULL,"
                           " short_id TEXT NOT NULL,"
                           " device_id TEXT NOT NULL REFERENCES devices(id),"
                           " assigned_at TEXT NOT NULL,"
                           " PRIMARY KEY (place_code, short_id))"),
            QStringLiteral("CREATE INDEX device_short_ids_device ON device_short_ids(device_id)"),
            QStringLiteral("CREATE TABLE enrollment_codes ("
                           " code_hash TEXT PRIMARY KEY," // hex SHA-256 of the code
                           " place_code TEXT NOT NULL REFERENCES places(code),"
                           " device_name TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " expires_at TEXT NOT NULL,"
                           " used_at TEXT,"
                           " device_id TEXT)"),
            QStringLiteral("CREATE TABLE device_streams ("
                           " device_id TEXT NOT NULL REFERENCES devices(id),"
                           " stream INTEGER NOT NULL,"
                           " last_seq INTEGER NOT NULL DEFAULT 0,"
                           " started_at TEXT NOT NULL,"
                           " PRIMARY KEY (device_id, stream))"),
            QStringLiteral("CREATE TABLE mutations ("
                           " mutation_id TEXT PRIMARY KEY,"
                           " device_id TEXT NOT NULL,"
                           " stream INTEGER NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " user_id TEXT NOT NULL,"
                           " payload_hash TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " result TEXT NOT NULL,"
                           " at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX mutations_device ON mutations(device_id, stream, seq)"),
            // The pull change log: each write takes the next seq of every bucket it touches.
            QStringLiteral("CREATE TABLE buckets ("
                           " name TEXT PRIMARY KEY,"
                           " head INTEGER NOT NULL DEFAULT 0,"
                           " floor INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE change_log ("
                           " bucket TEXT NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " data TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " PRIMARY KEY (bucket, seq))"),
            QStringLiteral("CREATE INDEX change_log_entity"
                           " ON change_log(entity, entity_id, bucket, seq)"),
            // Each device's audit chain is continued from its last row: with many devices that
            // row may be far back, so it is found by index, not by scanning back from the end.
            QStringLiteral("CREATE INDEX audit_log_device ON audit_log(device_id, seq)"),
    };
}

QStringList applicantGramIndexes()
{
    return {QStringLiteral("CREATE INDEX applicant_name_grams_applicant"
                           " ON applicant_name_grams(applicant_id)")};
}

// The indexes the shared tables bring for the client's searches, lists and dashboard that no
// server statement reads: each was one more B-tree entry written per case, applicant, audit or
// mutation row pushed. What the server does read (each statement's plan checked on SQLite and
// PostgreSQL; docs/performance.md lists them): cases by id, number, applicant (the duplicate
// application check), parent (the bundle facts of every move), place and day (the county case
// list), open cases by state and due date (the county view); applicants by (kind, ID number);
// history by case; change_log by (bucket, seq) (pulls) and by entity (compaction, the demo seed's
// publication); audit_log by seq and by (device, seq) (the chains); mutations by id.
// The applicants' name grams are no longer written on the server (CaseStore::setNameGrams):
// the table stays (the demo generator fills it in place) without its index.
QStringList unreadIndexes()
{
    QStringList statements;
    for (const char *index :
         {// The case list's filters and orders (CaseQuery, docs/case-search.md).
          // cases_state (state, due_date) stays: SQLite counts and lists the county view's
          // open cases by due date through it (StatisticsQuery::countDueByPlace,
          // CountyCaseList); without it the plan is a scan of every case.
          "cases_received", "cases_item", "cases_state_received", "cases_department",
          "cases_department_received",
          // The counter's dashboard over the cases (StatisticsQuery::placeFigures); the server
          // counts from county_daily (CountyRollup) and rebuilds it by a scan of every case.
          "cases_stat_accepted", "cases_stat_decided", "cases_stat_released",
          // Finding an applicant by the last digits of the ID number or by phone (CaseQuery).
          "applicants_id_reversed", "applicants_phone",
          // Re-saving an applicant's grams (no grams written here any more).
          "applicant_name_grams_applicant",
          // A case's audit rows on the counter (AuditLog::entriesFor); the server lists by seq.
          "audit_log_entity",
          // Nothing reads the mutations by device: by id only (the batch's duplicates).
          "mutations_device",
          // Made again below, partial.
          "cases_parent", "cases_place_accepted", "cases_place_decided"}) {
        statements.append(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index)));
    }
    // The parts of a bundle are found by their main case (parent_id = ?, every move's bundle
    // facts); every other case has no parent and wrote its NULL into the index for no reader
    // (the client's migration 14 did the same).
    statements.append(QStringLiteral(
            "CREATE INDEX cases_parent ON cases(parent_id) WHERE parent_id IS NOT NULL"));
    // The county case list reads a place's cases accepted or decided in a period (a range of
    // the day, never NULL): a case not accepted or not decided yet has nothing to put there.
    statements.append(QStringLiteral("CREATE INDEX cases_place_accepted ON cases(place_code,"
                                     " accepted_at) WHERE accepted_at IS NOT NULL"));
    statements.append(QStringLiteral("CREATE INDEX cases_place_decided ON cases(place_code,"
                                     " decided_at) WHERE decided_at IS NOT NULL"));
    return statements;
}

// Credentials, lockout, second factor and sessions (docs/security.md). Portable SQL.
QStringList authTables()
{
    return {
            QStringLiteral("CREATE TABLE user_credentials ("
                           " user_id TEXT PRIMARY KEY REFERENCES users(id),"
                           " password_hash TEXT NOT NULL," // pbkdf2-sha256$cost$salt$hash
                           " must_change INTEGER NOT NULL DEFAULT 1,"
                           " failed_count INTEGER NOT NULL DEFAULT 0,"
                           " locked_until TEXT,"
                           " totp_secret TEXT,"  // base32; NULL: no second factor yet
                           " totp_pending TEXT," // enrolled, not confirmed by a code yet
                           " totp_last_step INTEGER NOT NULL DEFAULT 0," // no replay of a code
                           " changed_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sessions ("
                           " token_hash TEXT PRIMARY KEY," // hex SHA-256 of the token
                           " user_id TEXT NOT NULL REFERENCES users(id),"
                           " device_id TEXT NOT NULL,"
                           " scope TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " expires_at TEXT NOT NULL,"
                           " revoked_at TEXT)"),
            QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
            QStringLiteral("INSERT INTO server_settings (key, value) VALUES"
                           " ('password_iterations', '600000'), ('session_hours', '12')"),
    };
}

} // namespace

const Schema &serverSchema()
{
    static const Schema schema{
            QStringLiteral("server database"),
            0x4F575356, // "OWSV"
            {
                    // 1: places, users, catalogue, calendar, audit log; server_info marks a
                    // database whose `init` completed.
                    QStringList{
                            QStringLiteral("CREATE TABLE server_info ("
                                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                           " initialised_at TEXT NOT NULL,"
                                           " initialised_by TEXT NOT NULL,"
                                           " demo INTEGER NOT NULL)"),
                    } + directoryTables()
                            + catalogTables() + calendarTables() + auditTables(),
                    // 2: sync (docs/sync-protocol.md): the cases as the devices' mutations made
                    // them, devices and their enrollment, the mutations applied, the pull change
                    // log per bucket, server settings.
                    caseTables() + caseSearchIndexes() + applicantGramIndexes() + syncTables(),
                    // 3: where an applicant turns against a decision (printed on refusals).
                    placeRemedyColumns(),
                    // 4: help-agent tasks with their sub-steps and log, powers of attorney (in
                    // the task row), handoff manifests with their entries, ratings with their
                    // follow-ups and appeals (append-only here too): the client's tables, so
                    // TaskStore, ManifestStore and RatingStore write them on the server as on a
                    // device (docs/sync-protocol.md, "Mutations").
                    taskTables() + ratingTables(),
                    // 5: the devices' audit chains as pushed, and each chain's head.
                    deviceAuditTables(),
                    // 6: users' credentials, lockout, second factor, sessions.
                    authTables(),
                    // 7: duplicate applications flagged to both places (DuplicateApplication).
                    caseFlagTables(),
                    // 8: the county roll-up (every place's counts per day, kept current by
                    // triggers; CountyRollup), built from the cases already here on first use.
                    CountyRollup::schema(),
                    // 9: today's open cases per due date, for the overdue and near-due counts
                    // of the county view and the dashboard (StatisticsQuery::countDueByPlace):
                    // read from this index alone, not from the case rows scattered over the
                    // table (10,000,000 cases: 288,000 pages read for 303,000 open cases).
                    {QStringLiteral("CREATE INDEX cases_open_due ON cases (due_date, place_code,"
                                    " item_code, accepted_at, promised_days,"
                                    " suspended_working_days) WHERE state IN ('accepted',"
                                    " 'in_review')")},
                    // 10: SQLite: the case rows' roll-up contributions appended by the
                    // triggers and folded into county_daily once per push batch and before a
                    // read (CountyRollup::pendingSchema), not upserted per row.
                    CountyRollup::pendingSchema(),
                    // 11: what a pushed case wrote for the counter's searches and lists only
                    // (docs/performance.md, "What the server writes per mutation").
                    unreadIndexes(),
                    // 12: PostgreSQL: the same for its statement triggers on `cases`
                    // (CountyRollup::pendingSchemaPostgres).
                    CountyRollup::pendingSchemaPostgres(),
            }};
    return schema;
}

} // namespace ow
