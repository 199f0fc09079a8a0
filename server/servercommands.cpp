#include "servercommands.h"

#include "apiserver.h"
#include "authstore.h"
#include "catalogexport.h"
#include "countyrollup.h"
#include "demoseed.h"
#include "deviceaudit.h"
#include "domain/catalogloader.h"
#include "domain/directory.h"
#include "domain/role.h"
#include "domain/uuidv7.h"
#include "domain/workcalendar.h"
#include "embeddeddata.h"
#include "serverdatabase.h"
#include "serverinfostore.h"
#include "serverinit.h"
#include "shutdownsignals.h"
#include "store/calendarstore.h"
#include "store/catalogstore.h"
#include "store/demogenerator.h"
#include "store/directorystore.h"
#include "store/workspace.h"
#include "syncstore.h"
#include "systemactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <sqlite3.h>

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

// The first line of stdin, without its line end (a password never goes on the command line,
// where `ps` shows it).
QString readPassword()
{
    QTextStream in(stdin);
    QString line = in.readLine();
    while (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
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
    case ServerConfig::Command::DeviceEnroll:
    case ServerConfig::Command::DeviceRevoke:
    case ServerConfig::Command::DeviceList:
        return device(config);
    case ServerConfig::Command::UserAdd:
        return userAdd(config);
    case ServerConfig::Command::UserDisable:
        return userDisable(config);
    case ServerConfig::Command::UserPasswd:
        return userPasswd(config);
    case ServerConfig::Command::CatalogImport:
    case ServerConfig::Command::CalendarImport:
        return importData(config);
    case ServerConfig::Command::Backup:
        return backup(config);
    case ServerConfig::Command::SyncCompact:
        return compact(config);
    case ServerConfig::Command::AuditVerify:
        return auditVerify(config);
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

    // The county roll-up built again when migration 8 just ran or the calendar or the bundles
    // changed (CountyRollup), before the first summary asks.
    if (Status s = CountyRollup::rebuildIfStale(opened.value()); !s)
        return fail(s.error());

    ApiServer::Limits limits;
    limits.maxBodyBytes = config.maxBodyBytes;
    limits.requestsPerSecond = config.deviceRequestsPerSecond;
    limits.burst = config.deviceBurst;
    ApiServer server(opened.value(), limits);
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

    // Superseded pull history is compacted hourly (also `sync compact`).
    QTimer compaction;
    SyncStore compactor(opened.value());
    QObject::connect(&compaction, &QTimer::timeout, &server, [&compactor] {
        auto removed = compactor.compact(QDateTime::currentDateTimeUtc());
        if (!removed)
            qWarning("compaction: %s", qPrintable(removed.error().detail));
    });
    compaction.start(std::chrono::hours(1));

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
    DemoOptions options;
    options.cases = config.demoCases;
    options.townships = config.demoPlaces;
    options.seed = config.demoSeed;
    DemoReport r;
    QString target;
    QString published;
    if (!config.demoClientPath.isEmpty()) {
        target = config.demoClientPath;
        if (QFileInfo::exists(target)) {
            return fail({QStringLiteral("demo.exists"),
                         QStringLiteral("%1 exists: demo data goes into a new client store only.")
                                 .arg(target),
                         {}});
        }
        // The store as the application creates it: schema, catalogue, calendar, demo directory.
        {
            auto workspace = Workspace::open(target);
            if (!workspace)
                return fail(workspace.error());
        }
        const auto report = DemoGenerator::generate(target, options);
        if (!report)
            return fail(report.error());
        r = report.value();
    } else {
        // The server database: the rows, then their change log, so that devices pull them.
        target = config.database.toString();
        const auto report = DemoSeed::run(config.database, options);
        if (!report)
            return fail(report.error());
        r = report->generated;
        const SyncStore::SeedPublished &p = report->published;
        published = QStringLiteral("  change log: %1 changes (%2 cases, %3 tasks, %4 ratings)\n")
                            .arg(p.changes)
                            .arg(p.cases)
                            .arg(p.tasks)
                            .arg(p.ratings);
    }
    QString text = QStringLiteral("Seeded %1 in %2 s: %3 cases (%4 top-level), %5 applicants, "
                                  "%6 history rows, %7 tasks, %8 ratings, %9 places, %10 users, "
                                  "received %11 .. %12\n")
                           .arg(target)
                           .arg(r.seconds, 0, 'f', 1)
                           .arg(r.cases)
                           .arg(config.demoCases)
                           .arg(r.applicants)
                           .arg(r.history)
                           .arg(r.tasks)
                           .arg(r.ratings)
                           .arg(r.places)
                           .arg(r.users)
                           .arg(r.from.toString(Qt::ISODate), r.asOf.toString(Qt::ISODate));
    text += published;
    for (auto it = r.states.cbegin(); it != r.states.cend(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key(), -20).arg(it.value());
    print(stdout, text);
    return 0;
}

int ServerCommands::device(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    SyncStore store(opened.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (config.command == ServerConfig::Command::DeviceEnroll) {
        auto code = store.createEnrollmentCode(config.placeCode, config.deviceName, now);
        if (!code)
            return fail(code.error());
        print(stdout, QStringLiteral("%1\n").arg(code.value()));
        print(stderr,
              QStringLiteral("One-time enrollment code for a device at %1, valid until "
                             "%2 UTC.\n")
                      .arg(config.placeCode,
                           now.addDays(sync::enrollmentCodeValidDays)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return 0;
    }
    if (config.command == ServerConfig::Command::DeviceRevoke) {
        if (Status s = store.revoke(config.deviceId, now); !s)
            return fail(s.error());
        print(stdout, QStringLiteral("Revoked %1.\n").arg(config.deviceId));
        return 0;
    }
    auto devices = store.devices();
    if (!devices)
        return fail(devices.error());
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                           .arg(QStringLiteral("device id"), -36)
                           .arg(QStringLiteral("place"), -9)
                           .arg(QStringLiteral("short"), -5)
                           .arg(QStringLiteral("stream"), 6)
                           .arg(QStringLiteral("last_seq"), 8)
                           .arg(QStringLiteral("state"), -8)
                           .arg(QStringLiteral("name"));
    for (const DeviceRecord &d : devices.value()) {
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                        .arg(d.id, -36)
                        .arg(d.placeCode, -9)
                        .arg(d.shortId, -5)
                        .arg(d.stream, 6)
                        .arg(d.lastSeq, 8)
                        .arg(d.revokedAt.isValid() ? QStringLiteral("revoked")
                                                   : QStringLiteral("active"),
                             -8)
                        .arg(d.name);
    }
    print(stdout, text);
    return 0;
}

int ServerCommands::userAdd(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    const auto role = Roles::fromKey(config.role);
    if (!role)
        return fail({QStringLiteral("user.role"),
                     QStringLiteral("\"%1\" is not a role (counter, agent, township, approver, "
                                    "supervisor, auditor, admin).")
                             .arg(config.role),
                     {}});
    DirectoryStore directory(opened.value());
    const Directory current = directory.load();
    const auto existing = directory.userByName(config.username);
    User user;
    user.id = existing ? existing->id : UuidV7::createString();
    user.username = config.username;
    user.displayName = config.displayName;
    user.role = *role;
    user.placeCode = config.placeCode;
    user.departmentCode = config.departmentCode;
    user.active = true;
    QSqlDatabase db = opened.value()->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    if (Status s = directory.merge(Directory{{}, {user}}, systemActor()); !s)
        return fail(s.error());
    if (Status s
        = SyncStore(opened.value())
                  .publishGlobal({sync::entity::directory()}, QDateTime::currentDateTimeUtc());
        !s)
        return fail(s.error());
    if (Status s = transaction.commit(); !s)
        return fail(s.error());
    Q_UNUSED(current);
    if (config.passwordStdin) {
        AuthStore auth(opened.value());
        const int cost = config.passwordIterations > 0 ? config.passwordIterations
                                                       : auth.passwordIterations();
        if (Status s = auth.setPassword(user.username, readPassword(), cost, true, systemActor());
            !s)
            return fail(s.error());
    }
    print(stdout,
          QStringLiteral("%1 user %2 (%3): %4\n")
                  .arg(existing ? QStringLiteral("Updated") : QStringLiteral("Added"),
                       user.username, config.role, user.id));
    return 0;
}

int ServerCommands::userDisable(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    if (Status s
        = AuthStore(opened.value())
                  .disable(config.username, systemActor(), QDateTime::currentDateTimeUtc());
        !s)
        return fail(s.error());
    print(stdout, QStringLiteral("Disabled %1; its sessions have ended.\n").arg(config.username));
    return 0;
}

int ServerCommands::userPasswd(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    AuthStore auth(opened.value());
    const int cost
            = config.passwordIterations > 0 ? config.passwordIterations : auth.passwordIterations();
    if (Status s = auth.setPassword(config.username, readPassword(), cost, true, systemActor()); !s)
        return fail(s.error());
    print(stdout,
          QStringLiteral("Password set for %1; a new one is chosen at the next sign-in.\n")
                  .arg(config.username));
    return 0;
}

int ServerCommands::importData(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    const bool catalog = config.command == ServerConfig::Command::CatalogImport;
    QSqlDatabase db = opened.value()->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    QString what;
    if (catalog) {
        // A JSON file (as `catalog export` writes) or a folder of TSV files (docs/catalog.md).
        Result<Catalog> loaded = [&]() -> Result<Catalog> {
            if (QFileInfo(config.file).isDir())
                return CatalogLoader::load(config.file);
            QFile file(config.file);
            if (!file.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("import.read"),
                             QStringLiteral("%1 cannot be read.").arg(config.file),
                             {}};
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (!doc.isObject())
                return Error{QStringLiteral("import.json"),
                             QStringLiteral("%1 is not a JSON catalogue: %2")
                                     .arg(config.file, error.errorString()),
                             {}};
            return CatalogLoader::fromJson(doc.object());
        }();
        if (!loaded)
            return fail(loaded.error());
        if (Status s = CatalogStore(opened.value()).replace(loaded.value(), systemActor()); !s)
            return fail(s.error());
        what = QStringLiteral("catalogue %1: %2 items")
                       .arg(loaded->version)
                       .arg(loaded->items.size());
    } else {
        auto loaded = WorkCalendar::loadFile(config.file);
        if (!loaded)
            return fail(loaded.error());
        if (Status s = CalendarStore(opened.value()).replace(loaded.value(), systemActor()); !s)
            return fail(s.error());
        QStringList years;
        for (int year : loaded->years())
            years << QString::number(year);
        what = QStringLiteral("calendar: %1").arg(years.join(QStringLiteral(", ")));
    }
    if (Status s
        = SyncStore(opened.value())
                  .publishGlobal({catalog ? sync::entity::catalog() : sync::entity::calendar()},
                                 QDateTime::currentDateTimeUtc());
        !s)
        return fail(s.error());
    // A new calendar, or bundles that changed, change every day's county figures: the roll-up
    // is built again in the same transaction (CountyRollup), not by the next summary asked.
    if (Status s = CountyRollup::rebuildIfStale(opened.value()); !s)
        return fail(s.error());
    if (Status s = transaction.commit(); !s)
        return fail(s.error());
    print(stdout, QStringLiteral("Imported %1\n").arg(what));
    return 0;
}

int ServerCommands::backup(const ServerConfig &config)
{
    if (config.database.kind == DatabaseUrl::Kind::PostgreSql)
        return backupPostgres(config);
    if (config.database.kind != DatabaseUrl::Kind::Sqlite
        || !QFileInfo::exists(config.database.path))
        return fail(
                {QStringLiteral("db.missing"),
                 QStringLiteral("The database %1 does not exist.").arg(config.database.toString()),
                 {}});
    if (QFileInfo::exists(config.file))
        return fail({QStringLiteral("backup.exists"),
                     QStringLiteral("%1 exists; choose a new file.").arg(config.file),
                     {}});
    // The online backup API copies a consistent snapshot while other connections keep writing.
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    const auto close = [&] {
        sqlite3_close(source);
        sqlite3_close(target);
    };
    if (sqlite3_open_v2(QFile::encodeName(config.database.path).constData(), &source,
                        SQLITE_OPEN_READONLY, nullptr)
                != SQLITE_OK
        || sqlite3_open_v2(QFile::encodeName(config.file).constData(), &target,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
                != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target ? target : source));
        close();
        return fail({QStringLiteral("backup.open"),
                     QStringLiteral("Cannot open: %1").arg(message),
                     {}});
    }
    sqlite3_busy_timeout(source, 5000);
    sqlite3_backup *b = sqlite3_backup_init(target, "main", source, "main");
    int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
    if (b)
        sqlite3_backup_finish(b);
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    close();
    if (rc != SQLITE_DONE) {
        QFile::remove(config.file);
        return fail({QStringLiteral("backup.failed"),
                     QStringLiteral("The backup failed: %1").arg(message),
                     {}});
    }
    QFile::setPermissions(config.file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    print(stdout, QStringLiteral("Backed up %1 to %2\n").arg(config.database.path, config.file));
    return 0;
}

int ServerCommands::backupPostgres(const ServerConfig &config)
{
    if (QFileInfo::exists(config.file))
        return fail({QStringLiteral("backup.exists"),
                     QStringLiteral("%1 exists; choose a new file.").arg(config.file),
                     {}});
    // pg_dump's custom format: a consistent snapshot while the servers keep writing; restore it
    // into an empty database with pg_restore (docs/deployment.md).
    QProcess dump;
    dump.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dump.start(QStringLiteral("pg_dump"),
               {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                QStringLiteral("--file=") + config.file,
                QStringLiteral("--dbname=") + config.database.url.toString()});
    if (!dump.waitForStarted())
        return fail({QStringLiteral("backup.pg_dump"),
                     QStringLiteral("pg_dump cannot be run: install postgresql-client."),
                     dump.errorString()});
    dump.waitForFinished(-1);
    if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(config.file);
        return fail(
                {QStringLiteral("backup.failed"),
                 QStringLiteral("The backup failed (pg_dump exited with %1).").arg(dump.exitCode()),
                 {}});
    }
    QFile::setPermissions(config.file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    print(stdout,
          QStringLiteral("Backed up %1 to %2\n").arg(config.database.toString(), config.file));
    return 0;
}

int ServerCommands::compact(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    auto removed = SyncStore(opened.value()).compact(QDateTime::currentDateTimeUtc());
    if (!removed)
        return fail(removed.error());
    print(stdout, QStringLiteral("Removed %1 superseded pull changes.\n").arg(removed.value()));
    return 0;
}

int ServerCommands::auditVerify(const ServerConfig &config)
{
    auto opened = ServerDatabase::open(config.database, ServerDatabase::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    auto reports = DeviceAuditStore(opened.value()).verifyAll();
    if (!reports)
        return fail(reports.error());
    bool intact = true;
    for (const AuditChainReport &r : std::as_const(reports.value())) {
        intact = intact && r.intact();
        print(r.intact() ? stdout : stderr,
              QStringLiteral("%1 %2: %3\n")
                      .arg(r.intact() ? QStringLiteral("ok    ") : QStringLiteral("BROKEN"),
                           r.deviceId, r.message));
    }
    print(stdout, QStringLiteral("%1 chain(s) verified.\n").arg(reports->size()));
    return intact ? 0 : 1;
}

} // namespace ow
