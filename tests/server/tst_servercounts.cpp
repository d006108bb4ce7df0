// Count sessions over HTTP against a real inventory-server (API.md "Count sessions"): who may
// open, count into, review and apply a count; entries of several tills adding up and a till's
// new entry replacing its own; sales rung up while a shelf is counted not spoiling it; apply
// posting the corrections with reason `count` in one transaction and leaving uncounted products
// alone unless asked; a blind count hiding the books from clerks; a shelf count taking in what
// is scanned; an entry from the offline queue counted exactly once; the feed carrying every
// step; the log replaying to the stock table at the end.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerCounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoMayOpen_data();
    void whoMayOpen();
    void salesDuringTheCountDoNotSpoilIt();
    void uncountedProductsAreLeftAloneUnlessAsked();
    void blindShelfCount();
    void queuedEntryCountsOnce();
    void aCountBelowWhatIsHeldIsRefused();
    void reviewMarksRecounts();
    void cleanupTestCase();

private:
    HttpResponse open(const QJsonObject &body, const QString &user)
    {
        return m_http.post(m_server->url(u"/api/v1/counts"_s), body, m_tokens.value(user));
    }
    HttpResponse enter(const QString &count, const QString &product, qint64 counted,
                       const QString &device, const QString &user = u"clerk-mad"_s)
    {
        return m_http.post(
            m_server->url(u"/api/v1/counts/%1/entries"_s.arg(count)),
            { { u"productId"_s, product }, { u"counted"_s, counted }, { u"device"_s, device } },
            m_tokens.value(user));
    }
    HttpResponse step(const QString &count, const QString &verb, const QJsonObject &body = {},
                      const QString &user = u"manager-mad"_s)
    {
        return m_http.post(m_server->url(u"/api/v1/counts/%1/%2"_s.arg(count, verb)), body,
                           m_tokens.value(user));
    }
    QJsonObject reviewLine(const HttpResponse &review, const QString &product)
    {
        for (const QJsonValue &v : review.json().value(u"lines"_s).toArray())
            if (v.toObject().value(u"productId"_s).toString() == product)
                return v.toObject();
        return {};
    }
    qint64 quantity(const QString &product, const QString &store)
    {
        return m_http.stockRow(m_server->url(), product, store, m_tokens.value(u"admin"_s))
            .value(u"quantity"_s)
            .toInteger();
    }
    int sell(const QString &product, const QString &store, int units)
    {
        return m_http
            .post(m_server->url(u"/api/v1/products/%1/stock"_s.arg(product)),
                  { { u"storeId"_s, store },
                    { u"operation"_s, u"subtract"_s },
                    { u"quantity"_s, units },
                    { u"reason"_s, u"sale"_s } },
                  m_tokens.value(u"admin"_s))
            .status;
    }
    void setStock(const QString &product, const QString &store, qint64 units)
    {
        QCOMPARE(
            m_http.setStock(m_server->url(), product, store, units, m_tokens.value(u"admin"_s)),
            200);
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;
};

void TestServerCounts::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    for (const QString &user : { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s, u"clerk-bcn"_s })
        m_tokens.insert(user, m_http.login(m_server->url(), user));
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

void TestServerCounts::salesDuringTheCountDoNotSpoilIt()
{
    const QByteArray admin = m_tokens.value(u"admin"_s);
    setStock(u"PROD-005"_s, u"MAD-001"_s, 10);
    setStock(u"PROD-012"_s, u"MAD-001"_s, 8);
    const qint64 seqBefore
        = m_http.eventsSince(m_server->url(), 0, admin).last().value(u"seq"_s).toInteger();
    const HttpResponse opened
        = open({ { u"countId"_s, u"c-audio"_s },
                 { u"storeId"_s, u"MAD-001"_s },
                 { u"productIds"_s, QJsonArray { u"PROD-005"_s, u"PROD-012"_s } } },
               u"manager-mad"_s);
    QCOMPARE(opened.status, 201);
    // Till 1 counts 9 of PROD-005 on the shop floor; till 2 finds one more in the back room:
    // entries of two tills add up…
    QCOMPARE(enter(u"c-audio"_s, u"PROD-005"_s, 9, u"till-1"_s).status, 200);
    const HttpResponse second = enter(u"c-audio"_s, u"PROD-005"_s, 1, u"till-2"_s);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"total"_s).toInteger(), 10);
    // …and till 2's recount of its shelf (it was a PROD-006) replaces its own entry.
    const HttpResponse again = enter(u"c-audio"_s, u"PROD-005"_s, 0, u"till-2"_s);
    QCOMPARE(again.json().value(u"total"_s).toInteger(), 9);
    QCOMPARE(again.json().value(u"entries"_s).toInteger(), 2);
    // Then two are sold while the count goes on.
    QCOMPARE(sell(u"PROD-005"_s, u"MAD-001"_s, 2), 200);
    // One PROD-012 is sold and 3 are received before anybody counts it; the shelf then holds 10.
    QCOMPARE(sell(u"PROD-012"_s, u"MAD-001"_s, 1), 200);
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/products/PROD-012/stock"_s),
                       { { u"storeId"_s, u"MAD-001"_s },
                         { u"operation"_s, u"add"_s },
                         { u"quantity"_s, 3 },
                         { u"reason"_s, u"received"_s } },
                       m_tokens.value(u"admin"_s))
                 .status,
             200);
    QCOMPARE(enter(u"c-audio"_s, u"PROD-012"_s, 10, u"till-1"_s).status, 200);

    const HttpResponse review = step(u"c-audio"_s, u"review"_s);
    QCOMPARE(review.status, 200);
    QCOMPARE(reviewLine(review, u"PROD-005"_s).value(u"counted"_s).toInteger(), 9);
    QCOMPARE(reviewLine(review, u"PROD-005"_s).value(u"expected"_s).toInteger(), 10);
    QCOMPARE(reviewLine(review, u"PROD-005"_s).value(u"variance"_s).toInteger(), -1);
    QCOMPARE(reviewLine(review, u"PROD-012"_s).value(u"expected"_s).toInteger(), 10);
    QCOMPARE(reviewLine(review, u"PROD-012"_s).value(u"variance"_s).toInteger(), 0);
    QCOMPARE(step(u"c-audio"_s, u"review"_s, {}, u"clerk-mad"_s).status, 403);
    QCOMPARE(step(u"c-audio"_s, u"apply"_s, {}, u"clerk-mad"_s).status, 403);

    // Applied with a key: the answer lost and the request sent again is the same answer, and
    // the corrections are made once.
    const QUrl apply = m_server->url(u"/api/v1/counts/c-audio/apply"_s);
    const QHash<QByteArray, QByteArray> key { { "idempotency-key", "apply-c-audio" } };
    const HttpResponse applied = m_http.post(apply, {}, m_tokens.value(u"manager-mad"_s), key);
    QCOMPARE(applied.status, 200);
    QCOMPARE(applied.json().value(u"status"_s).toString(), u"APPLIED"_s);
    QCOMPARE(applied.json().value(u"changed"_s).toInt(), 1);
    const HttpResponse resent = m_http.post(apply, {}, m_tokens.value(u"manager-mad"_s), key);
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json(), applied.json());
    // 10 − 2 sold − 1 missing; PROD-012 as the sale and the receipt left it.
    QCOMPARE(quantity(u"PROD-005"_s, u"MAD-001"_s), 7);
    QCOMPARE(quantity(u"PROD-012"_s, u"MAD-001"_s), 10);
    QCOMPARE(enter(u"c-audio"_s, u"PROD-005"_s, 3, u"till-1"_s).errorCode(), u"INVALID_STATE"_s);
    QCOMPARE(step(u"c-audio"_s, u"apply"_s).status, 409);

    // The history names the correction; the feed carried every step.
    const HttpResponse history
        = m_http.get(m_server->url(u"/api/v1/products/PROD-005/history?storeId=MAD-001"_s), admin);
    const QJsonObject newest = history.json().value(u"movements"_s).toArray().first().toObject();
    QCOMPARE(newest.value(u"reason"_s).toString(), u"count"_s);
    QCOMPARE(newest.value(u"delta"_s).toInteger(), -1);
    QCOMPARE(newest.value(u"quantityAfter"_s).toInteger(), 7);
    QStringList types;
    for (const QJsonObject &e : m_http.eventsSince(m_server->url(), seqBefore, admin))
        if (e.value(u"type"_s).toString().startsWith(u"count."_s))
            types << e.value(u"type"_s).toString();
    QCOMPARE(types,
             (QStringList { u"count.opened"_s, u"count.entered"_s, u"count.entered"_s,
                            u"count.entered"_s, u"count.entered"_s, u"count.applied"_s }));
}

void TestServerCounts::uncountedProductsAreLeftAloneUnlessAsked()
{
    setStock(u"PROD-005"_s, u"BCN-001"_s, 4);
    setStock(u"PROD-012"_s, u"BCN-001"_s, 6);
    // Left alone: only what was counted changes.
    QCOMPARE(open({ { u"countId"_s, u"c-bcn-1"_s },
                    { u"storeId"_s, u"BCN-001"_s },
                    { u"category"_s, u"Audio"_s } },
                  u"admin"_s)
                 .status,
             201);
    QCOMPARE(enter(u"c-bcn-1"_s, u"PROD-005"_s, 3, u"till-9"_s, u"clerk-bcn"_s).status, 200);
    QCOMPARE(enter(u"c-bcn-1"_s, u"PROD-005"_s, 3, u"till-9"_s).status, 403); // a Madrid clerk
    QCOMPARE(step(u"c-bcn-1"_s, u"apply"_s, {}, u"admin"_s).status, 200);
    QCOMPARE(quantity(u"PROD-005"_s, u"BCN-001"_s), 3);
    QCOMPARE(quantity(u"PROD-012"_s, u"BCN-001"_s), 6);
    // A full count of the category: what nobody found is gone.
    QCOMPARE(open({ { u"countId"_s, u"c-bcn-2"_s },
                    { u"storeId"_s, u"BCN-001"_s },
                    { u"category"_s, u"Audio"_s } },
                  u"admin"_s)
                 .status,
             201);
    QCOMPARE(enter(u"c-bcn-2"_s, u"PROD-005"_s, 5, u"till-9"_s, u"clerk-bcn"_s).status, 200);
    const HttpResponse applied
        = step(u"c-bcn-2"_s, u"apply"_s, { { u"zeroUncounted"_s, true } }, u"admin"_s);
    QCOMPARE(applied.status, 200);
    QCOMPARE(applied.json().value(u"changed"_s).toInt(), 2);
    QCOMPARE(quantity(u"PROD-005"_s, u"BCN-001"_s), 5);
    QCOMPARE(quantity(u"PROD-012"_s, u"BCN-001"_s), 0);
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

void TestServerCounts::aCountBelowWhatIsHeldIsRefused()
{
    setStock(u"PROD-003"_s, u"MAD-001"_s, 5);
    const HttpResponse held = m_http.post(m_server->url(u"/api/v1/reservations"_s),
                                          { { u"productId"_s, u"PROD-003"_s },
                                            { u"storeId"_s, u"MAD-001"_s },
                                            { u"quantity"_s, 3 },
                                            { u"customerId"_s, u"c-1"_s } },
                                          m_tokens.value(u"clerk-mad"_s));
    QCOMPARE(held.status, 201);
    setStock(u"PROD-004"_s, u"MAD-001"_s, 6);
    QCOMPARE(open({ { u"countId"_s, u"c-held"_s },
                    { u"storeId"_s, u"MAD-001"_s },
                    { u"productIds"_s, QJsonArray { u"PROD-003"_s, u"PROD-004"_s } } },
                  u"manager-mad"_s)
                 .status,
             201);
    QCOMPARE(enter(u"c-held"_s, u"PROD-003"_s, 1, u"till-1"_s).status, 200);
    QCOMPARE(enter(u"c-held"_s, u"PROD-004"_s, 4, u"till-1"_s).status, 200);
    // PROD-003 would end below what is held: neither product changes.
    const HttpResponse refused = step(u"c-held"_s, u"apply"_s);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), u"INSUFFICIENT_STOCK"_s);
    QCOMPARE(refused.json()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"lines"_s)
                 .toArray()
                 .size(),
             1);
    QCOMPARE(quantity(u"PROD-003"_s, u"MAD-001"_s), 5);
    QCOMPARE(quantity(u"PROD-004"_s, u"MAD-001"_s), 6);
    const QJsonObject still
        = m_http.get(m_server->url(u"/api/v1/counts/c-held"_s), m_tokens.value(u"admin"_s)).json();
    QCOMPARE(still.value(u"status"_s).toString(), u"OPEN"_s);
    const HttpResponse cancelled = step(u"c-held"_s, u"cancel"_s);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(u"status"_s).toString(), u"CANCELLED"_s);
    QCOMPARE(quantity(u"PROD-003"_s, u"MAD-001"_s), 5);
    QCOMPARE(quantity(u"PROD-004"_s, u"MAD-001"_s), 6);
}

void TestServerCounts::reviewMarksRecounts()
{
    setStock(u"PROD-009"_s, u"MAD-001"_s, 100);
    setStock(u"PROD-010"_s, u"MAD-001"_s, 10);
    setStock(u"PROD-011"_s, u"MAD-001"_s, 10);
    QCOMPARE(
        open({ { u"countId"_s, u"c-recount"_s },
               { u"storeId"_s, u"MAD-001"_s },
               { u"productIds"_s, QJsonArray { u"PROD-009"_s, u"PROD-010"_s, u"PROD-011"_s } } },
             u"manager-mad"_s)
            .status,
        201);
    QCOMPARE(enter(u"c-recount"_s, u"PROD-009"_s, 95, u"till-1"_s).status, 200); // 5 %: fine
    QCOMPARE(enter(u"c-recount"_s, u"PROD-010"_s, 7, u"till-1"_s).status, 200); // 30 %: recount
    QCOMPARE(enter(u"c-recount"_s, u"PROD-011"_s, 9, u"till-1"_s).status, 200); // 1 unit: fine
    const HttpResponse review = step(u"c-recount"_s, u"review"_s);
    QCOMPARE(review.status, 200);
    QCOMPARE(reviewLine(review, u"PROD-009"_s).value(u"recount"_s).toBool(), false);
    QCOMPARE(reviewLine(review, u"PROD-010"_s).value(u"recount"_s).toBool(), true);
    QCOMPARE(reviewLine(review, u"PROD-011"_s).value(u"recount"_s).toBool(), false);
    QCOMPARE(review.json().value(u"recount"_s).toInt(), 1);
    const HttpResponse strict
        = step(u"c-recount"_s, u"review"_s, { { u"minUnits"_s, 1 }, { u"percent"_s, 1 } });
    QCOMPARE(strict.json().value(u"recount"_s).toInt(), 3);
    QCOMPARE(step(u"c-recount"_s, u"review"_s, { { u"percent"_s, -1 } }).status, 400);
    QCOMPARE(step(u"c-recount"_s, u"apply"_s).status, 200);
    QCOMPARE(quantity(u"PROD-010"_s, u"MAD-001"_s), 7);
}

void TestServerCounts::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
    const QStringList problems = m_server->databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestServerCounts)
#include "tst_servercounts.moc"
