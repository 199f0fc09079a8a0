#include "servercommandline.h"

#include "domain/passwordhash.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

namespace ow {

namespace {

using Outcome = ServerCommandLine::Outcome;

const QString programName = QStringLiteral("onewindow-server");

Outcome usageError(const QString &message, const QString &helpCommand = {})
{
    Outcome outcome;
    outcome.action = Outcome::Action::UsageError;
    outcome.text = programName + QStringLiteral(": ") + message + QStringLiteral("\nRun '")
            + programName + (helpCommand.isEmpty() ? QString() : QLatin1Char(' ') + helpCommand)
            + QStringLiteral(" --help' for the options.\n");
    return outcome;
}

Outcome showText(const QString &text)
{
    Outcome outcome;
    outcome.action = Outcome::Action::ShowText;
    outcome.text = text;
    return outcome;
}

QString dbOptionHelp()
{
    return QStringLiteral("The database: sqlite:PATH. Default: $%1 when set, else sqlite:%2.")
            .arg(DatabaseUrl::environmentVariable(), DatabaseUrl::appDataPath());
}

// What every command accepts.
struct CommonOptions
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this help.")};
    QCommandLineOption db{QStringLiteral("db"), dbOptionHelp(), QStringLiteral("URL")};
    QCommandLineOption config{QStringLiteral("config"),
                              QStringLiteral("Read settings from this ini file (see "
                                             "docs/server.md); options given here win."),
                              QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({help, db, config}); }
};

QString commandHelp(const QString &command, const QString &description,
                    const QCommandLineParser &parser)
{
    // helpText() names the program only; put the command into the usage line.
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1Char('\n')) + 1);
    return QStringLiteral("Usage: ") + programName + QLatin1Char(' ') + command
            + QStringLiteral(" [options]\n\n") + description + QStringLiteral("\n") + options;
}

// Applies the ini file, then the command line's --db, then the environment and the default.
std::optional<Outcome> readCommon(const QCommandLineParser &parser, const CommonOptions &common,
                                  const QString &command, ServerConfig &config,
                                  QSettings **settingsOut,
                                  std::unique_ptr<QSettings> &settingsHolder)
{
    QString dbText;
    if (parser.isSet(common.config)) {
        config.configFile = parser.value(common.config);
        if (!QFileInfo(config.configFile).isFile())
            return usageError(
                    QStringLiteral("the config file %1 does not exist.").arg(config.configFile),
                    command);
        settingsHolder = std::make_unique<QSettings>(config.configFile, QSettings::IniFormat);
        if (settingsHolder->status() != QSettings::NoError)
            return usageError(QStringLiteral("the config file %1 cannot be read as an ini file.")
                                      .arg(config.configFile),
                              command);
        *settingsOut = settingsHolder.get();
        dbText = settingsHolder->value(QStringLiteral("database/url")).toString();
    }
    if (parser.isSet(common.db))
        dbText = parser.value(common.db);
    if (dbText.isEmpty())
        dbText = DatabaseUrl::defaultText();
    auto db = DatabaseUrl::parse(dbText);
    if (!db)
        return usageError(db.error().message, command);
    config.database = db.value();
    return std::nullopt;
}

Outcome parseInit(const QStringList &arguments)
{
    const QString command = QStringLiteral("init");
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Also load the demo county hall, its two township "
                                                 "points and one demo user per role."));
    const QCommandLineOption force(
            QStringLiteral("force"),
            QStringLiteral("Run init again over an initialised database: replaces the catalogue "
                           "and the calendar with the ones built in, adds or updates the demo "
                           "directory with --demo. Never deletes places, users, cases or the "
                           "audit log."));
    parser.addOptions({demo, force});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(common.help)) {
        return showText(commandHelp(
                command,
                QStringLiteral("Creates the server database with the service catalogue and the "
                               "working-day calendar built into this program. Refuses a database "
                               "that is already initialised unless --force is given."),
                parser));
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("init takes no arguments (got \"%1\").")
                                  .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                          command);
    Outcome outcome;
    outcome.action = Outcome::Action::Run;
    outcome.config.command = ServerConfig::Command::Init;
    std::unique_ptr<QSettings> holder;
    QSettings *settings = nullptr;
    if (auto failed = readCommon(parser, common, command, outcome.config, &settings, holder))
        return *failed;
    outcome.config.demo = parser.isSet(demo);
    outcome.config.force = parser.isSet(force);
    return outcome;
}

std::optional<QHostAddress> hostAddress(const QString &text)
{
    if (text == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

Outcome parseServe(const QStringList &arguments)
{
    const QString command = QStringLiteral("serve");
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption listen(
            QStringLiteral("listen"),
            QStringLiteral("The address to listen on (default 127.0.0.1; 0.0.0.0 or :: for "
                           "all). In production listen on 127.0.0.1 behind a TLS reverse "
                           "proxy."),
            QStringLiteral("ADDR"));
    const QCommandLineOption port(
            QStringLiteral("port"),
            QStringLiteral("The TCP port (default %1; 0 picks a free one). The bound address is "
                           "printed on stdout as 'listening on http://ADDR:PORT'.")
                    .arg(ServerConfig::defaultPort),
            QStringLiteral("N"));
    parser.addOptions({listen, port});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(common.help)) {
        return showText(commandHelp(
                command,
                QStringLiteral("Serves the HTTP API (GET /health, /api/v1/catalog, "
                               "/api/v1/directory/places) until stopped with SIGINT or SIGTERM. "
                               "Logs one JSON line per request on stderr."),
                parser));
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("serve takes no arguments (got \"%1\").")
                                  .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                          command);
    Outcome outcome;
    outcome.action = Outcome::Action::Run;
    ServerConfig &config = outcome.config;
    config.command = ServerConfig::Command::Serve;
    std::unique_ptr<QSettings> holder;
    QSettings *settings = nullptr;
    if (auto failed = readCommon(parser, common, command, config, &settings, holder))
        return *failed;

    QString listenText
            = settings ? settings->value(QStringLiteral("http/listen")).toString() : QString();
    QString portText
            = settings ? settings->value(QStringLiteral("http/port")).toString() : QString();
    const QString bodyText = settings
            ? settings->value(QStringLiteral("http/max_body_bytes")).toString()
            : QString();
    if (parser.isSet(listen))
        listenText = parser.value(listen);
    if (parser.isSet(port))
        portText = parser.value(port);
    if (!listenText.isEmpty()) {
        const auto address = hostAddress(listenText);
        if (!address)
            return usageError(
                    QStringLiteral("--listen: \"%1\" is not an IP address.").arg(listenText),
                    command);
        config.listenAddress = *address;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value > 65535)
            return usageError(
                    QStringLiteral("--port: \"%1\" is not a port number (0-65535).").arg(portText),
                    command);
        config.port = quint16(value);
    }
    if (!bodyText.isEmpty()) {
        bool ok = false;
        const qint64 value = bodyText.toLongLong(&ok);
        if (!ok || value < 1024)
            return usageError(QStringLiteral("http/max_body_bytes in %1: \"%2\" is not a size "
                                             "in bytes (at least 1024).")
                                      .arg(config.configFile, bodyText),
                              command);
        config.maxBodyBytes = value;
    }
    // The per-device request limit: an operator raises it for a hall with a proxy in front that
    // makes many devices one address, or lowers it for a weak server.
    const auto limit = [&](const QString &key, int *field, int max) -> bool {
        const QString text = settings ? settings->value(key).toString() : QString();
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 1 || value > max)
            return false;
        *field = value;
        return true;
    };
    for (const auto &[key, field] :
         {std::pair{QStringLiteral("http/device_requests_per_second"),
                    &config.deviceRequestsPerSecond},
          std::pair{QStringLiteral("http/device_burst"), &config.deviceBurst}}) {
        if (!limit(key, field, 100000))
            return usageError(QStringLiteral("%1 in %2: \"%3\" is not a whole number from 1 to "
                                             "100000.")
                                      .arg(key, config.configFile, settings->value(key).toString()),
                              command);
    }
    return outcome;
}

Outcome parseCatalog(const QStringList &arguments)
{
    const QString command = QStringLiteral("catalog export");
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("json (default) or tsv (one line per item)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption embedded(
            QStringLiteral("embedded"),
            QStringLiteral("Export the catalogue built into this program instead of the "
                           "database's (needs no database)."));
    parser.addOptions({format, embedded});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(common.help) && positional.isEmpty()) {
        return showText(QStringLiteral("Usage: %1 catalog <subcommand> [options]\n\n"
                                       "Subcommands:\n"
                                       "  export   Print the service catalogue to stdout.\n")
                                .arg(programName));
    }
    if (positional.isEmpty())
        return usageError(QStringLiteral("catalog needs a subcommand: export."),
                          QStringLiteral("catalog"));
    if (positional.first() != QLatin1String("export"))
        return usageError(QStringLiteral("unknown catalog subcommand \"%1\" (known: export).")
                                  .arg(positional.first()),
                          QStringLiteral("catalog"));
    if (parser.isSet(common.help)) {
        return showText(commandHelp(
                command,
                QStringLiteral("Prints the service catalogue the server holds (items with their "
                               "materials and flags, departments, version) to stdout."),
                parser));
    }
    if (positional.size() > 1)
        return usageError(QStringLiteral("catalog export takes no arguments (got \"%1\").")
                                  .arg(positional.mid(1).join(QLatin1Char(' '))),
                          command);
    Outcome outcome;
    outcome.action = Outcome::Action::Run;
    ServerConfig &config = outcome.config;
    config.command = ServerConfig::Command::CatalogExport;
    std::unique_ptr<QSettings> holder;
    QSettings *settings = nullptr;
    if (auto failed = readCommon(parser, common, command, config, &settings, holder))
        return *failed;
    const QString formatText = parser.value(format);
    if (formatText == QLatin1String("json"))
        config.exportFormat = ServerConfig::ExportFormat::Json;
    else if (formatText == QLatin1String("tsv"))
        config.exportFormat = ServerConfig::ExportFormat::Tsv;
    else
        return usageError(QStringLiteral("--format: \"%1\" is not json or tsv.").arg(formatText),
                          command);
    config.embedded = parser.isSet(embedded);
    return outcome;
}

Outcome parseDemo(const QStringList &arguments)
{
    const QString command = QStringLiteral("demo seed");
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("How many cases to generate (default 10000)."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption places(
            QStringLiteral("places"),
            QStringLiteral("Township points besides the county hall (default 4)."),
            QStringLiteral("M"), QStringLiteral("4"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("The random seed: the same seed gives the same "
                                                 "data (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption client(
            QStringLiteral("client"),
            QStringLiteral("Create a client store at PATH (it must not exist) and fill it, "
                           "instead of the server database."),
            QStringLiteral("PATH"));
    parser.addOptions({cases, places, seed, client});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(common.help) && positional.isEmpty()) {
        return showText(QStringLiteral("Usage: %1 demo <subcommand> [options]\n\n"
                                       "Subcommands:\n"
                                       "  seed   Fill a database with generated demo data.\n")
                                .arg(programName));
    }
    if (positional.isEmpty())
        return usageError(QStringLiteral("demo needs a subcommand: seed."), QStringLiteral("demo"));
    if (positional.first() != QLatin1String("seed"))
        return usageError(QStringLiteral("unknown demo subcommand \"%1\" (known: seed).")
                                  .arg(positional.first()),
                          QStringLiteral("demo"));
    if (parser.isSet(common.help)) {
        return showText(commandHelp(
                command,
                QStringLiteral("Fills an empty database with realistic demo data: applicants with "
                               "valid ID numbers and credit codes, cases of the built-in "
                               "catalogue in every state with times on the working-day "
                               "calendar, their materials and history, help-agent tasks, "
                               "ratings with follow-ups and appeals, the county hall and its "
                               "township points. Into the server database (SQLite or "
                               "PostgreSQL, --db) it also writes the change log, so that "
                               "devices pull what it made. Reproducible from --seed. See "
                               "docs/performance.md."),
                parser));
    }
    if (positional.size() > 1)
        return usageError(QStringLiteral("demo seed takes no arguments (got \"%1\").")
                                  .arg(positional.mid(1).join(QLatin1Char(' '))),
                          command);
    Outcome outcome;
    outcome.action = Outcome::Action::Run;
    ServerConfig &config = outcome.config;
    config.command = ServerConfig::Command::DemoSeed;
    std::unique_ptr<QSettings> holder;
    QSettings *settings = nullptr;
    if (auto failed = readCommon(parser, common, command, config, &settings, holder))
        return *failed;
    bool ok = false;
    config.demoCases = parser.value(cases).toLongLong(&ok);
    if (!ok || config.demoCases < 0)
        return usageError(QStringLiteral("--cases: \"%1\" is not a number of cases.")
                                  .arg(parser.value(cases)),
                          command);
    config.demoPlaces = parser.value(places).toInt(&ok);
    if (!ok || config.demoPlaces < 0 || config.demoPlaces > 17)
        return usageError(QStringLiteral("--places: \"%1\" is not a number from 0 to 17 (the "
                                         "towns of the demo county).")
                                  .arg(parser.value(places)),
                          command);
    config.demoSeed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed: \"%1\" is not a number.").arg(parser.value(seed)),
                          command);
    config.demoClientPath = parser.value(client);
    return outcome;
}

// The commands added with sync: `<group> <sub> [--opt VALUE]... [FILE]`.
struct SimpleCommand
{
    QString group;
    QString sub;
    ServerConfig::Command command;
    QString description;
    QList<QCommandLineOption> options;
    QStringList required; // option names
    QString positional;   // name of the one positional argument, empty: none
};

Outcome parseSimple(const SimpleCommand &spec, const QStringList &arguments)
{
    const QString command
            = spec.group + (spec.sub.isEmpty() ? QString() : QLatin1Char(' ') + spec.sub);
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    parser.addOptions(spec.options);
    if (!spec.positional.isEmpty())
        parser.addPositionalArgument(spec.positional, QStringLiteral("The file."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    QStringList positional = parser.positionalArguments();
    if (!spec.sub.isEmpty())
        positional.removeFirst(); // the subcommand word
    if (parser.isSet(common.help))
        return showText(commandHelp(command, spec.description, parser));
    for (const QString &name : spec.required) {
        if (!parser.isSet(name))
            return usageError(QStringLiteral("%1 needs --%2.").arg(command, name), command);
    }
    const int wanted = spec.positional.isEmpty() ? 0 : 1;
    if (positional.size() != wanted)
        return usageError(wanted ? QStringLiteral("%1 needs one %2.").arg(command, spec.positional)
                                 : QStringLiteral("%1 takes no arguments (got \"%2\").")
                                           .arg(command, positional.join(QLatin1Char(' '))),
                          command);
    Outcome outcome;
    outcome.action = Outcome::Action::Run;
    ServerConfig &config = outcome.config;
    config.command = spec.command;
    std::unique_ptr<QSettings> holder;
    QSettings *settings = nullptr;
    if (auto failed = readCommon(parser, common, command, config, &settings, holder))
        return *failed;
    const auto value = [&parser](const char *name) {
        const QString n = QString::fromLatin1(name);
        return parser.optionNames().contains(n) ? parser.value(n) : QString();
    };
    config.placeCode = value("place");
    config.deviceName = value("name");
    config.deviceId = value("device");
    config.username = value("username");
    config.role = value("role");
    config.departmentCode = value("department");
    config.displayName = spec.command == ServerConfig::Command::UserAdd ? value("name") : QString();
    config.passwordStdin = parser.optionNames().contains(QStringLiteral("password-stdin"))
            && parser.isSet(QStringLiteral("password-stdin"));
    if (const QString cost = value("password-iterations"); !cost.isEmpty()) {
        bool ok = false;
        config.passwordIterations = cost.toInt(&ok);
        if (!ok || config.passwordIterations < PasswordHash::minimumIterations)
            return usageError(QStringLiteral("--password-iterations: \"%1\" is not a number of "
                                             "at least %2.")
                                      .arg(cost)
                                      .arg(PasswordHash::minimumIterations),
                              command);
    }
    config.file = wanted ? positional.first() : value("to");
    return outcome;
}

QList<SimpleCommand> simpleCommands()
{
    const QCommandLineOption place(QStringLiteral("place"), QStringLiteral("The place code."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("A name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption device(QStringLiteral("device"),
                                    QStringLiteral("The device id (or its short id)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption username(QStringLiteral("username"), QStringLiteral("Login name."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("counter, agent, township, approver, "
                                                 "supervisor, auditor or admin."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        QStringLiteral("Approvers: their department code."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The backup file to write."),
                                QStringLiteral("FILE"));
    const QCommandLineOption passwordStdin(
            QStringLiteral("password-stdin"),
            QStringLiteral("Read the password from the first line of standard input."));
    const QCommandLineOption iterations(
            QStringLiteral("password-iterations"),
            QStringLiteral("PBKDF2 cost (default: the database's password_iterations, "
                           "600000); lower only for tests."),
            QStringLiteral("N"));
    using C = ServerConfig::Command;
    return {
            {QStringLiteral("device"),
             QStringLiteral("enroll"),
             C::DeviceEnroll,
             QStringLiteral("Prints a one-time enrollment code (valid 7 days) for a new device "
                            "at the place."),
             {place, name},
             {QStringLiteral("place")},
             {}},
            {QStringLiteral("device"),
             QStringLiteral("revoke"),
             C::DeviceRevoke,
             QStringLiteral("Revokes a device: its token stops working at once."),
             {device},
             {QStringLiteral("device")},
             {}},
            {QStringLiteral("device"),
             QStringLiteral("list"),
             C::DeviceList,
             QStringLiteral("Lists the enrolled devices."),
             {},
             {},
             {}},
            {QStringLiteral("user"),
             QStringLiteral("add"),
             C::UserAdd,
             QStringLiteral("Adds (or updates) a user; devices pull it with the directory."),
             {username, name, role, place, department, passwordStdin, iterations},
             {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
              QStringLiteral("place")},
             {}},
            {QStringLiteral("user"),
             QStringLiteral("disable"),
             C::UserDisable,
             QStringLiteral("Disables a user: its sessions end at once, its devices' pending "
                            "changes are refused."),
             {username},
             {QStringLiteral("username")},
             {}},
            {QStringLiteral("user"),
             QStringLiteral("passwd"),
             C::UserPasswd,
             QStringLiteral("Sets a user's password (from stdin); the user chooses a new one at "
                            "the next sign-in."),
             {username, passwordStdin, iterations},
             {QStringLiteral("username"), QStringLiteral("password-stdin")},
             {}},
            {QStringLiteral("catalog"),
             QStringLiteral("import"),
             C::CatalogImport,
             QStringLiteral("Replaces the service catalogue from a JSON or TSV file; devices "
                            "pull it."),
             {},
             {},
             QStringLiteral("FILE")},
            {QStringLiteral("calendar"),
             QStringLiteral("import"),
             C::CalendarImport,
             QStringLiteral("Replaces the working-day calendar from a file; devices pull it."),
             {},
             {},
             QStringLiteral("FILE")},
            {QStringLiteral("backup"),
             QString(),
             C::Backup,
             QStringLiteral("Writes a consistent copy of the database (SQLite online backup), "
                            "also while the server is serving."),
             {to},
             {QStringLiteral("to")},
             {}},
            {QStringLiteral("sync"),
             QStringLiteral("compact"),
             C::SyncCompact,
             QStringLiteral("Deletes superseded pull history older than pull_history_days."),
             {},
             {},
             {}},
            {QStringLiteral("audit"),
             QStringLiteral("verify"),
             C::AuditVerify,
             QStringLiteral("Verifies the server's audit chain and every device's audit chain; "
                            "exits 1 at the first broken chain."),
             {},
             {},
             {}},
    };
}

} // namespace

QString ServerCommandLine::overview()
{
    return QStringLiteral(
                   "Usage: %1 <command> [options]\n"
                   "\n"
                   "The OneWindow (一窗通) central server.\n"
                   "\n"
                   "Commands:\n"
                   "  init             Create the server database (catalogue, calendar; --demo "
                   "adds the demo hall).\n"
                   "  serve            Serve the HTTP API.\n"
                   "  catalog export   Print the service catalogue (json or tsv).\n"
                   "  catalog import   Replace the catalogue from a JSON or TSV file.\n"
                   "  calendar import  Replace the working-day calendar from a file.\n"
                   "  user add         Add a user (--password-stdin sets its password).\n"
                   "  user disable     Disable a user and end its sessions.\n"
                   "  user passwd      Set a user's password from stdin.\n"
                   "  device enroll    Print a one-time enrollment code for a device.\n"
                   "  device revoke    Revoke a device.\n"
                   "  device list      List the devices.\n"
                   "  backup --to F    Write a consistent copy of the database.\n"
                   "  sync compact     Delete superseded pull history.\n"
                   "  audit verify     Verify the server's and every device's audit chain.\n"
                   "  demo seed        Fill a database with generated demo data.\n"
                   "\n"
                   "Options:\n"
                   "  -h, --help       Show this help; '%1 <command> --help' shows a command's "
                   "options.\n"
                   "  -v, --version    Show the version.\n"
                   "\n"
                   "The database (--db URL) is sqlite:PATH. Without --db (or database/url in a "
                   "--config file) it is\n"
                   "$%2 when set, else sqlite:%3.\n"
                   "\n"
                   "Exit codes: 0 success, 1 the command failed, 2 wrong usage.\n")
            .arg(programName, DatabaseUrl::environmentVariable(), DatabaseUrl::appDataPath());
}

ServerCommandLine::Outcome ServerCommandLine::parse(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // QCommandLineParser reads the program name first: keep it, drop the command word.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, programName));
    if (command.isEmpty())
        return usageError(QStringLiteral("no command given (init, serve, catalog export)."));
    if (command == QLatin1String("-h") || command == QLatin1String("--help")
        || command == QLatin1String("help")) {
        if (arguments.size() > 2) {
            // `help serve` = `serve --help`
            QStringList forCommand{arguments.value(0, programName)};
            forCommand << arguments.mid(2) << QStringLiteral("--help");
            return parse(forCommand);
        }
        return showText(overview());
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version"))
        return showText(programName + QLatin1Char(' ') + QStringLiteral(ONEWINDOW_VERSION)
                        + QLatin1Char('\n'));
    if (command == QLatin1String("init"))
        return parseInit(rest);
    if (command == QLatin1String("serve"))
        return parseServe(rest);
    for (const SimpleCommand &spec : simpleCommands()) {
        if (command == spec.group && (spec.sub.isEmpty() || rest.value(1) == spec.sub))
            return parseSimple(spec, rest);
    }
    if (command == QLatin1String("catalog"))
        return parseCatalog(rest);
    if (command == QLatin1String("demo"))
        return parseDemo(rest);
    if (command.startsWith(QLatin1Char('-')))
        return usageError(QStringLiteral("options come after the command: %1 <command> %2 ...")
                                  .arg(programName, command));
    return usageError(QStringLiteral("unknown command \"%1\" (known: init, serve, catalog "
                                     "export, demo seed).")
                              .arg(command));
}

} // namespace ow
