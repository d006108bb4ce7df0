#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <atomic>
#include <functional>
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
    // One subscriber per filter: a store id (the feed's storeId=) or empty for every store.
    RawFeedFleet(const QUrl &server, const QByteArray &token, qint64 since,
                 const QList<QByteArray> &storeFilters);
    ~RawFeedFleet();

    int count() const { return int(m_subscribers.size()); }
    int upgraded() const { return m_upgraded.load(); }
    int failed() const { return m_failed.load(); }
    // expected(filter): how many messages a subscriber with that filter should receive.
    // Whether each has received them, and the messages received in all, each counted up to
    // what it should receive.
    using Expected = std::function<qint64(const QByteArray &storeFilter)>;
    bool allReceived(const Expected &expected) const;
    qint64 received(const Expected &expected) const;
    // Messages beyond what each should receive: another store's changes reaching a filtered
    // subscriber.
    qint64 surplus(const Expected &expected) const;

private:
    struct Subscriber;

    void run();
    bool openAll();
    void onReadable(Subscriber &subscriber);

    QUrl m_server;
    QByteArray m_token;
    qint64 m_since;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Subscriber>> m_subscribers;
    std::atomic<int> m_upgraded { 0 };
    std::atomic<int> m_failed { 0 };
    std::atomic<bool> m_stopping { false };
    std::thread m_thread;
};

} // namespace inventory::bench
