#include "faultproxy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace synctest {

namespace {

// An HTTP/1.1 message as read from a socket: head and body by Content-Length.
struct Raw
{
    QByteArray head; // up to and with the blank line
    QByteArray body;
    bool closeAfter = false;

    QByteArray bytes() const { return head + body; }
};

bool sendAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    return sendAll(fd, bytes.constData(), bytes.size());
}

// Reads one message; false on EOF or error before it was whole. `buffer` keeps what came after.
bool readMessage(int fd, QByteArray &buffer, Raw &out, int timeoutMs,
                 const std::atomic<bool> &stopping)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    qint64 headEnd = -1;
    qint64 length = 0;
    for (;;) {
        if (headEnd < 0) {
            const qsizetype at = buffer.indexOf("\r\n\r\n");
            if (at >= 0) {
                headEnd = at + 4;
                out.head = buffer.left(headEnd);
                const QList<QByteArray> lines = out.head.split('\n');
                for (const QByteArray &line : lines) {
                    const QByteArray l = line.trimmed().toLower();
                    if (l.startsWith("content-length:"))
                        length = l.mid(15).trimmed().toLongLong();
                    else if (l.startsWith("connection:") && l.contains("close"))
                        out.closeAfter = true;
                }
            }
        }
        if (headEnd >= 0 && buffer.size() >= headEnd + length) {
            out.body = buffer.mid(headEnd, length);
            buffer.remove(0, headEnd + length);
            return true;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  deadline - std::chrono::steady_clock::now())
                                  .count();
        if (left <= 0 || stopping)
            return false;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(qMin<qint64>(left, 200))) < 0)
            return false;
        if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        char chunk[65536];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, n);
    }
}

// Closes with a reset (RST), as a cut cable or a killed peer would look.
void reset(int fd)
{
    if (fd < 0)
        return;
    linger l{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd);
}

QByteArray withLength(QByteArray head, qint64 length)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            line = "Content-Length: " + QByteArray::number(length) + '\r';
    }
    return lines.join('\n');
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstream(upstreamPort)
{ }

FaultProxy::~FaultProxy()
{
    m_stopping = true;
    if (m_listen >= 0)
        ::shutdown(m_listen, SHUT_RDWR);
    if (m_acceptor.joinable())
        m_acceptor.join();
    if (m_listen >= 0)
        ::close(m_listen);
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_openSockets)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (std::thread &t : m_workers) {
        if (t.joinable())
            t.join();
    }
}

bool FaultProxy::start()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listen < 0)
        return false;
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(m_listen, 64) != 0)
        return false;
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FaultProxy::setUpstream(quint16 port)
{
    m_upstream = port;
}

void FaultProxy::addRule(const Rule &rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.append(rule);
}

void FaultProxy::clearRules()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

void FaultProxy::setRandomFaults(quint64 seed, int percent, const QList<Fault> &faults)
{
    std::lock_guard lock(m_mutex);
    m_random = true;
    m_percent = percent;
    m_randomFaults = faults;
    m_rng.seed(seed);
}

void FaultProxy::stopRandomFaults()
{
    std::lock_guard lock(m_mutex);
    m_random = false;
}

int FaultProxy::forwarded(const QString &path) const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const QString &p : m_forwarded)
        n += p.startsWith(path) ? 1 : 0;
    return n;
}

bool FaultProxy::waitForwarded(const QString &path, int count, int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        int n = 0;
        for (const QString &p : m_forwarded)
            n += p.startsWith(path) ? 1 : 0;
        return n >= count;
    });
}

QList<FaultProxy::Seen> FaultProxy::seen() const
{
    std::lock_guard lock(m_mutex);
    return m_seen;
}

const char *FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::DropRequest:
        return "drop-request";
    case Fault::DelayRequest:
        return "delay-request";
    case Fault::DelayResponse:
        return "delay-response";
    case Fault::DuplicateRequest:
        return "duplicate-request";
    case Fault::CutRequest:
        return "cut-request";
    case Fault::CutResponse:
        return "cut-response";
    case Fault::LoseResponse:
        return "lose-response";
    case Fault::ShiftServerTime:
        return "shift-server-time";
    }
    return "?";
}

void FaultProxy::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0) {
            if (m_stopping)
                return;
            continue;
        }
        int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::lock_guard lock(m_mutex);
        m_openSockets.push_back(client);
        m_workers.emplace_back([this, client] { serve(client); });
    }
}

int FaultProxy::connectUpstream() const
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(m_upstream.load());
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

FaultProxy::Rule FaultProxy::decide(const QByteArray &method, const QString &path,
                                    const QString &target)
{
    std::lock_guard lock(m_mutex);
    Rule chosen;
    for (Rule &rule : m_rules) {
        if (rule.times == 0 || !path.startsWith(rule.path)
            || (!rule.method.isEmpty() && rule.method != method))
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            continue;
        }
        if (rule.times > 0)
            --rule.times;
        chosen = rule;
        break;
    }
    if (chosen.fault == Fault::None && m_random && !m_randomFaults.isEmpty()) {
        std::uniform_int_distribution<int> percent(0, 99);
        if (percent(m_rng) < m_percent) {
            std::uniform_int_distribution<int> pick(0, int(m_randomFaults.size()) - 1);
            chosen.fault = m_randomFaults[pick(m_rng)];
            chosen.delayMs = std::uniform_int_distribution<int>(10, 300)(m_rng);
            chosen.bytes = std::uniform_int_distribution<qint64>(1, 4000)(m_rng);
            chosen.shiftMs = 3LL * 24 * 3600 * 1000;
        }
    }
    m_seen.append({method, path, target, chosen.fault});
    return chosen;
}

void FaultProxy::serve(int client)
{
    const auto done = [this, client] {
        std::lock_guard lock(m_mutex);
        m_openSockets.erase(std::remove(m_openSockets.begin(), m_openSockets.end(), client),
                            m_openSockets.end());
    };
    const auto markForwarded = [this](const QString &path) {
        {
            std::lock_guard lock(m_mutex);
            m_forwarded.append(path);
        }
        m_changed.notify_all();
    };
    QByteArray buffer;
    while (!m_stopping) {
        Raw request;
        if (!readMessage(client, buffer, request, 120'000, m_stopping))
            break;
        const QList<QByteArray> first = request.head.left(request.head.indexOf('\r')).split(' ');
        const QByteArray method = first.value(0);
        const QString target = QString::fromLatin1(first.value(1));
        const QString path = target.left(target.indexOf(QLatin1Char('?')) >= 0
                                                 ? target.indexOf(QLatin1Char('?'))
                                                 : target.size());
        const Rule rule = decide(method, path, target);
        if (rule.fault == Fault::DropRequest) {
            done();
            reset(client);
            return;
        }
        if (rule.fault == Fault::DelayRequest)
            std::this_thread::sleep_for(std::chrono::milliseconds(rule.delayMs));

        const QByteArray bytes = request.bytes();
        if (rule.fault == Fault::CutRequest) {
            const int up = connectUpstream();
            if (up >= 0) {
                sendAll(up, bytes.constData(), qMin<qint64>(rule.bytes, bytes.size() - 1));
                reset(up);
            }
            done();
            reset(client);
            return;
        }
        const int up = connectUpstream();
        if (up < 0) {
            done();
            reset(client);
            return;
        }
        int twin = -1;
        if (rule.fault == Fault::DuplicateRequest) {
            twin = connectUpstream();
            if (twin >= 0)
                sendAll(twin, bytes);
        }
        const bool sent = sendAll(up, bytes);
        if (sent)
            markForwarded(path);
        if (twin >= 0)
            markForwarded(path);
        QByteArray upBuffer;
        Raw response;
        const bool answered = sent && readMessage(up, upBuffer, response, 120'000, m_stopping);
        ::close(up);
        if (twin >= 0) {
            QByteArray twinBuffer;
            Raw ignored;
            readMessage(twin, twinBuffer, ignored, 120'000, m_stopping);
            ::close(twin);
        }
        if (!answered || rule.fault == Fault::LoseResponse) {
            done();
            reset(client);
            return;
        }
        if (rule.fault == Fault::ShiftServerTime) {
            QJsonObject body = QJsonDocument::fromJson(response.body).object();
            const QDateTime at = QDateTime::fromString(
                    body.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs);
            if (at.isValid()) {
                body.insert(QStringLiteral("server_time"),
                            at.addMSecs(rule.shiftMs).toUTC().toString(Qt::ISODateWithMs));
                response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
                response.head = withLength(response.head, response.body.size());
            }
        }
        if (rule.fault == Fault::DelayResponse)
            std::this_thread::sleep_for(std::chrono::milliseconds(rule.delayMs));
        const QByteArray answer = response.bytes();
        if (rule.fault == Fault::CutResponse) {
            sendAll(client, answer.constData(), qMin<qint64>(rule.bytes, answer.size() - 1));
            done();
            reset(client);
            return;
        }
        if (!sendAll(client, answer) || response.closeAfter || request.closeAfter)
            break;
    }
    done();
    ::close(client);
}

} // namespace synctest
