#include "httpfrontend.h"

#include "clock.h"
#include "jwtcodec.h"
#include "logsink.h"
#include "metrics.h"
#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

bool isAcceptableRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return c > 32 && c < 127; });
}

constexpr qsizetype kMaxCachedTokens = 10'000;

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
                           Metrics &metrics, const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_jwt(jwt)
    , m_limiter(limiter)
    , m_metrics(metrics)
    , m_clock(clock)
{
}

ApiRequest HttpFrontend::toApiRequest(const QHttpServerRequest &request) const
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    api.remote = request.remoteAddress().toString();
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
        return std::nullopt;
    }
    qint64 expiresAtMs = 0;
    auto user = m_jwt.verify(token, now, &expiresAtMs);
    if (!user)
        return user.error();
    if (m_verified.size() >= kMaxCachedTokens)
        m_verified.clear();
    m_verified.insert(token, { user.value(), expiresAtMs });
    request.user = user.value();
    return std::nullopt;
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

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket upgrade is completed by QAbstractHttpServer itself (newWebSocketConnection).
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;

    const qint64 startedNs = monotonicNs();
    auto shared = std::make_shared<ApiRequest>(toApiRequest(request));
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    ++m_openResponses;
    auto answered = std::make_shared<bool>(false);
    Reply reply = [this, shared, responder, alive, answered, startedNs](ApiResponse response) {
        if (std::exchange(*answered, true))
            return;
        // The client may have gone while a commit was in flight; the work stands regardless.
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            send(*responder, *shared, response, startedNs);
        if (--m_openResponses == 0)
            emit responsesSettled();
    };

    ApiRequest &api = *shared;
    if (m_draining) {
        reply(ApiResponse::error(Error::unavailable(u"the server is shutting down"_s)));
        return true;
    }
    const Router::Route *route = m_router.match(api.method, api.path, api.params);
    if (!route || route->access != Router::Access::Monitoring) {
        if (auto limited = rateLimited(u"ip:"_s + api.remote)) {
            reply(*limited);
            return true;
        }
    }
    if (!route) {
        reply(ApiResponse::error(
            Error(ErrorCode::NotFound,
                  u"no route for %1 %2"_s.arg(QString::fromLatin1(api.method), api.path))));
        return true;
    }
    api.route = route->pattern;
    if (api.body.size() > route->maxBody) {
        reply(ApiResponse::error(Error(ErrorCode::PayloadTooLarge,
                                       u"the body is larger than %1 bytes"_s.arg(route->maxBody),
                                       { { u"limit"_s, route->maxBody } })));
        return true;
    }
    if (route->access == Router::Access::Authenticated) {
        if (auto error = authenticate(api)) {
            reply(ApiResponse::error(*error));
            return true;
        }
        if (auto limited = rateLimited(u"user:"_s + api.user->id)) {
            reply(*limited);
            return true;
        }
    }
    route->handler(api, reply);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    const ApiRequest api = toApiRequest(request);
    send(responder, api, ApiResponse::error(Error(ErrorCode::NotFound, u"no such route"_s)),
         monotonicNs());
}

void HttpFrontend::send(QHttpServerResponder &responder, const ApiRequest &request,
                        const ApiResponse &response, qint64 startedNs)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("X-Request-Id", request.requestId.toLatin1());
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);

    const double seconds = (monotonicNs() - startedNs) / 1e9;
    m_metrics.recordRequest(request.route, request.method, response.status, seconds);
    LogSink::writeRequest({ request.requestId, request.user ? request.user->id : QString(),
                            request.method, request.route, request.path, response.status,
                            qRound64(seconds * 1e6) / 1000.0, response.body.size(),
                            request.remote });
}

} // namespace inventory::server
