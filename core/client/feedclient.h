#pragma once

#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace inventory {

// A subscription to the server's change feed: connects with since=<last applied seq>,
// hands events over in batches, reconnects with backoff (to the next server, if several),
// and treats a silent connection (no heartbeat) as dead.
class FeedClient : public QObject
{
    Q_OBJECT

public:
    // serverUrl gives the current http(s) server; sinceProvider the last applied seq (when it
    // cannot be read, the connection fails and is tried again later).
    FeedClient(std::function<QUrl()> serverUrl, std::function<Result<qint64>()> sinceProvider,
               QObject *parent = nullptr);
    ~FeedClient() override;

    void setToken(const QByteArray &token) { m_token = token; }
    void setStoreFilter(const QString &storeId) { m_storeId = storeId; }
    void start();
    void stop();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    static constexpr int WatchdogMs = 40'000;

signals:
    void connected();
    void disconnected();
    // Events usually come with their data as text (Event::encodedData): read it through
    // Event::dataObject().
    void eventsReceived(const QList<inventory::Event> &events);
    void heartbeatReceived(qint64 lastSeq);
    void resyncRequested(qint64 lastSeq);
    void connectionFailed();

private:
    void open();
    void onMessage(const QString &text);
    // Holds an event for the next eventsReceived, which goes out once the messages that
    // arrived together have been read.
    void buffer(Event event);
    void flush();
    void scheduleReconnect();

    std::function<QUrl()> m_serverUrl;
    std::function<Result<qint64>()> m_since;
    QByteArray m_token;
    QString m_storeId;
    QWebSocket m_socket;
    QTimer m_watchdog;
    QTimer m_reconnect;
    QTimer m_flush;
    QList<Event> m_buffer;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace inventory
