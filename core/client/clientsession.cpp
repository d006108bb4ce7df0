#include "core/client/clientsession.h"

#include "core/client/clientlog.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tillcredentials.h"
#include "core/domain/timestamp.h"
#include "core/protocol/userjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr qint64 kRosterRefreshMs = 60'000;
} // namespace

ClientSession::ClientSession(QString profilePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(profilePath))
    , m_clock(m_systemClock)
{
}

ClientSession::ClientSession(QString profilePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(profilePath))
    , m_clock(clock)
{
}

ClientSession::~ClientSession()
{
    // Before the API client whose replies they wait for.
    m_reasons.reset();
    m_sync.reset();
}

Status ClientSession::open()
{
    auto cache = LocalCache::open(m_path, m_clock);
    if (!cache)
        return cache.error();
    m_cache = std::move(cache).value();
    return {};
}

void ClientSession::setRetryPolicy(int attempts, int timeoutMs, int baseDelayMs)
{
    m_retry = { attempts, timeoutMs, baseDelayMs };
    if (m_api)
        m_api->setRetryPolicy(attempts, timeoutMs, baseDelayMs);
}

Result<QList<QUrl>> ClientSession::savedServers()
{
    auto saved = m_cache->meta(u"servers"_s);
    if (!saved)
        return saved.error();
    QList<QUrl> servers;
    for (const QString &s : saved->split(u' ', Qt::SkipEmptyParts))
        servers << QUrl(s);
    return servers;
}

void ClientSession::connectTo(const QList<QUrl> &servers)
{
    m_reasons.reset();
    m_sync.reset();
    m_api = std::make_unique<ApiClient>(servers);
    m_api->setRetryPolicy(m_retry.attempts, m_retry.timeoutMs, m_retry.baseDelayMs);
    m_sync = std::make_unique<SyncEngine>(*m_cache, *m_api);
    m_reasons = std::make_unique<ReasonCatalog>(*m_api, *m_cache);
    connect(m_sync.get(), &SyncEngine::eventsApplied, m_reasons.get(), &ReasonCatalog::noteEvents);
    // An enrolled till's staff are read again after a sync (at most once a minute), so that
    // someone disabled on the server stops unlocking it offline as soon as it can know.
    connect(m_sync.get(), &SyncEngine::synced, this, [this] {
        auto till = TillCredentials::read(*m_cache);
        if (!till || !till.value())
            return;
        StaffRoster roster(*this);
        const auto fetched = roster.fetchedAtMs();
        if (fetched && m_clock.nowMs() - fetched.value() < kRosterRefreshMs)
            return;
        roster.refresh([](Result<int> people) {
            if (!people)
                qCWarning(lcClient)
                    << "the till's staff were not fetched:" << people.error().message();
        });
    });
}

Status ClientSession::remember(const QJsonObject &login, const QList<QUrl> &servers)
{
    QStringList urls;
    for (const QUrl &u : servers)
        urls << u.toString();
    const QList<std::pair<QString, QString>> entries {
        { u"servers"_s, urls.join(u' ') },
        { u"token"_s, login.value(u"token"_s).toString() },
        { u"tokenExpiresAt"_s, login.value(u"expiresAt"_s).toString() },
        { u"user"_s,
          QString::fromUtf8(
              QJsonDocument(login.value(u"user"_s).toObject()).toJson(QJsonDocument::Compact)) },
    };
    for (const auto &[key, value] : entries) {
        if (Status s = m_cache->setMeta(key, value); !s)
            return s;
    }
    return {};
}

Result<User> ClientSession::savedUser()
{
    auto user = m_cache->meta(u"user"_s);
    if (!user)
        return user.error();
    auto expires = m_cache->meta(u"tokenExpiresAt"_s);
    if (!expires)
        return expires.error();
    m_tokenExpiresAtMs = timestamp::parse(expires.value()).value_or(0);
    return userFromJson(QJsonDocument::fromJson(user->toUtf8()).object());
}

void ClientSession::signIn(const QList<QUrl> &servers, const QString &userName,
                           const QString &password, std::function<void(Result<User>, bool)> done)
{
    connectTo(servers);
    m_api->login(userName, password, [this, servers, userName, done](const ApiReply &reply) {
        if (reply.ok())
            return done(adopt(reply.body), false);
        if (reply.reachedServer())
            return done(
                reply.error.value_or(Error(ErrorCode::Unauthenticated, tr("sign-in refused"))),
                false);
        // No server: the last session of the same user serves until its token expires.
        auto cached = resume(servers);
        if (!cached && cached.error().code() != ErrorCode::Unauthenticated)
            return done(cached.error(), false); // the profile could not be read
        if (!cached || cached->id != userName) {
            QStringList tried;
            for (const QUrl &url : servers)
                tried << url.toDisplayString();
            return done(Error::unavailable(tr("cannot reach the server at %1, and there is no "
                                              "valid saved session for %2 on this till")
                                               .arg(tried.join(u", "_s), userName)),
                        false);
        }
        done(cached.value(), true);
    });
}

User ClientSession::adopt(const QJsonObject &login)
{
    if (Status saved = remember(login, m_api->servers()); !saved)
        qCWarning(lcClient) << "the session could not be saved in the profile:"
                            << saved.error().message();
    m_api->setToken(login.value(u"token"_s).toString().toLatin1());
    m_user = userFromJson(login.value(u"user"_s).toObject());
    m_user.deviceId = login.value(u"deviceId"_s).toString();
    m_tokenExpiresAtMs = timestamp::parse(login.value(u"expiresAt"_s).toString()).value_or(0);
    m_storeId = m_user.storeIds.value(0);
    m_tokenUserId = m_user.id;
    noteActor();
    return m_user;
}

User ClientSession::adoptOffline(const QList<QUrl> &servers, const User &person)
{
    if (!m_api || m_api->servers() != servers)
        connectTo(servers);
    if (m_tokenUserId.isEmpty()) {
        // A till started without its server: the token saved last, expired or not, is what
        // its reads carry until a PIN sign-in brings a fresh one.
        auto saved = savedUser();
        auto token = m_cache->meta(u"token"_s);
        if (saved && token) {
            m_api->setToken(token->toLatin1());
            m_tokenUserId = saved->id;
        }
    }
    m_user = person;
    m_storeId = m_user.storeIds.value(0);
    noteActor();
    return m_user;
}

bool ClientSession::needsOnlineUnlock() const
{
    return m_user.id != m_tokenUserId || m_tokenExpiresAtMs <= m_clock.nowMs();
}

void ClientSession::noteActor()
{
    auto till = TillCredentials::read(*m_cache);
    if (!till)
        qCWarning(lcClient) << "the till's enrolment could not be read:" << till.error().message();
    const QString deviceId = till && till.value() ? till.value()->deviceId : QString();
    if (!deviceId.isEmpty())
        m_user.deviceId = deviceId;
    m_cache->setActor(m_user.id, deviceId);
}

Result<User> ClientSession::resume(const QList<QUrl> &servers)
{
    auto cached = savedUser();
    if (!cached)
        return cached.error();
    auto token = m_cache->meta(u"token"_s);
    if (!token)
        return token.error();
    if (cached->id.isEmpty() || token->isEmpty())
        return Error(ErrorCode::Unauthenticated, tr("not signed in"),
                     { { u"session"_s, u"none"_s } });
    if (m_tokenExpiresAtMs <= m_clock.nowMs())
        return Error(ErrorCode::Unauthenticated, tr("the saved session has expired: sign in again"),
                     { { u"session"_s, u"expired"_s } });
    if (!m_api || m_api->servers() != servers)
        connectTo(servers);
    m_api->setToken(token->toLatin1());
    m_user = cached.value();
    m_storeId = m_user.storeIds.value(0);
    m_tokenUserId = m_user.id;
    noteActor();
    return m_user;
}

Result<User> ClientSession::resumeTill(const QList<QUrl> &servers)
{
    auto till = TillCredentials::read(*m_cache);
    if (!till)
        return till.error();
    if (!till.value())
        return Error(ErrorCode::InvalidState, tr("this till is not enrolled"));
    auto cached = savedUser();
    if (!cached)
        return cached.error();
    auto token = m_cache->meta(u"token"_s);
    if (!token)
        return token.error();
    connectTo(servers);
    m_api->setToken(token->toLatin1());
    m_user = cached.value();
    m_tokenUserId = m_user.id;
    m_storeId = till.value()->storeId;
    noteActor();
    return m_user;
}

Result<User> ClientSession::useToken(const QList<QUrl> &servers, const QByteArray &token)
{
    auto cached = savedUser();
    if (!cached)
        return cached.error();
    connectTo(servers);
    m_api->setToken(token);
    m_user = cached.value();
    m_tokenExpiresAtMs = 0;
    m_storeId = m_user.storeIds.value(0);
    m_tokenUserId = m_user.id;
    noteActor();
    return m_user;
}

void ClientSession::startSync()
{
    m_sync->startLive();
    m_reasons->refresh();
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
    auto op = m_cache->enqueue(kind, body, productId, m_storeId, delta);
    if (!op)
        return SyncEngine::profileFailure(op.error());
    notifyQueued(op.value());
    return op;
}

void ClientSession::notifyQueued(const PendingOperation &operation)
{
    emit operationQueued(operation);
    m_sync->queueChanged();
}

Result<PendingOperation> ClientSession::stockChange(const QString &operation, const QString &reason,
                                                    const QString &productId, qint64 quantity,
                                                    qint64 delta,
                                                    std::optional<qint64> expectedVersion,
                                                    bool offline, const QString &note)
{
    QJsonObject body { { u"productId"_s, productId },
                       { u"storeId"_s, m_storeId },
                       { u"operation"_s, operation },
                       { u"quantity"_s, quantity },
                       { u"reason"_s, reason } };
    if (expectedVersion)
        body.insert(u"expectedVersion"_s, *expectedVersion);
    if (offline)
        body.insert(u"offline"_s, true);
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    return queue(u"stock"_s, body, productId, delta);
}

Result<PendingOperation> ClientSession::sell(const QString &productId, qint64 quantity)
{
    return stockChange(u"subtract"_s, u"sale"_s, productId, quantity, -quantity, std::nullopt,
                       m_sync->serverOutOfReach());
}

Result<PendingOperation> ClientSession::receive(const QString &productId, qint64 quantity)
{
    return stockChange(u"add"_s, u"received"_s, productId, quantity, quantity);
}

Result<PendingOperation> ClientSession::writeOff(const QString &productId, qint64 quantity,
                                                 const QString &reason, const QString &note)
{
    return stockChange(u"subtract"_s, reason, productId, quantity, -quantity, std::nullopt, false,
                       note);
}

Result<PendingOperation> ClientSession::count(const QString &productId, qint64 quantity,
                                              std::optional<qint64> expectedVersion)
{
    const auto shown = m_cache->row(productId, m_storeId);
    if (!shown)
        return SyncEngine::profileFailure(shown.error());
    return stockChange(u"set"_s, u"count"_s, productId, quantity, quantity - shown->quantity,
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
