// The day report over HTTP against a real inventory-server (API.md "GET /reports/day"): after a
// day of tickets by two sellers, a return, an offline ticket, adjustments with reasons and a
// transfer shipped away, the report adds them up by category, by seller and by reason; the
// same as CSV; another day is empty; who may read it and what it refuses.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
QJsonObject ticket(const QString &id, const QList<std::pair<const char *, int>> &lines,
                   bool offline = false)
{
    QJsonArray array;
    for (const auto &[product, quantity] : lines)
        array.append(QJsonObject { { u"productId"_s, QString::fromLatin1(product) },
                                   { u"quantity"_s, quantity } });
    QJsonObject body { { u"ticketId"_s, id },
                       { u"storeId"_s, u"MAD-001"_s },
                       { u"lines"_s, array },
                       { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } } };
    if (offline) {
        body.insert(u"offline"_s, true);
        body.insert(u"soldAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    return body;
}

QJsonObject find(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}
} // namespace

class TestServerDayReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDayAddsUp();
    void asCsv();
    void anotherDayIsEmpty();
    void whoMayReadIt_data();
    void whoMayReadIt();

private:
    HttpResponse report(const QString &query, const QString &user = u"manager-mad"_s,
                        const QHash<QByteArray, QByteArray> &headers = {})
    {
        return m_http.send("GET", m_server->url(u"/api/v1/reports/day?"_s + query), {},
                           m_tokens.value(user), headers);
    }
    QString today() const { return m_today; }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;
    QString m_today;
};

void TestServerDayReport::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    for (const QString &user : { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s })
        m_tokens.insert(user, m_http.login(m_server->url(), user));
    const QByteArray admin = m_tokens.value(u"admin"_s);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-005"_s, u"MAD-001"_s, 20, admin), 200);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-001"_s, u"MAD-001"_s, 10, admin), 200);
    const QUrl tickets = m_server->url(u"/api/v1/tickets"_s);
    // clerk-mad: 2 headphones and a laptop; manager-mad: 1 headphones; an offline ticket: 1.
    QCOMPARE(m_http
                 .post(tickets, ticket(u"DAY-T-1"_s, { { "PROD-005", 2 }, { "PROD-001", 1 } }),
                       m_tokens.value(u"clerk-mad"_s))
                 .status,
             201);
    QCOMPARE(m_http
                 .post(tickets, ticket(u"DAY-T-2"_s, { { "PROD-005", 1 } }),
                       m_tokens.value(u"manager-mad"_s))
                 .status,
             201);
    QCOMPARE(m_http
                 .post(tickets, ticket(u"DAY-T-3"_s, { { "PROD-005", 1 } }, true),
                       m_tokens.value(u"clerk-mad"_s))
                 .status,
             201);
    // One headphones comes back.
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/tickets/DAY-T-1/returns"_s),
                       { { u"returnId"_s, u"DAY-R-1"_s },
                         { u"storeId"_s, u"MAD-001"_s },
                         { u"lines"_s,
                           QJsonArray { QJsonObject { { u"productId"_s, u"PROD-005"_s },
                                                      { u"quantity"_s, 1 },
                                                      { u"disposition"_s, u"restock"_s } } } } },
                       m_tokens.value(u"clerk-mad"_s))
                 .status,
             201);
    const auto adjust = [&](const char *product, const char *operation, int units,
                            const char *reason) {
        return m_http
            .post(m_server->url(u"/api/v1/products/%1/stock"_s.arg(QLatin1StringView(product))),
                  { { u"storeId"_s, u"MAD-001"_s },
                    { u"operation"_s, QString::fromLatin1(operation) },
                    { u"quantity"_s, units },
                    { u"reason"_s, QString::fromLatin1(reason) } },
                  m_tokens.value(u"manager-mad"_s))
            .status;
    };
    QCOMPARE(adjust("PROD-001", "subtract", 1, "damage"), 200);
    QCOMPARE(adjust("PROD-005", "add", 5, "received"), 200);
    // Two headphones shipped to Barcelona.
    const HttpResponse requested
        = m_http.post(m_server->url(u"/api/v1/transfers"_s),
                      { { u"transferId"_s, u"DAY-X-1"_s },
                        { u"fromStoreId"_s, u"MAD-001"_s },
                        { u"toStoreId"_s, u"BCN-001"_s },
                        { u"lines"_s,
                          QJsonArray { QJsonObject { { u"productId"_s, u"PROD-005"_s },
                                                     { u"quantity"_s, 2 } } } } },
                      admin);
    QCOMPARE(requested.status, 201);
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/transfers/DAY-X-1/ship"_s), {}, admin).status,
             200);
    m_today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
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
