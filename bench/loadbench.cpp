// onewindow-bench load: many simulated devices against one real onewindow-server (issue 6,
// "Speed and scale"). Each device is enrolled like a real one (a code from `device enroll`, then
// POST /sync/v1/enroll) and then, from a pool of driver threads, pushes batches of intakes
// (case.receive + case.accept, cloned from one real intake) and pulls a page of its place's
// bucket after each push. Reported: push and pull rates, request latency (p50/p95), errors, the
// server's CPU per mutation and its peak RSS (VmHWM of the server process), and how push cost
// grows with the batch size (1, 10, 100, 1000) and with the number of devices (10, 50, 200).

#include "benchdata.h"
#include "benchregistry.h"
#include "benchreport.h"
#include "benchserver.h"
#include "domain/residentid.h"
#include "domain/uuidv7.h"
#include "store/casestore.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "sync/synchttp.h"
#include "sync/syncprotocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <memory>
#include <unistd.h>

namespace ow::bench {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QString kPlace = QStringLiteral("621221");
const QString kItem = QStringLiteral("621221-SCJG-0001");

QString idNumber(qint64 n)
{
    const QDate birth = QDate(1950, 1, 1).addDays(n % 20000);
    const QString first17 = QStringLiteral("621221") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg((n / 20000) % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

// The two outbox rows of one real intake (case.receive, case.accept), to clone.
struct Templates
{
    OutboxMutation receive;
    OutboxMutation accept;
    QString numberPrefix; // place-date
};

Result<Templates> makeTemplates(const QString &dir)
{
    auto workspace = Workspace::open(dir + QStringLiteral("/model.sqlite"));
    if (!workspace)
        return workspace.error();
    CaseStore cases(workspace.value()->database(), workspace.value()->calendar());
    const Catalog catalog = workspace.value()->catalog().load().value();
    IntakeRequest r;
    r.item = *catalog.item(kItem);
    r.applicant.name = QStringLiteral("张伟");
    r.applicant.idNumber = idNumber(0);
    r.applicant.phone = QStringLiteral("13893912345");
    r.applicant.address = QStringLiteral("成县城关镇东大街12号");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    auto model = cases.intake(r, workspace.value()->actor(), QStringLiteral("B1"),
                              QDateTime::currentDateTimeUtc());
    if (!model)
        return model.error();
    const QList<OutboxMutation> rows
            = Outbox::pending(workspace.value()->database()->connection(), 2);
    if (rows.size() != 2)
        return Error{QStringLiteral("bench.template"), QStringLiteral("no intake rows"), {}};
    return Templates{rows[0], rows[1], model->number.section(QLatin1Char('-'), 0, 1)};
}

// One simulated device: its enrollment and where its stream and pull stand.
struct SimDevice
{
    QString token;
    QString shortId;
    qint64 seq = 0;    // the last seq pushed
    qint64 serial = 0; // its case numbers
    QString cursor;    // of its place's bucket
    qint64 applicant = 0;
};

// The next `count` mutations of a device (count/2 intakes, rounded up to whole intakes).
QList<sync::PushMutation> nextMutations(SimDevice &device, const Templates &t, int count,
                                        qint64 applicantBase)
{
    QList<sync::PushMutation> list;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    while (list.size() < count) {
        const QString caseId = UuidV7::createString();
        ++device.serial;
        QJsonObject receive = t.receive.payload;
        receive.insert(QStringLiteral("id"), caseId);
        receive.insert(
                QStringLiteral("number"),
                QString(t.numberPrefix + QLatin1Char('-') + device.shortId
                        + QStringLiteral("-%1").arg(device.serial, 6, 10, QLatin1Char('0'))));
        QJsonObject applicant = receive.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("id_number"), idNumber(applicantBase + device.applicant++));
        applicant.remove(QStringLiteral("id"));
        receive.insert(QStringLiteral("applicant"), applicant);
        QJsonObject accept = t.accept.payload;
        accept.insert(QStringLiteral("case_id"), caseId);
        for (const auto &[m, payload] :
             {std::pair{&t.receive, receive}, std::pair{&t.accept, accept}}) {
            sync::PushMutation mutation;
            mutation.seq = ++device.seq;
            mutation.id = UuidV7::createString();
            mutation.name = m->name;
            mutation.entityId = caseId;
            mutation.baseVersion = m->baseVersion;
            mutation.userId = m->userId;
            mutation.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
            mutation.payload = payload;
            list.append(mutation);
        }
    }
    return list;
}

struct PhaseFigures
{
    qint64 mutations = 0;
    qint64 requests = 0;
    qint64 pulledChanges = 0;
    qint64 errors = 0;
    qint64 rejected = 0;
    qint64 rateLimited = 0; // 429s waited out by SyncHttp
    double wallS = 0;
    double serverCpuS = 0;
    Samples push;
    Samples pull;
    QStringList errorSamples;
};

// Each of `threads` driver threads takes devices i, i + threads, ... and round by round pushes
// `batchesPerDevice` batches of `batch` mutations for each (requests of at most the server's
// 500), pulling one page of the place's bucket after each push when `pull` is set.
PhaseFigures runPhase(const QUrl &url, const BenchServer &server, std::vector<SimDevice> &devices,
                      int deviceCount, int batchesPerDevice, int batch, int threads, bool pull,
                      const Templates &t, qint64 &applicantBase)
{
    PhaseFigures figures;
    QMutex lock;
    threads = qBound(1, threads, deviceCount);
    const double cpuBefore = server.cpuSeconds();
    const qint64 base = applicantBase;
    applicantBase += qint64(deviceCount) * batchesPerDevice * batch;
    Stopwatch wall;
    std::vector<std::unique_ptr<QThread>> pool;
    for (int w = 0; w < threads; ++w) {
        pool.emplace_back(QThread::create([&, w] {
            SyncHttp http(url);
            SyncHttp::RetryPolicy retry;
            retry.maxRetries = 10;
            http.setRetryPolicy(retry);
            PhaseFigures mine;
            for (int round = 0; round < batchesPerDevice; ++round) {
                for (int d = w; d < deviceCount; d += threads) {
                    SimDevice &device = devices[size_t(d)];
                    http.setToken(device.token);
                    const QList<sync::PushMutation> all
                            = nextMutations(device, t, batch,
                                            base + (qint64(d) * batchesPerDevice + round) * batch);
                    for (qsizetype at = 0; at < all.size();) {
                        // Within the server's limits: 500 mutations and 1 MiB per request.
                        sync::PushRequest request;
                        request.stream = 1;
                        qint64 bytes = 64;
                        while (at < all.size()
                               && request.mutations.size() < sync::maxBatchMutations) {
                            const qint64 size = QJsonDocument(all[at].toJson())
                                                        .toJson(QJsonDocument::Compact)
                                                        .size()
                                    + 1;
                            if (!request.mutations.isEmpty()
                                && bytes + size > sync::maxRequestBytes - 1024)
                                break;
                            bytes += size;
                            request.mutations.append(all[at++]);
                        }
                        Stopwatch watch;
                        const SyncHttpAnswer answer
                                = http.post(sync::path::push(), request.toJson());
                        mine.push.add(watch.elapsedMs());
                        ++mine.requests;
                        mine.rateLimited += answer.retries;
                        auto response = sync::PushResponse::fromJson(answer.body);
                        if (!answer.ok() || !response || response->stopped) {
                            ++mine.errors;
                            if (mine.errorSamples.size() < 3)
                                mine.errorSamples.append(
                                        QStringLiteral("push %1 %2 %3")
                                                .arg(answer.status)
                                                .arg(answer.errorCode, answer.errorMessage));
                            continue;
                        }
                        for (const sync::PushResult &r : response->results) {
                            if (r.status == sync::result::rejected()) {
                                ++mine.rejected;
                                if (mine.errorSamples.size() < 3)
                                    mine.errorSamples.append(r.code + QLatin1Char(' ') + r.message);
                            }
                        }
                        mine.mutations += request.mutations.size();
                    }
                    if (!pull)
                        continue;
                    QUrlQuery query;
                    query.addQueryItem(QStringLiteral("bucket"), sync::placeBucket(kPlace));
                    query.addQueryItem(QStringLiteral("cursor"), device.cursor);
                    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
                    Stopwatch watch;
                    const SyncHttpAnswer answer = http.get(sync::path::pull(), query);
                    mine.pull.add(watch.elapsedMs());
                    ++mine.requests;
                    mine.rateLimited += answer.retries;
                    auto page = sync::PullResponse::fromJson(answer.body);
                    if (!answer.ok() || !page) {
                        ++mine.errors;
                        if (mine.errorSamples.size() < 3)
                            mine.errorSamples.append(QStringLiteral("pull %1 %2")
                                                             .arg(answer.status)
                                                             .arg(answer.errorCode));
                        continue;
                    }
                    device.cursor = page->cursor;
                    mine.pulledChanges += page->changes.size();
                }
            }
            QMutexLocker locked(&lock);
            figures.mutations += mine.mutations;
            figures.requests += mine.requests;
            figures.pulledChanges += mine.pulledChanges;
            figures.errors += mine.errors;
            figures.rejected += mine.rejected;
            figures.rateLimited += mine.rateLimited;
            figures.push.add(mine.push);
            figures.pull.add(mine.pull);
            figures.errorSamples += mine.errorSamples;
        }));
    }
    for (auto &thread : pool)
        thread->start();
    for (auto &thread : pool)
        thread->wait();
    figures.wallS = wall.elapsedMs() / 1000.0;
    figures.serverCpuS = server.cpuSeconds() - cpuBefore;
    return figures;
}

Samples merged(const Samples &a, const Samples &b)
{
    Samples all = a;
    all.add(b);
    return all;
}

int runLoad(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption devicesOption(QStringLiteral("devices"),
                                           QStringLiteral("Simulated devices (default 200)."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption perDevice(
            QStringLiteral("mutations-per-device"),
            QStringLiteral("Mutations each device pushes in the load run (default 200)."),
            QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Mutations per push (default 100)."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption threadsOption(
            QStringLiteral("threads"),
            QStringLiteral("Driver threads the devices share (default 32)."), QStringLiteral("N"),
            QStringLiteral("32"));
    const QCommandLineOption curveOption(
            QStringLiteral("curve-mutations"),
            QStringLiteral("Mutations per point of the batch-size curve (default 1000; 0: no "
                           "curves)."),
            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption database(
            QStringLiteral("db"),
            QStringLiteral("The server's database: a new SQLite file (default) or an empty "
                           "PostgreSQL database, postgresql://USER@HOST:PORT/DB."),
            QStringLiteral("URL"));
    for (const auto &o :
         {devicesOption, perDevice, batchOption, threadsOption, curveOption, database})
        parser.addOption(o);
    QStringList args = arguments;
    args.prepend(QStringLiteral("onewindow-bench load"));
    if (!parser.parse(args)) {
        err() << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const int deviceCount = qMax(1, parser.value(devicesOption).toInt());
    const int batch = qMax(1, parser.value(batchOption).toInt());
    const int batches = qMax(1, parser.value(perDevice).toInt() / batch);
    const int threads = qMax(1, parser.value(threadsOption).toInt());
    const int curveMutations = qMax(0, parser.value(curveOption).toInt());
    const QString dbUrl = parser.value(database);
    const bool postgres = dbUrl.startsWith(QLatin1String("postgres"));

    QDir().mkpath(BenchData::folder());
    QTemporaryDir dir(BenchData::folder() + QStringLiteral("/load-XXXXXX"));
    if (!dir.isValid()) {
        err() << "cannot create a folder under " << BenchData::folder() << '\n';
        return 2;
    }
    auto templates = makeTemplates(dir.path());
    if (!templates) {
        err() << templates.error().message << '\n';
        return 2;
    }
    BenchServer server;
    if (!server.start(dir.path(), dbUrl, dir.filePath(QStringLiteral("server.log")))) {
        err() << "cannot start " << BenchServer::binary() << '\n';
        return 2;
    }

    // Enrollment: codes from the operator's command, then each device enrolls itself.
    Stopwatch enrolling;
    const QStringList codes = server.enrollmentCodes(kPlace, deviceCount, QStringLiteral("load"));
    if (codes.size() != deviceCount)
        return 2;
    std::vector<SimDevice> devices(static_cast<size_t>(deviceCount));
    {
        SyncHttp http(server.url());
        SyncHttp::RetryPolicy retry;
        retry.maxRetries = 20;
        http.setRetryPolicy(retry);
        for (int i = 0; i < deviceCount; ++i) {
            sync::EnrollRequest request;
            request.code = codes[i];
            request.deviceName = QStringLiteral("load-%1").arg(i);
            request.clientVersion = QStringLiteral(ONEWINDOW_VERSION);
            const SyncHttpAnswer answer = http.post(sync::path::enroll(), request.toJson());
            auto enrolled = sync::EnrollResponse::fromJson(answer.body);
            if (!answer.ok() || !enrolled) {
                err() << "enroll: " << answer.status << ' ' << answer.errorMessage << '\n';
                return 2;
            }
            devices[size_t(i)].token = enrolled->token;
            devices[size_t(i)].shortId = enrolled->shortId;
        }
    }
    const double enrollS = enrolling.elapsedMs() / 1000.0;

    Report report(postgres ? QStringLiteral("load_postgresql") : QStringLiteral("load"));
    report.setParameter(QStringLiteral("devices"), deviceCount);
    report.setParameter(QStringLiteral("mutations_per_device"), batches * batch);
    report.setParameter(QStringLiteral("batch"), batch);
    report.setParameter(QStringLiteral("threads"), threads);
    report.setParameter(QStringLiteral("database"),
                        postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    report.add(QStringLiteral("enroll_s"), enrollS,
               QStringLiteral("enrolling every device (operator command + POST enroll)"));

    // The load run: every device pushes and pulls at once.
    qint64 applicantBase = 1;
    const PhaseFigures load = runPhase(server.url(), server, devices, deviceCount, batches, batch,
                                       threads, true, templates.value(), applicantBase);
    const Samples all = merged(load.push, load.pull);
    report.add(QStringLiteral("push_mutations_per_s"), load.mutations / load.wallS,
               QStringLiteral("mutations applied per second, all devices at once"));
    report.add(QStringLiteral("pull_changes_per_s"), load.pulledChanges / load.wallS,
               QStringLiteral("changes served per second by pulls (one page after each push)"));
    report.add(QStringLiteral("requests_per_s"), load.requests / load.wallS,
               QStringLiteral("push and pull requests per second"));
    report.addSamples(QStringLiteral("request"), all,
                      QStringLiteral("round trip of a push (batch) or pull (page), ms"),
                      QStringLiteral("<= 500"));
    report.addSamples(QStringLiteral("push"), load.push, QStringLiteral("push round trip, ms"));
    report.addSamples(QStringLiteral("pull"), load.pull, QStringLiteral("pull round trip, ms"));
    report.add(QStringLiteral("errors"), load.errors + load.rejected,
               QStringLiteral("failed requests and refused mutations"), QStringLiteral("<= 0"));
    report.add(QStringLiteral("rate_limited"), load.rateLimited,
               QStringLiteral("429 answers waited out (the per-device request limit)"));
    report.add(QStringLiteral("server_cpu_us_per_mutation"),
               load.serverCpuS * 1e6 / qMax<qint64>(1, load.mutations),
               QStringLiteral("server CPU (user + system) per pushed mutation, pulls included"));
    for (const QString &e : load.errorSamples)
        report.note(QStringLiteral("error: ") + e);

    if (curveMutations > 0) {
        // Push cost against the batch size: one request after the other, each from the next
        // device, so no device meets its request limit; no pulls.
        for (const int size : {1, 10, 100, 1000}) {
            const int used = qBound(1, curveMutations / size, deviceCount);
            const int rounds = qMax(1, curveMutations / (size * used));
            const PhaseFigures point = runPhase(server.url(), server, devices, used, rounds, size,
                                                1, false, templates.value(), applicantBase);
            const QString key = QStringLiteral("batch%1").arg(size);
            report.add(key + QStringLiteral("_server_cpu_us_per_mutation"),
                       point.serverCpuS * 1e6 / qMax<qint64>(1, point.mutations),
                       QStringLiteral("batch %1: server CPU per mutation").arg(size));
            report.add(key + QStringLiteral("_wall_us_per_mutation"),
                       point.wallS * 1e6 / qMax<qint64>(1, point.mutations),
                       QStringLiteral("batch %1: round trip per mutation (one client)").arg(size));
            if (point.errors + point.rejected > 0)
                report.note(QStringLiteral("batch %1: %2 errors")
                                    .arg(size)
                                    .arg(point.errors + point.rejected));
        }
        report.note(QStringLiteral("batch 1000 goes as several requests within the server's "
                                   "limits (500 mutations, 1 MiB)"));
        // Push cost against the number of devices pushing at once (2 batches of 100 each).
        for (const int count : {10, 50, 200}) {
            if (count > deviceCount)
                break;
            const PhaseFigures point
                    = runPhase(server.url(), server, devices, count, 2, 100, qMin(threads, count),
                               false, templates.value(), applicantBase);
            const QString key = QStringLiteral("devices%1").arg(count);
            report.add(key + QStringLiteral("_server_cpu_us_per_mutation"),
                       point.serverCpuS * 1e6 / qMax<qint64>(1, point.mutations),
                       QStringLiteral("%1 devices at once: server CPU per mutation").arg(count));
            report.add(key + QStringLiteral("_mutations_per_s"), point.mutations / point.wallS,
                       QStringLiteral("%1 devices at once: mutations per second").arg(count));
            report.add(key + QStringLiteral("_push_p95_ms"), point.push.p95(),
                       QStringLiteral("%1 devices at once: push p95, ms").arg(count));
            if (point.errors + point.rejected > 0)
                report.note(QStringLiteral("%1 devices: %2 errors")
                                    .arg(count)
                                    .arg(point.errors + point.rejected));
        }
    }
    report.add(QStringLiteral("server_peak_rss_mb"), server.peakRssMb(),
               QStringLiteral("the server process's peak resident memory (VmHWM)"),
               QStringLiteral("<= 300"));
    report.add(QStringLiteral("driver_peak_rss_mb"), peakRssMb(),
               QStringLiteral("this driver's peak resident memory"));
    double avg[3] = {0, 0, 0};
    if (getloadavg(avg, 3) > 0)
        report.note(QStringLiteral("load average %1 at the end; the driver and the server share "
                                   "the machine's cores")
                            .arg(avg[0], 0, 'f', 1));
    return report.print() ? 0 : 1;
}

const bool registered = registerBench(
        QStringLiteral("load"),
        QStringLiteral("N simulated devices push and pull at once against the real server "
                       "(--devices 200 --mutations-per-device N); push-cost curves"),
        runLoad);

} // namespace

} // namespace ow::bench
