// The day report over HTTP against a real inventory-server (API.md "GET /reports/day"): after a
// day of tickets by two sellers, a return, an offline ticket, adjustments with reasons and a
// transfer shipped away, the report adds them up by category, by seller and by reason; the
// same as CSV; another day is empty; a generated day adds up to its tickets; the sales series by
// day and by hour; who may read them and what they refuse.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
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
    void aGeneratedDayAddsUpToItsTickets();
    void salesSeries();
    void stockValueAndProducts();
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

void TestServerDayReport::salesSeries()
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

void TestServerDayReport::stockValueAndProducts()
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
