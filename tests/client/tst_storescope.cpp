// A till enrolled for a store holds that store's rows and a summary of the others (DESIGN.md
// "Scale", API.md GET /stock/summary), at the client core against a real server: its first
// sync reads one store's rows; another store's change is not kept as a row but reaches the
// summary at the next sync; online the Availability tab reads the other stores on demand;
// with the server stopped, a product shows the last summary and how old it is.
#include "core/client/clientsession.h"
#include "core/client/localcache.h"
#include "core/client/stock/storeavailability.h"
#include "core/client/syncengine.h"
#include "core/client/tills/tilldesk.h"
#include "httpclient.h"
#include "readok.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestStoreScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSummaryRouteLeavesOneStoreOut();
    void theSummaryRouteRefusesBadQueries_data();
    void theSummaryRouteRefusesBadQueries();
    void aTillHoldsItsStoreAndASummaryOfTheOthers();
    void anotherStoresChangeReachesTheSummaryNotTheRows();
    void onlineTheOtherStoresAreReadOnDemand();
    void offlineTheLastSummaryShowsWithItsAge();

private:
    bool syncOnce();
    // What the server says the stores other than MAD-001 hold of a product.
    StockSummary serverOthers(const QString &productId);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime::currentMSecsSinceEpoch() };
    std::unique_ptr<ClientSession> m_session;
};

void TestStoreScope::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    for (const auto &[store, quantity] :
         { std::pair { "MAD-001", 4 }, { "BCN-001", 7 }, { "VAL-001", 0 }, { "SEV-001", 2 } })
        QCOMPARE(m_http.setStock(m_server->url(), u"PROD-001"_s, QString::fromLatin1(store),
                                 quantity, m_admin),
                 200);
    m_session = std::make_unique<ClientSession>(m_dir.filePath(u"till.db"_s), m_clock);
    m_session->setRetryPolicy(1, 2000, 100);
    QVERIFY(m_session->open());
    std::optional<Result<User>> manager;
    m_session->signIn({ m_server->url() }, u"manager-mad"_s, u"demo"_s,
                      [&](Result<User> u, bool) { manager = u; });
    QVERIFY(QTest::qWaitFor([&] { return manager.has_value(); }, 10'000));
    QVERIFY(manager->ok());
    std::optional<Result<QJsonObject>> enrolled;
    TillDesk(*m_session)
        .enrol(u"MAD-SCOPE-1"_s, u"MAD-001"_s, u"Counter"_s,
               [&](Result<QJsonObject> r) { enrolled = r; });
    QVERIFY(QTest::qWaitFor([&] { return enrolled.has_value(); }, 10'000));
    QVERIFY(enrolled->ok());
}

bool TestStoreScope::syncOnce()
{
    std::optional<Status> done;
    m_session->sync().syncOnce([&](Status s) { done = s; });
    return QTest::qWaitFor([&] { return done.has_value(); }, 30'000) && done->ok();
}

StockSummary TestStoreScope::serverOthers(const QString &productId)
{
    StockSummary others { productId };
    const QJsonObject body
        = m_http.get(m_server->url(u"/api/v1/products/%1/availability"_s.arg(productId)), m_admin)
              .json();
    for (const QJsonValue &row : body.value(u"stores"_s).toArray()) {
        if (row[u"storeId"_s].toString() == u"MAD-001"_s)
            continue;
        others.available += row[u"available"_s].toInteger();
        others.stores += row[u"available"_s].toInteger() > 0 ? 1 : 0;
    }
    return others;
}

void TestStoreScope::theSummaryRouteLeavesOneStoreOut()
{
    const QJsonObject page
        = m_http
              .get(m_server->url(u"/api/v1/stock/summary?exceptStoreId=MAD-001&limit=5"_s), m_admin)
              .json();
    QCOMPARE(page.value(u"exceptStoreId"_s).toString(), u"MAD-001"_s);
    QCOMPARE(page.value(u"total"_s).toInteger(), 16); // the demo catalogue
    const QJsonArray lines = page.value(u"summary"_s).toArray();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first()[u"productId"_s].toString(), u"PROD-001"_s);
    QCOMPARE(lines.first()[u"available"_s].toInteger(), 9); // BCN 7 + SEV 2
    QCOMPARE(lines.first()[u"stores"_s].toInteger(), 2);
    QVERIFY(page.value(u"lastSeq"_s).toInteger() > 0);
    // Without a store left out: every store.
    const QJsonObject all
        = m_http.get(m_server->url(u"/api/v1/stock/summary?limit=1"_s), m_admin).json();
    QCOMPARE(all.value(u"summary"_s).toArray().first()[u"available"_s].toInteger(), 13);
    QCOMPARE(all.value(u"summary"_s).toArray().first()[u"stores"_s].toInteger(), 3);
}

void TestStoreScope::theSummaryRouteRefusesBadQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("unknown store") << u"?exceptStoreId=NOPE-001"_s << 404 << QByteArray("admin");
    QTest::newRow("limit too large") << u"?limit=5001"_s << 400 << QByteArray("admin");
    QTest::newRow("page zero") << u"?page=0"_s << 400 << QByteArray("admin");
    QTest::newRow("no token") << QString() << 401 << QByteArray();
}

void TestStoreScope::theSummaryRouteRefusesBadQueries()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, token);
    const HttpResponse answer = m_http.get(m_server->url(u"/api/v1/stock/summary"_s + query),
                                           token.isEmpty() ? QByteArray() : m_admin);
    QCOMPARE(answer.status, status);
}

void TestStoreScope::aTillHoldsItsStoreAndASummaryOfTheOthers()
{
    QSignalSpy progress(&m_session->sync(), &SyncEngine::progress);
    QVERIFY(syncOnce());
    LocalCache &cache = m_session->cache();
    QCOMPARE(cache.scope(), u"MAD-001"_s);
    QCOMPARE(readOk(cache.stores()).size(), 4); // every store's name, for transfers
    QCOMPARE(readOk(cache.productCount()), 16);
    const QList<StockRow> rows = readOk(cache.allRows());
    QVERIFY(!rows.isEmpty());
    for (const StockRow &row : rows)
        QCOMPARE(row.storeId, u"MAD-001"_s);
    const QList<StockRow> shown = readOk(cache.availability(u"PROD-001"_s));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().quantity, 4);
    const auto others = readOk(cache.otherStock(u"PROD-001"_s));
    QVERIFY(others.has_value());
    const StockSummary expected = serverOthers(u"PROD-001"_s);
    QCOMPARE(others->available, expected.available);
    QCOMPARE(others->stores, expected.stores);
    QCOMPARE(others->atMs, m_clock.nowMs());
    bool summaryRead = false;
    for (const QList<QVariant> &signal : std::as_const(progress))
        summaryRead = summaryRead || signal.at(2).toString() == u"summary"_s;
    QVERIFY(summaryRead);
    QCOMPARE(readOk(cache.lastSeq()),
             m_http.get(m_server->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger());
}

void TestStoreScope::anotherStoresChangeReachesTheSummaryNotTheRows()
{
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-001"_s, u"BCN-001"_s, 20, m_admin), 200);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-001"_s, u"MAD-001"_s, 5, m_admin), 200);
    m_clock.advance(1000);
    QVERIFY(syncOnce());
    LocalCache &cache = m_session->cache();
    for (const StockRow &row : readOk(cache.allRows()))
        QCOMPARE(row.storeId, u"MAD-001"_s);
    QCOMPARE(readOk(cache.availability(u"PROD-001"_s)).first().quantity, 5);
    const auto others = readOk(cache.otherStock(u"PROD-001"_s));
    QVERIFY(others.has_value());
    QCOMPARE(others->available, 22); // BCN 20 + SEV 2
    QCOMPARE(others->stores, 2);
    QCOMPARE(others->atMs, m_clock.nowMs());
}

void TestStoreScope::onlineTheOtherStoresAreReadOnDemand()
{
    StoreAvailability availability(m_session->cache(), m_session->api(), m_clock);
    QSignalSpy changed(&availability, &StoreAvailability::changed);
    auto first = availability.shown(u"PROD-001"_s, StoreAvailability::Reach::InReach);
    QVERIFY(first.ok());
    QCOMPARE(first->rows.size(), 1); // its own store, at once; the others are being read
    QVERIFY(first->others.has_value());
    QVERIFY(changed.wait(10'000));
    QCOMPARE(changed.first().first().toString(), u"PROD-001"_s);
    auto read = availability.shown(u"PROD-001"_s, StoreAvailability::Reach::InReach);
    QVERIFY(read.ok());
    QCOMPARE(read->rows.size(), 4);
    QCOMPARE(read->rows.first().storeId, u"MAD-001"_s);
    QVERIFY(!read->others.has_value()); // the rows themselves are shown
    qint64 bcn = -1;
    for (const StockRow &row : read->rows)
        bcn = row.storeId == u"BCN-001"_s ? row.quantity : bcn;
    QCOMPARE(bcn, 20);
    // Within a minute the same product is not read again.
    QVERIFY(availability.shown(u"PROD-001"_s, StoreAvailability::Reach::InReach).ok());
    QVERIFY(!changed.wait(300));
    QCOMPARE(changed.size(), 1);
}

void TestStoreScope::offlineTheLastSummaryShowsWithItsAge()
{
    const qint64 summaryAt = readOk(m_session->cache().otherStock(u"PROD-001"_s))->atMs;
    QCOMPARE(m_server->stop(), 0);
    m_clock.advance(2 * 3600 * 1000); // the network was cut two hours ago
    QVERIFY(!syncOnce());
    QVERIFY(m_session->sync().serverOutOfReach());
    StoreAvailability availability(m_session->cache(), m_session->api(), m_clock);
    QSignalSpy changed(&availability, &StoreAvailability::changed);
    auto shown = availability.shown(u"PROD-001"_s, StoreAvailability::Reach::OutOfReach);
    QVERIFY(shown.ok());
    QCOMPARE(shown->rows.size(), 1);
    QCOMPARE(shown->rows.first().quantity, 5);
    QVERIFY(shown->others.has_value());
    QCOMPARE(shown->others->available, 22);
    QCOMPARE(shown->others->atMs, summaryAt);
    QCOMPARE(m_clock.nowMs() - shown->others->atMs, 2 * 3600 * 1000);
    QVERIFY(!shown->othersUnknown);
    QVERIFY(!changed.wait(300)); // nothing asked of a server out of reach
}

QTEST_GUILESS_MAIN(TestStoreScope)
#include "tst_storescope.moc"
