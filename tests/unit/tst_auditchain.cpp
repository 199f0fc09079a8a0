// The audit log's hash chain (DESIGN.md): a byte flipped, a row deleted, rows reordered or rows
// cut off the end of a 1,000-row log are found, at the first bad row, every time.
#include "domain/auditchain.h"
#include "domain/isotime.h"
#include "store/auditlog.h"
#include "store/auditsync.h"
#include "store/database.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace ow;

namespace {

Actor actor(int n)
{
    return {QStringLiteral("0190f6a0-0000-7000-8000-00000000000%1").arg(n % 3),
            QStringLiteral("counter"), QStringLiteral("621221"), QStringLiteral("T1")};
}

struct Log
{
    std::shared_ptr<Database> db;
    QSqlDatabase connection() const { return db->connection(); }
};

// A fresh store with `rows` audit rows in one chain, the triggers that protect it removed (as
// someone with the file would), so that the test can tamper with it.
Log makeLog(int rows)
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    REQUIRE(opened.ok());
    Log log{opened.value()};
    QSqlDatabase db = log.connection();
    REQUIRE(db.transaction());
    for (int i = 0; i < rows; ++i) {
        const Status s = AuditLog::record(
                db, actor(i),
                i % 7 == 0 ? QStringLiteral("person.reveal") : QStringLiteral("case.accept"),
                QStringLiteral("case"), QStringLiteral("case-%1").arg(i),
                {{QStringLiteral("n"), i},
                 {QStringLiteral("note"), QStringLiteral("受理 %1").arg(i)}},
                i % 11 == 0 ? QStringLiteral("refused") : QStringLiteral("ok"));
        REQUIRE(s.ok());
    }
    REQUIRE(db.commit());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    return log;
}

qint64 firstSeq(const Log &log)
{
    QSqlQuery q(log.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT min(seq) FROM audit_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

AuditChainReport verifyOne(const Log &log)
{
    const auto reports = AuditLog::verify(log.connection());
    REQUIRE(reports.ok());
    REQUIRE(reports->size() == 1);
    return reports->first();
}

void exec(const Log &log, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(log.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("An untouched audit log verifies as intact", "[audit]")
{
    const Log log = makeLog(1000);
    const AuditChainReport r = verifyOne(log);
    INFO(r.message.toStdString() << " at " << r.firstBad.seq << ": "
                                 << r.firstBad.canonical().toStdString());
    CHECK(r.intact());
    CHECK(r.rows == 1000);
    CHECK(r.message.contains(QStringLiteral("1000")));
}

TEST_CASE("A flipped character in any field of any row is found at that row", "[audit]")
{
    const Log log = makeLog(1000);
    const qint64 first = firstSeq(log);
    const QStringList columns{
            QStringLiteral("id"),      QStringLiteral("at_utc"),     QStringLiteral("device_id"),
            QStringLiteral("user_id"), QStringLiteral("place_code"), QStringLiteral("action"),
            QStringLiteral("entity"),  QStringLiteral("entity_id"),  QStringLiteral("detail"),
            QStringLiteral("result"),  QStringLiteral("prev_hash"),  QStringLiteral("hash")};
    QRandomGenerator random(20261129);
    for (int trial = 0; trial < 120; ++trial) {
        const qint64 seq = first + random.bounded(1000);
        const QString column = columns.at(trial % columns.size());
        QSqlQuery read(log.connection());
        REQUIRE(read.exec(
                QStringLiteral("SELECT %1 FROM audit_log WHERE seq = %2").arg(column).arg(seq)));
        REQUIRE(read.next());
        const QString original = read.value(0).toString();
        REQUIRE_FALSE(original.isEmpty());
        QString changed = original;
        const int at = random.bounded(int(original.size()));
        const QChar c = changed.at(at);
        // Another character of the same kind, so that the value still looks plausible.
        changed[at] = c.isDigit() ? QChar(u'0' + (c.digitValue() + 1) % 10)
                                  : (c == u'a' ? QChar(u'b') : QChar(u'a'));
        exec(log, QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(column),
             {changed, seq});
        const auto reports = AuditLog::verify(log.connection());
        REQUIRE(reports.ok());
        INFO("trial " << trial << ": " << column.toStdString() << " of row " << seq);
        // A changed device id moves the row into a chain of its own: both chains break, and
        // the earliest broken row is the changed one.
        qint64 earliest = -1;
        for (const AuditChainReport &r : reports.value()) {
            if (!r.intact() && (earliest < 0 || r.firstBad.seq < earliest))
                earliest = r.firstBad.seq;
        }
        CHECK(earliest == seq);
        if (column != QLatin1String("device_id")) {
            REQUIRE(reports->size() == 1);
            CHECK(reports->first().rows == seq - first);
        }
        exec(log, QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(column),
             {original, seq});
        REQUIRE(verifyOne(log).intact());
    }
}

TEST_CASE("A deleted row is found at the row after it", "[audit]")
{
    QRandomGenerator random(7);
    for (int trial = 0; trial < 20; ++trial) {
        const Log log = makeLog(1000);
        const qint64 first = firstSeq(log);
        const qint64 seq = first + random.bounded(999); // not the last row
        exec(log, QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {seq});
        const AuditChainReport r = verifyOne(log);
        INFO("deleted row " << seq);
        CHECK(r.problem == AuditChainVerifier::Problem::Unlinked);
        CHECK(r.firstBad.seq == seq + 1);
        CHECK(r.rows == seq - first);
    }
}

TEST_CASE("Rows moved out of order are found at the first moved row", "[audit]")
{
    QRandomGenerator random(11);
    for (int trial = 0; trial < 20; ++trial) {
        const Log log = makeLog(1000);
        const qint64 first = firstSeq(log);
        qint64 a = first + random.bounded(1000);
        qint64 b = first + random.bounded(1000);
        if (a == b)
            b = a == first ? a + 1 : a - 1;
        // Swap the two rows' places in the table (their seq), contents untouched.
        exec(log, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = ?"), {a});
        exec(log, QStringLiteral("UPDATE audit_log SET seq = ? WHERE seq = ?"), {a, b});
        exec(log, QStringLiteral("UPDATE audit_log SET seq = ? WHERE seq = -1"), {b});
        const AuditChainReport r = verifyOne(log);
        INFO("swapped rows " << a << " and " << b);
        CHECK(r.problem == AuditChainVerifier::Problem::Unlinked);
        CHECK(r.firstBad.seq == qMin(a, b));
    }
}

TEST_CASE("Rows cut off the end are found against the head the server acknowledged", "[audit]")
{
    const Log log = makeLog(1000);
    QSqlDatabase db = log.connection();
    // The server acknowledged everything up to the last row.
    auto batch = AuditSync::nextBatch(db, 5000);
    REQUIRE(batch.ok());
    REQUIRE(batch->complete);
    REQUIRE(batch->request.rows.size() == 1000);
    REQUIRE(batch->request.tails.size() == 1);
    const sync::AuditHead head = batch->request.tails.first();
    CHECK(head.rowId == batch->request.rows.last().id);
    REQUIRE(AuditSync::acknowledge(db, batch->lastSeq, {head}, QDateTime::currentDateTimeUtc())
                    .ok());
    CHECK(AuditSync::acknowledgedSeq(db) == batch->lastSeq);
    REQUIRE(verifyOne(log).intact());
    // Nothing new: the next batch carries only the tail.
    auto next = AuditSync::nextBatch(db, 5000);
    REQUIRE(next.ok());
    CHECK(next->request.rows.isEmpty());
    CHECK(next->request.tails.size() == 1);

    exec(log, QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {batch->lastSeq - 3});
    const AuditChainReport r = verifyOne(log);
    CHECK(r.problem == AuditChainVerifier::Problem::Truncated);
    CHECK(r.rows == 997);
    CHECK(r.firstBad.id == head.rowId);

    // Every row gone: the acknowledged chain is still reported.
    exec(log, QStringLiteral("DELETE FROM audit_log"));
    const AuditChainReport gone = verifyOne(log);
    CHECK(gone.problem == AuditChainVerifier::Problem::Truncated);
    CHECK(gone.rows == 0);
}

TEST_CASE("A rewritten row with recomputed hashes is caught at the acknowledged head", "[audit]")
{
    const Log log = makeLog(50);
    QSqlDatabase db = log.connection();
    auto batch = AuditSync::nextBatch(db, 5000);
    REQUIRE(batch.ok());
    REQUIRE(AuditSync::acknowledge(db, batch->lastSeq, batch->request.tails,
                                   QDateTime::currentDateTimeUtc())
                    .ok());
    // Rewrite row 10's result and recompute every hash after it, as a careful forger would.
    QList<AuditEntry> rows = batch->request.rows;
    rows[10].result = QStringLiteral("ok-forged");
    for (int i = 10; i < rows.size(); ++i) {
        rows[i].prevHash = i == 0 ? AuditLog::genesisHash() : rows[i - 1].hash;
        rows[i].hash = rows[i].computeHash();
        exec(log,
             QStringLiteral(
                     "UPDATE audit_log SET result = ?, prev_hash = ?, hash = ? WHERE id = ?"),
             {rows[i].result, rows[i].prevHash, rows[i].hash, rows[i].id});
    }
    const AuditChainReport r = verifyOne(log);
    CHECK(r.problem == AuditChainVerifier::Problem::Altered);
    CHECK(r.firstBad.id == rows.last().id);
}

TEST_CASE("The auditor's filters take the user's text literally", "[audit]")
{
    const Log log = makeLog(100);
    QSqlDatabase db = log.connection();
    AuditFilter filter;
    filter.action = QStringLiteral("person.");
    auto reveals = AuditLog::query(db, filter, 0, 1000);
    REQUIRE(reveals.ok());
    CHECK(reveals->size() == 15); // rows 0, 7, ..., 98
    for (const QString &nasty :
         {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("'"), QStringLiteral("--"),
          QStringLiteral("\\"), QString(5000, QLatin1Char('x'))}) {
        AuditFilter f;
        f.action = nasty;
        f.entityId = nasty;
        auto none = AuditLog::query(db, f, 0, 1000);
        REQUIRE(none.ok());
        CHECK(none->isEmpty());
    }
    AuditFilter refused;
    refused.result = QStringLiteral("refused");
    auto r = AuditLog::query(db, refused, 0, 1000);
    REQUIRE(r.ok());
    CHECK(r->size() == 10); // 0, 11, ..., 99
    // Pages: newest first, each page continuing below the last seq of the one before.
    auto page1 = AuditLog::query(db, {}, 0, 30);
    REQUIRE(page1.ok());
    REQUIRE(page1->size() == 30);
    auto page2 = AuditLog::query(db, {}, page1->last().seq, 30);
    REQUIRE(page2.ok());
    CHECK(page2->first().seq == page1->last().seq - 1);
}

TEST_CASE("An audit row's canonical text is QJsonDocument's compact text of its fields, byte for "
          "byte, whatever the text holds")
{
    // canonical() writes plain rows itself; the hash must stay what the JSON writer gives.
    const auto reference = [](const AuditEntry &e) {
        QJsonObject row = e.toJson();
        row.remove(QStringLiteral("prev_hash"));
        row.remove(QStringLiteral("hash"));
        return QJsonDocument(row).toJson(QJsonDocument::Compact);
    };
    AuditEntry e;
    e.id = QStringLiteral("0190f6a0-0000-7000-8000-000000000001");
    e.atUtc = QDateTime(QDate(2026, 11, 29), QTime(1, 2, 3, 45), Qt::UTC);
    e.deviceId = QStringLiteral("server");
    e.userId = QStringLiteral("u1");
    e.placeCode = QStringLiteral("621221");
    e.action = QStringLiteral("case.accept");
    e.entity = QStringLiteral("case");
    e.entityId = QStringLiteral("c1");
    e.result = QStringLiteral("ok");
    const QList<QJsonObject> details{
            {},
            {{QStringLiteral("mutation_id"), QStringLiteral("m1")},
             {QStringLiteral("event"), QStringLiteral("accept")}},
            {{QStringLiteral("number"), QStringLiteral("621221-20261129-A1-0001")},
             {QStringLiteral("note"), QStringLiteral("受理 一次性告知 🙂")}},
            {{QStringLiteral("n"), 3}, {QStringLiteral("ok"), true}},
            {{QStringLiteral("quote"), QStringLiteral("a \"b\" \\ c\n\t\x01")}},
            {{QStringLiteral("lone"), QString(QChar(0xD800))}},
            {{QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), 1}}}},
    };
    const QStringList texts{QStringLiteral("plain"),       QStringLiteral("李伟 ü"),
                            QStringLiteral("tab\there"),   QStringLiteral("\"q\""),
                            QStringLiteral("back\\slash"), QString(),
                            QStringLiteral("/ < >")};
    for (const QJsonObject &detail : details) {
        for (const QString &text : texts) {
            AuditEntry row = e;
            row.detail = detail;
            row.entityId = text;
            row.action = text + QStringLiteral(".x");
            CAPTURE(text, QJsonDocument(detail).toJson(QJsonDocument::Compact));
            CHECK(row.canonical() == reference(row));
            CHECK(AuditEntry::detailText(detail)
                  == QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        }
    }
    // Local times are written in UTC, as QDateTime writes them.
    AuditEntry local = e;
    local.atUtc = QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 8 * 3600);
    CHECK(local.canonical() == reference(local));
    local.atUtc = QDateTime();
    CHECK(local.canonical() == reference(local));
}

TEST_CASE("isoUtc writes what QDateTime writes for ISODateWithMs in UTC")
{
    const QList<QDateTime> times{
            QDateTime(QDate(2026, 11, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 7), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(1, 2, 3, 4), Qt::OffsetFromUTC, 8 * 3600),
            QDateTime(QDate(1600, 2, 29), QTime(1, 2, 3), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(999, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(),
    };
    for (const QDateTime &t : times) {
        CAPTURE(t);
        CHECK(isoUtc(t) == (t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString()));
    }
    QDateTime t(QDate(1901, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 5000; ++i) {
        t = t.addMSecs(qint64(QRandomGenerator::global()->bounded(1 << 30)) * 37 + 11);
        REQUIRE(isoUtc(t) == t.toString(Qt::ISODateWithMs));
    }
}
