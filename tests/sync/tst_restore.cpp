// Restores from backups (issue 6, fault 18 and the server's own restore): a restored device must
// not hand out a case number again, and a restored server must send its devices their buckets
// again even after it has written past their cursors.
#include "domain/casenumber.h"
#include "faultsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace ow;
using namespace synctest;

namespace {

QList<Case> intakes(Device &device, int count, int from, const QString &item,
                    CaseChannel channel = CaseChannel::Window)
{
    QList<Case> made;
    for (int i = 0; i < count; ++i)
        made.append(device.intake(item, first17(from + i), QStringLiteral("申请人"), channel));
    return made;
}

void replaceFile(const QString &from, const QString &to)
{
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    REQUIRE(QFile::remove(to));
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("A device restored from a backup numbers an intake before its first sync with a new "
          "short id",
          "[sync][restore]")
{
    Net net;
    QTemporaryDir keep;
    const QString backup = keep.filePath(QStringLiteral("backup.sqlite"));
    Device county(QStringLiteral("counter"));
    net.enroll(county, hall);
    county.intake(companySetUp, first17(1), QStringLiteral("张伟"));
    settle({&county});
    {
        QSqlQuery q(county.workspace->database()->connection());
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
    }
    // After the backup: two more cases, synced; their numbers are the server's now.
    QSet<QString> lostNumbers;
    lostNumbers.insert(county.intake(companySetUp, first17(2), QStringLiteral("李娜")).number);
    lostNumbers.insert(county.intake(companySetUp, first17(3), QStringLiteral("王芳")).number);
    settle({&county});
    const QSet<QString> lostCopy = county.outboxIds();
    const QString oldShortId = county.workspace->deviceShortId();

    // The disk dies; the database file comes back from the backup (the folder stays).
    county.close();
    replaceFile(backup, county.path());
    county.reopen();
    const QString provisional = county.workspace->deviceShortId();
    CHECK(provisional != oldShortId);
    CHECK(provisional.startsWith(QLatin1Char('Z')));
    CHECK(scalar(county,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action ="
                                " 'device.restored'"))
          == 1);

    // An intake before any sync: a number the lost copy never gave out.
    const Case fresh = county.intake(companySetUp, first17(4), QStringLiteral("赵六"));
    INFO("new number " << fresh.number.toStdString());
    CHECK_FALSE(lostNumbers.contains(fresh.number));
    CHECK(CaseNumber::parse(fresh.number)->device == provisional);

    const SyncOutcome outcome = county.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.restreams == 1);
    CHECK(outcome.rejected == 0);                            // the new case is the server's too
    CHECK(county.workspace->deviceShortId() != provisional); // the server's new short id
    settle({&county});
    checkConvergence(net.server, {&county}, lostCopy);
    // Opening it again is no restore.
    county.close();
    county.reopen();
    CHECK(scalar(county,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action ="
                                " 'device.restored'"))
          == 1);
}

TEST_CASE("A server restored from a backup makes its devices pull again, also past their cursors",
          "[sync][restore]")
{
    Net net;
    Device county(QStringLiteral("counter"));
    Device point(QStringLiteral("township"));
    Device other(QStringLiteral("township"));
    net.enroll(county, hall);
    net.enroll(point, township);
    net.enroll(other, township);
    intakes(point, 1, 0, soleTraderSetUp, CaseChannel::Township);
    settle({&point, &county, &other});

    // The server's backup, taken while it serves.
    QTemporaryDir keep;
    const QString backup = keep.filePath(QStringLiteral("server.backup"));
    const ServerProcess::Run made
            = net.server.run({QStringLiteral("backup"), QStringLiteral("--to"), backup,
                              QStringLiteral("--db"), net.server.dbUrl()});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    // After the backup: the township's two cases reach the hall (its cursor moves on).
    intakes(point, 2, 10, soleTraderSetUp, CaseChannel::Township);
    settle({&point, &county});

    // The server's database comes back from the backup: the two cases are gone from it.
    net.server.kill();
    if (ServerProcess::backend() == ServerProcess::Backend::Sqlite) {
        replaceFile(backup, net.server.dbPath());
    } else {
        QProcess restore;
        restore.start(QStringLiteral("pg_restore"),
                      {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                       QStringLiteral("--no-owner"), QStringLiteral("--single-transaction"),
                       QStringLiteral("--dbname=") + net.server.dbUrl()});
        restore.setArguments(restore.arguments() << backup);
        REQUIRE(restore.waitForStarted());
        REQUIRE(restore.waitForFinished(60'000));
        INFO(restore.readAllStandardError().toStdString());
        REQUIRE(restore.exitCode() == 0);
    }
    REQUIRE(net.server.restart());
    net.proxy->setUpstream(quint16(net.server.baseUrl().port()));

    // Another township device writes on the restored server, past the hall's cursor.
    const QList<Case> made3 = intakes(other, 3, 20, soleTraderSetUp, CaseChannel::Township);
    settle({&other});

    // The hall pulls: its cursor names a change the server no longer has at that seq, so the
    // bucket is read again from the start, and every case the server has reaches the hall.
    const SyncOutcome outcome = county.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    const QMap<QString, QJsonObject> server = county.serverView();
    const QStringList local = county.caseIds();
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        INFO("case " << it.key().toStdString());
        CHECK(local.contains(it.key()));
    }
    for (const Case &c : made3)
        CHECK(county.cases->load(c.id).ok());
}
