// The day report over HTTP against a real inventory-server (API.md "GET /reports/day"): after a
// day of tickets by two sellers, a return, an offline ticket, adjustments with reasons and a
// transfer shipped away, the report adds them up by category, by seller and by reason; the
// same as CSV; another day is empty; a generated day adds up to its tickets; who may read it and
// what it refuses. (The sales series, the stock value and the product sales:
// tst_serversalesreports.)
#include "dayreportfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerDayReport : public QObject, public DayReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDayAddsUp();
    void asCsv();
    void anotherDayIsEmpty();
    void aGeneratedDayAddsUpToItsTickets();
    void whoMayReadIt_data();
    void whoMayReadIt();

private:
    HttpResponse report(const QString &query, const QString &user = u"manager-mad"_s,
                        const QHash<QByteArray, QByteArray> &headers = {})
    {
        return m_http.send("GET", m_server->url(u"/api/v1/reports/day?"_s + query), {},
                           m_tokens.value(user), headers);
    }
};

void TestServerDayReport::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(m_server->failureReason()));
    recordADay();
}

void TestServerDayReport::aDayAddsUp()
{
    const HttpResponse r = report(u"storeId=MAD-001&utcOffset=%2B00:00&date="_s + today());
    QCOMPARE(r.status, 200);
    const QJsonObject day = r.json();
    QCOMPARE(day.value(u"date"_s).toString(), today());
    const QJsonObject sales = day.value(u"sales"_s).toObject();
    QCOMPARE(sales.value(u"tickets"_s).toInteger(), 3);
    QCOMPARE(sales.value(u"units"_s).toInteger(), 5);
    QCOMPARE(sales.value(u"value"_s).toDouble(), 4 * 349.0 + 599.99);
    const QJsonObject audio
        = find(day.value(u"salesByCategory"_s).toArray(), u"category"_s, u"Audio"_s);
    QCOMPARE(audio.value(u"units"_s).toInteger(), 4);
    QCOMPARE(audio.value(u"tickets"_s).toInteger(), 3);
    QCOMPARE(audio.value(u"value"_s).toDouble(), 4 * 349.0);
    const QJsonObject clerk
        = find(day.value(u"salesBySeller"_s).toArray(), u"seller"_s, u"clerk-mad"_s);
    QCOMPARE(clerk.value(u"tickets"_s).toInteger(), 2);
    QCOMPARE(clerk.value(u"units"_s).toInteger(), 4);
    QCOMPARE(find(day.value(u"salesBySeller"_s).toArray(), u"seller"_s, u"manager-mad"_s)
                 .value(u"units"_s)
                 .toInteger(),
             1);
    const QJsonObject returns = day.value(u"returns"_s).toObject();
    QCOMPARE(returns.value(u"returns"_s).toInteger(), 1);
    QCOMPARE(returns.value(u"units"_s).toInteger(), 1);
    QCOMPARE(returns.value(u"value"_s).toDouble(), 349.0);
    QCOMPARE(find(day.value(u"returnsByCategory"_s).toArray(), u"category"_s, u"Audio"_s)
                 .value(u"units"_s)
                 .toInteger(),
             1);
    const QJsonArray adjustments = day.value(u"adjustments"_s).toArray();
    QCOMPARE(find(adjustments, u"reason"_s, u"damage"_s).value(u"unitsOut"_s).toInteger(), 1);
    QCOMPARE(find(adjustments, u"reason"_s, u"received"_s).value(u"unitsIn"_s).toInteger(), 5);
    QVERIFY(find(adjustments, u"reason"_s, u"sale"_s).isEmpty());
    QVERIFY(find(adjustments, u"reason"_s, u"return"_s).isEmpty());
    const QJsonObject out = day.value(u"transfersOut"_s).toObject();
    QCOMPARE(out.value(u"transfers"_s).toInteger(), 1);
    QCOMPARE(out.value(u"units"_s).toInteger(), 2);
    const QJsonObject offline = day.value(u"offlineTickets"_s).toObject();
    QCOMPARE(offline.value(u"tickets"_s).toInteger(), 1);
    QCOMPARE(offline.value(u"value"_s).toDouble(), 349.0);
    QVERIFY(day.value(u"openDiscrepancies"_s).toObject().contains(u"count"_s));
}

void TestServerDayReport::asCsv()
{
    const HttpResponse r = report(u"storeId=MAD-001&utcOffset=%2B00:00&date="_s + today(),
                                  u"admin"_s, { { "accept", "text/csv" } });
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/csv"));
    const QList<QByteArray> lines = r.body.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("store,date,section,key,count,units,value,units_in,units_out"));
    QVERIFY(r.body.contains("sales_by_category,Audio,3,4,1396.00"));
    QVERIFY(r.body.contains("adjustment,damage,,,,0,1"));
}

void TestServerDayReport::anotherDayIsEmpty()
{
    const QString yesterday
        = QDate::fromString(today(), Qt::ISODate).addDays(-1).toString(Qt::ISODate);
    const QJsonObject day
        = report(u"storeId=MAD-001&utcOffset=%2B00:00&date="_s + yesterday).json();
    QCOMPARE(day.value(u"sales"_s).toObject().value(u"tickets"_s).toInteger(), 0);
    QCOMPARE(day.value(u"salesByCategory"_s).toArray().size(), 0);
    QCOMPARE(day.value(u"transfersOut"_s).toObject().value(u"units"_s).toInteger(), 0);
}

void TestServerDayReport::aGeneratedDayAddsUpToItsTickets()
{
    // Forty tickets of random lines at Barcelona by two sellers, and a return of some of them:
    // the report's totals, by category and by seller, are the sums of what was sent.
    const QByteArray admin = m_tokens.value(u"admin"_s);
    QHash<QString, qint64> price;
    QHash<QString, QString> category;
    const QJsonArray products = m_http.get(m_server->url(u"/api/v1/products?limit=100"_s), admin)
                                    .json()
                                    .value(u"products"_s)
                                    .toArray();
    for (const QJsonValue &v : products) {
        const QString id = v[u"id"_s].toString();
        price.insert(id, qRound64(v[u"price"_s].toDouble() * 100));
        category.insert(id, v[u"category"_s].toString());
        QCOMPARE(m_http.setStock(m_server->url(), id, u"BCN-001"_s, 1000, admin), 200);
    }
    QVERIFY(price.size() >= 10);
    const QStringList ids = price.keys();
    QRandomGenerator random(27);
    qint64 units = 0;
    qint64 cents = 0;
    QHash<QString, qint64> unitsByCategory;
    QHash<QString, qint64> centsBySeller;
    QList<std::pair<QString, QString>> returnable; // ticket, product
    for (int t = 0; t < 40; ++t) {
        const QString seller = t % 3 == 0 ? u"admin"_s : u"clerk-bcn"_s;
        QJsonArray lines;
        QSet<QString> used;
        const int count = 1 + int(random.bounded(4));
        for (int l = 0; l < count; ++l) {
            const QString product = ids.at(int(random.bounded(qsizetype(ids.size()))));
            if (used.contains(product))
                continue;
            used.insert(product);
            const int quantity = 1 + int(random.bounded(5));
            lines.append(QJsonObject { { u"productId"_s, product }, { u"quantity"_s, quantity } });
            units += quantity;
            cents += quantity * price.value(product);
            unitsByCategory[category.value(product)] += quantity;
            centsBySeller[seller] += quantity * price.value(product);
        }
        const QString id = u"BCN-GEN-%1"_s.arg(t);
        if (!m_tokens.contains(seller))
            m_tokens.insert(seller, m_http.login(m_server->url(), seller));
        const HttpResponse sold
            = m_http.post(m_server->url(u"/api/v1/tickets"_s),
                          { { u"ticketId"_s, id },
                            { u"storeId"_s, u"BCN-001"_s },
                            { u"lines"_s, lines },
                            { u"payment"_s, QJsonObject { { u"method"_s, u"card"_s } } } },
                          m_tokens.value(seller));
        QCOMPARE(sold.status, 201);
        if (t % 5 == 0)
            returnable.append({ id, lines.first()[u"productId"_s].toString() });
    }
    qint64 returnedUnits = 0;
    qint64 returnedCents = 0;
    for (const auto &[ticketId, product] : std::as_const(returnable)) {
        const HttpResponse back
            = m_http.post(m_server->url(u"/api/v1/tickets/%1/returns"_s.arg(ticketId)),
                          { { u"returnId"_s, ticketId + u"-R"_s },
                            { u"storeId"_s, u"BCN-001"_s },
                            { u"lines"_s,
                              QJsonArray { QJsonObject { { u"productId"_s, product },
                                                         { u"quantity"_s, 1 },
                                                         { u"disposition"_s, u"restock"_s } } } } },
                          admin);
        QCOMPARE(back.status, 201);
        ++returnedUnits;
        returnedCents += price.value(product);
    }
    const QJsonObject day
        = report(u"storeId=BCN-001&utcOffset=%2B00:00&date="_s + today(), u"admin"_s).json();
    const QJsonObject sales = day.value(u"sales"_s).toObject();
    QCOMPARE(sales.value(u"tickets"_s).toInteger(), 40);
    QCOMPARE(sales.value(u"units"_s).toInteger(), units);
    QCOMPARE(qRound64(sales.value(u"value"_s).toDouble() * 100), cents);
    for (auto it = unitsByCategory.cbegin(); it != unitsByCategory.cend(); ++it)
        QCOMPARE(find(day.value(u"salesByCategory"_s).toArray(), u"category"_s, it.key())
                     .value(u"units"_s)
                     .toInteger(),
                 it.value());
    for (auto it = centsBySeller.cbegin(); it != centsBySeller.cend(); ++it)
        QCOMPARE(qRound64(find(day.value(u"salesBySeller"_s).toArray(), u"seller"_s, it.key())
                              .value(u"value"_s)
                              .toDouble()
                          * 100),
                 it.value());
    const QJsonObject returns = day.value(u"returns"_s).toObject();
    QCOMPARE(returns.value(u"returns"_s).toInteger(), qint64(returnable.size()));
    QCOMPARE(returns.value(u"units"_s).toInteger(), returnedUnits);
    QCOMPARE(qRound64(returns.value(u"value"_s).toDouble() * 100), returnedCents);
}

void TestServerDayReport::whoMayReadIt_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("admin") << u"admin"_s << u"storeId=BCN-001"_s << 200;
    QTest::newRow("manager, own store, the server's day")
        << u"manager-mad"_s << u"storeId=MAD-001"_s << 200;
    QTest::newRow("manager, other store") << u"manager-mad"_s << u"storeId=BCN-001"_s << 403;
    QTest::newRow("clerk") << u"clerk-mad"_s << u"storeId=MAD-001"_s << 403;
    QTest::newRow("no store") << u"admin"_s << u"date=2026-12-01"_s << 400;
    QTest::newRow("unknown store") << u"admin"_s << u"storeId=XXX-001"_s << 404;
    QTest::newRow("bad date") << u"admin"_s << u"storeId=MAD-001&date=04/12/2026"_s << 400;
    QTest::newRow("bad offset") << u"admin"_s << u"storeId=MAD-001&utcOffset=CET"_s << 400;
    QTest::newRow("negative offset")
        << u"admin"_s << u"storeId=MAD-001&date=2026-12-01&utcOffset=-05:00"_s << 200;
}

void TestServerDayReport::whoMayReadIt()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(int, status);
    QCOMPARE(report(query, user).status, status);
}

QTEST_GUILESS_MAIN(TestServerDayReport)
#include "tst_serverdayreport.moc"
