// The server's HTTP front end in this process: what it does with a WebSocket upgrade.
#include "core/domain/clock.h"
#include "core/protocol/auth/jwtcodec.h"
#include "server-stub/http/httpfrontend.h"
#include "server-stub/http/ratelimiter.h"
#include "server-stub/http/router.h"
#include "server-stub/metrics.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::server;

class TestHttpFrontend : public QObject
{
    Q_OBJECT

private slots:
    void upgradedConnectionIsLeftToItsOwner();
};

// The feed moves an upgraded connection to a thread of its own, which deletes it when it
// closes. QWebSocketServer, on the listening thread, used to delete it as well (its
// disconnected() handler): a double delete whenever the feed's came first. Here the owner
// keeps the closed connection, so any deletion comes from the WebSocket server.
void TestHttpFrontend::upgradedConnectionIsLeftToItsOwner()
{
    const Router router;
    const JwtCodec jwt("a secret of thirty-two bytes....."_ba);
    RateLimiter limiter(0, 0);
    Metrics metrics;
    const ManualClock clock;
    HttpFrontend frontend(router, jwt, limiter, metrics, clock);
    QVERIFY(frontend.listen(QHostAddress::LocalHost, 0).ok());
    QSignalSpy upgrading(&frontend, &HttpFrontend::newWebSocketConnection);

    QWebSocket client;
    client.open(
        QUrl(u"ws://127.0.0.1:%1/api/v1/feed"_s.arg(frontend.servers().first()->serverPort())));
    QVERIFY(upgrading.wait(5000));
    const HttpFrontend::Upgraded upgraded = frontend.nextPendingWebSocketConnection();
    QVERIFY(upgraded.socket);
    QPointer<QTcpSocket> wire = upgraded.wire;
    QVERIFY(wire);
    QSignalSpy closed(wire.data(), &QTcpSocket::disconnected);
    // Nor does the front end's own clean-up of closed connections apply any more.
    QVERIFY(!QObject::disconnect(wire, &QTcpSocket::disconnected, wire, &QObject::deleteLater));

    client.close();
    QVERIFY(closed.wait(5000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QVERIFY2(wire, "the WebSocket server deleted a connection it had handed over");
}

QTEST_GUILESS_MAIN(TestHttpFrontend)
#include "tst_httpfrontend.moc"
