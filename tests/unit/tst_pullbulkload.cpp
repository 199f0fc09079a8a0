#include "domain/residentid.h"
#include "store/casequery.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/pullbulkload.h"
#include "store/storedtime.h"
#include "store/workspace.h"
#include "sync/syncprotocol.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace ow;

namespace {

const QString bucket = QStringLiteral("place:621221");
const QString enterpriseSetUp = QStringLiteral("621221-SCJG-0001");

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2024, 9, day), QTime(hour - 8, 0), Qt::UTC); // hour in Shanghai
}

struct Store
{
    QString path;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<LocalSyncStore> sync;

    explicit Store(const QString &filePath)
        : path(filePath)
    {
        open();
    }

    void open()
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        cases = std::make_unique<CaseStore>(workspace->database(), workspace->calendar());
        sync = std::make_unique<LocalSyncStore>(workspace->database());
    }

    void close()
    {
        sync.reset();
        cases.reset();
        workspace.reset();
    }

    Actor actor()
    {
        REQUIRE(workspace->setCurrentUser(QStringLiteral("counter")).ok());
        return workspace->actor();
    }

    QStringList column(const QString &sql)
    {
        QSqlQuery q(workspace->database()->connection());
        REQUIRE(q.exec(sql));
        QStringList values;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            values << row.join(QLatin1Char('|'));
        }
        return values;
    }

    qint64 count(const QString &sql) { return column(sql).value(0).toLongLong(); }

    // The indexes and triggers of the case tables, as sqlite_master holds them.
    QStringList schema()
    {
        return column(QStringLiteral(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
                " AND tbl_name IN ('cases', 'applicants', 'applicant_name_grams',"
                " 'case_history', 'case_materials') ORDER BY name"));
    }

    // Every name gram with its applicant's ID number (applicant ids are each store's own).
    QStringList grams()
    {
        return column(QStringLiteral(
                "SELECT g.gram, a.id_number FROM applicant_name_grams g JOIN applicants a"
                " ON a.id = g.applicant_id ORDER BY 1, 2"));
    }

    QStringList caseViews()
    {
        QStringList views;
        for (const QString &id : column(QStringLiteral("SELECT id FROM cases ORDER BY id"))) {
            const auto c = cases->load(id);
            REQUIRE(c.ok());
            QJsonObject o = sync::caseToJson(c.value(), true);
            QJsonObject applicant = o.value(QStringLiteral("applicant")).toObject();
            applicant.remove(QStringLiteral("id"));
            o.insert(QStringLiteral("applicant"), applicant);
            views << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        return views;
    }

    bool integrityOk()
    {
        return column(QStringLiteral("PRAGMA integrity_check"))
                == QStringList{QStringLiteral("ok")};
    }

    int found(const QString &text)
    {
        CaseQuery query(workspace->database());
        CaseFilter filter;
        filter.text = text;
        return int(query.fetch(filter, 200).size());
    }
};

// The server's side: cases made by a real intake, then snapshots as a pull sends them.
struct Origin
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("origin.sqlite"))};
    QList<sync::PullChange> changes;

    Origin()
    {
        const Catalog catalog = store.workspace->catalog().load().value();
        const QStringList names{QStringLiteral("张伟"), QStringLiteral("李娜"),
                                QStringLiteral("王芳芳"), QStringLiteral("Zhang San")};
        QStringList ids;
        for (int i = 0; i < 14; ++i) {
            IntakeRequest r;
            r.item = *catalog.item(enterpriseSetUp);
            r.applicant.name = names[i % names.size()];
            const QString first17 = QStringLiteral("6212211985061%1").arg(2000 + i % 5);
            r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
            r.applicant.phone = QStringLiteral("138939%1").arg(10000 + i);
            r.materials = CaseRules::checklistFor(r.item);
            for (CaseMaterial &m : r.materials) {
                m.status = CaseMaterial::Status::Received;
                m.copiesReceived = m.copiesExpected;
            }
            auto c = store.cases->intake(r, store.actor(), QStringLiteral("A1"), at(27, 9 + i % 8));
            REQUIRE(c.ok());
            ids << c->id;
            changes << snapshot(c->id);
        }
        // A case that changes again later in the pull: its newer snapshot comes in a later page.
        TransitionRequest t;
        t.event = CaseEvent::Route;
        REQUIRE(store.cases->transition(ids[1], t, store.actor(), at(27, 17)).ok());
        changes << snapshot(ids[1]);
    }

    sync::PullChange snapshot(const QString &id)
    {
        auto c = store.cases->load(id);
        REQUIRE(c.ok());
        return {sync::entity::caseEntity(), c->id, c->version, sync::caseToJson(c.value(), true)};
    }

    // The changes in pages of `size`; cursor of page i: "c-<i>".
    QList<QList<sync::PullChange>> pages(int size) const
    {
        QList<QList<sync::PullChange>> list;
        for (qsizetype at = 0; at < changes.size(); at += size)
            list << changes.mid(at, size);
        return list;
    }
};

} // namespace

TEST_CASE("A fresh store's first pull is a bulk load that ends with the store the normal path "
          "writes",
          "[sync][bulk]")
{
    Origin origin;
    const auto pages = origin.pages(4);
    REQUIRE(pages.size() == 4);

    QTemporaryDir dir;
    Store normal(dir.filePath(QStringLiteral("normal.sqlite")));
    for (int i = 0; i < pages.size(); ++i)
        REQUIRE(normal.sync
                        ->applyPage(bucket, pages[i], QStringLiteral("c-%1").arg(i), normal.actor())
                        .ok());
    CHECK_FALSE(normal.sync->bulkLoadPending());

    Store bulk(dir.filePath(QStringLiteral("bulk.sqlite")));
    const QStringList fullSchema = bulk.schema();
    REQUIRE(fullSchema == normal.schema());
    for (int i = 0; i < pages.size(); ++i) {
        const bool more = i + 1 < pages.size();
        auto applied = bulk.sync->applyPage(bucket, pages[i], QStringLiteral("c-%1").arg(i),
                                            bulk.actor(), more);
        REQUIRE(applied.ok());
        CHECK(applied->applied == pages[i].size());
        if (more) {
            INFO("page " << i);
            CHECK(bulk.sync->bulkLoadPending());
            // The base tables and the keys a page needs; no search index, trigger or gram yet.
            CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                            " ('cases_received', 'applicants_phone',"
                                            " 'stat_cases_insert')"))
                  == 0);
            CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name ="
                                            " 'case_history_case'"))
                  == 1);
            CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM applicant_name_grams")) == 0);
            CHECK(bulk.sync->cursor(bucket) == QStringLiteral("c-%1").arg(i));
        }
    }
    CHECK_FALSE(bulk.sync->bulkLoadPending());
    CHECK(bulk.schema() == fullSchema);
    CHECK(bulk.integrityOk());
    CHECK(bulk.sync->cursor(bucket) == QStringLiteral("c-3"));
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM cases")) == 14);
    CHECK(bulk.caseViews() == normal.caseViews());
    CHECK(bulk.grams() == normal.grams());
    CHECK(bulk.grams().size() > 5);
    CHECK(bulk.column(QStringLiteral("SELECT * FROM applicants ORDER BY id_number")).size() == 5);
    // The statistics roll-up rebuilds every day on its next read.
    CHECK(bulk.count(QStringLiteral("SELECT count(*) FROM stat_dirty_days WHERE day = 'all'"))
          == 1);
    // The searches find the pulled cases (names through the grams, phones, ID tails).
    CHECK(bulk.found(QStringLiteral("张伟")) == normal.found(QStringLiteral("张伟")));
    CHECK(bulk.found(QStringLiteral("张伟")) > 0);
    CHECK(bulk.found(QStringLiteral("zhang")) == normal.found(QStringLiteral("zhang")));
    CHECK(bulk.found(QStringLiteral("13893910013")) == normal.found(QStringLiteral("13893910013")));
    CHECK(bulk.found(QStringLiteral("13893910013")) > 0);
    CHECK(bulk.found(QStringLiteral("芳芳")) == normal.found(QStringLiteral("芳芳")));

    SECTION("a later pull of the same store takes the normal path")
    {
        auto again = bulk.sync->applyPage(bucket, {origin.changes.first()}, QStringLiteral("c-4"),
                                          bulk.actor(), true);
        REQUIRE(again.ok());
        CHECK_FALSE(bulk.sync->bulkLoadPending());
        CHECK(bulk.schema() == fullSchema);
    }
}

TEST_CASE("A bulk load cut off between pages is finished when the store opens again - the cursor "
          "stays with the data",
          "[sync][bulk]")
{
    Origin origin;
    const auto pages = origin.pages(4);
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("client.sqlite")));
    const QStringList fullSchema = store.schema();
    for (int i = 0; i < 2; ++i)
        REQUIRE(store.sync
                        ->applyPage(bucket, pages[i], QStringLiteral("c-%1").arg(i), store.actor(),
                                    true)
                        .ok());
    REQUIRE(store.sync->bulkLoadPending());
    store.close(); // as a killed program leaves it: the pages and the record of what waits

    store.open();
    CHECK_FALSE(store.sync->bulkLoadPending());
    CHECK(store.schema() == fullSchema);
    CHECK(store.integrityOk());
    CHECK(store.sync->cursor(bucket) == QStringLiteral("c-1"));
    CHECK(store.count(QStringLiteral("SELECT count(*) FROM cases")) == 8);
    CHECK(store.found(QStringLiteral("李娜")) > 0);

    // The pull goes on from the cursor (the normal path: the store holds cases now).
    for (int i = 2; i < pages.size(); ++i)
        REQUIRE(store.sync
                        ->applyPage(bucket, pages[i], QStringLiteral("c-%1").arg(i), store.actor(),
                                    i + 1 < pages.size())
                        .ok());
    CHECK_FALSE(store.sync->bulkLoadPending());
    CHECK(store.count(QStringLiteral("SELECT count(*) FROM cases")) == 14);
    CHECK(store.integrityOk());
    Store normal(dir.filePath(QStringLiteral("normal.sqlite")));
    REQUIRE(normal.sync->applyPage(bucket, origin.changes, QStringLiteral("c-0"), normal.actor())
                    .ok());
    CHECK(store.caseViews() == normal.caseViews());
    CHECK(store.grams() == normal.grams());
}

TEST_CASE("A failed build of the deferred indexes leaves the store as the pages left it, to be "
          "built again",
          "[sync][bulk]")
{
    Origin origin;
    const auto pages = origin.pages(8);
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("client.sqlite")));
    const QStringList fullSchema = store.schema();
    REQUIRE(store.sync->applyPage(bucket, pages[0], QStringLiteral("c-0"), store.actor(), true)
                    .ok());
    // Break the record so that the build fails after the grams and some indexes were written.
    const QSqlDatabase db = store.workspace->database()->connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'sync.bulk_load'")));
    REQUIRE(q.next());
    const QString record = q.value(0).toString();
    q.finish();
    QString broken = record;
    broken.replace(QStringLiteral("CREATE TRIGGER stat_cases_update"),
                   QStringLiteral("CREATE TRIGGER stat_cases_update_broken ON nowhere"));
    REQUIRE(broken != record);
    q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'sync.bulk_load'"));
    q.addBindValue(broken);
    REQUIRE(q.exec());

    auto last
            = store.sync->applyPage(bucket, pages[1], QStringLiteral("c-1"), store.actor(), false);
    CHECK_FALSE(last.ok()); // the page was committed, its build was not
    CHECK(store.sync->bulkLoadPending());
    CHECK(store.sync->cursor(bucket) == QStringLiteral("c-1"));
    CHECK(store.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name ="
                                     " 'cases_received'"))
          == 0);
    CHECK(store.count(QStringLiteral("SELECT count(*) FROM applicant_name_grams")) == 0);
    CHECK(store.integrityOk());

    q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'sync.bulk_load'"));
    q.addBindValue(record);
    REQUIRE(q.exec());
    REQUIRE(store.sync->finishBulkLoad().ok());
    CHECK(store.schema() == fullSchema);
    CHECK(store.count(QStringLiteral("SELECT count(*) FROM cases")) == 14);
    CHECK(store.found(QStringLiteral("王芳芳")) > 0);
    CHECK(store.integrityOk());
}

TEST_CASE("A bulk load starts only in a fresh store, on a page with more to come", "[sync][bulk]")
{
    Origin origin;
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("client.sqlite")));
    SECTION("one page only: the normal path")
    {
        REQUIRE(store.sync
                        ->applyPage(bucket, origin.changes, QStringLiteral("c-0"), store.actor(),
                                    false)
                        .ok());
        CHECK(store.count(QStringLiteral("SELECT count(*) FROM applicant_name_grams")) > 0);
    }
    SECTION("a store with a pending mutation: the normal path")
    {
        IntakeRequest r;
        r.item = *store.workspace->catalog().load().value().item(enterpriseSetUp);
        r.applicant.name = QStringLiteral("赵敏");
        const QString first17 = QStringLiteral("62122119700101301");
        r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
        r.applicant.phone = QStringLiteral("13893900001");
        r.materials = CaseRules::checklistFor(r.item);
        for (CaseMaterial &m : r.materials) {
            m.status = CaseMaterial::Status::Received;
            m.copiesReceived = m.copiesExpected;
        }
        auto c = store.cases->intake(r, store.actor(), QStringLiteral("B2"), at(27, 10));
        INFO(c.error().message.toStdString());
        REQUIRE(c.ok());
        REQUIRE(store.sync
                        ->applyPage(bucket, origin.changes.mid(0, 4), QStringLiteral("c-0"),
                                    store.actor(), true)
                        .ok());
        CHECK_FALSE(store.sync->bulkLoadPending());
    }
    CHECK_FALSE(store.sync->bulkLoadPending());
}

TEST_CASE("Stored times are written and read without QDateTime's formatter, to the same text",
          "[sync][bulk]")
{
    QRandomGenerator random(20261129);
    const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2200, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<qint64> moments{0, -1, 86'399'999, 951'782'400'000 /* 2000-02-29 */,
                          4'107'542'399'999 /* 2100-02-28T23:59:59.999 */};
    for (int i = 0; i < 20000; ++i)
        moments << from + qint64(random.generateDouble() * double(to - from));
    for (const qint64 ms : std::as_const(moments)) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString text = iso(t);
        INFO(ms);
        REQUIRE(text == t.toString(Qt::ISODateWithMs));
        qint64 back = 0;
        REQUIRE(parseIsoUtc(text, &back));
        REQUIRE(back == ms);
        REQUIRE(sync::parseTime(text) == t);
        // A local time is stored as its UTC moment.
        REQUIRE(iso(t.toOffsetFromUtc(8 * 3600)) == text);
    }
    qint64 ignored = 0;
    for (const char *bad :
         {"2024-02-30T10:00:00.000Z", "2023-02-29T10:00:00.000Z", "2024-13-01T10:00:00.000Z",
          "2024-01-01T24:00:00.000Z", "2024-01-01T10:00:00.000+08:00", "2024-01-01 10:00:00.000Z",
          "2024-01-01T10:00:0a.000Z"}) {
        INFO(bad);
        CHECK_FALSE(parseIsoUtc(QString::fromLatin1(bad), &ignored));
    }
    // Other ISO forms still parse the long way.
    CHECK(sync::parseTime(QStringLiteral("2024-01-01T18:00:00+08:00"))
          == QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC));
    CHECK(sync::parseTime(QStringLiteral("2024-01-01T10:00:00Z"))
          == QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC));
}
