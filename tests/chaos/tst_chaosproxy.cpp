// Clients talk to the server through a proxy that cuts connections in the middle of
// responses. The client core retries with the same idempotency keys: every operation is
// applied exactly once, and the feed reconnects and catches up without a gap.
#include "chaosproxy.h"
#include "core/client/apiclient.h"
#include "core/client/feedclient.h"
#include "core/client/localcache.h"
#include "core/client/syncengine.h"
#include "httpclient.h"
#include "offlinequeue.h"
#include "readok.h"
#include "serverprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
constexpr int kQueued = 1000;
constexpr int kReservations = 200;
constexpr int kRounds = 100; // bound on client-level retries after the API client gives up
} // namespace

class TestChaosProxy : public QObject
{
    Q_OBJECT

private slots:
    void cutConnectionsDuplicateNothing();
};

void TestChaosProxy::cutConnectionsDuplicateNothing()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray admin = http.login(server.url(), u"admin"_s);
    const QByteArray clerk = http.login(server.url(), u"clerk-mad"_s);
    QCOMPARE(http.setStock(server.url(), u"PROD-013"_s, u"MAD-001"_s, 10'000, admin), 200);
    const qint64 before = http.stockRow(server.url(), u"PROD-004"_s, u"MAD-001"_s, admin)
                              .value(u"quantity"_s)
                              .toInteger();
    const qint64 seqBefore
        = http.get(server.url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();

    ChaosProxy proxy(server.port());
    QVERIFY(proxy.listen());
    proxy.setCutProbability(0.2);
    ApiClient api({ proxy.url() });
    api.setToken(clerk);
    api.setRetryPolicy(6, 5'000, 10);

    // The feed runs through the same proxy and is cut too.
    qint64 feedSeq = seqBefore;
    QStringList feedProblems;
    FeedClient feed([&proxy] { return proxy.url(); }, [&feedSeq] { return feedSeq; });
    feed.setToken(admin);
    connect(&feed, &FeedClient::eventsReceived, this, [&](const QList<Event> &events) {
        for (const Event &event : events) {
            if (event.seq != feedSeq + 1)
                feedProblems << u"after seq %1 came %2"_s.arg(feedSeq).arg(event.seq);
            feedSeq = qMax(feedSeq, event.seq);
        }
    });
    feed.start();

    // An offline queue pushed by the sync engine.
    QTemporaryDir profile;
    SystemClock clock;
    auto store = LocalCache::open(profile.filePath(u"profile.db"_s), clock);
    QVERIFY(store.ok());
    QVERIFY(
        OfflineQueue::addUnits(*store.value(), u"PROD-004"_s, u"MAD-001"_s, kQueued, u"proxy-"_s));
    SyncEngine sync(*store.value(), api);
    for (int round = 0; round < kRounds && readOk(store.value()->queuedCount()) > 0; ++round) {
        bool finished = false;
        sync.pushQueue([&finished](Status) { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60'000);
    }
    QCOMPARE(readOk(store.value()->queuedCount()), 0);
    QCOMPARE(readOk(store.value()->rejected()).size(), 0);

    // Reservations sent directly, each with its own key.
    QSet<int> open;
    for (int i = 0; i < kReservations; ++i)
        open.insert(i);
    for (int round = 0; round < kRounds && !open.isEmpty(); ++round) {
        int waiting = 0;
        for (int i : QSet<int>(open)) {
            ++waiting;
            api.send("POST", u"/api/v1/reservations"_s,
                     { { u"reservationId"_s, u"proxy-r-%1"_s.arg(i) },
                       { u"productId"_s, u"PROD-013"_s },
                       { u"storeId"_s, u"MAD-001"_s },
                       { u"quantity"_s, 1 },
                       { u"customerId"_s, u"proxy"_s } },
                     u"proxy-key-%1"_s.arg(i), [&open, &waiting, i](const ApiReply &reply) {
                         --waiting;
                         if (reply.status == 201)
                             open.remove(i);
                         else if (reply.reachedServer())
                             qWarning("reservation %d: %d %s", i, reply.status,
                                      reply.rawBody.constData());
                     });
        }
        QTRY_COMPARE_WITH_TIMEOUT(waiting, 0, 120'000);
    }
    QVERIFY(open.isEmpty());
    QVERIFY2(proxy.cuts() >= 10, qPrintable(QString::number(proxy.cuts())));
    qInfo("the proxy cut %d connections mid-response", proxy.cuts());

    // What the server holds, read directly: everything once.
    QCOMPARE(http.stockRow(server.url(), u"PROD-004"_s, u"MAD-001"_s, admin)
                 .value(u"quantity"_s)
                 .toInteger(),
             before + kQueued);
    QCOMPARE(http.stockRow(server.url(), u"PROD-013"_s, u"MAD-001"_s, admin)
                 .value(u"reserved"_s)
                 .toInteger(),
             kReservations);
    QHash<QString, int> notes;
    int created = 0;
    const QList<QJsonObject> events = http.eventsSince(server.url(), seqBefore, admin);
    for (const QJsonObject &event : events) {
        const QString note = event.value(u"data"_s).toObject().value(u"note"_s).toString();
        if (note.startsWith(u"proxy-"_s))
            ++notes[note];
        created += event.value(u"type"_s).toString() == u"reservation.created"_s;
    }
    QCOMPARE(notes.size(), kQueued);
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(created, kReservations);

    // Once the network heals, the feed catches up to the last event, with no gap on the way.
    proxy.setCutProbability(0);
    QTRY_COMPARE_WITH_TIMEOUT(feedSeq, events.last().value(u"seq"_s).toInteger(), 60'000);
    QVERIFY2(feedProblems.isEmpty(), qPrintable(feedProblems.join(u'\n')));
    feed.stop();
    QCOMPARE(server.stop(), 0);
    const QStringList problems = server.databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestChaosProxy)
#include "tst_chaosproxy.moc"
