#include "core/client/syncengine.h"

#include "core/client/apiclient.h"
#include "core/client/clientlog.h"
#include "core/client/feedclient.h"
#include "core/client/localcache.h"
#include "core/client/sync/initialsync.h"
#include "core/client/tickets/localtickets.h"
#include "core/client/tills/tillcredentials.h"

#include <QDateTime>
#include <QJsonArray>
#include <utility>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr int kRetryMs = 2000;
} // namespace

Error SyncEngine::profileFailure(const Error &error)
{
    QJsonObject details = error.details();
    details.insert(u"profile"_s, true);
    return Error(error.code(), error.message(), details);
}

bool SyncEngine::isOffline(const Error &error)
{
    return error.code() == ErrorCode::Unavailable && !error.details().value(u"profile"_s).toBool();
}

SyncEngine::SyncEngine(LocalCache &cache, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_initial(new InitialSync(cache, api, this))
{
    connect(m_initial, &InitialSync::progress, this, &SyncEngine::progress);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_live)
            syncOnce([this](Status s) {
                if (!s)
                    retryLater();
            });
    });
}

SyncEngine::~SyncEngine()
{
    *m_alive = false;
    if (m_feed) {
        m_feed->disconnect(this);
        m_feed->stop();
    }
}

std::function<void(const ApiReply &)>
SyncEngine::guarded(std::function<void(const ApiReply &)> callback) const
{
    return [alive = m_alive, callback = std::move(callback)](const ApiReply &reply) {
        if (*alive)
            callback(reply);
    };
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::markSynced()
{
    m_lastSyncMs = QDateTime::currentMSecsSinceEpoch();
    m_cache.setMeta(u"lastSyncMs"_s, QString::number(m_lastSyncMs));
    emit synced(m_lastSyncMs);
}

void SyncEngine::retryLater()
{
    if (m_live && !m_retry.isActive())
        m_retry.start(kRetryMs);
}

void SyncEngine::noteSync(const Status &status)
{
    if (status.ok())
        m_outOfReach = false;
    else if (isOffline(status.error()))
        m_outOfReach = true;
    else if (!status.error().details().value(u"profile"_s).toBool())
        m_outOfReach = false; // the server answered, if only to refuse
}

void SyncEngine::syncOnce(Done done)
{
    done = [this, done = std::move(done)](Status s) {
        noteSync(s);
        done(s);
    };
    if (m_state == State::Offline)
        setState(State::Connecting);
    auto afterInitial = [this, done](Status s) {
        if (!s) {
            setState(State::Offline);
            return done(s);
        }
        setState(State::CatchingUp);
        pushQueue([this, done](Status pushed) {
            if (!pushed) {
                setState(State::Offline);
                return done(pushed);
            }
            pullEvents([this, done](Status pulled) {
                if (!pulled) {
                    setState(State::Offline);
                    return done(pulled);
                }
                const auto synced = [this, done](Status others) {
                    if (!others) {
                        setState(State::Offline);
                        return done(others);
                    }
                    markSynced();
                    setState(m_feed && m_feed->isConnected() ? State::Live : State::CatchingUp);
                    done({});
                };
                // What the other stores hold is not in this till's feed: read at each sync.
                if (m_cache.scope().isEmpty())
                    return synced({});
                m_initial->refreshOthers(m_cache.scope(), synced);
            });
        });
    };
    // Only a profile that holds no store is new: a failed read is not an empty profile. One
    // read for another scope (a profile enrolled since, or enrolled elsewhere) is read again.
    const auto stores = m_cache.stores();
    if (!stores)
        return done(profileFailure(stores.error()));
    const auto scoped = scope();
    if (!scoped)
        return done(scoped.error());
    if (stores->isEmpty() || scoped.value() != m_cache.scope())
        // The first full read changes everything a window shows (the stores, every row).
        initialSync([this, afterInitial](Status loaded) {
            if (loaded)
                emit cacheChanged();
            afterInitial(loaded);
        });
    else
        afterInitial({});
}

Result<QString> SyncEngine::scope()
{
    auto till = TillCredentials::read(m_cache);
    if (!till)
        return profileFailure(till.error());
    return till.value() ? till.value()->storeId : QString();
}

void SyncEngine::initialSync(Done done)
{
    const auto scoped = scope();
    if (!scoped)
        return done(scoped.error());
    m_initial->run(scoped.value(), std::move(done));
}

void SyncEngine::pushQueue(Done done)
{
    auto queued = m_cache.queued(PushBatch);
    if (!queued) {
        m_pushing = false;
        return done(profileFailure(queued.error()));
    }
    QList<PendingOperation> batch = std::move(queued).value();
    if (batch.isEmpty()) {
        m_pushing = false;
        emit pendingCountChanged(0);
        return done({});
    }
    auto till = TillCredentials::read(m_cache);
    if (!till) {
        m_pushing = false;
        return done(profileFailure(till.error()));
    }
    // An enrolled till sends what its staff queued on its secret, each operation as its
    // person's, whatever became of their tokens; anything queued without a person (before an
    // upgrade) goes on the session's token. A batch is one kind or the other, in queue order.
    const auto sentOnSecret = [enrolled = till.value().has_value()](const PendingOperation &op) {
        return enrolled && !op.actor.isEmpty();
    };
    const bool onSecret = sentOnSecret(batch.constFirst());
    qsizetype same = 0;
    while (same < batch.size() && sentOnSecret(batch.at(same)) == onSecret)
        ++same;
    batch.resize(same);
    m_pushing = true;
    QJsonArray operations;
    for (const PendingOperation &op : std::as_const(batch))
        operations.append(op.toPushJson());
    QJsonObject body { { u"operations"_s, operations } };
    QString path = u"/api/v1/sync/push"_s;
    if (onSecret) {
        body.insert(u"deviceSecret"_s, till.value()->secret);
        path = u"/api/v1/devices/%1/push"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(till.value()->deviceId)));
    }
    m_api.send("POST", path, body, {}, guarded([this, done, batch](const ApiReply &reply) {
                   m_outOfReach = !reply.reachedServer();
                   if (!reply.ok()) {
                       m_pushing = false;
                       // Refused as a whole (a revoked till, a disabled account): everything
                       // stays queued, and the till says why.
                       if (reply.reachedServer() && reply.error
                           && std::exchange(m_lastRefusal, reply.error->message())
                               != reply.error->message())
                           emit pushRefused(*reply.error);
                       return done(reply.failure());
                   }
                   m_lastRefusal.clear();
                   QList<LocalCache::PushResult> results;
                   for (const QJsonValue &value : reply.body.value(u"results"_s).toArray()) {
                       const QJsonObject result = value.toObject();
                       results.append({ result.value(u"idempotencyKey"_s).toString(),
                                        result.value(u"status"_s).toInt(),
                                        result.value(u"body"_s).toObject() });
                   }
                   if (Status s = m_cache.recordResults(results); !s) {
                       m_pushing = false;
                       return done(profileFailure(s.error()));
                   }
                   QHash<QString, const LocalCache::PushResult *> rejected;
                   for (const LocalCache::PushResult &result : std::as_const(results)) {
                       if (result.status >= 400 && result.status < 500)
                           rejected.insert(result.key, &result);
                   }
                   for (PendingOperation op : batch) {
                       if (const LocalCache::PushResult *result = rejected.value(op.key)) {
                           op.state = PendingOperation::State::Rejected;
                           op.status = result->status;
                           op.result = result->body;
                           if (op.kind == u"ticket"_s && result->status == 422)
                               reconcileTicket(op);
                           else
                               emit operationRejected(op);
                       }
                   }
                   emitPendingCount();
                   emit cacheChanged();
                   pushQueue(done);
               }));
}

void SyncEngine::reconcileTicket(const PendingOperation &op)
{
    // The server holds a ticket of that id under another request: the one this till charged
    // online whose answer was lost, before the till queued it as offline. Same lines: it is
    // the same sale, already recorded.
    m_api.get(u"/api/v1/tickets/"_s + QString::fromLatin1(QUrl::toPercentEncoding(op.key)),
              guarded([this, op](const ApiReply &reply) {
                  const auto units = [](const QJsonObject &ticket) {
                      QMap<QString, qint64> map;
                      for (const QJsonValue &line : ticket.value(u"lines"_s).toArray())
                          map[line[u"productId"_s].toString()] += line[u"quantity"_s].toInteger();
                      return map;
                  };
                  if (!reply.ok() || units(reply.body) != units(op.body))
                      return emit operationRejected(op);
                  const Status settled = m_cache.transaction([&]() -> Status {
                      if (Status s = m_cache.dismiss(op.key); !s)
                          return s;
                      return LocalTickets(m_cache.connection()).absorb(reply.body);
                  });
                  if (!settled)
                      return emit operationRejected(op);
                  qCInfo(lcClient) << "ticket" << op.key << "was already recorded by the server";
                  emitPendingCount();
                  emit cacheChanged();
              }));
}

void SyncEngine::pullEvents(Done done)
{
    const auto since = m_cache.lastSeq();
    if (!since)
        return done(profileFailure(since.error()));
    // A till reads its own store's events (and those of no store or of several, such as
    // transfers); the others' stock comes as a summary.
    QString path = u"/api/v1/events?since=%1&limit=1000"_s.arg(since.value());
    if (!m_cache.scope().isEmpty())
        path += u"&storeId="_s + ApiClient::encoded(m_cache.scope());
    m_api.get(path, guarded([this, done](const ApiReply &reply) {
                  // Events this till has not seen were archived: it reads the state again.
                  if (reply.error && reply.error->code() == ErrorCode::ResyncRequired)
                      return initialSync(done);
                  if (!reply.ok())
                      return done(reply.failure());
                  QList<Event> events;
                  for (const QJsonValue &v : reply.body.value(u"events"_s).toArray())
                      events.append(Event::fromJson(v.toObject()));
                  if (events.isEmpty())
                      return done({});
                  auto applied = m_cache.applyEvents(events);
                  if (!applied)
                      return done(profileFailure(applied.error()));
                  emit cacheChanged();
                  if (events.size() < 1000)
                      return done({});
                  pullEvents(done);
              }));
}

void SyncEngine::startLive(const QString &storeFilter)
{
    m_live = true;
    if (!m_feed) {
        m_feed = new FeedClient([this] { return m_api.currentServer(); },
                                [this] { return m_cache.lastSeq(); }, this);
        connect(m_feed, &FeedClient::eventsReceived, this, [this](const QList<Event> &events) {
            if (m_cache.applyEvents(events)) {
                emit eventsApplied(events);
                emit cacheChanged();
            }
        });
        connect(m_feed, &FeedClient::connected, this, [this] {
            m_outOfReach = false;
            setState(State::Live);
            queueChanged();
        });
        connect(m_feed, &FeedClient::connectionFailed, this, [this] {
            m_outOfReach = true;
            setState(State::Offline);
        });
        connect(m_feed, &FeedClient::resyncRequested, this, [this] {
            setState(State::CatchingUp);
            initialSync([this](Status s) {
                if (s)
                    emit cacheChanged();
            });
        });
        connect(&m_api, &ApiClient::serverChanged, m_feed, [this] {
            if (!m_feed->isConnected())
                return;
            m_feed->stop();
            m_feed->start();
        });
    }
    m_feed->setToken(m_api.token());
    setState(State::Connecting);
    syncOnce([this, storeFilter](Status s) {
        if (!m_live)
            return; // stopped while this sync ran: the feed stays closed
        if (!s)
            retryLater();
        // A till's feed carries its own store (the scope is known once the profile is read).
        m_feed->setStoreFilter(storeFilter.isEmpty() ? m_cache.scope() : storeFilter);
        m_feed->start();
    });
}

void SyncEngine::stop()
{
    m_live = false;
    m_retry.stop();
    if (m_feed)
        m_feed->stop();
    setState(State::Offline);
}

void SyncEngine::emitPendingCount()
{
    const auto count = m_cache.queuedCount();
    if (count)
        emit pendingCountChanged(count.value());
    else
        qCWarning(lcClient) << "cannot count the queued operations:" << count.error().message();
}

void SyncEngine::queueChanged()
{
    emitPendingCount();
    if (m_pushing || !m_live)
        return;
    pushQueue([this](Status s) {
        if (!s) {
            setState(State::Offline);
            retryLater();
        }
    });
}

} // namespace inventory
