#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The real onewindow-server binary, run in a temporary folder.
class ServerProcess final
{
public:
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
    QString dbPath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }
    QString dbUrl() const { return QStringLiteral("sqlite:") + dbPath(); }

    // Runs a command to completion (5 s at most).
    Run run(const QStringList &arguments) const;
    // The same, with `input` on the command's standard input (e.g. --password-stdin).
    Run run(const QStringList &arguments, const QByteArray &input) const;
    // init --demo, then serve --port 0; false when either fails.
    bool start();
    // serve again on the same database (after kill()): a new port.
    bool restart();
    QUrl baseUrl() const { return m_baseUrl; }
    void kill(); // SIGKILL, and wait
    QByteArray stderrSoFar();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_serve;
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
