#pragma once

#include "router.h"
#include "user.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QWebSocket>

namespace inventory {
class Clock;
class JwtCodec;
} // namespace inventory

namespace inventory::server {

class Metrics;
class RateLimiter;

// Turns each HTTP request into an ApiRequest and runs the checks every route shares, in
// this order: request id, route match, rate limit per IP (not for monitoring), body limit,
// token, rate limit
// per user. Then the route's handler answers, now or after a commit; every answer is
// logged as one line and counted in the metrics.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpFrontend(const Router &router, const JwtCodec &jwt, RateLimiter &limiter, Metrics &metrics,
                 const Clock &clock, QObject *parent = nullptr);

    // While shutting down, new requests get 503 UNAVAILABLE.
    void setDraining(bool draining) { m_draining = draining; }
    int openResponses() const { return m_openResponses; }
    // The TCP connection a WebSocket was upgraded from (accepted sockets stay children of
    // their QTcpServer), or nullptr.
    QTcpSocket *connectionOf(const QWebSocket &socket) const;

signals:
    void responsesSettled();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiRequest toApiRequest(const QHttpServerRequest &request) const;
    std::optional<Error> authenticate(ApiRequest &request) const;
    std::optional<ApiResponse> rateLimited(const QString &key) const;
    void send(QHttpServerResponder &responder, const ApiRequest &request,
              const ApiResponse &response, qint64 startedNs);

    const Router &m_router;
    const JwtCodec &m_jwt;
    RateLimiter &m_limiter;
    Metrics &m_metrics;
    const Clock &m_clock;
    // Verified tokens by their exact bytes: a token is checked once, not on every request
    // (the HMAC and JSON decoding cost more than serving a read from memory).
    struct VerifiedToken
    {
        User user;
        qint64 expiresAtMs;
    };
    mutable QHash<QByteArray, VerifiedToken> m_verified;
    bool m_draining = false;
    int m_openResponses = 0;
};

} // namespace inventory::server
