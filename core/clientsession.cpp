#include "clientsession.h"

#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
User userFrom(const QJsonObject &json)
{
    User user { json.value(u"id"_s).toString(),
                User::roleFromName(json.value(u"role"_s).toString()).value_or(Role::Clerk),
                {} };
    for (const QJsonValue &s : json.value(u"storeIds"_s).toArray())
        user.storeIds << s.toString();
    return user;
}
} // namespace

ClientSession::ClientSession(QString profilePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(profilePath))
{
}

ClientSession::~ClientSession()
{
    m_sync.reset(); // before the API client whose replies it waits for
}

Status ClientSession::open()
{
    auto store = LocalStore::open(m_path, m_clock);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    return {};
}

void ClientSession::remember(const QJsonObject &login, const QList<QUrl> &servers)
{
    QStringList urls;
    for (const QUrl &u : servers)
        urls << u.toString();
    m_store->setMeta(u"servers"_s, urls.join(u' '));
    m_store->setMeta(u"token"_s, login.value(u"token"_s).toString());
    m_store->setMeta(u"tokenExpiresAt"_s, login.value(u"expiresAt"_s).toString());
    m_store->setMeta(
        u"user"_s,
        QString::fromUtf8(
            QJsonDocument(login.value(u"user"_s).toObject()).toJson(QJsonDocument::Compact)));
}

void ClientSession::signIn(const QList<QUrl> &servers, const QString &userName,
                           const QString &password, std::function<void(Result<User>, bool)> done)
{
    m_sync.reset();
    m_api = std::make_unique<ApiClient>(servers);
    m_api->setRetryPolicy(3, 8000, 300);
    m_sync = std::make_unique<SyncEngine>(*m_store, *m_api);
    m_api->login(userName, password, [this, servers, userName, done](const ApiReply &reply) {
        if (reply.ok()) {
            remember(reply.body, servers);
            m_api->setToken(reply.body.value(u"token"_s).toString().toLatin1());
            m_user = userFrom(reply.body.value(u"user"_s).toObject());
            m_tokenExpiresAtMs
                = timestamp::parse(reply.body.value(u"expiresAt"_s).toString()).value_or(0);
            m_storeId = m_user.storeIds.value(0);
            return done(m_user, false);
        }
        if (reply.reachedServer())
            return done(
                reply.error.value_or(Error(ErrorCode::Unauthenticated, tr("sign-in refused"))),
                false);
        // No server: the last session of the same user serves until its token expires.
        const User cached
            = userFrom(QJsonDocument::fromJson(m_store->meta(u"user"_s).toUtf8()).object());
        const qint64 expires = timestamp::parse(m_store->meta(u"tokenExpiresAt"_s)).value_or(0);
        if (cached.id != userName || expires <= m_clock.nowMs())
            return done(Error::unavailable(
                            tr("the server cannot be reached and there is no valid saved session")),
                        false);
        m_api->setToken(m_store->meta(u"token"_s).toLatin1());
        m_user = cached;
        m_tokenExpiresAtMs = expires;
        m_storeId = m_user.storeIds.value(0);
        done(m_user, true);
    });
}

void ClientSession::startSync()
{
    m_sync->startLive();
}

bool ClientSession::online() const
{
    return m_sync
        && (m_sync->state() == SyncEngine::State::Live
            || m_sync->state() == SyncEngine::State::CatchingUp);
}

Result<PendingOperation> ClientSession::queue(const QString &kind, const QJsonObject &body,
                                              const QString &productId, qint64 delta)
{
    auto op = m_store->enqueue(kind, body, productId, m_storeId, delta);
    if (!op)
        return op.error();
    emit operationQueued(op.value());
    m_sync->queueChanged();
    return op;
}

Result<PendingOperation> ClientSession::stockChange(const QString &operation, const QString &reason,
                                                    const QString &productId, qint64 quantity,
                                                    qint64 delta,
                                                    std::optional<qint64> expectedVersion)
{
    QJsonObject body { { u"productId"_s, productId },
                       { u"storeId"_s, m_storeId },
                       { u"operation"_s, operation },
                       { u"quantity"_s, quantity },
                       { u"reason"_s, reason } };
    if (expectedVersion)
        body.insert(u"expectedVersion"_s, *expectedVersion);
    return queue(u"stock"_s, body, productId, delta);
}

Result<PendingOperation> ClientSession::sell(const QString &productId, qint64 quantity)
{
    return stockChange(u"subtract"_s, u"sale"_s, productId, quantity, -quantity);
}

Result<PendingOperation> ClientSession::receive(const QString &productId, qint64 quantity)
{
    return stockChange(u"add"_s, u"receipt"_s, productId, quantity, quantity);
}

Result<PendingOperation> ClientSession::count(const QString &productId, qint64 quantity,
                                              std::optional<qint64> expectedVersion)
{
    const qint64 shown = m_store->row(productId, m_storeId).quantity;
    return stockChange(u"set"_s, u"count"_s, productId, quantity, quantity - shown,
                       expectedVersion);
}

Result<PendingOperation> ClientSession::reserve(const QString &productId, qint64 quantity,
                                                const QString &customerId, qint64 ttlSeconds)
{
    if (!online())
        return Error::unavailable(tr("reservations need the server, which cannot be reached now"));
    return queue(u"reserve"_s,
                 { { u"reservationId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                   { u"productId"_s, productId },
                   { u"storeId"_s, m_storeId },
                   { u"quantity"_s, quantity },
                   { u"customerId"_s, customerId },
                   { u"ttl"_s, ttlSeconds } },
                 productId, 0);
}

Result<PendingOperation> ClientSession::confirm(const QString &reservationId)
{
    if (!online())
        return Error::unavailable(tr("reservations need the server, which cannot be reached now"));
    return queue(u"confirm"_s, { { u"reservationId"_s, reservationId } }, {}, 0);
}

Result<PendingOperation> ClientSession::cancel(const QString &reservationId)
{
    if (!online())
        return Error::unavailable(tr("reservations need the server, which cannot be reached now"));
    return queue(u"cancel"_s, { { u"reservationId"_s, reservationId } }, {}, 0);
}

} // namespace inventory
