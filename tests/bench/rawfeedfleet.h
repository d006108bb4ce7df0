#pragma once

#include <QByteArray>
#include <QUrl>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace inventory::bench {

// Many feed subscribers that cost the probe as little as possible, so that the probe leaves
// the shared cores to the server: they open the WebSocket by hand and only walk the frame
// headers to count messages, all on one thread of their own with epoll and large reads,
// woken only once 64 KiB are waiting for a subscriber (SO_RCVLOWAT) and sweeping every
// subscriber every 100 ms for the rest.
// Written here instead of with QTcpSocket because a thousand QTcpSockets on the probe's
// event loop took most of a core at 100,000 messages a second (a notifier round, an ioctl
// and a copy per socket per batch), which was CPU taken from the server being measured, and
// held the measuring FeedClients behind them. The server cannot tell these from real clients.
class RawFeedFleet
{
public:
    RawFeedFleet(const QUrl &server, const QByteArray &token, qint64 since, int count);
    ~RawFeedFleet();

    int upgraded() const { return m_upgraded.load(); }
    int failed() const { return m_failed.load(); }
    // Fewest messages any subscriber has received, and the total over all of them.
    qint64 fewestMessages() const;
    qint64 totalMessages(qint64 capEach) const;

private:
    struct Subscriber;

    void run();
    bool openAll();
    void onReadable(Subscriber &subscriber);

    QUrl m_server;
    QByteArray m_token;
    qint64 m_since;
    int m_count;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Subscriber>> m_subscribers;
    std::atomic<int> m_upgraded { 0 };
    std::atomic<int> m_failed { 0 };
    std::atomic<bool> m_stopping { false };
    std::thread m_thread;
};

} // namespace inventory::bench
