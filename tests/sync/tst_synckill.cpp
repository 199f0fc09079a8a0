// Kill -9 at a random moment during intake and sync (issue 6): a real client process
// (onewindow-syncdriver) works and syncs through the real server; SIGKILL at a seeded random
// moment; then the store passes PRAGMA integrity_check, every change it reported saved is there,
// every change the server acknowledged is on the server, and after a sync everything converges.
//
// `make test` runs 3 × 10; `make soak` runs 1,000 (ONEWINDOW_KILL_RUNS, ONEWINDOW_FAULT_SEED).
#include "faultsupport.h"

#include <QRandomGenerator>

using namespace ow;
using namespace synctest;

namespace {

// Runs of ten devices on one server each, checked for convergence after every ten.
void killRuns(int runs, quint64 seed)
{
    QRandomGenerator random(seed);
    for (int group = 0; group < runs; group += 10) {
        Net net;
        std::vector<std::unique_ptr<Device>> devices;
        for (int run = group; run < qMin(runs, group + 10); ++run) {
            // Some answers slow, so that kills land in every part of a sync too.
            net.proxy->setRandomFaults(
                    random.generate64(), 30,
                    {FaultProxy::Fault::DelayRequest, FaultProxy::Fault::DelayResponse});
            auto device = std::make_unique<Device>(QStringLiteral("counter"));
            net.enroll(*device, hall);
            device->close();
            Driver driver;
            driver.start(*device,
                         {QStringLiteral("work"), QStringLiteral("60"),
                          QString::number(random.generate()), QStringLiteral("3")});
            REQUIRE(driver.waitFor(QStringLiteral("ready")));
            const int killAfterMs = random.bounded(20, 1500);
            QDeadlineTimer deadline(killAfterMs);
            while (!deadline.hasExpired() && driver.process().state() != QProcess::NotRunning)
                (void)driver.line(int(qMax<qint64>(1, deadline.remainingTime())));
            driver.kill();
            INFO("run " << run << ": killed after " << killAfterMs << " ms; seed " << seed);
            device->reopen();
            CHECK(integrityOk(device->path()));
            for (const QString &id : driver.committed())
                CHECK(device->cases->load(id).ok()); // reported saved: saved
            const QStringList acknowledged = driver.acknowledged();
            if (!acknowledged.isEmpty()) {
                net.proxy->stopRandomFaults();
                const auto view = device->serverView();
                for (const QString &id : acknowledged)
                    CHECK(view.contains(id)); // acknowledged by the server: on the server
            }
            devices.push_back(std::move(device));
        }
        net.proxy->stopRandomFaults();
        QList<Device *> all;
        for (auto &d : devices)
            all.append(d.get());
        settle(all);
        checkConvergence(net.server, all);
    }
}

} // namespace

TEST_CASE("Kill -9 during intake and sync: runs 1-10", "[sync][faults][kill]")
{
    killRuns(envCount("ONEWINDOW_KILL_RUNS", 10), faultSeed(1001));
}

TEST_CASE("Kill -9 during intake and sync: runs 11-20", "[sync][faults][kill]")
{
    if (qEnvironmentVariableIsSet("ONEWINDOW_KILL_RUNS"))
        return; // the soak runs them all in the first
    killRuns(10, faultSeed(1001) + 11);
}

TEST_CASE("Kill -9 during intake and sync: runs 21-30", "[sync][faults][kill]")
{
    if (qEnvironmentVariableIsSet("ONEWINDOW_KILL_RUNS"))
        return;
    killRuns(10, faultSeed(1001) + 21);
}
