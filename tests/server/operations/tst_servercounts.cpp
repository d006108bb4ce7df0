// Count sessions over HTTP against a real inventory-server (API.md "Count sessions"), opened
// and counted into: who may open a count, of which scope, and who may count into it; a blind
// count hiding the books from clerks; a shelf count taking in what is scanned; an entry from the
// offline queue counted exactly once; the log replaying to the stock table at the end. (Review
// and apply: tst_servercountreview.)
#include "countfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerCounts : public QObject, public CountFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoMayOpen_data();
    void whoMayOpen();
    void blindShelfCount();
    void queuedEntryCountsOnce();
    void cleanupTestCase();
};

void TestServerCounts::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(m_server->failureReason()));
}

void TestServerCounts::whoMayOpen_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("lines");
    const auto body
        = [](const QString &id, const QString &store, const char *key, const QJsonValue &value) {
              QJsonObject b { { u"countId"_s, id }, { u"storeId"_s, store } };
              if (key)
                  b.insert(QLatin1StringView(key), value);
              return b;
          };
    QTest::newRow("manager, own store, a list")
        << u"manager-mad"_s
        << body(u"c-list"_s, u"MAD-001"_s, "productIds",
                QJsonArray { u"PROD-003"_s, u"HP-PAV15-001"_s })
        << 201 << QString() << 2;
    QTest::newRow("admin, a category")
        << u"admin"_s << body(u"c-cat"_s, u"BCN-001"_s, "category", u"Periféricos"_s) << 201
        << QString() << 3;
    QTest::newRow("random products")
        << u"manager-mad"_s << body(u"c-rand"_s, u"MAD-001"_s, "random", 4) << 201 << QString()
        << 4;
    QTest::newRow("full") << u"admin"_s << body(u"c-full"_s, u"MAD-001"_s, "scope", u"full"_s)
                          << 201 << QString() << 16;
    QTest::newRow("shelf") << u"manager-mad"_s
                           << body(u"c-shelf"_s, u"MAD-001"_s, "scope", u"shelf"_s) << 201
                           << QString() << 0;
    QTest::newRow("manager, other store")
        << u"manager-mad"_s << body(u"c-x1"_s, u"BCN-001"_s, "scope", u"full"_s) << 403 << QString()
        << 0;
    QTest::newRow("clerk") << u"clerk-mad"_s << body(u"c-x2"_s, u"MAD-001"_s, "scope", u"full"_s)
                           << 403 << QString() << 0;
    QTest::newRow("no scope") << u"admin"_s << body(u"c-x3"_s, u"MAD-001"_s, nullptr, {}) << 400
                              << u"scope"_s << 0;
    QTest::newRow("empty category")
        << u"admin"_s << body(u"c-x4"_s, u"MAD-001"_s, "category", u"Nothing"_s) << 400
        << u"category"_s << 0;
    QTest::newRow("unknown product")
        << u"admin"_s << body(u"c-x5"_s, u"MAD-001"_s, "productIds", QJsonArray { u"NOPE"_s })
        << 404 << QString() << 0;
    // The count's id is its idempotency key: the same id for another count is a reused key.
    QTest::newRow("same id, another count")
        << u"admin"_s << body(u"c-list"_s, u"MAD-001"_s, "scope", u"shelf"_s) << 422 << QString()
        << 0;
    QTest::newRow("unknown store")
        << u"admin"_s << body(u"c-x6"_s, u"XXX-001"_s, "scope", u"full"_s) << 404 << QString() << 0;
}

void TestServerCounts::whoMayOpen()
{
    QFETCH(QString, user);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(int, lines);
    const HttpResponse r = open(body, user);
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(r.json().value(u"status"_s).toString(), u"OPEN"_s);
        QCOMPARE(r.json().value(u"total"_s).toInt(), lines);
        QCOMPARE(r.json().value(u"lines"_s).toArray().size(), lines);
        const HttpResponse listed
            = m_http.get(m_server->url(u"/api/v1/counts?status=OPEN&storeId="_s
                                       + body.value(u"storeId"_s).toString()),
                         m_tokens.value(u"clerk-mad"_s));
        QCOMPARE(listed.status, 200);
        bool found = false;
        for (const QJsonValue &v : listed.json().value(u"counts"_s).toArray())
            found = found
                || v.toObject().value(u"countId"_s).toString()
                    == body.value(u"countId"_s).toString();
        QVERIFY(found);
        QCOMPARE(step(body.value(u"countId"_s).toString(), u"cancel"_s, {}, u"admin"_s).status,
                 200);
    }
    if (!field.isEmpty())
        QCOMPARE(r.json()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"details"_s)
                     .toObject()
                     .value(u"field"_s)
                     .toString(),
                 field);
}

void TestServerCounts::blindShelfCount()
{
    setStock(u"PROD-007"_s, u"MAD-001"_s, 12);
    QCOMPARE(open({ { u"countId"_s, u"c-shelf-b"_s },
                    { u"storeId"_s, u"MAD-001"_s },
                    { u"scope"_s, u"shelf"_s },
                    { u"blind"_s, true } },
                  u"manager-mad"_s)
                 .status,
             201);
    // Scanned by SKU: the product joins the count as it is now.
    const QString sku
        = m_http.get(m_server->url(u"/api/v1/products/PROD-007"_s), m_tokens.value(u"admin"_s))
              .json()
              .value(u"sku"_s)
              .toString();
    QVERIFY(!sku.isEmpty());
    QCOMPARE(enter(u"c-shelf-b"_s, sku, 11, u"till-1"_s).status, 200);
    const QUrl url = m_server->url(u"/api/v1/counts/c-shelf-b"_s);
    const QJsonObject asClerk = m_http.get(url, m_tokens.value(u"clerk-mad"_s)).json();
    QCOMPARE(asClerk.value(u"blind"_s).toBool(), true);
    QCOMPARE(asClerk.value(u"lines"_s).toArray().size(), 1);
    const QJsonObject clerkLine = asClerk.value(u"lines"_s).toArray().first().toObject();
    QCOMPARE(clerkLine.value(u"productId"_s).toString(), u"PROD-007"_s);
    QCOMPARE(clerkLine.value(u"counted"_s).toInteger(), 11);
    QVERIFY(!clerkLine.contains(u"snapshot"_s));
    const QJsonObject asManager = m_http.get(url, m_tokens.value(u"manager-mad"_s)).json();
    QCOMPARE(
        asManager.value(u"lines"_s).toArray().first().toObject().value(u"snapshot"_s).toInteger(),
        12);
    QCOMPARE(step(u"c-shelf-b"_s, u"apply"_s).status, 200);
    QCOMPARE(quantity(u"PROD-007"_s, u"MAD-001"_s), 11);
}

void TestServerCounts::queuedEntryCountsOnce()
{
    setStock(u"PROD-008"_s, u"MAD-001"_s, 20);
    QCOMPARE(open({ { u"countId"_s, u"c-queue"_s },
                    { u"storeId"_s, u"MAD-001"_s },
                    { u"productIds"_s, QJsonArray { u"PROD-008"_s } } },
                  u"manager-mad"_s)
                 .status,
             201);
    const QJsonObject push {
        { u"operations"_s,
          QJsonArray { QJsonObject { { u"idempotencyKey"_s, u"count-entry-q1"_s },
                                     { u"kind"_s, u"countEntry"_s },
                                     { u"clientTime"_s, u"2026-12-04T10:00:00Z"_s },
                                     { u"body"_s,
                                       QJsonObject { { u"countId"_s, u"c-queue"_s },
                                                     { u"productId"_s, u"PROD-008"_s },
                                                     { u"counted"_s, 18 },
                                                     { u"device"_s, u"till-3"_s } } } } } }
    };
    const qint64 seqBefore = m_http.eventsSince(m_server->url(), 0, m_tokens.value(u"admin"_s))
                                 .last()
                                 .value(u"seq"_s)
                                 .toInteger();
    for (int attempt = 0; attempt < 2; ++attempt) { // the answer was lost: sent again
        const HttpResponse pushed = m_http.post(m_server->url(u"/api/v1/sync/push"_s), push,
                                                m_tokens.value(u"clerk-mad"_s));
        QCOMPARE(pushed.status, 200);
        const QJsonObject result = pushed.json().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"status"_s).toInt(), 200);
        QCOMPARE(result.value(u"body"_s).toObject().value(u"total"_s).toInteger(), 18);
    }
    int entered = 0;
    for (const QJsonObject &e :
         m_http.eventsSince(m_server->url(), seqBefore, m_tokens.value(u"admin"_s)))
        entered += e.value(u"type"_s).toString() == u"count.entered"_s;
    QCOMPARE(entered, 1);
    // A Barcelona clerk's queue may not count into a Madrid count.
    QJsonObject other = push;
    QJsonArray ops = other.value(u"operations"_s).toArray();
    QJsonObject op = ops.first().toObject();
    op.insert(u"idempotencyKey"_s, u"count-entry-q2"_s);
    ops[0] = op;
    other.insert(u"operations"_s, ops);
    const HttpResponse refused
        = m_http.post(m_server->url(u"/api/v1/sync/push"_s), other, m_tokens.value(u"clerk-bcn"_s));
    QCOMPARE(
        refused.json().value(u"results"_s).toArray().first().toObject().value(u"status"_s).toInt(),
        403);
    QCOMPARE(step(u"c-queue"_s, u"apply"_s).status, 200);
    QCOMPARE(quantity(u"PROD-008"_s, u"MAD-001"_s), 18);
}

void TestServerCounts::cleanupTestCase()
{
    stopServer();
}

QTEST_GUILESS_MAIN(TestServerCounts)
#include "tst_servercounts.moc"
