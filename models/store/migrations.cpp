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

QStringList catalogTables()
{
    return {
            QStringLiteral("CREATE TABLE catalog_info ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " version TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
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
            }};
    return schema;
}

} // namespace ow
