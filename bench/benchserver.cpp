#include "benchserver.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <memory>
#include <unistd.h>
#include <vector>

namespace ow::bench {

BenchServer::~BenchServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString BenchServer::binary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-server");
}

QByteArray BenchServer::command(const QStringList &arguments, int timeoutMs) const
{
    QProcess p;
    p.start(binary(), arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
        QTextStream(stderr) << "onewindow-server " << arguments.join(QLatin1Char(' ')) << ": "
                            << p.readAllStandardError() << '\n';
        return {};
    }
    return p.readAllStandardOutput();
}

bool BenchServer::start(const QString &dir, const QString &dbUrl, const QString &logFile)
{
    return init(dir, dbUrl) && serve(dir, dbUrl, logFile);
}

bool BenchServer::init(const QString &dir, const QString &dbUrl)
{
    m_db = dbUrl.isEmpty() ? QStringLiteral("sqlite:") + dir + QStringLiteral("/server.sqlite")
                           : dbUrl;
    return !command({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"),
                     m_db})
                    .isNull();
}

bool BenchServer::serve(const QString &dir, const QString &dbUrl, const QString &logFile)
{
    m_db = dbUrl.isEmpty() ? QStringLiteral("sqlite:") + dir + QStringLiteral("/server.sqlite")
                           : dbUrl;
    if (!logFile.isEmpty()) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(logFile);
    }
    m_process.start(binary(),
                    {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--db"), m_db});
    const QByteArray prefix("listening on ");
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const int at = out.indexOf(prefix);
        const int end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_url = QUrl(
                    QString::fromLatin1(out.mid(at + prefix.size(), end - at - prefix.size())));
            m_pid = m_process.processId();
            return true;
        }
    }
    return false;
}

QString BenchServer::enrollmentCode(const QString &place) const
{
    return QString::fromUtf8(
                   command({QStringLiteral("device"), QStringLiteral("enroll"),
                            QStringLiteral("--place"), place, QStringLiteral("--db"), m_db}))
            .trimmed();
}

QStringList BenchServer::enrollmentCodes(const QString &place, int count,
                                         const QString &namePrefix) const
{
    QStringList codes;
    constexpr int parallel = 4;
    for (int at = 0; at < count; at += parallel) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = at; i < qMin(count, at + parallel); ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(binary(),
                     {QStringLiteral("device"), QStringLiteral("enroll"), QStringLiteral("--place"),
                      place, QStringLiteral("--name"),
                      QStringLiteral("%1-%2").arg(namePrefix).arg(i), QStringLiteral("--db"),
                      m_db});
            running.push_back(std::move(p));
        }
        for (auto &p : running) {
            if (!p->waitForFinished(60000) || p->exitCode() != 0) {
                QTextStream(stderr) << "device enroll: " << p->readAllStandardError() << '\n';
                return {};
            }
            codes.append(QString::fromUtf8(p->readAllStandardOutput()).trimmed());
        }
    }
    return codes;
}

double BenchServer::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double BenchServer::peakRssMb() const
{
    return statusKb("VmHWM") / 1024.0;
}

double BenchServer::rssMb() const
{
    return statusKb("VmRSS") / 1024.0;
}

double BenchServer::statusKb(const char *field) const
{
    QFile f(QStringLiteral("/proc/%1/status").arg(m_pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

namespace {

// The fields of /proc/PID/stat after the command name (which may hold spaces): [0] state,
// [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
QList<QByteArray> procStat(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ');
}

} // namespace

PostgresCpu::PostgresCpu(const QString &dbUrl)
{
    const QUrl url(dbUrl);
    const QString name = QStringLiteral("bench-postgres-cpu");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        setPostgresTarget(db, url);
        if (db.open()) {
            // The checkpointer's parent is the postmaster.
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity"
                                      " WHERE backend_type = 'checkpointer'"))
                && q.next()) {
                const QList<QByteArray> fields = procStat(q.value(0).toString());
                if (fields.size() > 1)
                    m_postmaster = fields[1].toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

double PostgresCpu::cpuSeconds() const
{
    if (m_postmaster <= 0)
        return 0;
    qint64 ticks = 0;
    const QList<QByteArray> own = procStat(QString::number(m_postmaster));
    if (own.size() < 15)
        return 0;
    ticks += own[11].toLongLong() + own[12].toLongLong() + own[13].toLongLong()
            + own[14].toLongLong();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid.isEmpty() || !pid[0].isDigit())
            continue;
        const QList<QByteArray> fields = procStat(pid);
        if (fields.size() >= 13 && fields[1].toLongLong() == m_postmaster)
            ticks += fields[11].toLongLong() + fields[12].toLongLong();
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace ow::bench
