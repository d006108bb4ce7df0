#pragma once

#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <atomic>
#include <memory>

class QAbstractSocket;
class QWebSocket;

namespace inventory {
class DbConnection;
}

namespace inventory::server {

// A share of the feed's subscribers, served on a thread of its own (FeedHub makes one per
// core). A new subscriber first gets the log after its `since`, in chunks read through the
// shard's own database connection, then the live events; everything about a subscriber
// happens on this thread, so there is no gap and no duplicate at the seam and its bytes stay
// in order. A subscriber that cannot keep up is cut off (it comes back with since=) rather
// than allowed to hold memory.
//
// Owned by FeedHub; all methods but subscriberCount() and expectSubscriber() run on the
// shard's thread.
class FeedShard : public QObject
{
    Q_OBJECT

public:
    FeedShard(QString databaseLocation, int heartbeatMs);
    ~FeedShard() override;

    Status open();
    // Takes over a subscriber whose socket and wire were moved to this thread. lastSeq: the
    // last event the read model had when it was accepted; later ones come through publish().
    // wire: the WebSocket's TCP connection, for writing frames encoded once for everybody;
    // without it (nullptr) the subscriber is served message by message.
    void adopt(QWebSocket *socket, QAbstractSocket *wire, const QString &storeId, qint64 since,
               qint64 lastSeq);
    // Sends committed events, together with those of any publish() already queued behind
    // this one (see flush() and expectPublish()).
    void publish(const QList<Event> &events);
    // Closes every subscriber with "going away" (server shutdown).
    void closeAll();
    // Frees the subscribers and the connection on this thread, before it stops.
    void shutdown();

    // Any thread: subscribers adopted or on their way here.
    int subscriberCount() const { return m_count.load(); }
    void expectSubscriber() { ++m_count; }
    // Before queuing a publish(): the last of those queued together sends for them all.
    void expectPublish() { ++m_publishesQueued; }

    static constexpr qint64 MaxBufferedBytes = 8 << 20;

private:
    struct Subscriber;

    // Sends everything published since the last flush. A fan-out to a thousand subscribers
    // costs a thousand sends whether it carries one commit or five: when commits arrive
    // faster than the fan-out, the ones that wait go out together, so the feed keeps up.
    void flush();
    void replayChunk(Subscriber *subscriber);
    bool send(Subscriber *subscriber, const QByteArray &message);
    bool sendFrames(Subscriber *subscriber, const QByteArray &frames);
    // False (and the subscriber cut off) when it has more unsent than MaxBufferedBytes.
    bool keepsUp(Subscriber *subscriber);
    void drop(Subscriber *subscriber);
    void heartbeat();
    static constexpr int MaxUnansweredPings = 2;

    QString m_location;
    int m_heartbeatMs;
    std::unique_ptr<DbConnection> m_db;
    QTimer *m_heartbeat = nullptr; // made on this thread, in open()
    QList<Subscriber *> m_subscribers;
    QList<Event> m_unsent;
    qint64 m_lastSeq = 0;
    QRandomGenerator m_random;
    std::atomic<int> m_count { 0 };
    std::atomic<int> m_publishesQueued { 0 };
};

} // namespace inventory::server
