#include "server-stub/feed/feedhub.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/engine/readmodel.h"
#include "core/protocol/auth/jwtcodec.h"
#include "core/protocol/errorjson.h"
#include "server-stub/feed/feedshard.h"
#include "server-stub/serverlog.h"

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::server {

FeedHub::FeedHub(const ReadModel &model, const JwtCodec &jwt, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_jwt(jwt)
    , m_clock(clock)
{
}

FeedHub::~FeedHub()
{
    stop();
}

Status FeedHub::start(const QString &databaseLocation, int heartbeatMs, int threads)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"feed-%1"_s.arg(i));
        auto *shard = new FeedShard(databaseLocation, heartbeatMs);
        shard->moveToThread(thread);
        m_threads.push_back(thread);
        m_shards.push_back(shard);
        thread->start();
        Status opened;
        QMetaObject::invokeMethod(
            shard, [shard, &opened] { opened = shard->open(); }, Qt::BlockingQueuedConnection);
        if (!opened)
            return opened;
    }
    return {};
}

void FeedHub::stop()
{
    for (size_t i = 0; i < m_shards.size(); ++i) {
        FeedShard *shard = m_shards[i];
        QMetaObject::invokeMethod(shard, &FeedShard::shutdown, Qt::BlockingQueuedConnection);
        shard->deleteLater(); // on its thread, as it finishes
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_threads[i];
    }
    m_shards.clear();
    m_threads.clear();
}

int FeedHub::subscriberCount() const
{
    int count = 0;
    for (const FeedShard *shard : m_shards)
        count += shard->subscriberCount();
    return count;
}

void FeedHub::accept(std::unique_ptr<QWebSocket> owned, QAbstractSocket *wire)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const QUrl url = socket->requestUrl();
    const QUrlQuery query(url);
    auto refuse = [socket](const Error &error, QWebSocketProtocol::CloseCode code) {
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(toJson(error)).toJson(QJsonDocument::Compact)));
        socket->close(code, error.codeName());
        socket->deleteLater();
    };
    if (url.path() != u"/api/v1/feed"_s)
        return refuse(Error::notFound(u"route"_s, url.path()),
                      QWebSocketProtocol::CloseCodePolicyViolated);

    QByteArray token = socket->request().rawHeader("Authorization");
    token = token.startsWith("Bearer ") ? token.mid(7).trimmed()
                                        : query.queryItemValue(u"access_token"_s).toLatin1();
    auto user = m_jwt.verify(token, m_clock.nowMs());
    if (!user)
        return refuse(user.error(), QWebSocketProtocol::CloseCodePolicyViolated);
    if (auto refused = m_tokenCheck ? m_tokenCheck(user.value()) : std::nullopt)
        return refuse(*refused, QWebSocketProtocol::CloseCodePolicyViolated);

    bool ok = true;
    const qint64 since
        = query.hasQueryItem(u"since"_s) ? query.queryItemValue(u"since"_s).toLongLong(&ok) : 0;
    if (!ok || since < 0)
        return refuse(Error::validation(u"since"_s, u"must be a sequence number >= 0"_s),
                      QWebSocketProtocol::CloseCodeProtocolError);

    if (!wire)
        qCWarning(lcFeed) << "no TCP connection for a feed subscriber: sending message by message";
    qCInfo(lcFeed) << "subscriber from" << socket->peerAddress().toString() << "since" << since;
    // Moved on the next pass: we are inside the TCP socket's readyRead (the handshake was
    // read there), and Qt goes on using the socket's notifiers after we return.
    QMetaObject::invokeMethod(
        this,
        [this, socket = QPointer<QWebSocket>(socket), wire = QPointer<QAbstractSocket>(wire),
         storeId = query.queryItemValue(u"storeId"_s), since] {
            if (socket)
                handOver(socket, wire, storeId, since);
        },
        Qt::QueuedConnection);
}

void FeedHub::handOver(QWebSocket *socket, QAbstractSocket *wire, const QString &storeId,
                       qint64 since)
{
    FeedShard *shard = *std::min_element(m_shards.begin(), m_shards.end(),
                                         [](const FeedShard *a, const FeedShard *b) {
                                             return a->subscriberCount() < b->subscriberCount();
                                         });
    // Both move: the WebSocket reads and writes through the TCP socket, which belongs to
    // the listener until now.
    socket->setParent(nullptr);
    socket->moveToThread(shard->thread());
    if (wire) {
        wire->setParent(nullptr);
        wire->moveToThread(shard->thread());
    }
    shard->expectSubscriber();
    QMetaObject::invokeMethod(
        shard,
        [shard, socket, wire, storeId, since, lastSeq = m_model.lastSeq()] {
            shard->adopt(socket, wire, storeId, since, lastSeq);
        },
        Qt::QueuedConnection);
}

void FeedHub::publish(const QList<Event> &events)
{
    // A shard learns of what it skipped here from the lastSeq that comes with its next
    // subscriber; shards with nobody are not woken for every commit.
    for (FeedShard *shard : m_shards) {
        if (shard->subscriberCount() > 0) {
            shard->expectPublish();
            QMetaObject::invokeMethod(
                shard, [shard, events] { shard->publish(events); }, Qt::QueuedConnection);
        }
    }
}

void FeedHub::closeAll()
{
    for (FeedShard *shard : m_shards)
        QMetaObject::invokeMethod(shard, &FeedShard::closeAll, Qt::BlockingQueuedConnection);
}

} // namespace inventory::server
