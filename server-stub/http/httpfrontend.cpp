#include "server-stub/http/httpfrontend.h"

#include "core/domain/clock.h"
#include "core/protocol/auth/jwtcodec.h"
#include "core/protocol/errorjson.h"
#include "server-stub/http/httpconnection.h"
#include "server-stub/http/ratelimiter.h"
#include "server-stub/logging/logsink.h"
#include "server-stub/metrics.h"
#include "server-stub/serverlog.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>
#include <array>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
bool isAcceptableRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return c > 32 && c < 127; });
}

constexpr qsizetype kMaxCachedTokens = 10'000;
// Bodies up to this size are read on the event loop (a millisecond or two at most); larger
// ones, up to a single-command route's limit, on a worker thread.
constexpr qsizetype kMaxBodyReadOnLoop = 64 * 1024;
constexpr qsizetype kMaxSingleBody = 1 << 20;
// The feed takes no messages from subscribers beyond pings and close frames.
constexpr qint64 kMaxFeedFrame = 4 * 1024;
// After accept() fails (out of file descriptors), the time before accepting again: the
// pending connection stays in the backlog meanwhile instead of the failure repeating at once.
constexpr int kAcceptRetryMs = 200;
// When the store's terminals reconnect at once after a restart, Qt's default backlog of 50
// dropped SYNs beyond it and they were retried a second later, so that a thousand
// reconnecting clients took seconds to connect; the kernel caps this at somaxconn.
constexpr int kListenBacklog = 4096;

// Bodies over the largest route's limit are refused before they are read; up to twice that,
// they are read and refused by the route with the usual error, so the client gets to read it.
qsizetype largestBody(const Router &router)
{
    qsizetype largest = 0;
    for (const Router::Route &route : router.routes())
        largest = std::max(largest, route.maxBody);
    return 2 * largest;
}

// A version 4 UUID from the seeded generator: QUuid::createUuid() draws from the system
// generator on every call (a CPU instruction that is slow on virtual machines), and a
// request id needs to be unique, not secret.
QString newRequestId()
{
    std::array<quint32, 4> words;
    QRandomGenerator::global()->generate(words.begin(), words.end());
    std::array<quint8, 16> bytes;
    std::memcpy(bytes.data(), words.data(), bytes.size());
    bytes[6] = quint8(0x40 | (bytes[6] & 0x0F));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()))
        .toString(QUuid::WithoutBraces);
}

qint64 monotonicNs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}
} // namespace

HttpFrontend::HttpFrontend(const Router &router, const JwtCodec &jwt, RateLimiter &limiter,
                           Metrics &metrics, const Clock &clock, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_jwt(jwt)
    , m_limiter(limiter)
    , m_metrics(metrics)
    , m_clock(clock)
    , m_limits(std::move(limits))
    , m_gate(m_limits.maxConnections, m_limits.maxConnectionsPerAddress)
    , m_parser(m_limits.maxHead, largestBody(router))
    , m_webSockets(QStringLiteral(INVENTORY_VERSION), QWebSocketServer::NonSecureMode)
{
    m_webSockets.setHandshakeTimeout(m_limits.handshakeTimeoutMs);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this,
            &HttpFrontend::newWebSocketConnection);
}

HttpFrontend::~HttpFrontend() = default;

void HttpFrontend::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    m_tls = tls;
}

// TCP_NODELAY on the listening socket, which accepted ones inherit on Linux: with Nagle's
// algorithm a small message written while the previous one is unacknowledged waits for the
// peer's delayed ACK (40 ms), which delayed feed messages, and QWebSocket does not expose
// its socket to set it there.
Status HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    QTcpServer *server = nullptr;
    if (m_tls) {
        auto *tls = new QSslServer(this);
        tls->setSslConfiguration(*m_tls);
        server = tls;
    } else {
        server = new QTcpServer(this);
    }
    server->setListenBacklogSize(kListenBacklog);
    if (!server->listen(address, port)) {
        const QString reason = server->errorString();
        delete server;
        return Error::unavailable(
            u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(reason));
    }
    const int on = 1;
    if (::setsockopt(int(server->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on)
        != 0)
        qCWarning(lcHttp) << "cannot set TCP_NODELAY:" << qt_error_string(errno);
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this, server] { acceptConnections(server); });
    connect(server, &QTcpServer::acceptError, this, [this, server] { onAcceptError(server); });
    return {};
}

QList<QTcpServer *> HttpFrontend::servers() const
{
    return findChildren<QTcpServer *>(Qt::FindDirectChildrenOnly);
}

void HttpFrontend::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        const QString address = socket->peerAddress().toString();
        if (m_gate.admit(address) != ConnectionGate::Verdict::Admitted) {
            static const QByteArray busy = [] {
                const QByteArray body = R"({"error":{"code":"UNAVAILABLE","message":)"
                                        R"("too many connections; retry later","details":{}}})";
                return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                       "Retry-After: 5\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            }();
            socket->write(busy);
            socket->disconnectFromHost();
            continue;
        }
        // Released when the socket goes, on whichever thread (a feed thread owns upgraded ones).
        connect(socket, &QObject::destroyed, this, [this, address] { m_gate.release(address); });
        // Bounds what a pipelining client makes the server hold: beyond this, the socket stops
        // reading until the request being answered is done.
        socket->setReadBufferSize(m_limits.readAhead);
        new HttpConnection(socket, *this);
    }
}

void HttpFrontend::onAcceptError(QTcpServer *server)
{
    static QElapsedTimer sinceLog;
    if (!sinceLog.isValid() || sinceLog.elapsed() > 10'000) {
        qCWarning(lcHttp) << "cannot accept connections:" << server->errorString()
                          << "- retrying; raise the open-files limit or lower --max-connections";
        sinceLog.start();
    }
    server->pauseAccepting();
    QTimer::singleShot(kAcceptRetryMs, server, [server] { server->resumeAccepting(); });
}

void HttpFrontend::upgrade(QTcpSocket *socket)
{
    m_webSockets.handleConnection(socket);
    // The request was put back unread: let the WebSocket server read it.
    emit socket->readyRead();
}

bool HttpFrontend::hasPendingWebSocketConnections() const
{
    return m_webSockets.hasPendingConnections();
}

HttpFrontend::Upgraded HttpFrontend::nextPendingWebSocketConnection()
{
    Upgraded upgraded { std::unique_ptr<QWebSocket>(m_webSockets.nextPendingConnection()) };
    if (!upgraded.socket)
        return upgraded;
    // QWebSocketServer keeps watching the TCP connection it upgraded: when it closes, the
    // server deletes it through sender(), on this thread. A feed thread owns the connection
    // by then and deletes it too, and when it came first the server's deleteLater() went to
    // a dead object: a double delete (the server aborted now and then in the feed benchmark,
    // as its 1,000 subscribers left at once; tst_httpfrontend covers it). From here on only
    // the connection's owner ends it.
    upgraded.socket->setMaxAllowedIncomingFrameSize(kMaxFeedFrame);
    upgraded.socket->setMaxAllowedIncomingMessageSize(kMaxFeedFrame);
    upgraded.wire = connectionOf(*upgraded.socket);
    if (upgraded.wire) {
        QObject::disconnect(upgraded.wire, nullptr, &m_webSockets, nullptr);
        // Nor does it delete itself when it closes (acceptConnections): a WebSocket closed
        // before its owner took it (a client's first frame over the size limit) left its
        // owner a deleted connection, and the server aborted at its next shut-down.
        QObject::disconnect(upgraded.wire, &QTcpSocket::disconnected, upgraded.wire,
                            &QObject::deleteLater);
    }
    return upgraded;
}

ApiRequest HttpFrontend::toApiRequest(HttpRequest &&request, const HttpConnection &connection) const
{
    ApiRequest api;
    api.method = std::move(request.method);
    // Still percent-encoded: the router splits it into segments first, then decodes them.
    api.path = QString::fromLatin1(request.path);
    if (!request.query.isEmpty())
        api.query = QUrlQuery(QString::fromLatin1(request.query));
    api.headers = std::move(request.headers);
    api.body = std::move(request.body);
    api.remote = m_limits.trustedProxies.isEmpty()
        ? connection.peer()
        : m_limits.trustedProxies.clientAddress(QHostAddress(connection.peer()),
                                                api.header("x-forwarded-for"));
    const QByteArray given = api.header("x-request-id");
    api.requestId = isAcceptableRequestId(given) ? QString::fromLatin1(given) : newRequestId();
    api.route = u"unmatched"_s;
    return api;
}

QTcpSocket *HttpFrontend::connectionOf(const QWebSocket &socket) const
{
    for (const QTcpServer *server : servers()) {
        for (QTcpSocket *candidate :
             server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
            if (candidate->peerPort() == socket.peerPort()
                && candidate->localPort() == socket.localPort()
                && candidate->peerAddress() == socket.peerAddress())
                return candidate;
        }
    }
    return nullptr;
}

std::optional<Error> HttpFrontend::authenticate(ApiRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return Error(ErrorCode::Unauthenticated, u"an Authorization: Bearer token is required"_s);
    const QByteArray token = header.mid(7).trimmed();
    const qint64 now = m_clock.nowMs();
    const auto cached = m_verified.constFind(token);
    if (cached != m_verified.constEnd() && cached->expiresAtMs > now) {
        request.user = cached->user;
        return m_tokenCheck ? m_tokenCheck(cached->user) : std::nullopt;
    }
    qint64 expiresAtMs = 0;
    auto user = m_jwt.verify(token, now, &expiresAtMs);
    if (!user)
        return user.error();
    if (m_verified.size() >= kMaxCachedTokens)
        m_verified.clear();
    m_verified.insert(token, { user.value(), expiresAtMs });
    request.user = user.value();
    return m_tokenCheck ? m_tokenCheck(user.value()) : std::nullopt;
}

std::optional<ApiResponse> HttpFrontend::rateLimited(const QString &key) const
{
    const auto wait = m_limiter.take(key, m_clock.nowMs());
    if (!wait)
        return std::nullopt;
    ApiResponse response = ApiResponse::error(
        Error(ErrorCode::RateLimited, u"too many requests; retry in %1 s"_s.arg(*wait),
              { { u"retryAfterSeconds"_s, *wait } }));
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(*wait)));
    return response;
}

void HttpFrontend::handle(HttpRequest &&request, HttpConnection &connection)
{
    const qint64 startedNs = monotonicNs();
    auto shared = std::make_shared<ApiRequest>(toApiRequest(std::move(request), connection));
    QPointer<HttpConnection> alive(&connection);
    ++m_openResponses;
    auto answered = std::make_shared<bool>(false);
    Reply reply = [this, shared, alive, answered, startedNs](ApiResponse response) {
        if (std::exchange(*answered, true))
            return;
        // The client may have gone while a commit was in flight; the work stands regardless.
        if (alive && alive->isOpen())
            send(*alive, *shared, response, startedNs);
        if (--m_openResponses == 0)
            emit responsesSettled();
    };

    ApiRequest &api = *shared;
    if (m_draining) {
        reply(ApiResponse::error(Error::unavailable(u"the server is shutting down"_s)));
        return;
    }
    const Router::Route *route = m_router.match(api.method, api.path, api.params);
    if (!route || route->access != Router::Access::Monitoring) {
        if (auto limited = rateLimited(u"ip:"_s + api.remote)) {
            reply(*limited);
            return;
        }
    }
    if (!route) {
        reply(ApiResponse::error(
            Error(ErrorCode::NotFound,
                  u"no route for %1 %2"_s.arg(QString::fromLatin1(api.method), api.path))));
        return;
    }
    api.route = route->pattern;
    if (api.body.size() > route->maxBody) {
        reply(ApiResponse::error(Error(ErrorCode::PayloadTooLarge,
                                       u"the body is larger than %1 bytes"_s.arg(route->maxBody),
                                       { { u"limit"_s, route->maxBody } })));
        return;
    }
    if (route->access == Router::Access::Authenticated) {
        if (auto error = authenticate(api)) {
            reply(ApiResponse::error(*error));
            return;
        }
        if (auto limited = rateLimited(u"user:"_s + api.user->id)) {
            reply(*limited);
            return;
        }
    }
    // A large body (up to a route's 1 MiB) is read as JSON on a worker thread first: parsing
    // a megabyte of an odd shape takes Qt tens of milliseconds, which the event loop would
    // hold every other request behind. The batch push reads its own (SyncController).
    if (api.body.size() > kMaxBodyReadOnLoop && route->maxBody <= kMaxSingleBody) {
        QThreadPool::globalInstance()->start([this, shared, route, reply] {
            auto parsed
                = std::make_shared<const Result<JsonMembers>>(JsonMembers::parse(shared->body));
            QMetaObject::invokeMethod(
                this,
                [shared, route, reply, parsed] {
                    shared->parsedBody = parsed;
                    route->handler(*shared, reply);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    route->handler(api, reply);
}

// A request that could not be read: answered with the error envelope, and the connection
// closed (where the next request starts is unknown).
void HttpFrontend::refuse(int status, const QString &message, HttpConnection &connection)
{
    HttpRequest unread;
    unread.method = "?";
    const ApiRequest api = toApiRequest(std::move(unread), connection);
    const ErrorCode code = status == 413 ? ErrorCode::PayloadTooLarge : ErrorCode::ValidationFailed;
    send(connection, api, ApiResponse::json(status, toJson(Error(code, message))), monotonicNs());
}

void HttpFrontend::send(HttpConnection &connection, const ApiRequest &request,
                        const ApiResponse &response, qint64 startedNs)
{
    connection.respond(response, request.requestId.toLatin1());

    const double seconds = (monotonicNs() - startedNs) / 1e9;
    m_metrics.recordRequest(request.route, request.method, response.status, seconds);
    LogSink::writeRequest({ request.requestId, request.user ? request.user->id : QString(),
                            request.method, request.route, request.path, response.status,
                            qRound64(seconds * 1e6), response.body.size(), request.remote });
}

} // namespace inventory::server
