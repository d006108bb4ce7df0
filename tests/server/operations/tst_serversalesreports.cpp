// The sales reports over HTTP against a real inventory-server (API.md "GET /reports/sales",
// "GET /reports/stock-value", "GET /reports/products"), after the day the day report's suite
// records too (DayReportFixture): the sales series by day and by hour, the stock value of each
// store and the products sold most and not at all; who may read them and what they refuse.
#include "dayreportfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerSalesReports : public QObject, public DayReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void salesSeries();
    void stockValueAndProducts();
};

void TestServerSalesReports::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(m_server->failureReason()));
    recordADay();
}

void TestServerSalesReports::salesSeries()
{
    const auto series = [&](const QString &query, const QString &user) {
        return m_http.get(m_server->url(u"/api/v1/reports/sales?"_s + query), m_tokens.value(user));
    };
    const HttpResponse days
        = series(u"storeId=MAD-001&bucket=day&utcOffset=%2B00:00"_s, u"manager-mad"_s);
    QCOMPARE(days.status, 200);
    const QJsonArray stores = days.json().value(u"series"_s).toArray();
    QCOMPARE(stores.size(), 1);
    const QJsonArray points = stores.first()[u"points"_s].toArray();
    QCOMPARE(points.size(), 1); // every sale of the test is today's
    QCOMPARE(points.first()[u"at"_s].toString(), today() + u"T00:00:00.000Z"_s);
    QCOMPARE(points.first()[u"tickets"_s].toInteger(), 3);
    QCOMPARE(points.first()[u"units"_s].toInteger(), 5);
    QCOMPARE(points.first()[u"value"_s].toDouble(), 4 * 349.0 + 599.99);
    // By hour: the same units, however the hours fall.
    qint64 units = 0;
    const HttpResponse hours = series(u"storeId=MAD-001&bucket=hour"_s, u"admin"_s);
    QCOMPARE(hours.status, 200);
    for (const QJsonValue &p : hours.json()[u"series"_s][0][u"points"_s].toArray())
        units += p[u"units"_s].toInteger();
    QCOMPARE(units, 5);
    // No store: every store the user manages, in order.
    const QJsonArray all = series({}, u"admin"_s).json().value(u"series"_s).toArray();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first()[u"storeId"_s].toString(), u"BCN-001"_s);
    QCOMPARE(series({}, u"manager-mad"_s).json().value(u"series"_s).toArray().size(), 1);
    QCOMPARE(series({}, u"clerk-mad"_s).status, 403);
    QCOMPARE(series(u"storeId=BCN-001"_s, u"manager-mad"_s).status, 403);
    QCOMPARE(series(u"bucket=week"_s, u"admin"_s).status, 400);
    QCOMPARE(series(u"bucket=hour&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z"_s, u"admin"_s)
                 .status,
             400);
    const HttpResponse csv
        = m_http.send("GET", m_server->url(u"/api/v1/reports/sales?storeId=MAD-001"_s), {},
                      m_tokens.value(u"admin"_s), { { "accept", "text/csv" } });
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.body.startsWith("store,at,tickets,units,value"));
    QVERIFY(csv.body.contains("MAD-001,"));
}

void TestServerSalesReports::stockValueAndProducts()
{
    const QByteArray manager = m_tokens.value(u"manager-mad"_s);
    const QJsonArray values = m_http.get(m_server->url(u"/api/v1/reports/stock-value"_s), manager)
                                  .json()
                                  .value(u"stores"_s)
                                  .toArray();
    QCOMPARE(values.size(), 4);
    const QJsonObject madrid = find(values, u"storeId"_s, u"MAD-001"_s);
    const QJsonArray rows
        = m_http.get(m_server->url(u"/api/v1/stores/MAD-001/stock?limit=1000"_s), manager)
              .json()
              .value(u"stock"_s)
              .toArray();
    qint64 units = 0;
    for (const QJsonValue &r : rows)
        units += r[u"quantity"_s].toInteger();
    QCOMPARE(madrid.value(u"units"_s).toInteger(), units);
    QVERIFY(madrid.value(u"value"_s).toDouble() > 0);
    QCOMPARE(
        m_http.get(m_server->url(u"/api/v1/reports/stock-value"_s), m_tokens.value(u"clerk-mad"_s))
            .status,
        403);

    const HttpResponse products = m_http.get(
        m_server->url(u"/api/v1/reports/products?storeId=MAD-001&days=30&limit=5"_s), manager);
    QCOMPARE(products.status, 200);
    const QJsonArray top = products.json().value(u"top"_s).toArray();
    QCOMPARE(top.first()[u"productId"_s].toString(), u"PROD-005"_s);
    QCOMPARE(top.first()[u"units"_s].toInteger(), 4);
    QVERIFY(top.size() <= 5);
    const QJsonArray unsold = products.json().value(u"unsold"_s).toArray();
    QVERIFY(find(unsold, u"productId"_s, u"PROD-005"_s).isEmpty());
    QVERIFY(find(unsold, u"productId"_s, u"PROD-001"_s).isEmpty());
    for (const QJsonValue &u : unsold)
        QVERIFY(u[u"quantity"_s].toInteger() > 0);
    QCOMPARE(m_http
                 .get(m_server->url(u"/api/v1/reports/products?storeId=MAD-001"_s),
                      m_tokens.value(u"clerk-mad"_s))
                 .status,
             403);
    QCOMPARE(
        m_http.get(m_server->url(u"/api/v1/reports/products?storeId=MAD-001&days=0"_s), manager)
            .status,
        400);
}

QTEST_GUILESS_MAIN(TestServerSalesReports)
#include "tst_serversalesreports.moc"
