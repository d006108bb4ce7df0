// Reason codes and the movement history over HTTP against a real inventory-server (API.md
// "Reasons", "Movement history"): unknown reason codes refused, a reason defined by an admin and
// counted in the managers' shrink view, and a product's history at both ends of a transfer with
// its reasons. (The transfers themselves: tst_servertransfers.)
#include "servertransferfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerMovementHistory : public QObject, public ServerTransferFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reasonsAreCodes();
    void theHistoryNamesEveryMovement();
};

void TestServerMovementHistory::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(m_server->failureReason()));
    signIn();
}

void TestServerMovementHistory::reasonsAreCodes()
{
    const QByteArray manager = m_tokens.value(u"manager-mad"_s);
    const HttpResponse unknown = m_http.post(m_server->url(u"/api/v1/products/PROD-010/stock"_s),
                                             { { u"storeId"_s, u"MAD-001"_s },
                                               { u"operation"_s, u"subtract"_s },
                                               { u"quantity"_s, 1 },
                                               { u"reason"_s, u"it fell"_s } },
                                             manager);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), u"VALIDATION_FAILED"_s);
    QCOMPARE(unknown.json()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"field"_s),
             u"reason"_s);
    const HttpResponse listed = m_http.get(m_server->url(u"/api/v1/reasons"_s), manager);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(u"reasons"_s).toArray().size(), 12);
    const QJsonObject promo { { u"code"_s, u"promo"_s },
                              { u"label"_s, u"Promotion"_s },
                              { u"direction"_s, u"out"_s } };
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/reasons"_s), promo, manager).status, 403);
    QCOMPARE(
        m_http.post(m_server->url(u"/api/v1/reasons"_s), promo, m_tokens.value(u"admin"_s)).status,
        201);
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/reasons"_s), manager)
                 .json()
                 .value(u"reasons"_s)
                 .toArray()
                 .size(),
             13);
    const HttpResponse used = m_http.post(m_server->url(u"/api/v1/products/PROD-010/stock"_s),
                                          { { u"storeId"_s, u"MAD-001"_s },
                                            { u"operation"_s, u"subtract"_s },
                                            { u"quantity"_s, 1 },
                                            { u"reason"_s, u"promo"_s },
                                            { u"note"_s, u"window display"_s } },
                                          manager);
    QCOMPARE(used.status, 200);
    // The managers' shrink view counts it; clerks may not read it.
    const QUrl shrink = m_server->url(u"/api/v1/reports/shrink?storeId=MAD-001"_s);
    QCOMPARE(m_http.get(shrink, m_tokens.value(u"clerk-mad"_s)).status, 403);
    const QJsonArray rows = m_http.get(shrink, manager).json().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"reason"_s).toString(), u"promo"_s);
    QCOMPARE(rows.first().toObject().value(u"units"_s).toInteger(), 1);
}

void TestServerMovementHistory::theHistoryNamesEveryMovement()
{
    const QByteArray manager = m_tokens.value(u"manager-mad"_s);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-009"_s, u"BCN-001"_s, 20,
                             m_tokens.value(u"admin"_s)),
             200);
    const QString id = u"XT-HIST"_s;
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/transfers"_s),
                       { { u"transferId"_s, id },
                         { u"fromStoreId"_s, u"BCN-001"_s },
                         { u"toStoreId"_s, u"MAD-001"_s },
                         { u"lines"_s, QJsonArray { lines(u"PROD-009"_s, 12) } } },
                       manager)
                 .status,
             201);
    QCOMPARE(step(id, u"ship"_s, {}, m_tokens.value(u"clerk-bcn"_s)).status, 200);
    QCOMPARE(step(id, u"receive"_s, { { u"lines"_s, QJsonArray { lines(u"PROD-009"_s, 11, 1) } } },
                  m_tokens.value(u"clerk-mad"_s))
                 .status,
             200);
    const HttpResponse mad = m_http.get(
        m_server->url(u"/api/v1/products/PROD-009/history?storeId=MAD-001"_s), manager);
    QCOMPARE(mad.status, 200);
    const QJsonArray movements = mad.json().value(u"movements"_s).toArray();
    QCOMPARE(movements.size(), 3); // and the demo's opening count before them
    QCOMPARE(movements.at(2).toObject().value(u"reason"_s).toString(), u"count"_s);
    QCOMPARE(movements.at(0).toObject().value(u"type"_s).toString(), u"transfer.received"_s);
    QCOMPARE(movements.at(0).toObject().value(u"delta"_s).toInteger(), 11);
    QCOMPARE(movements.at(0).toObject().value(u"transferId"_s).toString(), id);
    QCOMPARE(movements.at(1).toObject().value(u"incomingAfter"_s).toInteger(), 12);
    const HttpResponse bcn = m_http.get(
        m_server->url(u"/api/v1/products/PROD-009/history?storeId=BCN-001&limit=1"_s), manager);
    QCOMPARE(bcn.json().value(u"hasMore"_s).toBool(), true);
    const QJsonObject shipped = bcn.json().value(u"movements"_s).toArray().first().toObject();
    QCOMPARE(shipped.value(u"reason"_s).toString(), u"transfer_out"_s);
    QCOMPARE(shipped.value(u"delta"_s).toInteger(), -12);
    QCOMPARE(shipped.value(u"quantityAfter"_s).toInteger(), 8);
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/products/NOPE/history"_s), manager).status, 404);
    QCOMPARE(
        m_http.get(m_server->url(u"/api/v1/products/PROD-009/history?from=yesterday"_s), manager)
            .status,
        400);
}

QTEST_GUILESS_MAIN(TestServerMovementHistory)
#include "tst_servermovementhistory.moc"
