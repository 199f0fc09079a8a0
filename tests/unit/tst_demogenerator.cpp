#include "domain/casenumber.h"
#include "domain/creditcode.h"
#include "domain/residentid.h"
#include "store/casestore.h"
#include "store/demogenerator.h"
#include "store/ratingstore.h"
#include "store/taskstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace ow;

namespace {

DemoOptions smallRun(quint32 seed)
{
    DemoOptions options;
    options.cases = 2000;
    options.townships = 4;
    options.seed = seed;
    options.asOf = QDate(2026, 6, 30);
    // A short period, so that the open states (suspended, approved, ...) show up in 2,000 cases.
    options.days = 45;
    return options;
}

// A client store created as the app creates it, then filled by the generator.
struct Generated
{
    QTemporaryDir dir;
    QString path;
    DemoReport report;
    std::unique_ptr<Workspace> workspace;

    explicit Generated(const DemoOptions &options)
    {
        path = dir.filePath(QStringLiteral("client.sqlite"));
        {
            auto ws = Workspace::open(path);
            REQUIRE(ws.ok());
        }
        auto generated = DemoGenerator::generate(path, options);
        INFO((generated ? QString() : generated.error().message + generated.error().detail)
                     .toStdString());
        REQUIRE(generated.ok());
        report = generated.value();
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
    }

    QSqlDatabase db() const { return workspace->database()->connection(); }

    QList<QVariantList> rows(const QString &sql) const
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(sql));
        QList<QVariantList> result;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            result.append(row);
        }
        return result;
    }

    // Every generated table in a fixed order, hashed.
    QByteArray dumpHash() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *table : {"places", "users", "applicants", "applicant_name_grams", "cases",
                                  "case_materials", "case_history", "case_number_seq", "tasks",
                                  "task_log", "ratings", "rating_followups", "rating_appeals"}) {
            const QLatin1String name(table);
            const QString order = name == QLatin1String("applicant_name_grams")
                    ? QStringLiteral("1, 2")
                    : QStringLiteral("1, 2, 3");
            const auto all = rows(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(name, order));
            for (const QVariantList &row : all) {
                for (const QVariant &v : row)
                    hash.addData(QByteArray(
                            (v.isNull() ? QStringLiteral("\\N") : v.toString()).toUtf8() + '\t'));
                hash.addData("\n");
            }
        }
        return hash.result().toHex();
    }
};

QDateTime utc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("Generated applicants have valid ID numbers and credit codes and realistic names",
          "[generator]")
{
    Generated g(smallRun(7));
    CHECK(g.report.cases >= 2000);
    CHECK(g.report.applicants > 800);

    QSet<QString> surnames;
    QFile file(QStringLiteral(":/data/demo/surnames.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            surnames.insert(line.section(QLatin1Char('\t'), 0, 0));
    }
    CHECK(surnames.size() == 100);

    int persons = 0, enterprises = 0, twoCharacter = 0, gansu = 0;
    for (const QVariantList &row :
         g.rows(QStringLiteral("SELECT kind, name, id_number, id_reversed, phone, "
                               "legal_representative FROM applicants"))) {
        const QString name = row[1].toString();
        const QString id = row[2].toString();
        QString reversedId;
        for (auto it = id.crbegin(); it != id.crend(); ++it)
            reversedId += *it;
        CHECK(row[3].toString() == reversedId);
        if (row[0].toString() == QLatin1String("person")) {
            ++persons;
            const auto checked = ResidentId::validate(id);
            INFO(id.toStdString());
            CHECK(checked.isValid());
            CHECK(checked.birthDate >= QDate(1940, 1, 1));
            CHECK(checked.birthDate <= QDate(2008, 12, 31));
            CHECK(id.startsWith(QLatin1String("62")));
            gansu += id.startsWith(QLatin1String("621221")) ? 1 : 0;
            CHECK((name.size() == 2 || name.size() == 3));
            CHECK(surnames.contains(name.left(1)));
            twoCharacter += name.size() == 2 ? 1 : 0;
        } else {
            ++enterprises;
            INFO(id.toStdString());
            const auto checked = CreditCode::validate(id);
            CHECK(checked.isValid());
            CHECK(checked.authority == QLatin1Char('9'));
            CHECK(QStringLiteral("123").contains(checked.entityType));
            CHECK(surnames.contains(row[5].toString().left(1)));
        }
        CHECK(row[4].toString().size() == 11);
        CHECK(row[4].toString().startsWith(QLatin1Char('1')));
    }
    CHECK(enterprises > persons / 10);
    CHECK(enterprises < persons / 3);
    // Most given names have two characters: 15-25% of names have two characters in all.
    CHECK(twoCharacter > persons * 15 / 100);
    CHECK(twoCharacter < persons * 25 / 100);
    CHECK(gansu > persons / 2); // most applicants of a 成县 hall are from 成县
}

TEST_CASE("The same seed generates the same data, another seed other data", "[generator]")
{
    const QByteArray first = Generated(smallRun(11)).dumpHash();
    CHECK(Generated(smallRun(11)).dumpHash() == first);
    CHECK(Generated(smallRun(12)).dumpHash() != first);

    // What DemoGenerator::contentVersion stands for: the benchmarks keep generated stores by
    // it (bench/benchdata.h). When this fails, the content changed: bump contentVersion and
    // put the new hash here, so that no store made before the change is reused.
    INFO("hash of seed 11: " << first.toStdString());
    CHECK(DemoGenerator::contentVersion == 1);
    CHECK(first == QByteArray("8b6050e96622b931c30f4cff3cdc79c8dc35a1dcc506b8b43ad0715030ed9dce"));
}

TEST_CASE("Generated cases are in every state with times on the working-day calendar",
          "[generator]")
{
    Generated g(smallRun(7));
    const WorkCalendar &calendar = g.workspace->calendar();

    QSet<QString> states;
    for (const QVariantList &row : g.rows(QStringLiteral("SELECT DISTINCT state FROM cases")))
        states.insert(row[0].toString());
    for (CaseState s : CaseLifecycle::allStates())
        CHECK(states.contains(CaseLifecycle::stateKey(s)));
    CHECK(g.rows(QStringLiteral("SELECT 1 FROM cases WHERE parent_id IS NOT NULL")).size() > 0);
    CHECK(g.rows(QStringLiteral("SELECT 1 FROM cases WHERE suspended_working_days > 0")).size()
          > 0);
    // Some open cases are past their due date, some close to it.
    CHECK(g.rows(QStringLiteral("SELECT 1 FROM cases WHERE state IN ('accepted', 'in_review') "
                                "AND due_date < '2026-06-30'"))
                  .size()
          > 0);
    CHECK(g.rows(QStringLiteral("SELECT 1 FROM cases WHERE state IN ('accepted', 'in_review') "
                                "AND due_date BETWEEN '2026-06-30' AND '2026-07-03'"))
                  .size()
          > 0);

    int checked = 0;
    for (const QVariantList &row : g.rows(QStringLiteral(
                 "SELECT received_at, accepted_at, decided_at, released_at, due_date,"
                 " promised_days, suspended_working_days, state, closed_at FROM cases"))) {
        const QDateTime received = utc(row[0]), accepted = utc(row[1]), decided = utc(row[2]),
                        released = utc(row[3]);
        REQUIRE(received.isValid());
        CHECK(calendar.isWorkingDay(CaseRules::businessDate(received)).value());
        if (accepted.isValid()) {
            CHECK(received <= accepted);
            const auto due = calendar.addWorkingDays(CaseRules::businessDate(accepted),
                                                     row[5].toInt() + row[6].toInt());
            REQUIRE(due.ok());
            CHECK(QDate::fromString(row[4].toString(), Qt::ISODate) == due.value());
        } else {
            CHECK(row[4].isNull());
        }
        if (decided.isValid()) {
            REQUIRE(accepted.isValid());
            CHECK(accepted <= decided);
        }
        if (released.isValid()) {
            REQUIRE(decided.isValid());
            CHECK(decided <= released);
            CHECK(row[7].toString() == QLatin1String("released"));
        }
        const bool final = CaseLifecycle::isFinal(
                CaseLifecycle::stateFromKey(row[7].toString()).value_or(CaseState::Received));
        CHECK(final == !row[8].isNull());
        CHECK(CaseRules::businessDate(received) <= QDate(2026, 6, 30));
        ++checked;
    }
    CHECK(checked == g.report.cases);

    // Every case's history is a walk through the state machine ending in its state.
    QString lastCase, lastTo;
    int moves = 0;
    QDateTime lastAt;
    QHash<QString, QPair<QString, int>> ends;
    for (const QVariantList &row : g.rows(QStringLiteral(
                 "SELECT case_id, event, from_state, to_state, at_utc FROM case_history"
                 " ORDER BY case_id, at_utc, rowid"))) {
        const QString caseId = row[0].toString();
        const auto event = CaseLifecycle::eventFromKey(row[1].toString());
        REQUIRE(event);
        const auto from = CaseLifecycle::stateFromKey(row[2].toString());
        if (caseId != lastCase) {
            CHECK(*event == CaseEvent::Receive);
            moves = 0;
        } else {
            CHECK(row[2].toString() == lastTo);
            CHECK(lastAt <= utc(row[4]));
        }
        const auto to = CaseLifecycle::targetState(from, *event);
        REQUIRE(to);
        CHECK(CaseLifecycle::stateKey(*to) == row[3].toString());
        lastCase = caseId;
        lastTo = row[3].toString();
        lastAt = utc(row[4]);
        ends[caseId] = {lastTo, ++moves};
    }
    for (const QVariantList &row : g.rows(QStringLiteral("SELECT id, state, version FROM cases"))) {
        CHECK(ends.value(row[0].toString()).first == row[1].toString());
        CHECK(ends.value(row[0].toString()).second == row[2].toInt());
    }
}

TEST_CASE("Generated case numbers are unique and follow place, date and device", "[generator]")
{
    Generated g(smallRun(7));
    QSet<QString> numbers;
    for (const QVariantList &row :
         g.rows(QStringLiteral("SELECT number, place_code, received_at FROM cases"))) {
        const auto number = CaseNumber::parse(row[0].toString());
        REQUIRE(number);
        CHECK(number->placeCode == row[1].toString());
        CHECK(number->date == CaseRules::businessDate(utc(row[2])));
        numbers.insert(row[0].toString());
    }
    CHECK(numbers.size() == g.report.cases);
    // The sequences continue where the generated numbers end.
    const auto highest = g.rows(QStringLiteral(
            "SELECT count(*) FROM cases c JOIN case_number_seq s ON c.place_code = s.place_code"
            " AND c.number = c.place_code || '-' || replace(s.day, '-', '') || '-' || s.device"
            " || '-' || printf('%04d', s.last)"));
    CHECK(highest.first().first().toInt()
          == g.rows(QStringLiteral("SELECT count(*) FROM case_number_seq"))
                     .first()
                     .first()
                     .toInt());
}

TEST_CASE("A generated store opens and its cases load - the file is intact", "[generator]")
{
    Generated g(smallRun(7));
    CaseStore store(g.workspace->database(), g.workspace->calendar());
    CHECK(store.count() == g.report.cases);
    for (const CaseState state : CaseLifecycle::allStates()) {
        const auto ids = g.rows(QStringLiteral("SELECT id, number FROM cases WHERE state = '%1'"
                                               " LIMIT 3")
                                        .arg(CaseLifecycle::stateKey(state)));
        for (const QVariantList &row : ids) {
            auto loaded = store.load(row[0].toString());
            REQUIRE(loaded.ok());
            CHECK(loaded->state == state);
            CHECK(loaded->number == row[1].toString());
            CHECK_FALSE(loaded->history.isEmpty());
            CHECK(store.idByNumber(row[1].toString()) == row[0].toString());
        }
    }
    const auto parent = g.rows(
            QStringLiteral("SELECT parent_id FROM cases WHERE parent_id IS NOT NULL LIMIT 1"));
    REQUIRE_FALSE(parent.isEmpty());
    CHECK(store.children(parent.first().first().toString()).size() >= 2);

    CHECK(g.rows(QStringLiteral("PRAGMA integrity_check")).first().first().toString()
          == QStringLiteral("ok"));
    CHECK(g.rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(g.rows(QStringLiteral("PRAGMA journal_mode")).first().first().toString()
          == QStringLiteral("wal"));
    // Generated history counts as synchronised: nothing waits in the outbox.
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM outbox")).first().first().toInt() == 0);
}

TEST_CASE("Generated tasks follow the help agents' cases and load as tasks", "[generator]")
{
    Generated g(smallRun(7));
    CHECK(g.report.tasks > 50);
    CHECK(g.report.tasks
          == g.rows(QStringLiteral("SELECT count(*) FROM tasks")).first()[0].toInt());
    // One task per top-level case a help agent brought in, and no other.
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM cases WHERE channel = 'agent' AND parent_id"
                                " IS NULL AND id NOT IN (SELECT case_id FROM tasks)"))
                  .first()[0]
                  .toInt()
          == 0);
    CHECK(g.rows(QStringLiteral(
                         "SELECT count(*) FROM tasks t JOIN cases c ON c.id = t.case_id"
                         " WHERE c.channel = 'agent' AND c.number = t.case_number AND"
                         " c.applicant_id = t.applicant_id AND t.created_at = c.received_at"))
                  .first()[0]
                  .toInt()
          == g.report.tasks);
    // Closed cases have closed tasks, open ones an owner and work in progress.
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM tasks t JOIN cases c ON c.id = t.case_id"
                                " WHERE (c.closed_at IS NULL) <> (t.phase < 2)"))
                  .first()[0]
                  .toInt()
          == 0);
    // Proxy tasks carry the applicant's power of attorney.
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM tasks t JOIN cases c ON c.id = t.case_id"
                                " WHERE t.kind = 'proxy' AND (t.attorney_grantor_id <>"
                                " c.applicant_id_number OR t.attorney_grantee = '' OR"
                                " t.attorney_valid_until = '')"))
                  .first()[0]
                  .toInt()
          == 0);
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'proxy'"))
                  .first()[0]
                  .toInt()
          > 0);
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM task_log")).first()[0].toInt()
          == g.report.taskLog);

    TaskStore store(g.workspace->database(), g.workspace->calendar());
    int loaded = 0;
    for (const QVariantList &row :
         g.rows(QStringLiteral("SELECT id, status FROM tasks ORDER BY id LIMIT 40"))) {
        auto task = store.load(row[0].toString());
        REQUIRE(task.ok());
        CHECK(TaskRules::statusKey(task->status) == row[1].toString());
        REQUIRE_FALSE(task->log.isEmpty());
        CHECK(task->log.first().event == TaskEvent::Create);
        CHECK(task->log.last().to == task->status);
        CHECK(task->version == task->log.size());
        CHECK_FALSE(task->ownerId.isEmpty()); // claimed at receipt; closed tasks keep theirs
        ++loaded;
    }
    CHECK(loaded == 40);
}

TEST_CASE("Generated ratings are spread over five levels, bad ones followed up, a few appealed",
          "[generator]")
{
    DemoOptions options = smallRun(7);
    options.cases = 6000;
    options.days = 120;
    Generated g(options);
    CHECK(g.report.ratings > 2000);
    QMap<int, int> byLevel;
    for (const QVariantList &row :
         g.rows(QStringLiteral("SELECT level, count(*) FROM ratings GROUP BY level")))
        byLevel[row[0].toInt()] = row[1].toInt();
    for (int level = 1; level <= 5; ++level)
        CHECK(byLevel.value(level) > 0);
    CHECK(byLevel.value(5) > g.report.ratings * 3 / 4);
    CHECK(byLevel.value(1) + byLevel.value(2) < g.report.ratings / 20);
    // Only released top-level cases are rated, on the day of release, once.
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM ratings r JOIN cases c ON c.id = r.case_id"
                                " WHERE c.released_at IS NULL OR c.parent_id IS NOT NULL OR"
                                " r.rated_at < c.released_at OR r.business_date <>"
                                " date(c.released_at, '+8 hours')"))
                  .first()[0]
                  .toInt()
          == 0);
    // Every bad rating has its follow-up; none of the others.
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM ratings WHERE level <= 2")).first()[0].toInt()
          == g.report.followUps);
    CHECK(g.rows(QStringLiteral("SELECT count(*) FROM rating_followups f JOIN ratings r ON r.id ="
                                " f.rating_id WHERE r.level <= 2"))
                  .first()[0]
                  .toInt()
          == g.report.followUps);
    CHECK(g.report.appeals > 0);
    CHECK(g.report.appeals < g.report.followUps);

    RatingStore store(g.workspace->database(), g.workspace->calendar());
    const auto appealed
            = g.rows(QStringLiteral("SELECT rating_id, state FROM rating_appeals LIMIT 5"));
    REQUIRE_FALSE(appealed.isEmpty());
    for (const QVariantList &row : appealed) {
        const auto rating = store.rating(row[0].toString());
        REQUIRE(rating);
        CHECK(RatingRules::isBad(rating->level));
        const auto appeal = store.appeal(row[0].toString());
        REQUIRE(appeal);
        CHECK(RatingRules::appealStateKey(appeal->state) == row[1].toString());
        CHECK(appeal->filedBy == rating->staffId);
        const auto followUp = store.followUp(row[0].toString());
        REQUIRE(followUp);
        CHECK(followUp->deadline
              == g.workspace->calendar()
                         .addWorkingDays(rating->businessDate,
                                         RatingRules::defaultFollowUpWorkingDays)
                         .value());
    }
}

TEST_CASE("The generator refuses a store that already has cases", "[generator]")
{
    Generated g(smallRun(3));
    g.workspace.reset();
    auto again = DemoGenerator::generate(g.path, smallRun(3));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("demo.not_empty"));
}

TEST_CASE("The generator leaves nothing beside the store, and a failed run leaves the store as it "
          "was",
          "[generator]")
{
    const auto leftovers = [](const QString &folder) {
        QStringList found;
        for (const QString &name : QDir(folder).entryList(QDir::AllEntries | QDir::Hidden
                                                          | QDir::System | QDir::NoDotAndDotDot)) {
            if (name.contains(QStringLiteral("-gen")))
                found.append(name);
        }
        return found;
    };
    SECTION("after a run that succeeded")
    {
        Generated g(smallRun(5));
        CHECK(leftovers(g.dir.path()).isEmpty());
        for (const char *phase : {"rows", "grams", "indexes_move", "move_only", "commit"})
            CHECK(g.report.phases.contains(QLatin1String(phase)));
    }
    // A run that fails after the history went into the store's transaction, through an index
    // the generated rows cannot have: the store is as it was, its indexes and triggers back.
    const auto failsAndLeavesTheStore = [&leftovers](const QString &impossibleIndex) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("client.sqlite"));
        int triggers = 0, indexes = 0;
        {
            auto ws = Workspace::open(path);
            REQUIRE(ws.ok());
            QSqlQuery q(ws.value()->database()->connection());
            REQUIRE(q.exec(impossibleIndex));
            REQUIRE(q.exec(QStringLiteral("SELECT sum(type = 'trigger'), sum(type = 'index')"
                                          " FROM sqlite_master")));
            REQUIRE(q.next());
            triggers = q.value(0).toInt();
            indexes = q.value(1).toInt();
        }
        auto generated = DemoGenerator::generate(path, smallRun(5));
        REQUIRE_FALSE(generated.ok());
        CHECK(generated.error().message.contains(QStringLiteral("indexes")));
        CHECK(leftovers(dir.path()).isEmpty());
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        QSqlQuery q(ws.value()->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM"
                                      " case_history), (SELECT count(*) FROM applicants),"
                                      " (SELECT sum(type = 'trigger') FROM sqlite_master),"
                                      " (SELECT sum(type = 'index') FROM sqlite_master)")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        CHECK(q.value(1).toInt() == 0);
        CHECK(q.value(2).toInt() == 0);
        CHECK(q.value(3).toInt() == triggers);
        CHECK(q.value(4).toInt() == indexes);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
    };
    SECTION("after a run that failed in a table's file once the history was going into the store")
    {
        // Two materials share a name: the build fails in the materials' file, beside the
        // history's index and the name grams.
        failsAndLeavesTheStore(QStringLiteral("CREATE UNIQUE INDEX materials_one_name ON"
                                              " case_materials(name)"));
    }
    SECTION("after a run that failed in the history's index, built on the store's connection")
    {
        // A case has more than one move.
        failsAndLeavesTheStore(QStringLiteral("CREATE UNIQUE INDEX history_one_per_case ON"
                                              " case_history(case_id)"));
    }
}
