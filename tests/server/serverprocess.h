#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The real onewindow-server binary, run in a temporary folder, on the database the test run
// chose: ONEWINDOW_TEST_DB=sqlite (the default: a file in the folder) or postgresql (a fresh
// database t_<random> on the cluster named by ONEWINDOW_TEST_PG, dropped afterwards; CTest
// starts that cluster once per run, tests/CMakeLists.txt).
class ServerProcess final
{
public:
    enum class Backend { Sqlite, PostgreSql };
    static Backend backend();
    static QString backendName()
    {
        return backend() == Backend::Sqlite ? QStringLiteral("SQLite")
                                            : QStringLiteral("PostgreSQL");
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    ServerProcess();
    ~ServerProcess();

    static QString binary();
    QString dir() const { return m_dir.path(); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); } // SQLite
    QString dbUrl() const;
    // A Qt SQL connection to the server's database (QSQLITE or QPSQL), for the tests to look in;
    // closed and removed by ~Connection.
    struct Connection
    {
        explicit Connection(const ServerProcess &server);
        ~Connection();
        QSqlDatabase db;
        QString name;
    };

    // Runs a command to completion (5 s at most).
    Run run(const QStringList &arguments) const;
    // The same, with `input` on the command's standard input (e.g. --password-stdin).
    Run run(const QStringList &arguments, const QByteArray &input) const;
    // init --demo, then serve --port 0; false when either fails.
    bool start();
    // serve again on the same database (after kill()): a new port.
    bool restart();
    // An ini file `serve` reads from then on (--config), e.g. "[http]\ndevice_burst=5\n".
    void setServeConfig(const QByteArray &ini);
    QUrl baseUrl() const { return m_baseUrl; }
    void kill(); // SIGKILL, and wait
    QByteArray stderrSoFar();

private:
    QTemporaryDir m_dir;
    QUrl m_pgUrl; // PostgreSQL: this test's database
    std::unique_ptr<QProcess> m_serve;
    QString m_serveConfig; // empty: none
    QUrl m_baseUrl;
    QByteArray m_stderr;
};

struct HttpReply
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

HttpReply httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
