#include "server-stub/feed/feedshard.h"

#include "core/engine/history/eventarchive.h"
#include "core/engine/tables/eventlog.h"
#include "core/storage/dbconnection.h"
#include "server-stub/serverlog.h"
#include "server-stub/write/directwrite.h"

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocket>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
constexpr int kReplayChunk = 1000;

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// A subscriber's storeId filter lets through its store's events and those of no store.
bool passes(const QString &storeFilter, const Event &event)
{
    return storeFilter.isEmpty() || event.storeId.isEmpty() || event.storeId == storeFilter;
}

// One WebSocket text message as it goes on the wire from a server (RFC 6455 5.2: FIN and the
// text opcode, no mask). Written here because QWebSocket frames every message for every
// socket anew and cannot send bytes framed once for many sockets.
QByteArray textFrame(const QByteArray &payload)
{
    const quint64 n = quint64(payload.size());
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame.append(char(0x81));
    if (n < 126) {
        frame.append(char(n));
    } else if (n <= 0xFFFF) {
        frame.append(char(126));
        frame.append(char(n >> 8)).append(char(n & 0xFF));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xFF));
    }
    frame.append(payload);
    return frame;
}
} // namespace

struct FeedShard::Subscriber
{
    QWebSocket *socket = nullptr;
    // The WebSocket's own TCP (or TLS) socket, which live events are written to directly.
    QPointer<QAbstractSocket> wire;
    QString storeId;
    qint64 cursor = 0; // last seq delivered (or skipped by the filter)
    bool live = false;
    int unansweredPings = 0;
};

FeedShard::FeedShard(QString databaseLocation, int heartbeatMs)
    : m_location(std::move(databaseLocation))
    , m_heartbeatMs(heartbeatMs)
{
}

FeedShard::~FeedShard() = default;

Status FeedShard::open()
{
    auto db = DbConnection::open(m_location, SchemaMigrator::Schema::Server);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_heartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &FeedShard::heartbeat);
    m_heartbeat->start();
    return {};
}

void FeedShard::adopt(QWebSocket *socket, QAbstractSocket *wire, const QString &storeId,
                      qint64 since, qint64 lastSeq)
{
    m_lastSeq = std::max(m_lastSeq, lastSeq);
    socket->setParent(this);
    if (wire)
        wire->setParent(this);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        --m_count; // gone on its way here
        socket->deleteLater();
        return;
    }
    auto *subscriber = new Subscriber { socket, wire, storeId, since, false };
    m_subscribers.append(subscriber);
    connect(socket, &QWebSocket::disconnected, this, [this, subscriber] { drop(subscriber); });
    connect(socket, &QWebSocket::pong, this,
            [subscriber](quint64, const QByteArray &) { subscriber->unansweredPings = 0; });
    auto floor = EventArchive::archivedThrough(*m_db);
    if (!floor) {
        qCWarning(lcFeed) << "cannot read how far events are archived:" << floor.error().message();
        subscriber->socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                                  u"storage error"_s);
        return;
    }
    if (since > m_lastSeq || since < floor.value()) {
        // The client knows of events this log never had (another database, a restore), or
        // asks for events archived since (EventArchive): its state cannot be patched, it must
        // read it again.
        send(subscriber, compact({ { u"type"_s, u"resync"_s }, { u"lastSeq"_s, m_lastSeq } }));
        subscriber->cursor = m_lastSeq;
        subscriber->live = true;
        return;
    }
    replayChunk(subscriber);
}

void FeedShard::replayChunk(Subscriber *subscriber)
{
    if (!m_subscribers.contains(subscriber))
        return; // gone meanwhile
    const qint64 upTo = m_lastSeq;
    auto events = EventLog(*m_db).since(subscriber->cursor, kReplayChunk, subscriber->storeId);
    if (!events) {
        qCWarning(lcFeed) << "replay failed:" << events.error().message();
        subscriber->socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                                  u"storage error"_s);
        return;
    }
    for (const Event &event : events.value()) {
        if (event.seq > upTo)
            break;
        if (!send(subscriber, event.toJsonText()))
            return;
        subscriber->cursor = event.seq;
    }
    if (events->size() < kReplayChunk || subscriber->cursor >= upTo) {
        subscriber->cursor = upTo;
        subscriber->live = true;
        return;
    }
    // Let other work run between chunks; live events wait in the log until we catch up.
    QTimer::singleShot(0, this, [this, subscriber] { replayChunk(subscriber); });
}

void FeedShard::publish(const QList<Event> &events)
{
    // Flushing here rather than from a call queued behind this one saves a pass of the
    // event loop per commit, with its poll of every subscriber's socket.
    const bool lastQueued = --m_publishesQueued <= 0;
    if (!events.isEmpty()) {
        m_lastSeq = std::max(m_lastSeq, events.constLast().seq);
        // Subscribers still catching up read the database; with nobody live there is nothing
        // to encode, and encoding for nobody cost every reservation.
        const bool anyLive = std::any_of(m_subscribers.cbegin(), m_subscribers.cend(),
                                         [](const Subscriber *s) { return s->live; });
        if (anyLive)
            m_unsent.append(events);
    }
    if (lastQueued)
        flush();
}

void FeedShard::flush()
{
    const QList<Event> events = std::exchange(m_unsent, {});
    if (events.isEmpty())
        return;
    // Every event is encoded and framed once; each subscriber then gets its share as one
    // write. Sending message by message through each QWebSocket cost a thousand
    // subscribers more than the event loop has at 2,000 changes a second.
    QList<QByteArray> messages;
    QList<QByteArray> frames;
    messages.reserve(events.size());
    frames.reserve(events.size());
    QByteArray all;
    for (const Event &event : events) {
        messages.append(event.toJsonText());
        frames.append(textFrame(messages.constLast()));
        all += frames.constLast();
    }
    QHash<QString, QByteArray> byStore; // what a storeId filter lets through, built once
    auto share = [&](const Subscriber *s) {
        const bool whole = events.constFirst().seq > s->cursor;
        if (whole && s->storeId.isEmpty())
            return all;
        if (whole) {
            const auto cached = byStore.constFind(s->storeId);
            if (cached != byStore.constEnd())
                return *cached;
        }
        QByteArray bytes;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events.at(i);
            if (event.seq > s->cursor && passes(s->storeId, event))
                bytes += frames.at(i);
        }
        if (whole)
            byStore.insert(s->storeId, bytes);
        return bytes;
    };
    // A fan-out takes milliseconds, so whoever comes last waits that much longer. Each pass
    // starts at a random place, so that no subscriber (a store that connected last) always
    // waits the longest.
    const QList<Subscriber *> subscribers = m_subscribers;
    const qsizetype start = subscribers.isEmpty() ? 0 : m_random.bounded(subscribers.size());
    for (qsizetype k = 0; k < subscribers.size(); ++k) {
        Subscriber *s = subscribers.at((start + k) % subscribers.size());
        if (!s->live || events.constLast().seq <= s->cursor)
            continue;
        if (!s->wire) {
            for (qsizetype i = 0; i < events.size(); ++i) {
                const Event &event = events.at(i);
                if (event.seq <= s->cursor)
                    continue;
                s->cursor = event.seq;
                if (passes(s->storeId, event) && !send(s, messages.at(i)))
                    break;
            }
            continue;
        }
        const QByteArray bytes = share(s);
        s->cursor = events.constLast().seq;
        if (!bytes.isEmpty())
            sendFrames(s, bytes);
    }
}

bool FeedShard::sendFrames(Subscriber *subscriber, const QByteArray &frames)
{
    if (!keepsUp(subscriber))
        return false;
    writeDirect(subscriber->wire, frames);
    return true;
}

bool FeedShard::keepsUp(Subscriber *subscriber)
{
    QWebSocket *socket = subscriber->socket;
    if (socket->bytesToWrite() <= MaxBufferedBytes)
        return true;
    qCWarning(lcFeed) << "dropping slow subscriber" << socket->peerAddress().toString();
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"too slow: reconnect with since"_s);
    socket->abort();
    return false;
}

bool FeedShard::send(Subscriber *subscriber, const QByteArray &message)
{
    if (!keepsUp(subscriber))
        return false;
    subscriber->socket->sendTextMessage(QString::fromUtf8(message));
    return true;
}

void FeedShard::drop(Subscriber *subscriber)
{
    if (!m_subscribers.removeOne(subscriber))
        return;
    --m_count;
    subscriber->socket->deleteLater();
    delete subscriber;
}

void FeedShard::heartbeat()
{
    flush(); // a heartbeat's lastSeq must not run ahead of the events sent before it
    const QByteArray message
        = compact({ { u"type"_s, u"heartbeat"_s }, { u"lastSeq"_s, m_lastSeq } });
    const QList<Subscriber *> subscribers = m_subscribers;
    for (Subscriber *s : subscribers) {
        // A subscriber that neither reads nor answers pings holds a connection for nothing:
        // after MaxUnansweredPings heartbeats without a pong it is cut off.
        if (s->unansweredPings >= MaxUnansweredPings) {
            qCWarning(lcFeed) << "dropping a subscriber that does not answer pings"
                              << s->socket->peerAddress().toString();
            s->socket->abort();
            continue;
        }
        ++s->unansweredPings;
        s->socket->ping();
        if (s->live)
            send(s, message);
    }
}

void FeedShard::closeAll()
{
    flush();
    const QList<Subscriber *> subscribers = m_subscribers;
    for (Subscriber *s : subscribers)
        s->socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"server shutting down"_s);
}

void FeedShard::shutdown()
{
    for (Subscriber *s : std::as_const(m_subscribers)) {
        s->socket->disconnect(this);
        delete s->socket;
        delete s;
    }
    m_subscribers.clear();
    m_count = 0;
    delete m_heartbeat;
    m_heartbeat = nullptr;
    m_db.reset();
}

} // namespace inventory::server
