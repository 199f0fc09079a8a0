#include "migrations.h"

namespace ow {

QStringList directoryTables()
{
    return {
            QStringLiteral("CREATE TABLE places ("
                           " code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('hall', 'township')),"
                           " parent_code TEXT REFERENCES places(code),"
                           " address TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE users ("
                           " id TEXT PRIMARY KEY,"
                           " username TEXT NOT NULL UNIQUE,"
                           " display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " place_code TEXT NOT NULL REFERENCES places(code),"
                           " department_code TEXT,"
                           " active INTEGER NOT NULL DEFAULT 1)"),
    };
}

QStringList placeRemedyColumns()
{
    return {QStringLiteral(
                    "ALTER TABLE places ADD COLUMN review_authority TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE places ADD COLUMN court TEXT NOT NULL DEFAULT ''")};
}

QStringList catalogTables()
{
    return {
            QStringLiteral("CREATE TABLE catalog_info ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " version TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " region_code TEXT NOT NULL,"
                           " region_name TEXT NOT NULL,"
                           " loaded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE departments ("
                           " code TEXT PRIMARY KEY,"
                           " position INTEGER NOT NULL,"
                           " name TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE service_items ("
                           " code TEXT PRIMARY KEY,"
                           " position INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " department_code TEXT NOT NULL REFERENCES departments(code),"
                           " kind TEXT NOT NULL,"
                           " legal_days INTEGER NOT NULL,"
                           " promised_days INTEGER NOT NULL,"
                           " fee_fen INTEGER NOT NULL,"
                           " immediate INTEGER NOT NULL,"
                           " online INTEGER NOT NULL,"
                           " nearby INTEGER NOT NULL,"
                           " one_trip INTEGER NOT NULL,"
                           " township_ok INTEGER NOT NULL,"
                           " legal_basis TEXT NOT NULL,"
                           " source TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE item_materials ("
                           " item_code TEXT NOT NULL REFERENCES service_items(code)"
                           "  ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " form TEXT NOT NULL,"
                           " copies INTEGER NOT NULL,"
                           " requirement TEXT NOT NULL,"
                           " note TEXT NOT NULL,"
                           " PRIMARY KEY (item_code, position))"),
            QStringLiteral("CREATE TABLE item_bundle_parts ("
                           " bundle_code TEXT NOT NULL REFERENCES service_items(code)"
                           "  ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " part_code TEXT NOT NULL REFERENCES service_items(code),"
                           " PRIMARY KEY (bundle_code, position))"),
            QStringLiteral("CREATE TABLE item_certificates ("
                           " item_code TEXT NOT NULL REFERENCES service_items(code)"
                           "  ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " certificate TEXT NOT NULL,"
                           " PRIMARY KEY (item_code, position))"),
    };
}

QStringList calendarTables()
{
    return {
            QStringLiteral("CREATE TABLE calendar_info ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " body TEXT NOT NULL,"
                           " loaded_at TEXT NOT NULL)"),
    };
}

QStringList auditTables()
{
    return {
            // Append-only; the hash chain links each device's rows (DESIGN.md, "Audit log").
            QStringLiteral("CREATE TABLE audit_log ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE,"
                           " at_utc TEXT NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " user_id TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " result TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be deleted'); END"),
    };
}

QStringList caseTables()
{
    return {
            // Applicants are entered once and found again by ID number or credit code.
            QStringLiteral("CREATE TABLE applicants ("
                           " id TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('person', 'enterprise')),"
                           " name TEXT NOT NULL,"
                           " id_number TEXT NOT NULL,"
                           " id_reversed TEXT NOT NULL," // for "last 4+ digits" as a range scan
                           " phone TEXT NOT NULL,"
                           " address TEXT NOT NULL,"
                           " legal_representative TEXT NOT NULL,"
                           " contact_name TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (kind, id_number))"),
            QStringLiteral("CREATE INDEX applicants_id_reversed ON applicants(id_reversed)"),
            QStringLiteral("CREATE INDEX applicants_phone ON applicants(phone)"),
            // Every two-character run of a name: finds a name by any 2+ characters (LIKE
            // cannot use an index and FTS5 does not split Chinese; TOOLCHAIN.md).
            QStringLiteral(
                    "CREATE TABLE applicant_name_grams ("
                    " gram TEXT NOT NULL,"
                    " applicant_id TEXT NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
                    " PRIMARY KEY (gram, applicant_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE cases ("
                           " id TEXT PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE,"
                           " parent_id TEXT REFERENCES cases(id),"
                           " item_code TEXT NOT NULL,"
                           " item_name TEXT NOT NULL,"
                           " department_code TEXT NOT NULL,"
                           " item_kind TEXT NOT NULL,"
                           " promised_days INTEGER NOT NULL,"
                           " township_acceptable INTEGER NOT NULL,"
                           " applicant_id TEXT NOT NULL REFERENCES applicants(id),"
                           " applicant_name TEXT NOT NULL,"      // as at intake
                           " applicant_id_number TEXT NOT NULL," // as at intake
                           " applicant_phone TEXT NOT NULL,"     // as at intake
                           " agent_name TEXT NOT NULL DEFAULT '',"
                           " agent_id_number TEXT NOT NULL DEFAULT '',"
                           " channel TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " release_place_code TEXT NOT NULL,"
                           " staff_id TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " accepted_at TEXT,"
                           " notice_deadline TEXT,"
                           " due_date TEXT,"
                           " suspended_at TEXT,"
                           " suspended_working_days INTEGER NOT NULL DEFAULT 0,"
                           " decided_at TEXT,"
                           " released_at TEXT,"
                           " closed_at TEXT,"
                           " trips INTEGER NOT NULL DEFAULT 0,"
                           " delivery TEXT NOT NULL DEFAULT 'counter',"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cases_applicant ON cases(applicant_id, received_at)"),
            QStringLiteral("CREATE INDEX cases_state ON cases(state, due_date)"),
            QStringLiteral(
                    "CREATE INDEX cases_department ON cases(department_code, state, due_date)"),
            QStringLiteral("CREATE INDEX cases_item ON cases(item_code, received_at)"),
            QStringLiteral("CREATE INDEX cases_received ON cases(received_at)"),
            QStringLiteral("CREATE INDEX cases_parent ON cases(parent_id)"),
            QStringLiteral("CREATE TABLE case_materials ("
                           " case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " form TEXT NOT NULL,"
                           " copies_expected INTEGER NOT NULL,"
                           " requirement TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " copies_received INTEGER NOT NULL DEFAULT 0,"
                           " supply_by TEXT,"
                           " received_at TEXT,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (case_id, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE case_history ("
                           " id TEXT PRIMARY KEY,"
                           " case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " event TEXT NOT NULL,"
                           " from_state TEXT NOT NULL,"
                           " to_state TEXT NOT NULL,"
                           " at_utc TEXT NOT NULL,"
                           " business_date TEXT NOT NULL,"
                           " user_id TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX case_history_case ON case_history(case_id, at_utc)"),
    };
}

QStringList caseSearchIndexes()
{
    return {
            // Case lists run newest first (received_at DESC, id DESC) with keyset pagination:
            // each index ends in (received_at, id) so that a list filtered by one value is read
            // in order and stops at the page size (docs/case-search.md).
            QStringLiteral("DROP INDEX cases_received"),
            QStringLiteral("CREATE INDEX cases_received ON cases(received_at, id)"),
            QStringLiteral("DROP INDEX cases_item"),
            QStringLiteral("CREATE INDEX cases_item ON cases(item_code, received_at, id)"),
            QStringLiteral("DROP INDEX cases_applicant"),
            QStringLiteral("CREATE INDEX cases_applicant ON cases(applicant_id, received_at, id)"),
            QStringLiteral("CREATE INDEX cases_state_received ON cases(state, received_at, id)"),
            QStringLiteral("CREATE INDEX cases_department_received"
                           " ON cases(department_code, received_at, id)"),
    };
}

QStringList outboxTables()
{
    return {
            // The transactional outbox (DESIGN.md, "Sync"): one intent mutation per user action,
            // written in the same transaction as the change.
            QStringLiteral("CREATE TABLE outbox ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " mutation_id TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " base_version INTEGER NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " user_id TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT 'pending'"
                           "  CHECK (status IN ('pending', 'applied', 'rejected')),"
                           " result TEXT)"),
            QStringLiteral("CREATE INDEX outbox_status ON outbox(status, seq)"),
    };
}

QStringList clientSyncTables()
{
    return {
            // This device's enrollment with the server (one row once enrolled) and the state of
            // the last sync. A push's seq is outbox.seq - stream_base: a new stream (after the
            // device's store went back in time) starts numbering again at 1.
            QStringLiteral("CREATE TABLE sync_state ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " server_url TEXT NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " short_id TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " token TEXT NOT NULL,"
                           " token_expires_at TEXT,"
                           " stream INTEGER NOT NULL,"
                           " stream_base INTEGER NOT NULL,"
                           " enrolled_at TEXT NOT NULL,"
                           " revoked INTEGER NOT NULL DEFAULT 0,"
                           " last_attempt_at TEXT,"
                           " last_success_at TEXT,"
                           " last_error_code TEXT NOT NULL DEFAULT '',"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " clock_offset_ms INTEGER NOT NULL DEFAULT 0)"),
            // Where each bucket's pull stands (the server's opaque cursor).
            QStringLiteral("CREATE TABLE sync_cursors ("
                           " bucket TEXT PRIMARY KEY,"
                           " cursor TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            // Pulled snapshots of entities with pending local changes: applied once the last
            // of those changes is acknowledged.
            QStringLiteral("CREATE TABLE sync_deferred ("
                           " entity TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " data TEXT NOT NULL,"
                           " pulled_at TEXT NOT NULL,"
                           " PRIMARY KEY (entity, id))"),
            // Finding a case's pending changes when a pulled snapshot arrives.
            QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity_id, status)"),
    };
}

QStringList taskTables()
{
    return {
            // Help-agent tasks (帮办代办, docs/tasks.md). phase: 0 open, 1 claimed or in progress,
            // 2 done or returned; priority_rank: 0 most urgent. The board reads every view as
            // an index range in (priority_rank, due_date, id) order with keyset pagination.
            QStringLiteral("CREATE TABLE tasks ("
                           " id TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('help', 'proxy')),"
                           " origin TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " case_id TEXT NOT NULL DEFAULT ''," // may not be synced here yet
                           " case_number TEXT NOT NULL DEFAULT '',"
                           " applicant_id TEXT NOT NULL DEFAULT '',"
                           " applicant_name TEXT NOT NULL DEFAULT '',"
                           " requester_name TEXT NOT NULL DEFAULT '',"
                           " requester_phone TEXT NOT NULL DEFAULT '',"
                           " place_code TEXT NOT NULL,"
                           " department_code TEXT NOT NULL DEFAULT '',"
                           " priority TEXT NOT NULL,"
                           " priority_rank INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " phase INTEGER NOT NULL,"
                           " owner_id TEXT NOT NULL DEFAULT '',"
                           " owner_name TEXT NOT NULL DEFAULT '',"
                           " claim_provisional INTEGER NOT NULL DEFAULT 0,"
                           " working_days INTEGER NOT NULL,"
                           " due_date TEXT NOT NULL,"
                           " last_step TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL DEFAULT '',"
                           " attorney_grantor TEXT NOT NULL DEFAULT '',"
                           " attorney_grantor_id TEXT NOT NULL DEFAULT '',"
                           " attorney_grantee TEXT NOT NULL DEFAULT '',"
                           " attorney_scope TEXT NOT NULL DEFAULT '',"
                           " attorney_valid_until TEXT NOT NULL DEFAULT '',"
                           " created_by TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " closed_at TEXT,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX tasks_place ON tasks(place_code, phase, priority_rank,"
                           " due_date, id)"),
            QStringLiteral("CREATE INDEX tasks_owner ON tasks(owner_id, phase, priority_rank,"
                           " due_date, id)"),
            QStringLiteral("CREATE INDEX tasks_due ON tasks(place_code, due_date, id)"
                           " WHERE phase < 2"),
            QStringLiteral("CREATE INDEX tasks_case ON tasks(case_id)"),
            QStringLiteral("CREATE TABLE task_substeps ("
                           " task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " department_code TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " done INTEGER NOT NULL DEFAULT 0,"
                           " done_at TEXT,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (task_id, position)) WITHOUT ROWID"),
            // The log: one row per event; id = the outbox mutation id.
            QStringLiteral("CREATE TABLE task_log ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE,"
                           " task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " event TEXT NOT NULL,"
                           " from_status TEXT NOT NULL,"
                           " to_status TEXT NOT NULL,"
                           " step TEXT NOT NULL DEFAULT '',"
                           " substep INTEGER NOT NULL DEFAULT -1,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " owner_before TEXT NOT NULL DEFAULT '',"
                           " owner_after TEXT NOT NULL DEFAULT '',"
                           " user_id TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " at_utc TEXT NOT NULL,"
                           " business_date TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX task_log_task ON task_log(task_id, seq)"),
            QStringLiteral("CREATE INDEX task_log_owner ON task_log(owner_after, seq)"),
            // Handoff manifests (流转单) between a township point and its county hall.
            QStringLiteral("CREATE TABLE manifests ("
                           " id TEXT PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE,"
                           " direction TEXT NOT NULL CHECK (direction IN ('forward', 'return')),"
                           " from_place TEXT NOT NULL,"
                           " to_place TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " created_by TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " received_by TEXT NOT NULL DEFAULT '',"
                           " received_at TEXT,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX manifests_to ON manifests(to_place, status, created_at)"),
            QStringLiteral("CREATE INDEX manifests_from ON manifests(from_place, created_at)"),
            QStringLiteral("CREATE TABLE manifest_entries ("
                           " manifest_id TEXT NOT NULL REFERENCES manifests(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " case_id TEXT NOT NULL," // may not be synced here yet
                           " case_number TEXT NOT NULL,"
                           " item_name TEXT NOT NULL DEFAULT '',"
                           " applicant_name TEXT NOT NULL DEFAULT '',"
                           " packets INTEGER NOT NULL,"
                           " packets_received INTEGER,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (manifest_id, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX manifest_entries_case ON manifest_entries(case_id)"),
    };
}

QStringList ratingTables()
{
    return {
            // 好差评: append-only like the audit log; an appeal marks a rating, never alters it.
            QStringLiteral("CREATE TABLE ratings ("
                           " id TEXT PRIMARY KEY,"
                           " case_id TEXT NOT NULL REFERENCES cases(id),"
                           " scope TEXT NOT NULL CHECK (scope IN ('visit', 'case')),"
                           " visit_id TEXT NOT NULL," // the visit's history entry, or the case id
                           " level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " rated_at TEXT NOT NULL,"
                           " business_date TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " staff_id TEXT NOT NULL,"
                           " item_code TEXT NOT NULL,"
                           " department_code TEXT NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " UNIQUE (case_id, visit_id))"),
            QStringLiteral("CREATE INDEX ratings_day ON ratings(business_date, level, place_code)"),
            QStringLiteral("CREATE TRIGGER ratings_no_update BEFORE UPDATE ON ratings"
                           " BEGIN SELECT RAISE(ABORT, 'ratings cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER ratings_no_delete BEFORE DELETE ON ratings"
                           " BEGIN SELECT RAISE(ABORT, 'ratings cannot be deleted'); END"),
            // A bad rating's follow-up (回访核实 → 整改 → 反馈): each step is written once.
            QStringLiteral("CREATE TABLE rating_followups ("
                           " rating_id TEXT PRIMARY KEY REFERENCES ratings(id),"
                           " opened_on TEXT NOT NULL,"
                           " deadline TEXT NOT NULL,"
                           " call_back_note TEXT, call_back_at TEXT, call_back_by TEXT,"
                           " rectify_note TEXT, rectify_at TEXT, rectify_by TEXT,"
                           " feedback_note TEXT, feedback_at TEXT, feedback_by TEXT)"),
            QStringLiteral("CREATE INDEX rating_followups_open ON rating_followups(feedback_at,"
                           " deadline)"),
            QStringLiteral(
                    "CREATE TRIGGER rating_followups_once BEFORE UPDATE ON rating_followups"
                    " WHEN OLD.rating_id IS NOT NEW.rating_id OR OLD.opened_on IS NOT NEW.opened_on"
                    " OR OLD.deadline IS NOT NEW.deadline"
                    " OR (OLD.call_back_at IS NOT NULL AND (OLD.call_back_note IS NOT"
                    " NEW.call_back_note OR OLD.call_back_at IS NOT NEW.call_back_at"
                    " OR OLD.call_back_by IS NOT NEW.call_back_by))"
                    " OR (OLD.rectify_at IS NOT NULL AND (OLD.rectify_note IS NOT NEW.rectify_note"
                    " OR OLD.rectify_at IS NOT NEW.rectify_at OR OLD.rectify_by IS NOT"
                    " NEW.rectify_by))"
                    " OR OLD.feedback_at IS NOT NULL"
                    " BEGIN SELECT RAISE(ABORT, 'a recorded follow-up step cannot be changed'); "
                    "END"),
            QStringLiteral("CREATE TRIGGER rating_followups_no_delete BEFORE DELETE ON"
                           " rating_followups"
                           " BEGIN SELECT RAISE(ABORT, 'follow-ups cannot be deleted'); END"),
            // 申诉复核: filed once, decided once; the decision is kept.
            QStringLiteral(
                    "CREATE TABLE rating_appeals ("
                    " rating_id TEXT PRIMARY KEY REFERENCES ratings(id),"
                    " state TEXT NOT NULL CHECK (state IN ('pending', 'upheld', 'dismissed')),"
                    " filed_by TEXT NOT NULL,"
                    " filed_at TEXT NOT NULL,"
                    " reason TEXT NOT NULL,"
                    " decided_by TEXT, decided_at TEXT, decision_reason TEXT)"),
            QStringLiteral("CREATE INDEX rating_appeals_state ON rating_appeals(state)"),
            QStringLiteral(
                    "CREATE TRIGGER rating_appeals_once BEFORE UPDATE ON rating_appeals"
                    " WHEN OLD.state <> 'pending' OR OLD.rating_id IS NOT NEW.rating_id"
                    " OR OLD.filed_by IS NOT NEW.filed_by OR OLD.filed_at IS NOT NEW.filed_at"
                    " OR OLD.reason IS NOT NEW.reason"
                    " BEGIN SELECT RAISE(ABORT, 'a decided appeal cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER rating_appeals_no_delete BEFORE DELETE ON"
                           " rating_appeals"
                           " BEGIN SELECT RAISE(ABORT, 'appeals cannot be deleted'); END"),
            // Statistics (docs/statistics.md) read a period by the day a thing happened: each
            // index starts with that moment and covers the columns the aggregation reads, so a
            // month or a year is one range scan of the index, never of the table.
            QStringLiteral(
                    "CREATE INDEX cases_stat_accepted ON cases(accepted_at, state, item_code,"
                    " department_code, place_code, staff_id, channel, parent_id)"
                    " WHERE accepted_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX cases_stat_decided ON cases(decided_at, due_date,"
                           " accepted_at, item_code, department_code, place_code, staff_id)"
                           " WHERE decided_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX cases_stat_released ON cases(released_at, parent_id,"
                           " trips, place_code) WHERE released_at IS NOT NULL"),
    };
}

QStringList auditSyncTables()
{
    return {
            QStringLiteral("CREATE TABLE audit_sync ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " acked_seq INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO audit_sync (id, acked_seq) VALUES (1, 0)"),
            QStringLiteral("CREATE TABLE audit_heads ("
                           " device_id TEXT PRIMARY KEY,"
                           " row_id TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " acked_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_time ON audit_log(at_utc)"),
    };
}

QStringList caseFlagTables()
{
    return {
            // One row per flagged pair of cases (DuplicateFlag): `data` is the flag as the
            // server published it; first_case/second_case find a case's flags.
            QStringLiteral("CREATE TABLE case_flags ("
                           " id TEXT PRIMARY KEY,"
                           " first_case TEXT NOT NULL,"
                           " second_case TEXT NOT NULL,"
                           " data TEXT NOT NULL,"
                           " flagged_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX case_flags_first ON case_flags(first_case)"),
            QStringLiteral("CREATE INDEX case_flags_second ON case_flags(second_case)"),
    };
}

QStringList statisticsRollupTables()
{
    // The day of a stored UTC moment in Asia/Shanghai (UTC+8 all year).
    // Not INSERT OR IGNORE: an outer statement's conflict clause (the sync pull's upsert)
    // overrides a trigger's.
    const QString mark = QStringLiteral(
            " INSERT INTO stat_dirty_days (day) SELECT date(%1, '+8 hours') WHERE %1 IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM stat_dirty_days WHERE day = date(%1, '+8 hours'));");
    QString onInsert, onDelete, onUpdate;
    for (const char *c : {"accepted_at", "decided_at", "released_at"}) {
        const QString column = QString::fromLatin1(c);
        onInsert.append(mark.arg(QStringLiteral("NEW.") + column));
        onDelete.append(mark.arg(QStringLiteral("OLD.") + column));
        onUpdate.append(mark.arg(QStringLiteral("NEW.") + column));
        onUpdate.append(mark.arg(QStringLiteral("OLD.") + column));
    }
    const QString markAll
            = QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN INSERT INTO stat_dirty_days"
                             " (day) SELECT 'all' WHERE NOT EXISTS (SELECT 1 FROM"
                             " stat_dirty_days WHERE day = 'all'); END");
    return {
            // Statistics roll-up (docs/statistics.md): the dashboard's counts per business day
            // and dimension. A write that changes a counted fact marks its days dirty in the
            // same transaction (triggers); StatisticsRollup rebuilds the dirty days before a
            // query reads them ('all': everything, e.g. after the calendar changed).
            QStringLiteral("CREATE TABLE stat_dirty_days (day TEXT PRIMARY KEY) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO stat_dirty_days (day) VALUES ('all')"),
            // dim: 'item', 'department', 'staff' or 'channel'; key: its code. Every row also
            // has the place (the place filter) and each dimension sums to the same totals.
            QStringLiteral("CREATE TABLE stat_daily ("
                           " dim TEXT NOT NULL,"
                           " day TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " accepted INTEGER NOT NULL,"
                           " completed INTEGER NOT NULL,"
                           " completed_on_time INTEGER NOT NULL,"
                           " working_days_total INTEGER NOT NULL,"
                           " working_days_counted INTEGER NOT NULL,"
                           " released INTEGER NOT NULL,"
                           " released_one_trip INTEGER NOT NULL,"
                           " PRIMARY KEY (dim, day, place_code, key)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE stat_daily_ratings ("
                           " day TEXT NOT NULL,"
                           " place_code TEXT NOT NULL,"
                           " level INTEGER NOT NULL,"
                           " given INTEGER NOT NULL,"
                           " upheld INTEGER NOT NULL,"
                           " PRIMARY KEY (day, place_code, level)) WITHOUT ROWID"),
            QStringLiteral("CREATE TRIGGER stat_cases_insert AFTER INSERT ON cases BEGIN%1 END")
                    .arg(onInsert),
            QStringLiteral("CREATE TRIGGER stat_cases_delete AFTER DELETE ON cases BEGIN%1 END")
                    .arg(onDelete),
            QStringLiteral("CREATE TRIGGER stat_cases_update AFTER UPDATE OF parent_id, item_code,"
                           " department_code, channel, state, place_code, staff_id, accepted_at,"
                           " due_date, decided_at, released_at, trips ON cases BEGIN%1 END")
                    .arg(onUpdate),
            QStringLiteral("CREATE TRIGGER stat_ratings_insert AFTER INSERT ON ratings BEGIN"
                           " INSERT INTO stat_dirty_days (day) SELECT NEW.business_date WHERE NOT"
                           " EXISTS (SELECT 1 FROM stat_dirty_days WHERE day ="
                           " NEW.business_date); END"),
            QStringLiteral("CREATE TRIGGER stat_appeals_insert AFTER INSERT ON rating_appeals"
                           " BEGIN INSERT INTO stat_dirty_days (day) SELECT business_date FROM"
                           " ratings WHERE id = NEW.rating_id AND business_date NOT IN (SELECT"
                           " day FROM stat_dirty_days); END"),
            QStringLiteral("CREATE TRIGGER stat_appeals_update AFTER UPDATE ON rating_appeals"
                           " BEGIN INSERT INTO stat_dirty_days (day) SELECT business_date FROM"
                           " ratings WHERE id = NEW.rating_id AND business_date NOT IN (SELECT"
                           " day FROM stat_dirty_days); END"),
            // Which items are bundles, and which days are working days, change every day's
            // figures.
            markAll.arg(QStringLiteral("stat_bundles_insert"), QStringLiteral("INSERT"),
                        QStringLiteral("item_bundle_parts")),
            markAll.arg(QStringLiteral("stat_bundles_delete"), QStringLiteral("DELETE"),
                        QStringLiteral("item_bundle_parts")),
            markAll.arg(QStringLiteral("stat_calendar_insert"), QStringLiteral("INSERT"),
                        QStringLiteral("calendar_info")),
            markAll.arg(QStringLiteral("stat_calendar_update"), QStringLiteral("UPDATE"),
                        QStringLiteral("calendar_info")),
    };
}

QStringList offlineSignInTables()
{
    return {
            QStringLiteral("CREATE TABLE offline_signin ("
                           " username TEXT PRIMARY KEY,"
                           " payload BLOB,"   // OfflineGrant::payload(), as the server signed it
                           " signature BLOB," // Ed25519
                           " verifier TEXT,"  // PasswordHash of the password
                           " failed_count INTEGER NOT NULL DEFAULT 0,"
                           " locked_until TEXT,"
                           " stored_at TEXT)"),
    };
}

const Schema &localSchema()
{
    static const Schema schema{
            QStringLiteral("local store"),
            0x4F57494E, // "OWIN"
            {
                    // 1: settings, places, users, catalogue, calendar, case numbers, audit log.
                    QStringList{
                            QStringLiteral("CREATE TABLE settings ("
                                           " key TEXT PRIMARY KEY,"
                                           " value TEXT NOT NULL)"),
                            QStringLiteral("CREATE TABLE case_number_seq ("
                                           " place_code TEXT NOT NULL,"
                                           " day TEXT NOT NULL,"
                                           " device TEXT NOT NULL,"
                                           " last INTEGER NOT NULL,"
                                           " PRIMARY KEY (place_code, day, device)) WITHOUT ROWID"),
                    } + directoryTables()
                            + catalogTables() + calendarTables() + auditTables(),
                    // 2: applicants, cases with their materials and history, the outbox.
                    caseTables() + outboxTables(),
                    // 3: indexes for finding cases (CaseQuery).
                    caseSearchIndexes(),
                    // 4: re-saving an applicant rewrites its name grams; without this index
                    // that delete scanned every gram (the intake commit grew with the store).
                    QStringList{QStringLiteral("CREATE INDEX applicant_name_grams_applicant"
                                               " ON applicant_name_grams(applicant_id)")},
                    // 5: sync state: the enrollment, pull cursors, snapshots deferred behind
                    // pending changes, and what the last sync did.
                    clientSyncTables(),
                    // 6: where an applicant turns against a decision (printed on refusals).
                    placeRemedyColumns(),
                    // 7: help-agent tasks and their log, handoff manifests.
                    taskTables(),
                    // 8: ratings (好差评) with their follow-ups and appeals; statistics indexes.
                    ratingTables(),
                    // 9: how far the audit chains reached the server, and the heads it
                    // acknowledged (rows deleted at the end show against them).
                    auditSyncTables(),
                    // 10: the statistics roll-up per business day, kept by triggers.
                    statisticsRollupTables(),
                    // 11: the roll-up carries, per acceptance day, how many of the cases
                    // accepted that day are decided (本期受理办结率); every day is rebuilt.
                    QStringList{
                            QStringLiteral("ALTER TABLE stat_daily ADD COLUMN accepted_decided"
                                           " INTEGER NOT NULL DEFAULT 0"),
                            QStringLiteral("INSERT INTO stat_dirty_days (day) SELECT 'all' WHERE"
                                           " NOT EXISTS (SELECT 1 FROM stat_dirty_days WHERE"
                                           " day = 'all')"),
                    },
                    // 12: offline sign-in (OfflineSignIn): the server-signed grant, the
                    // password verifier and the lockout count per user.
                    offlineSignInTables(),
                    // 13: duplicate applications the server flagged (issue 5, conflict rules).
                    caseFlagTables(),
                    // 14: the parts of bundles are found by their main case (parent_id = ?):
                    // only they are indexed. Every other case has no parent, and each intake
                    // wrote its NULL into the index for no reader (a page of the commit).
                    QStringList{
                            QStringLiteral("DROP INDEX cases_parent"),
                            QStringLiteral("CREATE INDEX cases_parent ON cases(parent_id)"
                                           " WHERE parent_id IS NOT NULL"),
                    },
            }};
    return schema;
}

} // namespace ow
