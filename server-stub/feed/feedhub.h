#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"
#include "core/protocol/event.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class QAbstractSocket;
class QThread;
class QWebSocket;

namespace inventory {
class Clock;
class JwtCodec;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class FeedShard;

// The WebSocket change feed. The event loop checks a new subscriber (path, token, since)
// and hands it to the FeedShard with the fewest; each shard serves its subscribers on a
// thread of its own (replay, live events, heartbeats). A fan-out to a thousand subscribers
// is a thousand sends to the kernel, milliseconds of CPU: on the event loop it held every
// HTTP request and every commit's replies behind it, and it used one core however many the
// machine had.
class FeedHub : public QObject
{
    Q_OBJECT

public:
    FeedHub(const ReadModel &model, const JwtCodec &jwt, const Clock &clock,
            QObject *parent = nullptr);
    ~FeedHub() override;

    // Starts `threads` shards, each on its own thread with its own database connection.
    Status start(const QString &databaseLocation, int heartbeatMs, int threads);
    // A further check of a subscriber's verified token (a revoked till's), as HttpFrontend's.
    void setTokenCheck(std::function<std::optional<Error>(const User &)> check)
    {
        m_tokenCheck = std::move(check);
    }
    // wire: the WebSocket's TCP connection (see FeedShard::adopt), or nullptr.
    void accept(std::unique_ptr<QWebSocket> socket, QAbstractSocket *wire);
    // Hands committed events to every shard that has subscribers.
    void publish(const QList<Event> &events);
    // Closes every subscriber with "going away" (server shutdown).
    void closeAll();
    int subscriberCount() const;

private:
    void handOver(QWebSocket *socket, QAbstractSocket *wire, const QString &storeId, qint64 since);
    void stop();

    const ReadModel &m_model;
    const JwtCodec &m_jwt;
    std::function<std::optional<Error>(const User &)> m_tokenCheck;
    const Clock &m_clock;
    std::vector<FeedShard *> m_shards;
    std::vector<QThread *> m_threads;
};

} // namespace inventory::server
