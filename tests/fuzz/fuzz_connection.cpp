// libFuzzer target: the server's real connection class (HttpConnection, behind the real
// HttpFrontend on a loopback socket) fed an input in pieces of the sizes the input itself
// chooses, as a client's packets arrive. A crash, a sanitizer report, or a connection that
// neither answers nor closes is a failure. The routes answer at once; a body is echoed by
// size.
#include "core/domain/clock.h"
#include "core/protocol/auth/jwtcodec.h"
#include "server-stub/http/httpfrontend.h"
#include "server-stub/http/ratelimiter.h"
#include "server-stub/http/router.h"
#include "server-stub/metrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::server;

namespace {
struct Server
{
    Router router;
    JwtCodec jwt { "a secret of thirty-two bytes....."_ba };
    RateLimiter limiter { 0, 0 };
    Metrics metrics;
    SystemClock clock;
    std::unique_ptr<HttpFrontend> frontend;
    quint16 port = 0;
};

Server *g_server = nullptr;

// Runs the event loop until done() or ms have passed.
template<typename Done> bool pump(Done done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    g_server = new Server;
    g_server->router.add(
        "GET", u"/health"_s,
        [](const ApiRequest &, Reply reply) { reply(ApiResponse::json(200, QByteArray("{}"))); },
        Router::Access::Public);
    g_server->router.add(
        "POST", u"/echo"_s,
        [](const ApiRequest &r, Reply reply) {
            reply(ApiResponse::json(200, QByteArray::number(r.body.size())));
        },
        Router::Access::Public, 64 * 1024);
    HttpLimits limits;
    limits.maxHead = 8 * 1024;
    // Short timeouts, so that every input ends within a few event-loop passes.
    limits.headTimeoutMs = 20;
    limits.bodyTimeoutMs = 20;
    limits.idleTimeoutMs = 20;
    g_server->frontend
        = std::make_unique<HttpFrontend>(g_server->router, g_server->jwt, g_server->limiter,
                                         g_server->metrics, g_server->clock, limits);
    if (!g_server->frontend->listen(QHostAddress::LocalHost, 0).ok())
        std::abort();
    g_server->port = g_server->frontend->servers().first()->serverPort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte picks the piece size (1..256 bytes); the rest is what the client sends.
    const qsizetype piece = 1 + data[0];
    const QByteArray sent(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, g_server->port);
    if (!pump([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000))
        std::abort();
    for (qsizetype at = 0; at < sent.size() && client.state() == QAbstractSocket::ConnectedState;
         at += piece) {
        client.write(sent.mid(at, piece));
        client.flush();
        pump([] { return false; }, 1);
    }
    // Every input ends answered and closed, or waiting with the connection open for more:
    // either way the server must let it go within its timeouts once the client stops.
    if (!pump([&] { return client.state() != QAbstractSocket::ConnectedState; }, 5000))
        std::abort();
    client.abort();
    pump([] { return g_server->frontend->openConnections() == 0; }, 1000);
    return 0;
}
