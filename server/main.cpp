#include "servercommandline.h"
#include "servercommands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

// Qt's own warnings join the request log as JSON lines on stderr.
void jsonMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QJsonObject line{
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("level"), QLatin1String(levels[type])},
            {QStringLiteral("message"), message}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    qInstallMessageHandler(&jsonMessageHandler);

    const auto outcome = ow::ServerCommandLine::parse(QCoreApplication::arguments());
    switch (outcome.action) {
    case ow::ServerCommandLine::Outcome::Action::ShowText:
        std::fputs(outcome.text.toUtf8().constData(), stdout);
        return 0;
    case ow::ServerCommandLine::Outcome::Action::UsageError:
        std::fputs(outcome.text.toUtf8().constData(), stderr);
        return 2;
    case ow::ServerCommandLine::Outcome::Action::Run:
        break;
    }
    return ow::ServerCommands::run(outcome.config);
}
