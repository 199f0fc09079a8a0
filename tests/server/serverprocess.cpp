#include "serverprocess.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTimer>

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    kill();
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
    m_serve->start(binary(),
                   {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--db"), dbUrl()});
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
