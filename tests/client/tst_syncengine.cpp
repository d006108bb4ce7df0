// The client core (local store, sync engine, feed client) against a real server.
#include "core/client/apiclient.h"
#include "core/client/localcache.h"
#include "core/client/syncengine.h"
#include "core/protocol/stockrowjson.h"
#include "httpclient.h"
#include "readok.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
// One terminal: its own profile file, API client and sync engine.
struct Client
{
    SystemClock clock;
    std::unique_ptr<LocalCache> store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> sync;

    Client(const QString &path, const QUrl &server, const QByteArray &token)
    {
        store = std::move(LocalCache::open(path, clock)).value();
        api = std::make_unique<ApiClient>(QList<QUrl> { server });
        api->setToken(token);
        sync = std::make_unique<SyncEngine>(*store, *api);
    }
    bool syncOnce()
    {
        bool finished = false, ok = false;
        sync->syncOnce([&](Status s) {
            finished = true;
            ok = s.ok();
        });
        return QTest::qWaitFor([&] { return finished; }, 30'000) && ok;
    }
    void sell(const QString &product, const QString &storeId, int qty)
    {
        store->enqueue(u"stock"_s,
                       { { u"productId"_s, product },
                         { u"storeId"_s, storeId },
                         { u"operation"_s, u"subtract"_s },
                         { u"quantity"_s, qty } },
                       product, storeId, -qty);
        sync->queueChanged();
    }
};
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initialSyncDownloadsEverythingWithProgress();
    void changeReachesTheOtherClientWithinASecond();
    void offlineClientCatchesUpWithoutGaps();
    void rejectedOperationRollsBackItsEffect();
    void resyncWhenTheClientIsAhead();

private:
    qint64 serverSeq()
    {
        return m_http.get(m_server->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
    }
    std::unique_ptr<Client> client(const QString &name)
    {
        return std::make_unique<Client>(m_dir.filePath(name + u".db"_s), m_server->url(), m_token);
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_token;
    QTemporaryDir m_dir;
};

void TestSyncEngine::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_token = m_http.login(m_server->url(), u"admin"_s);
}

void TestSyncEngine::initialSyncDownloadsEverythingWithProgress()
{
    auto c = client(u"initial"_s);
    QSignalSpy progress(c->sync.get(), &SyncEngine::progress);
    QVERIFY(c->syncOnce());
    QCOMPARE(readOk(c->store->stores()).size(), 4);
    QCOMPARE(readOk(c->store->productCount()), 16);
    QVERIFY(progress.count() >= 5); // products, then each store's stock
    QCOMPARE(readOk(c->store->lastSeq()), serverSeq());
    const QJsonArray server
        = m_http.get(m_server->url(u"/api/v1/products/PROD-001/availability"_s), m_token)
              .json()
              .value(u"stores"_s)
              .toArray();
    const QList<StockRow> local = readOk(c->store->availability(u"PROD-001"_s));
    QCOMPARE(local.size(), server.size());
    for (int i = 0; i < local.size(); ++i)
        QCOMPARE(toJson(local.at(i)), server.at(i).toObject());
}

void TestSyncEngine::changeReachesTheOtherClientWithinASecond()
{
    auto a = client(u"a"_s);
    auto b = client(u"b"_s);
    QVERIFY(a->syncOnce());
    b->sync->startLive();
    QTRY_COMPARE_WITH_TIMEOUT(b->sync->state(), SyncEngine::State::Live, 10'000);
    const qint64 before = readOk(b->store->row(u"PROD-003"_s, u"VAL-001"_s)).quantity;
    QElapsedTimer timer;
    timer.start();
    a->sell(u"PROD-003"_s, u"VAL-001"_s, 2);
    a->sync->pushQueue([](Status) {});
    QTRY_COMPARE_WITH_TIMEOUT(readOk(b->store->row(u"PROD-003"_s, u"VAL-001"_s)).quantity,
                              before - 2, 1000);
    qInfo() << "change visible in the other client after" << timer.elapsed() << "ms";
}

void TestSyncEngine::offlineClientCatchesUpWithoutGaps()
{
    auto a = client(u"a2"_s);
    auto b = client(u"b2"_s);
    QVERIFY(a->syncOnce());
    b->sync->startLive();
    QTRY_COMPARE_WITH_TIMEOUT(b->sync->state(), SyncEngine::State::Live, 10'000);
    b->sync->stop();
    for (int i = 0; i < 5; ++i) {
        a->sell(u"PROD-004"_s, u"SEV-001"_s, 1);
        QVERIFY(a->syncOnce());
    }
    QVERIFY(readOk(b->store->lastSeq()) < serverSeq());
    QSignalSpy applied(b->sync.get(), &SyncEngine::cacheChanged);
    b->sync->startLive();
    QTRY_COMPARE_WITH_TIMEOUT(readOk(b->store->lastSeq()), serverSeq(), 10'000);
    const QJsonObject row = m_http.stockRow(m_server->url(), u"PROD-004"_s, u"SEV-001"_s, m_token);
    QCOMPARE(toJson(readOk(b->store->row(u"PROD-004"_s, u"SEV-001"_s))), row);
    QCOMPARE(toJson(readOk(a->store->row(u"PROD-004"_s, u"SEV-001"_s))), row);
}

void TestSyncEngine::rejectedOperationRollsBackItsEffect()
{
    auto c = client(u"reject"_s);
    QVERIFY(c->syncOnce());
    const StockRow before = readOk(c->store->row(u"PROD-005"_s, u"BCN-001"_s));
    QSignalSpy rejected(c->sync.get(), &SyncEngine::operationRejected);
    c->store->enqueue(u"stock"_s,
                      { { u"productId"_s, u"PROD-005"_s },
                        { u"storeId"_s, u"BCN-001"_s },
                        { u"operation"_s, u"subtract"_s },
                        { u"quantity"_s, 1000 } },
                      u"PROD-005"_s, u"BCN-001"_s, -1000);
    QCOMPARE(readOk(c->store->row(u"PROD-005"_s, u"BCN-001"_s)).quantity,
             before.quantity - 1000); // optimistic
    QCOMPARE(readOk(c->store->queuedCount()), 1);
    QVERIFY(c->syncOnce());
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().first().value<PendingOperation>().status, 409);
    QCOMPARE(readOk(c->store->row(u"PROD-005"_s, u"BCN-001"_s)), before); // rolled back
    QCOMPARE(readOk(c->store->rejected()).size(), 1);
    QCOMPARE(readOk(c->store->queuedCount()), 0);
    QVERIFY(c->store->dismiss(readOk(c->store->rejected()).first().key).ok());
    QCOMPARE(readOk(c->store->rejected()).size(), 0);
}

void TestSyncEngine::resyncWhenTheClientIsAhead()
{
    auto c = client(u"ahead"_s);
    QVERIFY(c->syncOnce());
    QVERIFY(c->store->setMeta(u"lastSeq"_s, QString::number(serverSeq() + 1000)).ok());
    c->sync->startLive();
    QTRY_COMPARE_WITH_TIMEOUT(readOk(c->store->lastSeq()), serverSeq(), 10'000);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
