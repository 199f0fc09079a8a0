// onewindow-bench load: many simulated devices against the real onewindow-server (issue 6,
// "Speed and scale"). Each device is enrolled like a real one (a code from `device enroll`, then
// POST /sync/v1/enroll). Then three parts:
//
// - The load (open loop, what a county sees): every device syncs as the client does, every
//   --interval-ms (the client's 30 s while online), its first sync at a seeded random moment of
//   the first interval, for --duration-s: it pushes its queued batch (--batch intakes' mutations,
//   case.receive + case.accept cloned from one real intake), then pulls its place's bucket page
//   by page until it is current. The schedule does not wait for the server: a sync that starts
//   late (every driver thread busy) or a device whose previous sync is still running counts its
//   wait, since each request is timed from when the device meant to send it (no coordinated
//   omission). Request p50/p95/p99 (push and pull too), errors, mutations/s, server CPU and
//   peak RSS.
// - Saturated (saturated_*): --threads driver threads push back to back as fast as the server
//   answers: the server's throughput, and the p95 that many requests in flight give.
// - How push cost grows with the batch size (1, 10, 100, 1000) and with the number of devices
//   pushing at once (10, 50, 200).
//
// --servers 2 runs two server processes on one database (PostgreSQL), the devices alternating.

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
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <queue>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <random>
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
// The demo county's hall and the 16 township points `demo seed --places` can make (its 17 towns,
// less one whose code the demo directory's points reuse).
constexpr int kMaxPlaces = 17;

// Each device's place (0: the hall): `hall` devices at the hall, at least one at each township
// point, the rest at township points drawn at random from `seed`; the hall's devices first.
std::vector<int> spreadDevices(int devices, int places, int hall, quint32 seed)
{
    std::vector<int> placeOf;
    if (places <= 1) {
        placeOf.assign(size_t(devices), 0);
        return placeOf;
    }
    hall = qBound(0, hall, devices);
    placeOf.assign(size_t(hall), 0);
    for (int p = 1; p < places && int(placeOf.size()) < devices; ++p)
        placeOf.push_back(p);
    std::mt19937 random(seed ^ 0x9e3779b9u);
    std::uniform_int_distribution<int> township(1, places - 1);
    while (int(placeOf.size()) < devices)
        placeOf.push_back(township(random));
    std::sort(placeOf.begin() + hall, placeOf.end());
    return placeOf;
}

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

// One real intake through CaseStore in a client store, by `username` (the demo counter at the
// hall, or the demo township clerk at her township point): its two outbox rows.
Result<Templates> makeTemplate(const QString &path, const QString &username)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    if (!username.isEmpty()) {
        if (Status s = workspace.value()->setCurrentUser(username); !s)
            return s.error();
    }
    CaseStore cases(workspace.value()->database(), workspace.value()->calendar());
    const Catalog catalog = workspace.value()->catalog().load().value();
    IntakeRequest r;
    const ServiceItem *item = catalog.item(kItem);
    const bool township = workspace.value()->currentPlace().kind == Place::Kind::Township;
    if (township && (!item || !item->townshipAcceptable)) {
        item = nullptr;
        for (const ServiceItem &candidate : catalog.items) {
            if (candidate.townshipAcceptable && !candidate.isBundle()) {
                item = &candidate;
                break;
            }
        }
    }
    if (!item)
        return Error{QStringLiteral("bench.template"), QStringLiteral("no item to take in"), {}};
    r.item = *item;
    if (township)
        r.channel = CaseChannel::Township;
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

// Every string in `value` equal to a key of `map` replaced by its value; a string starting with
// "key-" (a case number) gets the new prefix.
QJsonValue substituted(const QJsonValue &value, const QHash<QString, QString> &map)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = substituted(it.value(), map);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = substituted(*it, map);
        return array;
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (const auto it = map.constFind(text); it != map.constEnd())
            return it.value();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (text.startsWith(it.key() + QLatin1Char('-')))
                return QString(it.value() + text.mid(it.key().size()));
        }
    }
    return value;
}

// The township template moved to another township point and its clerk there.
Templates movedTemplate(const Templates &t, const QString &fromPlace, const QString &fromUser,
                        const QString &toPlace, const QString &toUser)
{
    const QHash<QString, QString> map{{fromPlace, toPlace}, {fromUser, toUser}};
    Templates moved = t;
    moved.receive.payload = substituted(t.receive.payload, map).toObject();
    moved.accept.payload = substituted(t.accept.payload, map).toObject();
    moved.receive.userId = toUser;
    moved.accept.userId = toUser;
    moved.numberPrefix = toPlace + t.numberPrefix.mid(fromPlace.size());
    return moved;
}

// One simulated device: its enrollment and where its stream and pull stand.
struct SimDevice
{
    QString token;
    int place = 0;                        // index into the run's places (0: the hall)
    QString bucket;                       // its place's bucket
    const Templates *templates = nullptr; // the intake it clones, at its place
    int server = 0;                       // which server process it talks to
    QString shortId;
    qint64 seq = 0;    // the last seq pushed
    qint64 serial = 0; // its case numbers
    QString cursor;    // of its place's bucket
    qint64 applicant = 0;
};

// The next `count` mutations of a device (count/2 intakes, rounded up to whole intakes).
QList<sync::PushMutation> nextMutations(SimDevice &device, int count, qint64 applicantBase)
{
    const Templates &t = *device.templates;
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
    qint64 syncs = 0;
    qint64 errors = 0;
    qint64 rejected = 0;
    qint64 rateLimited = 0; // 429s waited out by SyncHttp
    qint64 stopped = 0;     // pushes the server's time limit cut short (the rest sent again)
    double wallS = 0;
    double serverCpuS = 0;
    Samples push;
    Samples pull;
    Samples sync;       // a whole sync: scheduled moment to current
    Samples startDelay; // scheduled moment to the first request sent (driver busy, device busy)
    QStringList errorSamples;

    void add(const PhaseFigures &other)
    {
        mutations += other.mutations;
        requests += other.requests;
        pulledChanges += other.pulledChanges;
        syncs += other.syncs;
        errors += other.errors;
        rejected += other.rejected;
        rateLimited += other.rateLimited;
        stopped += other.stopped;
        push.add(other.push);
        pull.add(other.pull);
        sync.add(other.sync);
        startDelay.add(other.startDelay);
        errorSamples += other.errorSamples;
    }
    void error(const QString &text)
    {
        ++errors;
        if (errorSamples.size() < 3)
            errorSamples.append(text);
    }
};

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// The server processes of a run (one, or two on one PostgreSQL database).
struct Servers
{
    std::vector<std::unique_ptr<BenchServer>> list;
    double cpuSeconds() const
    {
        double sum = 0;
        for (const auto &s : list)
            sum += s->cpuSeconds();
        return sum;
    }
    double peakRssMb() const
    {
        double most = 0;
        for (const auto &s : list)
            most = qMax(most, s->peakRssMb());
        return most;
    }
    QUrl url(int index) const { return list[size_t(index) % list.size()]->url(); }
};

// One HTTP client per server for a driver thread; the device's token set per request.
class DriverHttp final
{
public:
    explicit DriverHttp(const Servers &servers)
    {
        SyncHttp::RetryPolicy retry;
        retry.maxRetries = 10;
        for (size_t i = 0; i < servers.list.size(); ++i) {
            m_http.push_back(std::make_unique<SyncHttp>(servers.url(int(i))));
            m_http.back()->setRetryPolicy(retry);
            m_http.back()->setTimeoutMs(120'000);
        }
    }
    SyncHttp &forDevice(const SimDevice &device)
    {
        SyncHttp &http = *m_http[size_t(device.server) % m_http.size()];
        http.setToken(device.token);
        return http;
    }

private:
    std::vector<std::unique_ptr<SyncHttp>> m_http;
};

// Pushes `all` in requests within the server's limits (500 mutations, 1 MiB). Each request is
// timed from `intended` (when the device meant to send it), which then moves to its answer.
bool pushAll(SyncHttp &http, const QList<sync::PushMutation> &all, PhaseFigures &mine,
             Clock::time_point &intended)
{
    int emptyStops = 0;
    for (qsizetype at = 0; at < all.size();) {
        sync::PushRequest request;
        request.stream = 1;
        qint64 bytes = 64;
        while (at < all.size() && request.mutations.size() < sync::maxBatchMutations) {
            const qint64 size
                    = QJsonDocument(all[at].toJson()).toJson(QJsonDocument::Compact).size() + 1;
            if (!request.mutations.isEmpty() && bytes + size > sync::maxRequestBytes - 1024)
                break;
            bytes += size;
            request.mutations.append(all[at++]);
        }
        const SyncHttpAnswer answer = http.post(sync::path::push(), request.toJson());
        const Clock::time_point answered = Clock::now();
        mine.push.add(msBetween(intended, answered));
        intended = answered;
        ++mine.requests;
        mine.rateLimited += answer.retries;
        auto response = sync::PushResponse::fromJson(answer.body);
        if (!answer.ok() || !response) {
            mine.error(QStringLiteral("push %1 %2 %3")
                               .arg(answer.status)
                               .arg(answer.errorCode, answer.errorMessage));
            return false;
        }
        for (const sync::PushResult &r : response->results) {
            if (r.status == sync::result::rejected()) {
                ++mine.rejected;
                if (mine.errorSamples.size() < 3)
                    mine.errorSamples.append(r.code + QLatin1Char(' ') + r.message);
            }
        }
        mine.mutations += response->results.size();
        if (response->stopped) {
            // The server's time limit for one request: it answered what it applied; the device
            // sends the rest again at once, as the client does.
            ++mine.stopped;
            qsizetype next = at - request.mutations.size();
            while (next < at && all[next].seq < response->stopped->expectedSeq)
                ++next;
            if (next == at - request.mutations.size() && ++emptyStops > 3) {
                mine.error(QStringLiteral("push stopped (%1) with nothing applied")
                                   .arg(response->stopped->code));
                return false;
            }
            at = next;
        }
    }
    return true;
}

// Pulls the place's bucket from the device's cursor: one page, or every page until it is
// current. Timed as pushAll.
bool pullPages(SyncHttp &http, SimDevice &device, bool untilCurrent, PhaseFigures &mine,
               Clock::time_point &intended)
{
    for (int pages = 0; pages < 10'000; ++pages) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("bucket"), device.bucket);
        query.addQueryItem(QStringLiteral("cursor"), device.cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(sync::defaultPullLimit));
        const SyncHttpAnswer answer = http.get(sync::path::pull(), query);
        const Clock::time_point answered = Clock::now();
        mine.pull.add(msBetween(intended, answered));
        intended = answered;
        ++mine.requests;
        mine.rateLimited += answer.retries;
        auto page = sync::PullResponse::fromJson(answer.body);
        if (!answer.ok() || !page) {
            mine.error(QStringLiteral("pull %1 %2").arg(answer.status).arg(answer.errorCode));
            return false;
        }
        device.cursor = page->cursor;
        mine.pulledChanges += page->changes.size();
        if (!untilCurrent || !page->hasMore)
            return true;
    }
    return true;
}

// Saturation: each of `threads` driver threads takes devices i, i + threads, ... and round by
// round pushes `batchesPerDevice` batches of `batch` mutations for each back to back, pulling one
// page of the place's bucket after each push when `pull` is set.
PhaseFigures runSaturated(const Servers &servers, std::vector<SimDevice> &devices, int deviceCount,
                          int batchesPerDevice, int batch, int threads, bool pull,
                          qint64 &applicantBase)
{
    PhaseFigures figures;
    QMutex lock;
    threads = qBound(1, threads, deviceCount);
    const double cpuBefore = servers.cpuSeconds();
    const qint64 base = applicantBase;
    applicantBase += qint64(deviceCount) * batchesPerDevice * batch;
    Stopwatch wall;
    std::vector<std::unique_ptr<QThread>> pool;
    for (int w = 0; w < threads; ++w) {
        pool.emplace_back(QThread::create([&, w] {
            DriverHttp clients(servers);
            PhaseFigures mine;
            for (int round = 0; round < batchesPerDevice; ++round) {
                for (int d = w; d < deviceCount; d += threads) {
                    SimDevice &device = devices[size_t(d)];
                    SyncHttp &http = clients.forDevice(device);
                    const QList<sync::PushMutation> all = nextMutations(
                            device, batch, base + (qint64(d) * batchesPerDevice + round) * batch);
                    Clock::time_point intended = Clock::now();
                    pushAll(http, all, mine, intended);
                    if (pull) {
                        intended = Clock::now();
                        pullPages(http, device, false, mine, intended);
                    }
                }
            }
            QMutexLocker locked(&lock);
            figures.add(mine);
        }));
    }
    for (auto &thread : pool)
        thread->start();
    for (auto &thread : pool)
        thread->wait();
    figures.wallS = wall.elapsedMs() / 1000.0;
    figures.serverCpuS = servers.cpuSeconds() - cpuBefore;
    return figures;
}

// The load as devices make it (open loop): every device syncs every `intervalMs` from a seeded
// random start in the first interval until `durationMs`; a sync pushes the device's queued
// `batch` mutations, then pulls its place's bucket until current. Driver threads take the syncs
// in the order of their scheduled moments; a device's next sync waits for its previous one (as
// the client's sync engine does) but keeps its own moment, from which its first request is
// timed.
PhaseFigures runOpenLoop(const Servers &servers, std::vector<SimDevice> &devices, int deviceCount,
                         int intervalMs, int durationMs, int batch, int threads, quint32 seed,
                         qint64 &applicantBase)
{
    struct Due
    {
        Clock::time_point at;
        int device;
        bool operator>(const Due &other) const { return at > other.at; }
    };
    std::priority_queue<Due, std::vector<Due>, std::greater<>> queue;
    std::mutex mutex;
    std::condition_variable changed;
    int running = 0;

    std::mt19937 random(seed);
    std::uniform_int_distribution<int> offset(0, qMax(0, intervalMs - 1));
    const Clock::time_point start = Clock::now() + std::chrono::milliseconds(200);
    const Clock::time_point end = start + std::chrono::milliseconds(durationMs);
    for (int d = 0; d < deviceCount; ++d) {
        const Clock::time_point at = start + std::chrono::milliseconds(offset(random));
        if (at < end)
            queue.push({at, d});
    }
    const qint64 base = applicantBase;
    const qint64 perDeviceSyncs = durationMs / qMax(1, intervalMs) + 1;
    applicantBase += qint64(deviceCount) * perDeviceSyncs * batch;
    std::vector<qint64> syncsDone(size_t(deviceCount), 0);

    PhaseFigures figures;
    QMutex lock;
    const double cpuBefore = servers.cpuSeconds();
    std::vector<std::unique_ptr<QThread>> pool;
    for (int w = 0; w < threads; ++w) {
        pool.emplace_back(QThread::create([&] {
            DriverHttp clients(servers);
            PhaseFigures mine;
            std::unique_lock<std::mutex> guard(mutex);
            for (;;) {
                if (queue.empty()) {
                    if (running == 0)
                        break;
                    changed.wait(guard);
                    continue;
                }
                const Due due = queue.top();
                if (Clock::now() < due.at) {
                    changed.wait_until(guard, due.at);
                    continue;
                }
                queue.pop();
                ++running;
                const qint64 round = syncsDone[size_t(due.device)]++;
                guard.unlock();

                SimDevice &device = devices[size_t(due.device)];
                SyncHttp &http = clients.forDevice(device);
                const QList<sync::PushMutation> all = nextMutations(
                        device, batch,
                        base + (qint64(due.device) * perDeviceSyncs + round) * batch);
                Clock::time_point intended = due.at;
                mine.startDelay.add(msBetween(due.at, Clock::now()));
                if (pushAll(http, all, mine, intended))
                    pullPages(http, device, true, mine, intended);
                mine.sync.add(msBetween(due.at, Clock::now()));
                ++mine.syncs;

                guard.lock();
                --running;
                const Clock::time_point next = due.at + std::chrono::milliseconds(intervalMs);
                if (next < end)
                    queue.push({next, due.device});
                changed.notify_all();
            }
            guard.unlock();
            QMutexLocker locked(&lock);
            figures.add(mine);
        }));
    }
    for (auto &thread : pool)
        thread->start();
    for (auto &thread : pool)
        thread->wait();
    figures.wallS = msBetween(start, Clock::now()) / 1000.0;
    figures.serverCpuS = servers.cpuSeconds() - cpuBefore;
    return figures;
}

Samples merged(const Samples &a, const Samples &b)
{
    Samples all = a;
    all.add(b);
    return all;
}

void addCurves(Report &report, const Servers &servers, std::vector<SimDevice> &devices,
               int deviceCount, int threads, int curveMutations, qint64 &applicantBase)
{
    // Push cost against the batch size: one request after the other, each from the next
    // device, so no device meets its request limit; no pulls.
    for (const int size : {1, 10, 100, 1000}) {
        const int used = qBound(1, curveMutations / size, deviceCount);
        const int rounds = qMax(1, curveMutations / (size * used));
        const PhaseFigures point
                = runSaturated(servers, devices, used, rounds, size, 1, false, applicantBase);
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
        const PhaseFigures point = runSaturated(servers, devices, count, 2, 100,
                                                qMin(threads, count), false, applicantBase);
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

void addPercentiles(Report &report, const QString &prefix, const Samples &samples,
                    const QString &description, const QString &p95Target = {})
{
    report.add(prefix + QStringLiteral("_p50_ms"), samples.median(),
               description + QStringLiteral(", median"));
    report.add(prefix + QStringLiteral("_p95_ms"), samples.p95(),
               description + QStringLiteral(", p95"), p95Target);
    report.add(prefix + QStringLiteral("_p99_ms"), samples.percentile(99),
               description + QStringLiteral(", p99"));
}

int runLoad(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption devicesOption(QStringLiteral("devices"),
                                           QStringLiteral("Simulated devices (default 200)."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption batchOption(
            QStringLiteral("batch"),
            QStringLiteral("Mutations a device has queued at each sync, and per push of the "
                           "saturated run (default 100)."),
            QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption intervalOption(
            QStringLiteral("interval-ms"),
            QStringLiteral("Each device syncs this often in the load run (default 30000, the "
                           "client's interval while online)."),
            QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption durationOption(
            QStringLiteral("duration-s"),
            QStringLiteral("How long the load run schedules syncs (default 60)."),
            QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption seedOption(
            QStringLiteral("seed"),
            QStringLiteral("Seed of the devices' first sync moments (default 1)."),
            QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption driversOption(
            QStringLiteral("drivers"),
            QStringLiteral("Driver threads of the load run: syncs at once at most (default 64)."),
            QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption perDevice(
            QStringLiteral("mutations-per-device"),
            QStringLiteral("Mutations each device pushes back to back in the saturated run "
                           "(default 100; 0: no saturated run)."),
            QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption threadsOption(
            QStringLiteral("threads"),
            QStringLiteral("Driver threads of the saturated run (default 32)."),
            QStringLiteral("N"), QStringLiteral("32"));
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
    const QCommandLineOption serversOption(
            QStringLiteral("servers"),
            QStringLiteral("Server processes on the one database, the devices alternating "
                           "(default 1; 2 is the province set-up on PostgreSQL)."),
            QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption placesOption(
            QStringLiteral("places"),
            QStringLiteral(
                    "Places the devices are spread over: the county hall and its township "
                    "points (default 17: the demo county's hall and its 16 township points; 1: "
                    "every device at the hall, each pulling what all the others push, a "
                    "stress run)."),
            QStringLiteral("N"), QStringLiteral("17"));
    const QCommandLineOption hallOption(
            QStringLiteral("hall-devices"),
            QStringLiteral("Devices at the county hall when there are township points (default "
                           "40: its integrated windows, back office, help agents and "
                           "supervisors); the rest go to the township points, at least one "
                           "each, the others at random (--seed)."),
            QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption casesOption(
            QStringLiteral("cases"),
            QStringLiteral("Cases on the server before the load (`demo seed`: about 60% at the "
                           "hall, the rest over the township points; default 10000)."),
            QStringLiteral("N"), QStringLiteral("10000"));
    for (const auto &o : {devicesOption, batchOption, intervalOption, durationOption, seedOption,
                          driversOption, perDevice, threadsOption, curveOption, database,
                          serversOption, placesOption, hallOption, casesOption})
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
    const int intervalMs = qMax(100, parser.value(intervalOption).toInt());
    const int durationMs = qMax(1, parser.value(durationOption).toInt()) * 1000;
    const quint32 seed = parser.value(seedOption).toUInt();
    const int drivers = qMax(1, parser.value(driversOption).toInt());
    const int saturatedMutations = qMax(0, parser.value(perDevice).toInt());
    const int batches = saturatedMutations / batch;
    const int threads = qMax(1, parser.value(threadsOption).toInt());
    const int curveMutations = qMax(0, parser.value(curveOption).toInt());
    const QString dbUrl = parser.value(database);
    const bool postgres = dbUrl.startsWith(QLatin1String("postgres"));
    const int serverCount = qBound(1, parser.value(serversOption).toInt(), 8);
    const int placeCount = qBound(1, parser.value(placesOption).toInt(), kMaxPlaces);
    const int hallDevices = placeCount == 1
            ? deviceCount
            : qBound(1, parser.value(hallOption).toInt(), qMax(1, deviceCount - (placeCount - 1)));
    const qint64 seededCases = qMax<qint64>(0, parser.value(casesOption).toLongLong());
    if (serverCount > 1 && !postgres) {
        err() << "--servers above 1 needs --db postgresql://... (one SQLite file has one "
                 "server)\n";
        return 2;
    }

    QDir().mkpath(BenchData::folder());
    QTemporaryDir dir(BenchData::folder() + QStringLiteral("/load-XXXXXX"));
    if (!dir.isValid()) {
        err() << "cannot create a folder under " << BenchData::folder() << '\n';
        return 2;
    }
    // The server: the demo county (init --demo), then `demo seed`: its township points (the
    // hall and placeCount - 1 of them), their clerks, and the pre-seeded cases spread over them
    // with their change log.
    Stopwatch preparing;
    Servers servers;
    servers.list.push_back(std::make_unique<BenchServer>());
    if (!servers.list.front()->init(dir.path(), dbUrl)) {
        err() << "cannot initialise a database with " << BenchServer::binary() << '\n';
        return 2;
    }
    if (servers.list.front()
                ->command({QStringLiteral("demo"), QStringLiteral("seed"),
                           QStringLiteral("--cases"), QString::number(seededCases),
                           QStringLiteral("--places"), QString::number(placeCount - 1),
                           QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--db"),
                           servers.list.front()->database()},
                          600'000)
                .isNull()) {
        return 2;
    }
    const double seedS = preparing.elapsedMs() / 1000.0;
    for (int i = 0; i < serverCount; ++i) {
        if (i > 0)
            servers.list.push_back(std::make_unique<BenchServer>());
        const QString log = dir.filePath(QStringLiteral("server%1.log").arg(i));
        if (!servers.list.back()->serve(dir.path(), dbUrl, log)) {
            err() << "cannot start " << BenchServer::binary() << '\n';
            return 2;
        }
    }
    const BenchServer &first = *servers.list.front();

    // The places: the hall, then the township points the seed made (the server's directory).
    QStringList placeCodes;
    {
        SyncHttp http(first.url());
        const SyncHttpAnswer answer = http.get(QStringLiteral("/api/v1/directory/places"));
        QStringList townships;
        for (const QJsonValue &v : answer.body.value(QStringLiteral("places")).toArray()) {
            const QJsonObject place = v.toObject();
            const QString code = place.value(QStringLiteral("code")).toString();
            if (code == kPlace)
                continue;
            if (place.value(QStringLiteral("parent")).toString() == kPlace
                || place.value(QStringLiteral("parent_code")).toString() == kPlace)
                townships.append(code);
        }
        townships.sort();
        placeCodes = QStringList{kPlace} + townships.mid(0, placeCount - 1);
        if (placeCodes.size() != placeCount) {
            err() << "the server has " << townships.size() << " township points, not "
                  << placeCount - 1 << '\n';
            return 2;
        }
    }
    // Each device's place: the hall's share, then at least one at each township point, the rest
    // at random.
    const std::vector<int> placeOf = spreadDevices(deviceCount, placeCount, hallDevices, seed);

    // The intakes the devices clone: the demo counter's at the hall; at a township point the demo
    // clerk's (at 621221101), moved to the point and to a clerk of its own (`user add`).
    std::vector<Templates> templates;
    {
        auto hall = makeTemplate(dir.filePath(QStringLiteral("hall.sqlite")), {});
        if (!hall) {
            err() << hall.error().message << '\n';
            return 2;
        }
        templates.push_back(hall.value());
        if (placeCount > 1) {
            auto township = makeTemplate(dir.filePath(QStringLiteral("township.sqlite")),
                                         QStringLiteral("township"));
            if (!township) {
                err() << township.error().message << '\n';
                return 2;
            }
            const QString fromPlace
                    = township->receive.payload.value(QStringLiteral("place_code")).toString();
            const QString fromUser = township->receive.userId;
            for (int p = 1; p < placeCount; ++p) {
                const QByteArray added = first.command(
                        {QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("--username"), QStringLiteral("load-") + placeCodes[p],
                         QStringLiteral("--name"), QStringLiteral("张娟"), QStringLiteral("--role"),
                         QStringLiteral("township"), QStringLiteral("--place"), placeCodes[p],
                         QStringLiteral("--db"), first.database()});
                const QString userId
                        = QString::fromUtf8(added).trimmed().section(QStringLiteral(": "), -1);
                if (added.isNull() || userId.size() != 36)
                    return 2;
                templates.push_back(movedTemplate(township.value(), fromPlace, fromUser,
                                                  placeCodes[p], userId));
            }
        }
    }

    // Enrollment: codes from the operator's command, then each device enrolls itself (through
    // the server it will talk to).
    Stopwatch enrolling;
    std::vector<SimDevice> devices(static_cast<size_t>(deviceCount));
    for (int p = 0; p < placeCount; ++p) {
        QList<int> here;
        for (int i = 0; i < deviceCount; ++i) {
            if (placeOf[size_t(i)] == p)
                here.append(i);
        }
        const QStringList codes = first.enrollmentCodes(placeCodes[p], int(here.size()),
                                                        QStringLiteral("load-") + placeCodes[p]);
        if (codes.size() != here.size())
            return 2;
        for (qsizetype k = 0; k < here.size(); ++k) {
            const int i = here[k];
            SyncHttp http(servers.url(i));
            SyncHttp::RetryPolicy retry;
            retry.maxRetries = 20;
            http.setRetryPolicy(retry);
            sync::EnrollRequest request;
            request.code = codes[k];
            request.deviceName = QStringLiteral("load-%1").arg(i);
            request.clientVersion = QStringLiteral(ONEWINDOW_VERSION);
            const SyncHttpAnswer answer = http.post(sync::path::enroll(), request.toJson());
            auto enrolled = sync::EnrollResponse::fromJson(answer.body);
            if (!answer.ok() || !enrolled) {
                err() << "enroll: " << answer.status << ' ' << answer.errorMessage << '\n';
                return 2;
            }
            SimDevice &device = devices[size_t(i)];
            device.token = enrolled->token;
            device.shortId = enrolled->shortId;
            device.server = i % serverCount;
            device.place = p;
            device.bucket = sync::placeBucket(placeCodes[p]);
            device.templates = &templates[size_t(p)];
        }
    }
    const double enrollS = enrolling.elapsedMs() / 1000.0;
    // Every device current before the load, as a device that has been syncing is: one device of
    // each place pulls its bucket to the end; a cursor is the bucket's, so the place's other
    // devices start from it.
    qint64 firstPulled = 0;
    {
        DriverHttp http(servers);
        for (int p = 0; p < placeCount; ++p) {
            const auto at = std::find(placeOf.begin(), placeOf.end(), p);
            if (at == placeOf.end())
                continue;
            SimDevice &leader = devices[size_t(at - placeOf.begin())];
            PhaseFigures pulled;
            Clock::time_point intended = Clock::now();
            if (!pullPages(http.forDevice(leader), leader, true, pulled, intended)) {
                err() << "first pull: " << pulled.errorSamples.join(QLatin1Char(' ')) << '\n';
                return 2;
            }
            firstPulled += pulled.pulledChanges;
            for (SimDevice &device : devices) {
                if (device.place == p)
                    device.cursor = leader.cursor;
            }
        }
    }

    Report report(postgres ? QStringLiteral("load_postgresql") : QStringLiteral("load"));
    report.setParameter(QStringLiteral("devices"), deviceCount);
    report.setParameter(QStringLiteral("batch"), batch);
    report.setParameter(QStringLiteral("interval_ms"), intervalMs);
    report.setParameter(QStringLiteral("duration_s"), durationMs / 1000);
    report.setParameter(QStringLiteral("seed"), qint64(seed));
    report.setParameter(QStringLiteral("drivers"), drivers);
    report.setParameter(QStringLiteral("servers"), serverCount);
    report.setParameter(QStringLiteral("places"), placeCount);
    report.setParameter(QStringLiteral("hall_devices"), hallDevices);
    report.setParameter(QStringLiteral("cases"), seededCases);
    report.setParameter(QStringLiteral("saturated_mutations_per_device"), batches * batch);
    report.setParameter(QStringLiteral("saturated_threads"), threads);
    report.setParameter(QStringLiteral("database"),
                        postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    report.add(QStringLiteral("seed_s"), seedS,
               QStringLiteral("init and `demo seed` of the pre-seeded cases"));
    report.add(QStringLiteral("enroll_s"), enrollS,
               QStringLiteral("enrolling every device (operator command + POST enroll)"));
    report.add(QStringLiteral("first_pull_changes"), double(firstPulled),
               QStringLiteral("changes of the places' buckets before the load (the seeded "
                              "cases and the directory's)"));
    {
        QStringList spread;
        for (int p = 0; p < placeCount; ++p)
            spread.append(QString::number(std::count(placeOf.begin(), placeOf.end(), p)));
        report.note(QStringLiteral("devices per place (the hall first): ")
                    + spread.join(QLatin1Char(' ')));
    }

    // The load: every device syncs on its own schedule (open loop).
    qint64 applicantBase = 1;
    const double driverCpuBefore = processCpuSeconds();
    report.note(QStringLiteral("load average %1 before the load run")
                        .arg(loadAverage(), 0, 'f', 1));
    const PhaseFigures load = runOpenLoop(servers, devices, deviceCount, intervalMs, durationMs,
                                          batch, drivers, seed, applicantBase);
    addPercentiles(report, QStringLiteral("request"), merged(load.push, load.pull),
                   QStringLiteral("a push or pull request, from when the device meant to send it "
                                  "to its answer, ms"),
                   QStringLiteral("<= 500"));
    // Each kind on its own too: the pull pages outnumber the pushes and would hide them.
    addPercentiles(report, QStringLiteral("push"), load.push, QStringLiteral("push request, ms"),
                   QStringLiteral("<= 500"));
    addPercentiles(report, QStringLiteral("pull"), load.pull,
                   QStringLiteral("pull request (one page), ms"), QStringLiteral("<= 500"));
    addPercentiles(report, QStringLiteral("sync"), load.sync,
                   QStringLiteral("a whole sync (push, then pull until current), ms"));
    report.add(QStringLiteral("start_delay_p95_ms"), load.startDelay.p95(),
               QStringLiteral("scheduled moment to the sync's start (driver or device busy), "
                              "p95, ms"));
    report.add(QStringLiteral("syncs"), load.syncs, QStringLiteral("syncs in the load run"));
    report.add(QStringLiteral("errors"), load.errors + load.rejected,
               QStringLiteral("failed requests and refused mutations"), QStringLiteral("<= 0"));
    report.add(QStringLiteral("rate_limited"), load.rateLimited,
               QStringLiteral("429 answers waited out (the per-device request limit)"));
    report.add(QStringLiteral("push_stopped"), load.stopped,
               QStringLiteral("pushes the server's 20 s limit cut short (the rest sent again)"));
    report.add(QStringLiteral("push_mutations_per_s"), load.mutations / load.wallS,
               QStringLiteral("mutations applied per second over the run"));
    report.add(QStringLiteral("pull_changes_per_s"), load.pulledChanges / load.wallS,
               QStringLiteral("changes served per second by pulls"));
    report.add(QStringLiteral("server_cpu_share"), load.serverCpuS / load.wallS,
               QStringLiteral("server CPU seconds per second of the run (cores busy)"));
    report.add(QStringLiteral("driver_cpu_share"),
               (processCpuSeconds() - driverCpuBefore) / load.wallS,
               QStringLiteral("this driver's CPU seconds per second of the run (cores it took "
                              "from the server)"));
    report.add(QStringLiteral("server_cpu_us_per_mutation"),
               load.serverCpuS * 1e6 / qMax<qint64>(1, load.mutations),
               QStringLiteral("server CPU (user + system) per pushed mutation, pulls included"));
    report.add(QStringLiteral("server_peak_rss_mb"), servers.peakRssMb(),
               QStringLiteral("a server process's peak resident memory (VmHWM) after the load "
                              "run"),
               QStringLiteral("<= 300"));
    for (const QString &e : load.errorSamples.mid(0, 5))
        report.note(QStringLiteral("error: ") + e);
    for (size_t i = 0; i < servers.list.size(); ++i) {
        if (!servers.list[i]->running())
            report.note(QStringLiteral("server %1 is no longer running").arg(i));
    }

    if (batches > 0) {
        // Saturated: the devices push back to back (one pull page after each push) as fast as the
        // server answers: its throughput; the p95 is then (requests in flight) x (service time).
        const PhaseFigures sat = runSaturated(servers, devices, deviceCount, batches, batch,
                                              threads, true, applicantBase);
        report.add(QStringLiteral("saturated_push_mutations_per_s"), sat.mutations / sat.wallS,
                   QStringLiteral("saturated: mutations applied per second, all devices back to "
                                  "back"));
        report.add(QStringLiteral("saturated_requests_per_s"), sat.requests / sat.wallS,
                   QStringLiteral("saturated: push and pull requests per second"));
        report.addSamples(QStringLiteral("saturated_request"), merged(sat.push, sat.pull),
                          QStringLiteral("saturated: round trip with %1 requests in flight, ms")
                                  .arg(threads));
        report.add(QStringLiteral("saturated_server_cpu_us_per_mutation"),
                   sat.serverCpuS * 1e6 / qMax<qint64>(1, sat.mutations),
                   QStringLiteral("saturated: server CPU per pushed mutation, pulls included"));
        report.add(QStringLiteral("saturated_errors"), sat.errors + sat.rejected,
                   QStringLiteral("saturated: failed requests and refused mutations"),
                   QStringLiteral("<= 0"));
        for (const QString &e : sat.errorSamples.mid(0, 5))
            report.note(QStringLiteral("saturated error: ") + e);
    }
    if (curveMutations > 0)
        addCurves(report, servers, devices, deviceCount, threads, curveMutations, applicantBase);
    report.add(QStringLiteral("driver_peak_rss_mb"), peakRssMb(),
               QStringLiteral("this driver's peak resident memory"));
    double avg[3] = {0, 0, 0};
    if (getloadavg(avg, 3) > 0)
        report.note(QStringLiteral("load average %1 at the end; the driver and the server share "
                                   "the machine's cores")
                            .arg(avg[0], 0, 'f', 1));
    // The servers' request logs kept beside the benchmark data (the run's folder goes away).
    for (int i = 0; i < serverCount; ++i) {
        const QString kept = BenchData::folder() + QStringLiteral("/load-server%1.log").arg(i);
        QFile::remove(kept);
        QFile::copy(dir.filePath(QStringLiteral("server%1.log").arg(i)), kept);
    }
    return report.print() ? 0 : 1;
}

const bool registered = registerBench(
        QStringLiteral("load"),
        QStringLiteral("N simulated devices sync every 30 s against the real server (open "
                       "loop, --devices 200 --duration-s 60); saturated throughput; push-cost "
                       "curves"),
        runLoad);

} // namespace

} // namespace ow::bench
