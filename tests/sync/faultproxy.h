#pragma once

// A fault-injecting HTTP proxy for the sync tests: it sits on loopback between the client and the
// real server process and, by rule (request path and method) or at random (seeded), drops,
// delays, duplicates or cuts requests and responses, or loses a response after the server has
// committed. Every request goes to the server on a fresh connection, so what the server sees is
// exactly what the rules let through.
//
// Plain POSIX sockets and one thread per client connection: the proxy needs no event loop of the
// test's thread (SyncEngine blocks that thread in its own loop while the proxy works).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace synctest {

class FaultProxy final
{
public:
    enum class Fault {
        None,
        DropRequest,      // the connection closes before anything reaches the server
        DelayRequest,     // waits delayMs, then forwards
        DelayResponse,    // forwards, waits delayMs, then answers
        DuplicateRequest, // sends the request to the server twice at once; answers the first
        CutRequest,       // forwards the first `bytes` of the request, then cuts both sides
        CutResponse,      // forwards the first `bytes` of the response, then cuts
        LoseResponse,     // the server answers (and has committed); the client never hears it
        ShiftServerTime,  // moves server_time in the answer by shiftMs (a device clock off)
    };

    struct Rule
    {
        QString path;      // prefix of the request path ("" = every request)
        QByteArray method; // "" = every method
        Fault fault = Fault::None;
        int skip = 0;  // matching requests let through untouched first
        int times = 1; // how many matching requests get the fault (-1: all)
        int delayMs = 0;
        qint64 bytes = 0;   // CutRequest / CutResponse
        qint64 shiftMs = 0; // ShiftServerTime
    };

    struct Seen
    {
        QByteArray method;
        QString path;
        QString target; // path and query
        Fault fault = Fault::None;
    };

    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool start();
    quint16 port() const { return m_port; }
    QUrl url() const;
    void setUpstream(quint16 port);

    void addRule(const Rule &rule);
    void clearRules();
    // With probability `percent`/100 per request, one of `faults` with random parameters, from a
    // generator seeded with `seed`: the same requests in the same order get the same faults.
    void setRandomFaults(quint64 seed, int percent, const QList<Fault> &faults);
    void stopRandomFaults();

    // Requests whose path starts with `path` that reached the server so far.
    int forwarded(const QString &path) const;
    // Waits until `count` such requests reached the server.
    bool waitForwarded(const QString &path, int count, int timeoutMs) const;
    QList<Seen> seen() const;
    static const char *faultName(Fault fault);

private:
    struct Message;
    void acceptLoop();
    void serve(int client);
    Rule decide(const QByteArray &method, const QString &path, const QString &target);
    int connectUpstream() const;

    std::atomic<quint16> m_upstream;
    quint16 m_port = 0;
    int m_listen = -1;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptor;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::vector<std::thread> m_workers;
    std::vector<int> m_openSockets;
    QList<Rule> m_rules;
    QList<Seen> m_seen;
    QStringList m_forwarded; // paths, in the order they reached the server
    bool m_random = false;
    int m_percent = 0;
    QList<Fault> m_randomFaults;
    std::mt19937_64 m_rng;
};

} // namespace synctest
