#include "servercommands.h"

#include "apiserver.h"
#include "catalogexport.h"
#include "embeddeddata.h"
#include "serverdatabase.h"
#include "serverinfostore.h"
#include "serverinit.h"
#include "shutdownsignals.h"
#include "store/catalogstore.h"
#include "store/demogenerator.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const Error &error)
{
    QString text = QStringLiteral("onewindow-server: ") + error.message + QLatin1Char('\n');
    if (!error.detail.isEmpty())
        text += QStringLiteral("  (") + error.detail + QStringLiteral(")\n");
    print(stderr, text);
    return 1;
}

QString urlHost(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + address.toString() + QLatin1Char(']');
    return address.toString();
}

} // namespace

int ServerCommands::run(const ServerConfig &config)
{
    switch (config.command) {
    case ServerConfig::Command::Init:
        return init(config);
    case ServerConfig::Command::Serve:
        return serve(config);
    case ServerConfig::Command::CatalogExport:
        return exportCatalog(config);
    case ServerConfig::Command::DemoSeed:
        return demoSeed(config);
    }
    return 2;
}

int ServerCommands::init(const ServerConfig &config)
{
    const auto report = ServerInit::run(config.database, {config.demo, config.force});
    if (!report)
        return fail(report.error());
    QStringList years;
    for (int year : report->calendarYears)
        years.append(QString::number(year));
    QString text = QStringLiteral("%1 %2\n  catalogue %3: %4 items from %5 departments\n"
                                  "  working-day calendar: %6\n")
                           .arg(report->reinitialised ? QStringLiteral("Re-initialised")
                                                      : QStringLiteral("Initialised"),
                                config.database.toString(), report->catalogVersion)
                           .arg(report->items)
                           .arg(report->departments)
                           .arg(years.join(QStringLiteral(", ")));
    if (config.demo)
        text += QStringLiteral("  demo directory: %1 places, %2 users\n")
                        .arg(report->places)
                        .arg(report->users);
    print(stdout, text);
    return 0;
}

int ServerCommands::serve(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    const auto info = ServerInfoStore(opened.value()).info();
    if (!info)
        return fail(info.error());
    if (!info->has_value()) {
        return fail({QStringLiteral("db.not_initialised"),
                     QStringLiteral("The database %1 was never initialised (or init was "
                                    "interrupted). Run: onewindow-server init --db %1")
                             .arg(config.database.toString()),
                     {}});
    }

    ApiServer server(opened.value(), {config.maxBodyBytes});
    const quint16 port = server.listen(config.listenAddress, config.port);
    if (port == 0) {
        return fail({QStringLiteral("serve.listen"),
                     QStringLiteral("Cannot listen on %1:%2. Is another server using the port, "
                                    "or is the address not one of this machine's?")
                             .arg(urlHost(config.listenAddress))
                             .arg(config.port),
                     {}});
    }
    // Scripts and tests read this line to learn the port (with --port 0).
    print(stdout,
          QStringLiteral("listening on http://%1:%2\n")
                  .arg(urlHost(config.listenAddress))
                  .arg(port));
    const QJsonObject started{
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("event"), QStringLiteral("started")},
            {QStringLiteral("version"), QStringLiteral(ONEWINDOW_VERSION)},
            {QStringLiteral("database"), config.database.toString()},
            {QStringLiteral("listen"), urlHost(config.listenAddress)},
            {QStringLiteral("port"), int(port)}};
    print(stderr,
          QString::fromUtf8(QJsonDocument(started).toJson(QJsonDocument::Compact))
                  + QLatin1Char('\n'));

    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &server, [](int signalNumber) {
        const QJsonObject stopping{{QStringLiteral("time"),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("event"), QStringLiteral("stopping")},
                                   {QStringLiteral("signal"), signalNumber}};
        print(stderr,
              QString::fromUtf8(QJsonDocument(stopping).toJson(QJsonDocument::Compact))
                      + QLatin1Char('\n'));
        QCoreApplication::quit();
    });
    return QCoreApplication::exec() == 0 ? 0 : 1;
}

int ServerCommands::exportCatalog(const ServerConfig &config)
{
    Result<Catalog> catalog = [&]() -> Result<Catalog> {
        if (config.embedded)
            return EmbeddedData::catalog();
        auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
        if (!opened) {
            Error error = opened.error();
            if (error.code == QLatin1String("db.missing"))
                error.message += QStringLiteral(" Or export the built-in catalogue with "
                                                "--embedded.");
            return error;
        }
        return CatalogStore(opened.value()).load();
    }();
    if (!catalog)
        return fail(catalog.error());
    const QByteArray bytes = config.exportFormat == ServerConfig::ExportFormat::Json
            ? CatalogExport::json(catalog.value())
            : CatalogExport::tsv(catalog.value());
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
}

int ServerCommands::demoSeed(const ServerConfig &config)
{
    QString path = config.demoClientPath;
    if (!path.isEmpty()) {
        if (QFileInfo::exists(path)) {
            return fail({QStringLiteral("demo.exists"),
                         QStringLiteral("%1 exists: demo data goes into a new client store only.")
                                 .arg(path),
                         {}});
        }
        // The store as the application creates it: schema, catalogue, calendar, demo directory.
        auto workspace = Workspace::open(path);
        if (!workspace)
            return fail(workspace.error());
    } else {
        auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
        if (!opened)
            return fail(opened.error());
        path = config.database.path;
    }
    DemoOptions options;
    options.cases = config.demoCases;
    options.townships = config.demoPlaces;
    options.seed = config.demoSeed;
    const auto report = DemoGenerator::generate(path, options);
    if (!report) {
        Error error = report.error();
        if (error.code == QLatin1String("demo.no_case_tables") && config.demoClientPath.isEmpty())
            error.message += QStringLiteral(" The server database keeps no cases yet (they "
                                            "arrive with sync); fill a client store with "
                                            "--client PATH.");
        return fail(error);
    }
    const DemoReport &r = report.value();
    QString text = QStringLiteral("Seeded %1 in %2 s: %3 cases (%4 top-level), %5 applicants, "
                                  "%6 history rows, %7 places, %8 users, received %9 .. %10\n")
                           .arg(path)
                           .arg(r.seconds, 0, 'f', 1)
                           .arg(r.cases)
                           .arg(config.demoCases)
                           .arg(r.applicants)
                           .arg(r.history)
                           .arg(r.places)
                           .arg(r.users)
                           .arg(r.from.toString(Qt::ISODate), r.asOf.toString(Qt::ISODate));
    for (auto it = r.states.cbegin(); it != r.states.cend(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key(), -20).arg(it.value());
    print(stdout, text);
    return 0;
}

} // namespace ow
