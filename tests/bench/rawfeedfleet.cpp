#include "rawfeedfleet.h"

#include <QHostAddress>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <netinet/in.h>
#include <string_view>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace inventory::bench {

namespace {
constexpr int kSweepMs = 100;
} // namespace

struct RawFeedFleet::Subscriber
{
    QByteArray storeFilter;
    int fd = -1;
    bool upgraded = false;
    bool ended = false; // closed by the server or refused: counted as failed once
    QByteArray response; // the HTTP upgrade response until its blank line
    quint8 header[10] {}; // a frame header split across reads
    int headerLength = 0;
    qint64 skip = 0; // payload bytes of the current frame still to come
    bool text = false; // the current frame is a text message
    char prefix[11] {}; // its first bytes, to tell a heartbeat from an event
    int prefixLength = 0;
    std::atomic<qint64> messages { 0 };

    // Counts the events in data, carrying a split header or payload to the next read.
    // Heartbeats ({"lastSeq":…,"type":"heartbeat"}, every 15 s) are text messages too, but not
    // ones a subscriber is owed: counting them made a run that crossed one report a surplus.
    void consumeFrames(const char *data, qsizetype size)
    {
        static constexpr char kHeartbeat[] = "{\"lastSeq\":";
        static_assert(sizeof kHeartbeat - 1 == sizeof prefix);
        qsizetype at = 0;
        qint64 counted = 0;
        const auto endOfText = [&] {
            if (text && std::string_view(prefix, size_t(prefixLength)) != kHeartbeat)
                ++counted;
            text = false;
        };
        while (at < size) {
            if (skip > 0) {
                const qint64 n = std::min<qint64>(skip, size - at);
                if (text && prefixLength < int(sizeof prefix)) {
                    const int copied = int(std::min<qint64>(n, sizeof prefix - prefixLength));
                    std::copy_n(data + at, copied, prefix + prefixLength);
                    prefixLength += copied;
                }
                at += n;
                skip -= n;
                if (skip == 0)
                    endOfText();
                continue;
            }
            header[headerLength++] = quint8(data[at++]);
            if (headerLength < 2)
                continue;
            const int short7 = header[1] & 0x7f;
            const int needed = short7 == 126 ? 4 : short7 == 127 ? 10 : 2;
            if (headerLength < needed)
                continue;
            qint64 length = short7;
            if (short7 >= 126) {
                length = 0;
                for (int i = 2; i < needed; ++i)
                    length = (length << 8) | header[i];
            }
            text = (header[0] & 0x0f) == 0x1;
            prefixLength = 0;
            skip = length;
            headerLength = 0;
            if (skip == 0)
                endOfText();
        }
        messages.store(messages.load(std::memory_order_relaxed) + counted,
                       std::memory_order_relaxed);
    }
};

RawFeedFleet::RawFeedFleet(const QUrl &server, const QByteArray &token, qint64 since,
                           const QList<QByteArray> &storeFilters)
    : m_server(server)
    , m_token(token)
    , m_since(since)
{
    for (const QByteArray &filter : storeFilters) {
        m_subscribers.push_back(std::make_unique<Subscriber>());
        m_subscribers.back()->storeFilter = filter;
    }
    m_thread = std::thread([this] { run(); });
}

RawFeedFleet::~RawFeedFleet()
{
    m_stopping = true;
    m_thread.join();
    for (auto &s : m_subscribers) {
        if (s->fd != -1)
            ::close(s->fd);
    }
    if (m_epoll != -1)
        ::close(m_epoll);
}

bool RawFeedFleet::allReceived(const Expected &expected) const
{
    return std::all_of(m_subscribers.begin(), m_subscribers.end(), [&](const auto &s) {
        return s->messages.load() >= expected(s->storeFilter);
    });
}

qint64 RawFeedFleet::received(const Expected &expected) const
{
    qint64 total = 0;
    for (const auto &s : m_subscribers)
        total += std::min(s->messages.load(), expected(s->storeFilter));
    return total;
}

qint64 RawFeedFleet::surplus(const Expected &expected) const
{
    qint64 total = 0;
    for (const auto &s : m_subscribers)
        total += std::max<qint64>(0, s->messages.load() - expected(s->storeFilter));
    return total;
}

bool RawFeedFleet::openAll()
{
    QHostAddress host(m_server.host() == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                    : m_server.host());
    if (host.protocol() != QAbstractSocket::IPv4Protocol) {
        std::fprintf(stderr, "feedprobe: raw subscribers need an IPv4 address, not %s\n",
                     qPrintable(m_server.host()));
        return false;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(m_server.port()));
    address.sin_addr.s_addr = htonl(host.toIPv4Address());
    const QByteArray rest = " HTTP/1.1\r\nHost: " + m_server.host().toLatin1()
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer "
        + m_token + "\r\n\r\n";
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    for (auto &s : m_subscribers) {
        if (m_stopping)
            return false;
        const QByteArray request = "GET /api/v1/feed?since=" + QByteArray::number(m_since)
            + (s->storeFilter.isEmpty() ? QByteArray() : "&storeId=" + s->storeFilter) + rest;
        s->fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        // Blocking connect and request: loopback answers at once, and it keeps this simple.
        if (s->fd == -1
            || ::connect(s->fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::send(s->fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL)
                != ssize_t(request.size())) {
            std::perror("feedprobe: raw subscriber");
            ++m_failed;
            continue;
        }
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.ptr = s.get();
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, s->fd, &event);
    }
    return true;
}

void RawFeedFleet::run()
{
    if (!openAll())
        return;
    std::vector<epoll_event> ready(size_t(std::max(1, count())));
    auto lastSweep = std::chrono::steady_clock::now();
    while (!m_stopping) {
        // A timeout, so that a stop request is seen even when nothing arrives.
        const int n = ::epoll_wait(m_epoll, ready.data(), int(ready.size()), kSweepMs);
        for (int i = 0; i < n; ++i)
            onReadable(*static_cast<Subscriber *>(ready[size_t(i)].data.ptr));
        // Whatever sits under the low-water mark is read every kSweepMs, so that the
        // counts come out whole at the end.
        const auto now = std::chrono::steady_clock::now();
        if (now - lastSweep >= std::chrono::milliseconds(kSweepMs)) {
            lastSweep = now;
            for (auto &s : m_subscribers) {
                if (s->upgraded && !s->ended)
                    onReadable(*s);
            }
        }
    }
}

void RawFeedFleet::onReadable(Subscriber &s)
{
    static thread_local char buffer[256 * 1024];
    const ssize_t n = ::recv(s.fd, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, s.fd, nullptr);
        s.ended = true;
        ++m_failed;
        return;
    }
    if (s.upgraded) {
        s.consumeFrames(buffer, n);
        return;
    }
    s.response.append(buffer, n);
    const qsizetype end = s.response.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    if (!s.response.startsWith("HTTP/1.1 101")) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, s.fd, nullptr);
        s.ended = true;
        ++m_failed;
        return;
    }
    s.upgraded = true;
    ++m_upgraded;
    // From now on the kernel wakes this thread for a subscriber only once 64 KiB are
    // waiting (about a seventh of a second of the feed) instead of for every write. These
    // subscribers stand in for stores on machines of their own, yet share the two cores
    // with the server they measure: a wake-up and a read for each of 100,000 writes a
    // second took 40 % of the probe's CPU.
    const int lowWater = 64 * 1024;
    ::setsockopt(s.fd, SOL_SOCKET, SO_RCVLOWAT, &lowWater, sizeof lowWater);
    const QByteArray rest = s.response.mid(end + 4);
    s.response.clear();
    s.consumeFrames(rest.constData(), rest.size());
}

} // namespace inventory::bench
