#include "core/client/feedclient.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// Events are handed over in batches, one local transaction per batch, not per event: a
// zero-delay flush runs once the messages that arrived together have been read, so a burst
// becomes one batch without holding any event back for a timer (a 20 ms timer used to add
// up to 20 ms to every change's way to the screen).
constexpr int kFlushMs = 0;
constexpr int kMaxBuffered = 500;
} // namespace

FeedClient::FeedClient(std::function<QUrl()> serverUrl,
                       std::function<Result<qint64>()> sinceProvider, QObject *parent)
    : QObject(parent)
    , m_serverUrl(std::move(serverUrl))
    , m_since(std::move(sinceProvider))
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(WatchdogMs);
    m_reconnect.setSingleShot(true);
    m_flush.setSingleShot(true);
    m_flush.setInterval(kFlushMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { m_socket.abort(); });
    connect(&m_reconnect, &QTimer::timeout, this, &FeedClient::open);
    connect(&m_flush, &QTimer::timeout, this, &FeedClient::flush);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_watchdog.start();
        emit connected();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_watchdog.stop();
        flush();
        emit disconnected();
        if (m_running) {
            ++m_failures;
            emit connectionFailed();
            scheduleReconnect();
        }
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &FeedClient::onMessage);
}

FeedClient::~FeedClient()
{
    // The socket dies after the timers: it must not report (and schedule) anything then.
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void FeedClient::start()
{
    m_running = true;
    open();
}

void FeedClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_socket.close();
}

void FeedClient::open()
{
    if (!m_running)
        return;
    const Result<qint64> since = m_since();
    if (!since) {
        ++m_failures;
        emit connectionFailed();
        scheduleReconnect();
        return;
    }
    QUrl url = m_serverUrl();
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/v1/feed"_s);
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since.value()));
    if (!m_storeId.isEmpty())
        query.addQueryItem(u"storeId"_s, m_storeId);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    m_socket.open(request);
}

void FeedClient::scheduleReconnect()
{
    const int base = 250 * (1 << qMin(m_failures, 7)); // up to 32 s
    m_reconnect.start(base + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
}

void FeedClient::onMessage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (auto event = Event::fromJsonText(utf8)) {
        buffer(std::move(*event));
        return;
    }
    m_watchdog.start();
    const QJsonObject json = QJsonDocument::fromJson(utf8).object();
    const QString type = json.value(u"type"_s).toString();
    if (json.contains(u"seq"_s)) {
        buffer(Event::fromJson(json));
    } else if (type == u"heartbeat"_s) {
        flush();
        emit heartbeatReceived(json.value(u"lastSeq"_s).toInteger());
    } else if (type == u"resync"_s) {
        flush();
        emit resyncRequested(json.value(u"lastSeq"_s).toInteger());
    }
}

void FeedClient::buffer(Event event)
{
    m_buffer.append(std::move(event));
    if (m_buffer.size() >= kMaxBuffered) {
        flush();
    } else if (!m_flush.isActive()) {
        // The watchdog is restarted once per batch, not per message: restarting a timer per
        // message was a noticeable share of a feed client's time at a few thousand events a
        // second.
        m_watchdog.start();
        m_flush.start();
    }
}

void FeedClient::flush()
{
    m_flush.stop();
    if (m_buffer.isEmpty())
        return;
    const QList<Event> events = std::exchange(m_buffer, {});
    emit eventsReceived(events);
}

} // namespace inventory
