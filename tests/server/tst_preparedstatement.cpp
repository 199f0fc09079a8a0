#include "serverprocess.h"
#include "serverschema.h"
#include "store/database.h"
#include "store/pgstatement.h"
#include "store/sqldialect.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

// PreparedQuery on the server's database (SQLite, or PostgreSQL through libpq when the run says
// so): values bind and read back as Qt's own driver binds and reads them, QSqlQuery runs on the
// same connection in between, errors carry the SQLSTATE the retry logic reads.
using namespace ow;

namespace {

std::shared_ptr<Database> openServerDatabase(const ServerProcess &server)
{
    auto db = ServerProcess::backend() == ServerProcess::Backend::PostgreSql
            ? Database::openPostgres(QUrl(server.dbUrl()), serverSchema())
            : Database::open(server.dbPath(), serverSchema());
    REQUIRE(db.ok());
    return db.value();
}

} // namespace

TEST_CASE("PreparedQuery binds and reads like Qt's driver", "[sync][prepared]")
{
    ServerProcess server;
    auto database = openServerDatabase(server);
    QSqlDatabase db = database->connection();
    QSqlQuery ddl(db);
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE t_values (id BIGINT PRIMARY KEY, name TEXT,"
                                    " flag BOOLEAN, amount REAL, raw %1)")
                             .arg(database->dialect() == SqlDialect::PostgreSql
                                          ? QStringLiteral("BYTEA")
                                          : QStringLiteral("BLOB"))));

    const QString sql = QStringLiteral(
            "INSERT INTO t_values (id, name, flag, amount, raw) VALUES (?, ?, ?, ?, ?)");
    {
        PreparedQuery insert(db, sql);
        REQUIRE(insert.isPrepared());
        insert->addBindValue(qint64(1) << 40);
        insert->addBindValue(QStringLiteral("一窗通 'quoted' ? \"x\""));
        insert->addBindValue(true);
        insert->addBindValue(2.5);
        insert->addBindValue(QByteArray("\x00\x01\xff", 3));
        REQUIRE(insert->exec());
        CHECK(insert->numRowsAffected() == 1);
    }
    {
        // The same statement again (the cached one), with NULLs.
        PreparedQuery insert(db, sql);
        insert->addBindValue(7);
        insert->addBindValue(QString());
        insert->addBindValue(QVariant());
        insert->addBindValue(QVariant());
        insert->addBindValue(QByteArray());
        REQUIRE(insert->exec());
    }
    // A QSqlQuery in between sees what the prepared statements wrote.
    QSqlQuery count(db);
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM t_values")));
    REQUIRE(count.next());
    CHECK(count.value(0).toLongLong() == 2);

    PreparedQuery select(db,
                         QStringLiteral("SELECT id, name, flag, amount, raw, '?' FROM t_values"
                                        " WHERE id >= ? ORDER BY id DESC"));
    REQUIRE(select.isPrepared());
    select->addBindValue(0);
    REQUIRE(select->exec());
    REQUIRE(select->next());
    CHECK(select->value(0).toLongLong() == (qint64(1) << 40));
    CHECK(select->value(0).typeId() == QMetaType::LongLong);
    CHECK(select->value(1).toString() == QStringLiteral("一窗通 'quoted' ? \"x\""));
    CHECK(select->value(1).typeId() == QMetaType::QString);
    CHECK(select->value(2).toBool());
    CHECK(select->value(3).toDouble() == 2.5);
    CHECK(select->value(4).toByteArray() == QByteArray("\x00\x01\xff", 3));
    CHECK(select->value(5).toString() == QStringLiteral("?"));
    REQUIRE(select->next());
    CHECK(select->value(0).toLongLong() == 7);
    CHECK(select->value(1).isNull());
    CHECK(select->value(2).isNull());
    CHECK(select->value(4).isNull());
    CHECK_FALSE(select->next());
    CHECK_FALSE(select->value(0).isValid());

    // exec() again without binding: the values bound before stay.
    REQUIRE(select->exec());
    int rows = 0;
    while (select->next())
        ++rows;
    CHECK(rows == 2);

    PreparedQuery update(db, QStringLiteral("UPDATE t_values SET name = ? WHERE id > ?"));
    update->addBindValue(QStringLiteral("x"));
    update->addBindValue(0);
    REQUIRE(update->exec());
    CHECK(update->numRowsAffected() == 2);
}

TEST_CASE("PreparedQuery reports failures with the driver's error", "[sync][prepared]")
{
    ServerProcess server;
    auto database = openServerDatabase(server);
    QSqlDatabase db = database->connection();

    PreparedQuery broken(db, QStringLiteral("SELECT no_such_column FROM mutations"));
    CHECK_FALSE(broken.isPrepared());
    CHECK_FALSE(broken->exec());
    CHECK(broken->lastError().isValid());

    QSqlQuery ddl(db);
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE t_unique (id TEXT PRIMARY KEY)")));
    const QString sql = QStringLiteral("INSERT INTO t_unique (id) VALUES (?)");
    {
        PreparedQuery insert(db, sql);
        insert->addBindValue(QStringLiteral("a"));
        REQUIRE(insert->exec());
    }
    PreparedQuery again(db, sql);
    again->addBindValue(QStringLiteral("a"));
    CHECK_FALSE(again->exec());
    CHECK(again->lastError().type() == QSqlError::StatementError);
    if (database->dialect() == SqlDialect::PostgreSql) {
        CHECK(again->lastError().nativeErrorCode() == QStringLiteral("23505"));
        CHECK_FALSE(sqldialect::isTransient(again->lastError()));
    }
    // The statement runs again after a failure.
    again->addBindValue(QStringLiteral("b"));
    CHECK(again->exec());
}

TEST_CASE("PreparedQuery inside a transaction that rolls back", "[sync][prepared]")
{
    ServerProcess server;
    auto database = openServerDatabase(server);
    QSqlDatabase db = database->connection();
    QSqlQuery ddl(db);
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE t_tx (id TEXT PRIMARY KEY)")));
    const QString sql = QStringLiteral("INSERT INTO t_tx (id) VALUES (?)");
    {
        WriteTransaction transaction(db);
        REQUIRE(transaction.isActive());
        PreparedQuery insert(db, sql);
        insert->addBindValue(QStringLiteral("gone"));
        REQUIRE(insert->exec());
        CHECK(WriteTransaction::inTransaction(db));
        transaction.rollback();
    }
    {
        WriteTransaction transaction(db);
        PreparedQuery insert(db, sql);
        insert->addBindValue(QStringLiteral("kept"));
        REQUIRE(insert->exec());
        REQUIRE(transaction.commit());
    }
    PreparedQuery select(db, QStringLiteral("SELECT id FROM t_tx"));
    REQUIRE(select->exec());
    QStringList ids;
    while (select->next())
        ids.append(select->value(0).toString());
    CHECK(ids == QStringList{QStringLiteral("kept")});
}

TEST_CASE("Writes of an OptimisticBatch: read back in order, failures fail the batch",
          "[sync][prepared]")
{
    ServerProcess server;
    auto database = openServerDatabase(server);
    QSqlDatabase db = database->connection();
    const bool postgres = database->dialect() == SqlDialect::PostgreSql;
    QSqlQuery ddl(db);
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE t_batch (id TEXT PRIMARY KEY, n INTEGER)")));
    const QString insertSql = QStringLiteral("INSERT INTO t_batch (id, n) VALUES (?, ?)");
    const auto count = [&db]() {
        PreparedQuery q(db, QStringLiteral("SELECT count(*), COALESCE(sum(n), 0) FROM t_batch"));
        REQUIRE(q->exec());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    };

    SECTION("writes are read back by the next read, and row counts are exact")
    {
        WriteTransaction transaction(db);
        REQUIRE(transaction.isActive());
        {
            OptimisticBatch batch(db);
            for (int i = 0; i < 700; ++i) { // more than the pipeline holds at once
                PreparedQuery insert(db, insertSql);
                insert->addBindValue(QStringLiteral("r%1").arg(i));
                insert->addBindValue(i);
                REQUIRE(insert->exec());
            }
            CHECK(count() == 700);
            PreparedQuery update(db, QStringLiteral("UPDATE t_batch SET n = n + 1 WHERE n < ?"));
            update->addBindValue(10);
            REQUIRE(update->exec());
            CHECK(update->numRowsAffected() == 10);
            {
                // A nested step without savepoint, as the server's push takes it.
                WriteTransaction step(db);
                REQUIRE(step.isActive());
                PreparedQuery insert(db, insertSql);
                insert->addBindValue(QStringLiteral("last"));
                insert->addBindValue(1);
                REQUIRE(insert->exec());
                REQUIRE(step.commit());
            }
            CHECK(batch.settle());
        }
        REQUIRE(transaction.commit());
        CHECK(count() == 701);
    }

    SECTION("a Synchronous scope answers the writes in flight: QSqlQuery reads them")
    {
        WriteTransaction transaction(db);
        REQUIRE(transaction.isActive());
        {
            OptimisticBatch batch(db);
            for (int i = 0; i < 5; ++i) {
                PreparedQuery insert(db, insertSql);
                insert->addBindValue(QStringLiteral("s%1").arg(i));
                insert->addBindValue(i);
                REQUIRE(insert->exec());
            }
            {
                // What the server's task, manifest and rating stores do inside a push batch.
                const OptimisticBatch::Synchronous synchronous(db);
                PreparedQuery insert(db, insertSql);
                insert->addBindValue(QStringLiteral("in-scope"));
                insert->addBindValue(10);
                REQUIRE(insert->exec());
                QSqlQuery q(db);
                REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(n) FROM t_batch")));
                REQUIRE(q.next());
                CHECK(q.value(0).toLongLong() == 6);
                CHECK(q.value(1).toLongLong() == 20);
            }
            // Deferred again after the scope.
            PreparedQuery insert(db, insertSql);
            insert->addBindValue(QStringLiteral("after"));
            insert->addBindValue(1);
            REQUIRE(insert->exec());
            CHECK(batch.settle());
        }
        REQUIRE(transaction.commit());
        CHECK(count() == 7);
    }

    SECTION("a write that failed before a Synchronous scope fails the batch")
    {
        {
            PreparedQuery insert(db, insertSql);
            insert->addBindValue(QStringLiteral("taken"));
            insert->addBindValue(1);
            REQUIRE(insert->exec());
        }
        {
            WriteTransaction transaction(db);
            REQUIRE(transaction.isActive());
            OptimisticBatch batch(db);
            PreparedQuery duplicate(db, insertSql);
            duplicate->addBindValue(QStringLiteral("taken"));
            duplicate->addBindValue(3);
            duplicate->exec();
            {
                const OptimisticBatch::Synchronous synchronous(db);
                QSqlQuery q(db);
                // SQLite refused the write at once; on PostgreSQL the transaction is aborted.
                const bool read = q.exec(QStringLiteral("SELECT count(*) FROM t_batch"));
                CHECK(read == !postgres);
            }
            if (postgres) {
                CHECK_FALSE(batch.settle());
                CHECK_FALSE(transaction.commit());
            }
        }
        CHECK(count() == 1);
    }

    SECTION("a failed write fails the batch and nothing of it is committed")
    {
        {
            PreparedQuery insert(db, insertSql);
            insert->addBindValue(QStringLiteral("taken"));
            insert->addBindValue(1);
            REQUIRE(insert->exec());
        }
        {
            WriteTransaction transaction(db);
            REQUIRE(transaction.isActive());
            OptimisticBatch batch(db);
            PreparedQuery first(db, insertSql);
            first->addBindValue(QStringLiteral("new"));
            first->addBindValue(2);
            REQUIRE(first->exec());
            PreparedQuery duplicate(db, insertSql);
            duplicate->addBindValue(QStringLiteral("taken"));
            duplicate->addBindValue(3);
            const bool sent = duplicate->exec();
            // SQLite answers at once; PostgreSQL's answer comes with the next read or settle().
            CHECK(sent == postgres);
            if (postgres) {
                PreparedQuery read(db, QStringLiteral("SELECT count(*) FROM t_batch"));
                CHECK_FALSE(read->exec());
                CHECK(read->lastError().nativeErrorCode() == QStringLiteral("23505"));
                CHECK_FALSE(batch.settle());
                CHECK(batch.rolledBack());
                CHECK_FALSE(transaction.commit());
            }
        }
        // The connection is usable again and only the first row is there.
        CHECK(count() == 1);
    }
}

TEST_CASE("A list bound as one text[] reads back whole", "[sync][prepared]")
{
    ServerProcess server;
    auto database = openServerDatabase(server);
    if (database->dialect() != SqlDialect::PostgreSql)
        return; // SQLite takes lists as JSON (json_each)
    QSqlDatabase db = database->connection();
    const QStringList values{QStringLiteral("plain"),
                             QStringLiteral("一窗通"),
                             QStringLiteral("with \"quotes\", {braces} and \\ back\\slash"),
                             QStringLiteral(""),
                             QStringLiteral("NULL"),
                             QStringLiteral(" spaced ")};
    PreparedQuery q(db,
                    QStringLiteral("SELECT v FROM unnest(?::text[]) WITH ORDINALITY AS"
                                   " t(v, n) ORDER BY n"));
    q->addBindValue(pgstatement::textArray(values));
    REQUIRE(q->exec());
    QStringList read;
    while (q->next())
        read.append(q->value(0).toString());
    CHECK(read == values);
    PreparedQuery empty(db, QStringLiteral("SELECT count(*) FROM unnest(?::text[])"));
    empty->addBindValue(pgstatement::textArray({}));
    REQUIRE(empty->exec());
    REQUIRE(empty->next());
    CHECK(empty->value(0).toLongLong() == 0);
}

TEST_CASE("Runs of one INSERT in an OptimisticBatch: the same rows in the same order",
          "[sync][prepared]")
{
    ServerProcess server;
    auto database = openServerDatabase(server);
    QSqlDatabase db = database->connection();
    const bool postgres = database->dialect() == SqlDialect::PostgreSql;
    QSqlQuery ddl(db);
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE t_rows (seq %1, id TEXT NOT NULL UNIQUE,"
                                    " note TEXT, n INTEGER)")
                             .arg(postgres ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY")
                                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"))));
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE t_other (id TEXT PRIMARY KEY)")));
    const QString insertRow = QStringLiteral("INSERT INTO t_rows (id, note, n) VALUES (?, ?, ?)");
    const QString insertOther = QStringLiteral("INSERT INTO t_other (id) VALUES (?)");
    QStringList expected;
    {
        WriteTransaction transaction(db);
        REQUIRE(transaction.isActive());
        OptimisticBatch batch(db);
        int next = 0;
        // Runs of 1, 2, 5, 64 (the most one statement takes), 65 and 200 rows, each ended by
        // another statement; NULLs and quotes among the values.
        for (const int run : {1, 2, 5, 64, 65, 200, 3}) {
            for (int i = 0; i < run; ++i, ++next) {
                PreparedQuery insert(db, insertRow);
                const QString id = QStringLiteral("r%1").arg(next, 4, 10, QLatin1Char('0'));
                insert->addBindValue(id);
                insert->addBindValue(next % 3 == 0 ? QString()
                                                   : QStringLiteral("it's \"%1\"").arg(next));
                insert->addBindValue(next);
                REQUIRE(insert->exec());
                expected.append(id);
            }
            PreparedQuery other(db, insertOther);
            other->addBindValue(QStringLiteral("o%1").arg(run));
            REQUIRE(other->exec());
        }
        // The last run's row count, asked for: one row.
        PreparedQuery last(db, insertRow);
        last->addBindValue(QStringLiteral("last"));
        last->addBindValue(QStringLiteral("x"));
        last->addBindValue(-1);
        REQUIRE(last->exec());
        CHECK(last->numRowsAffected() == 1);
        expected.append(QStringLiteral("last"));
        CHECK(batch.settle());
        REQUIRE(transaction.commit());
    }
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT id, note, n FROM t_rows ORDER BY seq")));
    QStringList read;
    bool valuesKept = true;
    while (q.next()) {
        read.append(q.value(0).toString());
        const int n = q.value(2).toInt();
        if (n >= 0)
            valuesKept = valuesKept
                    && (n % 3 == 0 ? q.value(1).isNull()
                                   : q.value(1).toString() == QStringLiteral("it's \"%1\"").arg(n));
    }
    CHECK(read == expected);
    CHECK(valuesKept);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t_other")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 7);

    SECTION("a run with a row that fails fails the batch, nothing of it is kept")
    {
        {
            WriteTransaction transaction(db);
            REQUIRE(transaction.isActive());
            OptimisticBatch batch(db);
            for (const QString &id :
                 {QStringLiteral("new1"), QStringLiteral("r0001"), QStringLiteral("new2")}) {
                PreparedQuery insert(db, insertRow);
                insert->addBindValue(id);
                insert->addBindValue(QStringLiteral("x"));
                insert->addBindValue(1);
                insert->exec(); // SQLite refuses the taken id at once
            }
            if (postgres) {
                CHECK_FALSE(batch.settle());
                CHECK_FALSE(transaction.commit());
            }
        }
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t_rows WHERE id LIKE 'new%'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
}
