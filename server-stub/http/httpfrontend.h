#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"
#include "server-stub/http/connectiongate.h"
#include "server-stub/http/httplimits.h"
#include "server-stub/http/httprequestparser.h"
#include "server-stub/http/router.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketServer>

QT_BEGIN_NAMESPACE
class QSslCertificate;
class QSslKey;
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace inventory {
class Clock;
class JwtCodec;
} // namespace inventory

namespace inventory::server {

class HttpConnection;
class Metrics;
class RateLimiter;

// The HTTP server: listens (TCP or TLS), reads requests on each connection
// (HttpConnection), hands WebSocket upgrades to a QWebSocketServer, and turns each request
// into an ApiRequest and runs the checks every route shares, in this order: request id,
// route match, rate limit per IP (not for monitoring), body limit, token, rate limit per
// user. Then the route's handler answers, now or after a commit; every answer is logged as
// one line and counted in the metrics.
// Not a QAbstractHttpServer: see HttpRequestParser for why.
class HttpFrontend : public QObject
{
    Q_OBJECT

public:
    HttpFrontend(const Router &router, const JwtCodec &jwt, RateLimiter &limiter, Metrics &metrics,
                 const Clock &clock, HttpLimits limits = {}, QObject *parent = nullptr);
    ~HttpFrontend() override;

    // Serves HTTPS and WSS from the next listen() on.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    Status listen(const QHostAddress &address, quint16 port);
    QList<QTcpServer *> servers() const;

    bool hasPendingWebSocketConnections() const;
    // An upgraded connection and the TCP socket under it (accepted sockets stay children of
    // their QTcpServer; null if not found), no longer watched by the WebSocket server: its
    // owner (a feed thread) ends it. A null socket when none is pending.
    struct Upgraded
    {
        std::unique_ptr<QWebSocket> socket;
        QTcpSocket *wire = nullptr;
    };
    Upgraded nextPendingWebSocketConnection();

    // A further check of a verified token's user, on every request (a revoked till's tokens
    // are refused at once); an error refuses the request with it.
    using TokenCheck = std::function<std::optional<Error>(const User &)>;
    void setTokenCheck(TokenCheck check) { m_tokenCheck = std::move(check); }

    // While shutting down, new requests get 503 UNAVAILABLE.
    void setDraining(bool draining) { m_draining = draining; }
    int openResponses() const { return m_openResponses; }

    int openConnections() const { return m_gate.open(); }
    quint64 refusedConnections() const { return m_gate.refused(); }

    // For HttpConnection.
    const HttpRequestParser &parser() const { return m_parser; }
    const HttpLimits &limits() const { return m_limits; }
    void handle(HttpRequest &&request, HttpConnection &connection);
    void refuse(int status, const QString &message, HttpConnection &connection);
    void upgrade(QTcpSocket *socket);

signals:
    void newWebSocketConnection();
    void responsesSettled();

private:
    QTcpSocket *connectionOf(const QWebSocket &socket) const;
    void acceptConnections(QTcpServer *server);
    void onAcceptError(QTcpServer *server);
    ApiRequest toApiRequest(HttpRequest &&request, const HttpConnection &connection) const;
    std::optional<Error> authenticate(ApiRequest &request) const;
    std::optional<ApiResponse> rateLimited(const QString &key) const;
    void send(HttpConnection &connection, const ApiRequest &request, const ApiResponse &response,
              qint64 startedNs);

    const Router &m_router;
    const JwtCodec &m_jwt;
    RateLimiter &m_limiter;
    Metrics &m_metrics;
    const Clock &m_clock;
    const HttpLimits m_limits;
    ConnectionGate m_gate;
    const HttpRequestParser m_parser;
    QWebSocketServer m_webSockets;
    std::optional<QSslConfiguration> m_tls;
    // Verified tokens by their exact bytes: a token is checked once, not on every request
    // (the HMAC and JSON decoding cost more than serving a read from memory).
    struct VerifiedToken
    {
        User user;
        qint64 expiresAtMs;
    };
    mutable QHash<QByteArray, VerifiedToken> m_verified;
    TokenCheck m_tokenCheck;
    bool m_draining = false;
    int m_openResponses = 0;
};

} // namespace inventory::server
