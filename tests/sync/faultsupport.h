#pragma once

// Helpers for the sync fault tests: the client driver process, raw pushes, and the convergence
// check every fault scenario ends with.
#include "faultproxy.h"
#include "syncdevice.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <signal.h>

namespace synctest {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");
const QString companySetUp = QStringLiteral("621221-SCJG-0001");    // hall only
const QString soleTraderSetUp = QStringLiteral("621221-SCJG-0004"); // a township may accept it

// A seed for the randomised tests: ONEWINDOW_FAULT_SEED, else `fallback`.
inline quint64 faultSeed(quint64 fallback)
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("ONEWINDOW_FAULT_SEED").toULongLong(&ok);
    return ok ? seed : fallback;
}

inline int envCount(const char *name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariable(name).toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

// A resident ID number of its own for the n-th applicant of a test.
inline QString first17(int n)
{
    const QDate birth = QDate(1960, 1, 1).addDays(n % 15000);
    return QStringLiteral("621221") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
}

// A person's name of its own for the n-th applicant (letters only).
inline QString nameFor(int n)
{
    static const QString surnames = QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗");
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平");
    return QString(surnames[n % surnames.size()]) + given[(n / 20) % given.size()]
            + given[(n / 400) % given.size()];
}

// The client driver (tests/syncdriver): a real process on a device's store.
class Driver final
{
public:
    static QString binary()
    {
        return QStringLiteral(ONEWINDOW_BINARY_DIR "/bin/onewindow-syncdriver");
    }

    void start(const Device &device, const QStringList &command)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(binary(), QStringList{device.path(), device.username} + command);
        REQUIRE(m_process.waitForStarted(5000));
    }

    // The next line, or an empty one when the process ended or `ms` passed.
    QString line(int ms = 30'000)
    {
        QDeadlineTimer deadline(ms);
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return m_process.canReadLine() ? line(0) : QString();
            m_process.waitForReadyRead(
                    int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))));
        }
        const QString l = QString::fromUtf8(m_process.readLine()).trimmed();
        m_lines.append(l);
        return l;
    }

    // Reads lines until one starts with `prefix` `count` times; false when the process ended.
    bool waitFor(const QString &prefix, int count = 1, int ms = 30'000)
    {
        int seen = 0;
        for (const QString &l : std::as_const(m_lines))
            seen += l.startsWith(prefix) ? 1 : 0;
        QDeadlineTimer deadline(ms);
        while (seen < count) {
            const QString l = line(int(qMax<qint64>(1, deadline.remainingTime())));
            if (l.isEmpty())
                return false;
            seen += l.startsWith(prefix) ? 1 : 0;
        }
        return true;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(5000);
        }
        drain();
    }

    // Waits for the end; the exit code (-1: crashed or killed).
    int finish(int ms = 60'000)
    {
        m_process.waitForFinished(ms);
        drain();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    QProcess &process() { return m_process; }

    // Every line read, and the ids of "committed <id>" lines.
    QStringList lines() const { return m_lines; }
    QStringList committed() const
    {
        QStringList ids;
        for (const QString &l : m_lines) {
            if (l.startsWith(QLatin1String("committed ")))
                ids.append(l.mid(10));
        }
        return ids;
    }
    // The ids committed before the last "synced ok": the server acknowledged them.
    QStringList acknowledged() const
    {
        QStringList ids;
        QStringList sinceSync;
        for (const QString &l : m_lines) {
            if (l.startsWith(QLatin1String("committed ")))
                sinceSync.append(l.mid(10));
            else if (l.startsWith(QLatin1String("synced ok"))) {
                ids += sinceSync;
                sinceSync.clear();
            }
        }
        return ids;
    }
    QByteArray errors() { return m_process.readAllStandardError(); }

private:
    void drain()
    {
        while (m_process.canReadLine())
            m_lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
    }

    QProcess m_process;
    QStringList m_lines;
};

// One more `serve` process on the server's database.
struct SecondServe
{
    QProcess process;
    QUrl baseUrl;

    bool start(const ServerProcess &server)
    {
        process.start(ServerProcess::binary(),
                      {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--db"), server.dbUrl()});
        const QByteArray prefix("listening on ");
        QByteArray out;
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            const int at = out.indexOf(prefix);
            const int end = out.indexOf('\n', at);
            if (at >= 0 && end > at) {
                baseUrl = QUrl(
                        QString::fromLatin1(out.mid(at + prefix.size(), end - at - prefix.size())));
                return baseUrl.port() > 0;
            }
        }
        return false;
    }
    ~SecondServe()
    {
        process.kill();
        process.waitForFinished(3000);
    }
};

// A server with a fault proxy in front of it.
struct Net
{
    ServerProcess server;
    std::unique_ptr<FaultProxy> proxy;

    Net()
    {
        REQUIRE(server.start());
        proxy = std::make_unique<FaultProxy>(quint16(server.baseUrl().port()));
        REQUIRE(proxy->start());
    }

    // Enrolls the device through the proxy: all its sync goes through it.
    void enroll(Device &device, const QString &place)
    {
        device.enroll(server, place, proxy->url());
    }

    // The server killed (SIGKILL) and served again on the same database.
    void restartServer()
    {
        server.kill();
        REQUIRE(server.restart());
        proxy->setUpstream(quint16(server.baseUrl().port()));
    }
};

// The headers of an authenticated protocol request of `device`.
inline QList<QPair<QByteArray, QByteArray>> protocolHeaders(const Device &device)
{
    return {{QByteArrayLiteral("OneWindow-Protocol"), QByteArray::number(sync::protocolVersion)},
            {QByteArrayLiteral("OneWindow-Schema"), QByteArray::number(Database::schemaVersion())},
            {QByteArrayLiteral("Authorization"),
             QByteArrayLiteral("Bearer ") + device.sync->enrollment()->token.toLatin1()}};
}

// Every mutation of the device's outbox (pending or not), numbered as the current stream numbers
// them.
inline QList<sync::PushMutation> outboxMutations(const Device &device)
{
    const qint64 base = device.sync->enrollment()->streamBase;
    QList<sync::PushMutation> list;
    QSqlQuery q(device.workspace->database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT seq, mutation_id, name, entity_id, base_version, payload,"
                                  " user_id, created_at FROM outbox ORDER BY seq")));
    while (q.next()) {
        sync::PushMutation m;
        m.seq = q.value(0).toLongLong() - base;
        m.id = q.value(1).toString();
        m.name = q.value(2).toString();
        m.entityId = q.value(3).toString();
        m.baseVersion = q.value(4).toLongLong();
        m.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        m.userId = q.value(6).toString();
        m.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        list.append(m);
    }
    return list;
}

inline QByteArray pushBody(const Device &device, const QList<sync::PushMutation> &mutations)
{
    sync::PushRequest request;
    request.stream = device.sync->enrollment()->stream;
    request.mutations = mutations;
    return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}

inline HttpReply rawPush(const QUrl &base, const Device &device,
                         const QList<sync::PushMutation> &mutations)
{
    QUrl url = base;
    url.setPath(sync::path::push());
    return httpRequest("POST", url, pushBody(device, mutations), protocolHeaders(device));
}

inline QString errorCodeOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
}

// Each device syncs until it succeeds (at most `tries` times), twice round, so that every
// device has pulled what the others pushed.
inline void settle(const QList<Device *> &devices, int tries = 4)
{
    for (int round = 0; round < 2; ++round) {
        for (Device *d : devices) {
            SyncOutcome outcome;
            for (int i = 0; i < tries && !outcome.ok; ++i) {
                if (i > 0 && outcome.errorCode == sync::code::rateLimited())
                    QThread::sleep(1); // the server's per-device request limit
                outcome = d->syncNow();
            }
            INFO(d->username.toStdString() << ": " << outcome.error.toStdString());
            REQUIRE(outcome.ok);
        }
    }
}

inline qint64 scalar(const Device &device, const QString &sql)
{
    QSqlQuery q(device.workspace->database()->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline bool integrityOk(const QString &file)
{
    const QString name = QStringLiteral("integrity-check");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                    && q.value(0).toString() == QLatin1String("ok");
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The end of every fault scenario: the server's set of mutation ids is the union of all the
// outboxes, nothing queued is left, and every device shows what the server holds for its buckets
// (cases with number, state, version and history ids), with nothing twice.
// `gone`: the outbox of a store that no longer exists (a copy replaced by an old backup).
inline void checkConvergence(const ServerProcess &server, const QList<Device *> &devices,
                             const QSet<QString> &gone = {})
{
    QSet<QString> live;
    qint64 outboxRows = 0;
    for (Device *d : devices) {
        const QSet<QString> ids = d->outboxIds();
        live |= ids;
        outboxRows += scalar(*d, QStringLiteral("SELECT count(*) FROM outbox"));
        CHECK(d->sync->pendingCount() == 0);
    }
    const QSet<QString> outboxes = live | gone;
    const QSet<QString> onServer = serverMutationIds(server);
    CHECK(onServer.size() == outboxes.size());
    CHECK(outboxRows == live.size()); // no mutation id made twice
    CHECK((onServer - outboxes).isEmpty());
    CHECK((outboxes - onServer).isEmpty());
    for (Device *d : devices) {
        INFO("device " << d->username.toStdString());
        CHECK(integrityOk(d->path()));
        CHECK(scalar(*d, QStringLiteral("SELECT count(*) - count(DISTINCT id) FROM case_history"))
              == 0);
        const QMap<QString, QJsonObject> view = d->serverView();
        const QStringList local = d->caseIds();
        CHECK(QSet<QString>(local.cbegin(), local.cend())
              == QSet<QString>(view.keyBegin(), view.keyEnd()));
        for (auto it = view.cbegin(); it != view.cend(); ++it) {
            const QJsonObject here = localView(*d, it.key());
            const QJsonObject there = comparable(it.value());
            QString differences;
            for (const QString &key : there.keys() + here.keys()) {
                if (here.value(key) != there.value(key)
                    && !differences.contains(key + QLatin1Char(':'))) {
                    differences += key + QStringLiteral(": here ")
                            + QString::fromUtf8(QJsonDocument(QJsonObject{{key, here.value(key)}})
                                                        .toJson(QJsonDocument::Compact))
                            + QStringLiteral(" server ")
                            + QString::fromUtf8(QJsonDocument(QJsonObject{{key, there.value(key)}})
                                                        .toJson(QJsonDocument::Compact))
                            + QLatin1Char('\n');
                }
            }
            INFO("case " << it.key().toStdString() << '\n' << differences.toStdString());
            CHECK(differences.isEmpty());
        }
    }
}

} // namespace synctest
