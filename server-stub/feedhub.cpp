#include "feedhub.h"

#include "clock.h"
#include "eventlog.h"
#include "jwtcodec.h"
#include "readmodel.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcFeed, "inventory.feed")

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
constexpr int kReplayChunk = 1000;

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

struct FeedHub::Subscriber
{
    QWebSocket *socket = nullptr;
    QString storeId;
    qint64 cursor = 0; // last seq delivered (or skipped by the filter)
    bool live = false;
};

FeedHub::FeedHub(const ReadModel &model, DbConnection &readConnection, const JwtCodec &jwt,
                 const Clock &clock, int heartbeatMs, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_db(readConnection)
    , m_jwt(jwt)
    , m_clock(clock)
{
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &FeedHub::heartbeat);
    m_heartbeat.start();
}

FeedHub::~FeedHub()
{
    for (Subscriber *s : std::as_const(m_subscribers)) {
        s->socket->disconnect(this);
        s->socket->deleteLater();
        delete s;
    }
}

int FeedHub::subscriberCount() const
{
    return int(m_subscribers.size());
}

void FeedHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const QUrl url = socket->requestUrl();
    const QUrlQuery query(url);
    auto refuse = [socket](const Error &error, QWebSocketProtocol::CloseCode code) {
        socket->sendTextMessage(QString::fromUtf8(compact(error.toJson())));
        socket->close(code, error.codeName());
        socket->deleteLater();
    };
    if (url.path() != u"/api/v1/feed"_s)
        return refuse(Error::notFound(u"route"_s, url.path()),
                      QWebSocketProtocol::CloseCodePolicyViolated);

    QByteArray token = socket->request().rawHeader("Authorization");
    token = token.startsWith("Bearer ") ? token.mid(7).trimmed()
                                        : query.queryItemValue(u"access_token"_s).toLatin1();
    if (auto user = m_jwt.verify(token, m_clock.nowMs()); !user)
        return refuse(user.error(), QWebSocketProtocol::CloseCodePolicyViolated);

    bool ok = true;
    const qint64 since
        = query.hasQueryItem(u"since"_s) ? query.queryItemValue(u"since"_s).toLongLong(&ok) : 0;
    if (!ok || since < 0)
        return refuse(Error::validation(u"since"_s, u"must be a sequence number >= 0"_s),
                      QWebSocketProtocol::CloseCodeProtocolError);

    auto *subscriber = new Subscriber { socket, query.queryItemValue(u"storeId"_s), since, false };
    m_subscribers.append(subscriber);
    connect(socket, &QWebSocket::disconnected, this, [this, subscriber] { drop(subscriber); });
    qCInfo(lcFeed) << "subscriber from" << socket->peerAddress().toString() << "since" << since;

    if (since > m_model.lastSeq()) {
        // The client knows of events this log never had (another database, a restore):
        // its state cannot be patched, it must read it again.
        send(subscriber,
             compact({ { u"type"_s, u"resync"_s }, { u"lastSeq"_s, m_model.lastSeq() } }));
        subscriber->cursor = m_model.lastSeq();
        subscriber->live = true;
        return;
    }
    replayChunk(subscriber);
}

void FeedHub::replayChunk(Subscriber *subscriber)
{
    if (!m_subscribers.contains(subscriber))
        return; // gone meanwhile
    const qint64 upTo = m_model.lastSeq();
    auto events = EventLog(m_db).since(subscriber->cursor, kReplayChunk, subscriber->storeId);
    if (!events) {
        qCWarning(lcFeed) << "replay failed:" << events.error().message();
        subscriber->socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                                  u"storage error"_s);
        return;
    }
    for (const Event &event : events.value()) {
        if (event.seq > upTo)
            break;
        if (!send(subscriber, compact(event.toJson())))
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

void FeedHub::publish(const QList<Event> &events)
{
    // Each event is turned into its message once, not once per subscriber: with a thousand
    // subscribers the encoding was most of the hub's work.
    QList<QString> messages;
    messages.reserve(events.size());
    for (const Event &event : events)
        messages.append(QString::fromUtf8(compact(event.toJson())));
    const QList<Subscriber *> subscribers = m_subscribers;
    for (Subscriber *s : subscribers) {
        if (!s->live)
            continue;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events.at(i);
            if (event.seq <= s->cursor)
                continue;
            s->cursor = event.seq;
            if (!s->storeId.isEmpty() && !event.storeId.isEmpty() && event.storeId != s->storeId)
                continue;
            if (!send(s, messages.at(i)))
                break;
        }
    }
}

bool FeedHub::send(Subscriber *subscriber, const QByteArray &message)
{
    return send(subscriber, QString::fromUtf8(message));
}

bool FeedHub::send(Subscriber *subscriber, const QString &message)
{
    QWebSocket *socket = subscriber->socket;
    if (socket->bytesToWrite() > MaxBufferedBytes) {
        qCWarning(lcFeed) << "dropping slow subscriber" << socket->peerAddress().toString();
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      u"too slow: reconnect with since"_s);
        socket->abort();
        return false;
    }
    socket->sendTextMessage(message);
    return true;
}

void FeedHub::drop(Subscriber *subscriber)
{
    if (!m_subscribers.removeOne(subscriber))
        return;
    subscriber->socket->deleteLater();
    delete subscriber;
}

void FeedHub::heartbeat()
{
    const QByteArray message
        = compact({ { u"type"_s, u"heartbeat"_s }, { u"lastSeq"_s, m_model.lastSeq() } });
    const QList<Subscriber *> subscribers = m_subscribers;
    for (Subscriber *s : subscribers) {
        if (s->live)
            send(s, message);
    }
}

void FeedHub::closeAll()
{
    const QList<Subscriber *> subscribers = m_subscribers;
    for (Subscriber *s : subscribers)
        s->socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"server shutting down"_s);
}

} // namespace inventory::server
