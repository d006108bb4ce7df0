#pragma once

#include "event.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QAbstractSocket;
class QWebSocket;

namespace inventory {
class Clock;
class DbConnection;
class JwtCodec;
class ReadModel;
} // namespace inventory

namespace inventory::server {

// The WebSocket change feed. A new subscriber first gets the log after its `since` from the
// database, in chunks, then the live events; both come from the event loop's thread, so
// there is no gap and no duplicate at the seam. A subscriber that cannot keep up is cut
// off (it comes back with since=) rather than allowed to hold memory or the writer.
class FeedHub : public QObject
{
    Q_OBJECT

public:
    FeedHub(const ReadModel &model, DbConnection &readConnection, const JwtCodec &jwt,
            const Clock &clock, int heartbeatMs, QObject *parent = nullptr);
    ~FeedHub() override;

    // wire: the WebSocket's TCP connection, for writing frames encoded once for everybody;
    // without it (nullptr) the subscriber is served message by message.
    void accept(std::unique_ptr<QWebSocket> socket, QAbstractSocket *wire);
    // Queues committed events; they go out on the event loop's next pass, together with any
    // committed meanwhile (see flush()).
    void publish(const QList<Event> &events);
    // Closes every subscriber with "going away" (server shutdown).
    void closeAll();
    int subscriberCount() const;

    static constexpr qint64 MaxBufferedBytes = 8 << 20;

private:
    struct Subscriber;

    // Sends everything published since the last flush. A fan-out to a thousand subscribers
    // costs a thousand sends whether it carries one commit or five: when commits arrive
    // faster than the fan-out, the ones that wait go out together, so the feed keeps up.
    void flush();
    void replayChunk(Subscriber *subscriber);
    bool send(Subscriber *subscriber, const QByteArray &message);
    bool send(Subscriber *subscriber, const QString &message);
    bool sendFrames(Subscriber *subscriber, const QByteArray &frames);
    // False (and the subscriber cut off) when it has more unsent than MaxBufferedBytes.
    bool keepsUp(Subscriber *subscriber);
    void drop(Subscriber *subscriber);
    void heartbeat();

    const ReadModel &m_model;
    DbConnection &m_db;
    const JwtCodec &m_jwt;
    const Clock &m_clock;
    QTimer m_heartbeat;
    QList<Subscriber *> m_subscribers;
    QList<Event> m_unsent;
};

} // namespace inventory::server
