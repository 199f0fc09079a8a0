// The real onewindow-server beside the benchmark binary, on loopback, serving a new database
// (a new SQLite file in a folder, or an empty PostgreSQL database), and what its process costs
// (CPU time and memory from /proc): shared by the sync and load benchmarks.

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ow::bench {

class BenchServer final
{
public:
    BenchServer() = default;
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    static QString binary();

    // Runs `onewindow-server ARGUMENTS` to its end: its standard output, or a null array (the
    // error printed) when it failed.
    QByteArray command(const QStringList &arguments, int timeoutMs = 60000) const;

    // `init --demo` and `serve --port 0` on dbUrl (empty: a new SQLite file in dir); the
    // server's log goes to logFile when one is given. False when it did not start listening.
    bool start(const QString &dir, const QString &dbUrl = {}, const QString &logFile = {});
    // `init --demo` only (on dbUrl, empty: a new SQLite file in dir), for a caller that fills the
    // database (command()) before serve().
    bool init(const QString &dir, const QString &dbUrl = {});
    // `serve --port 0` only, on a database another BenchServer started (a second server
    // process on one PostgreSQL database).
    bool serve(const QString &dir, const QString &dbUrl, const QString &logFile = {});

    // One-time enrollment codes for devices at `place` (`device enroll`, a few at a time).
    QString enrollmentCode(const QString &place) const;
    QStringList enrollmentCodes(const QString &place, int count,
                                const QString &namePrefix = QStringLiteral("bench")) const;

    QUrl url() const { return m_url; }
    QString database() const { return m_db; }
    qint64 pid() const { return m_pid; }
    bool running() const { return m_process.state() == QProcess::Running; }

    // User + system CPU seconds of the server process so far; its peak and current resident
    // memory.
    double cpuSeconds() const;
    double peakRssMb() const;
    double rssMb() const;

private:
    double statusKb(const char *field) const;

    QProcess m_process;
    QString m_db;
    QUrl m_url;
    qint64 m_pid = 0;
};

// The CPU time of a PostgreSQL cluster on this machine (the postmaster and every process it
// started, those that have ended included: their time is the postmaster's children's), found
// from a connection to dbUrl. 0 when the cluster is not on this machine or not readable.
class PostgresCpu final
{
public:
    explicit PostgresCpu(const QString &dbUrl);
    bool found() const { return m_postmaster > 0; }
    // User + system CPU seconds of the cluster so far.
    double cpuSeconds() const;

private:
    qint64 m_postmaster = 0;
};

} // namespace ow::bench
