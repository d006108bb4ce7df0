// A feed subscriber that stops reading (a frozen terminal, a dead network that has not said
// so) must not make the server hold unbounded memory: past 8 MiB unsent it is cut off,
// while everybody else keeps getting every event.
#include "core/client/feedclient.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
constexpr int kPushSize = 500;
constexpr int kMaxPushes = 400; // 200,000 events at most, far more than the buffers hold
} // namespace

class TestChaosSlowFeed : public QObject
{
    Q_OBJECT

private slots:
    void subscriberThatStopsReadingIsCutOff();
};

void TestChaosSlowFeed::subscriberThatStopsReadingIsCutOff()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray admin = http.login(server.url(), u"admin"_s);

    // The frozen one: upgrades, then reads at most 1 KiB and never again.
    QTcpSocket frozen;
    frozen.setReadBufferSize(1024);
    frozen.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(frozen.waitForConnected(10'000));
    frozen.write(HttpClient::feedUpgradeRequest(admin));
    QVERIFY(frozen.waitForBytesWritten(10'000));

    // A healthy one beside it.
    qint64 healthySeq = http.get(server.url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
    QStringList gaps;
    FeedClient healthy([&server] { return server.url(); }, [&healthySeq] { return healthySeq; });
    healthy.setToken(admin);
    connect(&healthy, &FeedClient::eventsReceived, this, [&](const QList<Event> &events) {
        for (const Event &e : events) {
            if (e.seq != healthySeq + 1)
                gaps << u"after %1 came %2"_s.arg(healthySeq).arg(e.seq);
            healthySeq = qMax(healthySeq, e.seq);
        }
    });
    QSignalSpy connected(&healthy, &FeedClient::connected);
    healthy.start();
    QVERIFY(connected.wait(10'000));

    int pushes = 0;
    auto cutOff = [&server] { return server.log().contains(u"dropping slow subscriber"_s); };
    for (; pushes < kMaxPushes && !cutOff(); ++pushes) {
        QJsonArray operations;
        for (int i = 0; i < kPushSize; ++i)
            operations.append(QJsonObject {
                { u"idempotencyKey"_s, u"slow-%1-%2"_s.arg(pushes).arg(i) },
                { u"kind"_s, u"stock"_s },
                { u"body"_s,
                  QJsonObject {
                      { u"productId"_s, u"PROD-002"_s },
                      { u"storeId"_s, u"MAD-001"_s },
                      { u"operation"_s, u"add"_s },
                      { u"quantity"_s, 1 },
                      { u"note"_s, u"a note long enough to fill buffers quickly"_s } } } });
        QCOMPARE(http.post(server.url(u"/api/v1/sync/push"_s), { { u"operations"_s, operations } },
                           admin)
                     .status,
                 200);
    }
    QVERIFY2(cutOff(), "the frozen subscriber was never cut off");
    qInfo("cut off after %d events", pushes * kPushSize);

    // Everybody else got everything, and the server goes on.
    const qint64 last = http.get(server.url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(healthySeq, last, 30'000);
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(u'\n')));
    QCOMPARE(http.get(server.url(u"/health"_s)).status, 200);
    healthy.stop();
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestChaosSlowFeed)
#include "tst_chaosslowfeed.moc"
