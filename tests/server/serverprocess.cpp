#include "serverprocess.h"

#include "store/database.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace {

QUrl clusterUrl()
{
    // ONEWINDOW_TEST_PG, or the file the CTest fixture wrote (its port is picked at run time).
    QString text = qEnvironmentVariable("ONEWINDOW_TEST_PG");
    if (text.isEmpty()) {
        QFile file(qEnvironmentVariable("ONEWINDOW_PG_CLUSTER_URL_FILE"));
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (text.isEmpty())
        qFatal("ONEWINDOW_TEST_DB=postgresql but ONEWINDOW_TEST_PG is not set: the CTest fixture "
               "pg:cluster starts the test cluster (scripts/pg-test-cluster.sh)");
    return QUrl(text);
}

QSqlDatabase openPostgres(const QString &name, const QUrl &url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    ow::setPostgresTarget(db, url);
    if (!db.open())
        qFatal("cannot reach the test PostgreSQL at %s: %s", qPrintable(url.toString()),
               qPrintable(db.lastError().text()));
    return db;
}

// Runs one statement on the cluster's maintenance database (CREATE/DROP DATABASE).
void clusterExec(const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("test-cluster-%1").arg(++counter);
    {
        QSqlDatabase db = openPostgres(name, clusterUrl());
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

ServerProcess::Backend ServerProcess::backend()
{
    const QString name = qEnvironmentVariable("ONEWINDOW_TEST_DB");
    return name == QLatin1String("postgresql") ? Backend::PostgreSql : Backend::Sqlite;
}

ServerProcess::ServerProcess()
{
    if (backend() == Backend::PostgreSql) {
        const QString name = QStringLiteral("t_%1").arg(QRandomGenerator::system()->generate64(),
                                                        16, 16, QLatin1Char('0'));
        clusterExec(QStringLiteral("CREATE DATABASE ") + name);
        m_pgUrl = clusterUrl();
        m_pgUrl.setPath(QLatin1Char('/') + name);
    }
}

ServerProcess::~ServerProcess()
{
    kill();
    if (!m_pgUrl.isEmpty())
        clusterExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                            .arg(m_pgUrl.path().mid(1)));
}

QString ServerProcess::dbUrl() const
{
    if (!m_pgUrl.isEmpty())
        return m_pgUrl.toString();
    return QStringLiteral("sqlite:") + dbPath();
}

ServerProcess::Connection::Connection(const ServerProcess &server)
{
    static std::atomic<int> counter{0};
    name = QStringLiteral("server-read-%1").arg(++counter);
    if (!server.m_pgUrl.isEmpty()) {
        db = openPostgres(name, server.m_pgUrl);
        return;
    }
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(server.dbPath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
}

ServerProcess::Connection::~Connection()
{
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString ServerProcess::binary()
{
    return QStringLiteral(ONEWINDOW_BINARY_DIR "/bin/onewindow-server");
}

ServerProcess::Run ServerProcess::run(const QStringList &arguments) const
{
    return run(arguments, QByteArray());
}

ServerProcess::Run ServerProcess::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ONEWINDOW_SERVER_DB"));
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("HOME"), m_dir.path()); // never the real AppDataLocation
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(binary(), arguments);
    if (!input.isEmpty()) {
        process.waitForStarted(5000);
        process.write(input);
    }
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(1000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool ServerProcess::start()
{
    const Run init = run(
            {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), dbUrl()});
    if (init.exitCode != 0)
        return false;
    return restart();
}

bool ServerProcess::restart()
{
    kill();
    m_serve = std::make_unique<QProcess>();
    m_serve->setWorkingDirectory(m_dir.path());
    QStringList arguments{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--db"), dbUrl()};
    if (!m_serveConfig.isEmpty())
        arguments << QStringLiteral("--config") << m_serveConfig;
    m_serve->start(binary(), arguments);
    const QByteArray prefix("listening on ");
    QDeadlineTimer deadline(5000);
    QByteArray out;
    while (!deadline.hasExpired() && m_serve->state() != QProcess::NotRunning) {
        m_serve->waitForReadyRead(100);
        out += m_serve->readAllStandardOutput();
        const int at = out.indexOf(prefix);
        const int end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_baseUrl = QUrl(
                    QString::fromLatin1(out.mid(at + prefix.size(), end - at - prefix.size())));
            return m_baseUrl.port() > 0;
        }
    }
    return false;
}

void ServerProcess::setServeConfig(const QByteArray &ini)
{
    m_serveConfig = m_dir.filePath(QStringLiteral("serve.conf"));
    QFile file(m_serveConfig);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(ini);
}

void ServerProcess::kill()
{
    if (!m_serve)
        return;
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished(2000);
    }
    m_stderr += m_serve->readAllStandardError();
    m_serve.reset();
}

QByteArray ServerProcess::stderrSoFar()
{
    if (m_serve)
        m_stderr += m_serve->readAllStandardError();
    return m_stderr;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpReply httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = network.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(4000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    if (!reply->isFinished()) {
        reply->abort();
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    delete reply;
    return result;
}
