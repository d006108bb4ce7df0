// Count sessions over HTTP against a real inventory-server (API.md "Count sessions"), reviewed
// and applied: entries of several tills adding up and a till's new entry replacing its own;
// sales rung up while a shelf is counted not spoiling it; apply posting the corrections with
// reason `count` in one transaction and leaving uncounted products alone unless asked; a count
// that would end below what is held refused; the review marking what to count again; the feed
// carrying every step; the log replaying to the stock table at the end. (Opening and counting:
// tst_servercounts.)
#include "countfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerCountReview : public QObject, public CountFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void salesDuringTheCountDoNotSpoilIt();
    void uncountedProductsAreLeftAloneUnlessAsked();
    void aCountBelowWhatIsHeldIsRefused();
    void reviewMarksRecounts();
    void cleanupTestCase();

private:
    QJsonObject reviewLine(const HttpResponse &review, const QString &product)
    {
        for (const QJsonValue &v : review.json().value(u"lines"_s).toArray())
            if (v.toObject().value(u"productId"_s).toString() == product)
                return v.toObject();
        return {};
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
};

void TestServerCountReview::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(m_server->failureReason()));
}

void TestServerCountReview::salesDuringTheCountDoNotSpoilIt()
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

void TestServerCountReview::uncountedProductsAreLeftAloneUnlessAsked()
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

void TestServerCountReview::aCountBelowWhatIsHeldIsRefused()
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

void TestServerCountReview::reviewMarksRecounts()
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

void TestServerCountReview::cleanupTestCase()
{
    stopServer();
}

QTEST_GUILESS_MAIN(TestServerCountReview)
#include "tst_servercountreview.moc"
