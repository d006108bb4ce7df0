// The chart routes read the sales rollups (sales per store and quarter of an hour, per store, UTC
// day and product) and the tickets only at the ragged ends of a range: against a real
// inventory-server, sixty offline tickets spread over three days at random milliseconds give
// the same series, for unaligned ranges, by day and by hour, in time zones a quarter of an hour
// or half an hour off UTC, as the tickets summed here; top sellers over 1, 2 and 3 days too;
// and a restart keeps the figures.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kHour = 3'600'000;

struct Sold
{
    qint64 atMs = 0;
    QMap<QString, qint64> units; // product → units
};

struct Figures
{
    qint64 tickets = 0;
    qint64 units = 0;
    qint64 cents = 0;
    bool operator==(const Figures &) const = default;
};

char *toString(const Figures &f)
{
    return qstrdup(QByteArray::number(f.tickets) + " tickets, " + QByteArray::number(f.units)
                   + " units, " + QByteArray::number(f.cents) + " cents");
}
} // namespace

class TestServerSalesRollup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void series_data();
    void series();
    void topSellers_data();
    void topSellers();
    void aRestartKeepsTheFigures();

private:
    QMap<qint64, Figures> expectedSeries(qint64 fromMs, qint64 toMs, qint64 size,
                                         qint64 offsetMs) const;
    QMap<qint64, Figures> servedSeries(qint64 fromMs, qint64 toMs, const QString &bucket,
                                       const QString &offset);
    void compareSeries(qint64 fromMs, qint64 toMs, const QString &bucket, const QString &offset);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QHash<QString, qint64> m_price;
    QList<Sold> m_sold;
    qint64 m_startMs = 0; // midnight UTC two days ago
    qint64 m_nowMs = 0;
};

void TestServerSalesRollup::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    const QJsonArray products = m_http.get(m_server->url(u"/api/v1/products?limit=100"_s), m_admin)
                                    .json()
                                    .value(u"products"_s)
                                    .toArray();
    for (const QJsonValue &v : products)
        m_price.insert(v[u"id"_s].toString(), qRound64(v[u"price"_s].toDouble() * 100));
    QVERIFY(m_price.size() >= 10);
    const QStringList ids = m_price.keys();
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    m_startMs = m_nowMs / kDay * kDay - 2 * kDay;
    QRandomGenerator random(1127);
    for (int t = 0; t < 60; ++t) {
        Sold sold;
        // The first sale is now, so that today has one however little of it has passed (just
        // after midnight UTC, the random times all fell on the days before).
        sold.atMs
            = t == 0 ? m_nowMs : m_startMs + qint64(random.bounded(quint64(m_nowMs - m_startMs)));
        QJsonArray lines;
        const int count = 1 + int(random.bounded(3));
        for (int l = 0; l < count; ++l) {
            const QString product = ids.at(int(random.bounded(qsizetype(ids.size()))));
            if (sold.units.contains(product))
                continue;
            const int quantity = 1 + int(random.bounded(4));
            sold.units.insert(product, quantity);
            lines.append(QJsonObject { { u"productId"_s, product }, { u"quantity"_s, quantity } });
        }
        const HttpResponse posted = m_http.post(
            m_server->url(u"/api/v1/tickets"_s),
            { { u"ticketId"_s, u"ROLL-%1"_s.arg(t) },
              { u"storeId"_s, u"SEV-001"_s },
              { u"lines"_s, lines },
              { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } },
              { u"offline"_s, true },
              { u"soldAt"_s,
                QDateTime::fromMSecsSinceEpoch(sold.atMs, Qt::UTC).toString(Qt::ISODateWithMs) } },
            m_admin);
        QCOMPARE(posted.status, 201);
        m_sold.append(sold);
    }
}

QMap<qint64, Figures> TestServerSalesRollup::expectedSeries(qint64 fromMs, qint64 toMs, qint64 size,
                                                            qint64 offsetMs) const
{
    QMap<qint64, Figures> buckets;
    for (const Sold &sold : m_sold) {
        if (sold.atMs < fromMs || sold.atMs >= toMs)
            continue;
        Figures &f = buckets[(sold.atMs + offsetMs) / size * size - offsetMs];
        ++f.tickets;
        for (auto it = sold.units.cbegin(); it != sold.units.cend(); ++it) {
            f.units += it.value();
            f.cents += it.value() * m_price.value(it.key());
        }
    }
    return buckets;
}

QMap<qint64, Figures> TestServerSalesRollup::servedSeries(qint64 fromMs, qint64 toMs,
                                                          const QString &bucket,
                                                          const QString &offset)
{
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    QUrlQuery query;
    query.addQueryItem(u"storeId"_s, u"SEV-001"_s);
    query.addQueryItem(u"bucket"_s, bucket);
    query.addQueryItem(u"from"_s, iso(fromMs));
    query.addQueryItem(u"to"_s, iso(toMs));
    query.addQueryItem(u"utcOffset"_s, offset);
    QUrl url = m_server->url(u"/api/v1/reports/sales"_s);
    url.setQuery(query.query(QUrl::FullyEncoded).replace(u"+"_s, u"%2B"_s));
    const HttpResponse served = m_http.get(url, m_admin);
    QMap<qint64, Figures> buckets;
    if (served.status != 200) {
        qWarning() << served.status << served.body;
        return buckets;
    }
    for (const QJsonValue &p : served.json()[u"series"_s][0][u"points"_s].toArray()) {
        const qint64 at
            = QDateTime::fromString(p[u"at"_s].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        buckets.insert(at,
                       { p[u"tickets"_s].toInteger(), p[u"units"_s].toInteger(),
                         qRound64(p[u"value"_s].toDouble() * 100) });
    }
    return buckets;
}

void TestServerSalesRollup::compareSeries(qint64 fromMs, qint64 toMs, const QString &bucket,
                                          const QString &offset)
{
    const qint64 size = bucket == u"day"_s ? kDay : kHour;
    const int sign = offset.startsWith(u'-') ? -1 : 1;
    const qint64 offsetMs
        = sign * (offset.mid(1, 2).toLongLong() * kHour + offset.mid(4, 2).toLongLong() * 60'000);
    const QMap<qint64, Figures> expected = expectedSeries(fromMs, toMs, size, offsetMs);
    const QMap<qint64, Figures> served = servedSeries(fromMs, toMs, bucket, offset);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(served.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(served.value(it.key()), it.value());
}

void TestServerSalesRollup::series_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("offset");
    const qint64 sold = m_sold.at(7).atMs;
    const struct
    {
        const char *name;
        qint64 from;
        qint64 to;
    } ranges[] = {
        { "everything", m_startMs - kDay, m_nowMs + kHour },
        { "ragged ends", m_startMs + 7 * 60'000 + 13'500, m_nowMs - (11 * 60'000 + 501) },
        { "one millisecond", sold, sold + 1 },
        { "a day and a bit", m_startMs + kDay / 2 + 1, m_nowMs - kDay / 3 },
    };
    for (const auto &range : ranges) {
        for (const char *bucket : { "day", "hour" }) {
            for (const char *offset : { "+00:00", "+05:30", "+05:45", "-03:30", "+01:00" })
                QTest::addRow("%s, by %s, %s", range.name, bucket, offset)
                    << range.from << range.to << QString::fromLatin1(bucket)
                    << QString::fromLatin1(offset);
        }
    }
}

void TestServerSalesRollup::series()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(QString, bucket);
    QFETCH(QString, offset);
    compareSeries(fromMs, toMs, bucket, offset);
}

void TestServerSalesRollup::topSellers_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("today") << 1;
    QTest::newRow("two days") << 2;
    QTest::newRow("three days") << 3;
}

void TestServerSalesRollup::topSellers()
{
    QFETCH(int, days);
    // "The last N days": today (UTC) and the N − 1 before it.
    const qint64 fromMs = m_startMs + (3 - days) * kDay;
    QMap<QString, Figures> expected;
    for (const Sold &sold : std::as_const(m_sold)) {
        if (sold.atMs < fromMs)
            continue;
        for (auto it = sold.units.cbegin(); it != sold.units.cend(); ++it) {
            expected[it.key()].units += it.value();
            expected[it.key()].cents += it.value() * m_price.value(it.key());
        }
    }
    QVERIFY(!expected.isEmpty());
    const HttpResponse served = m_http.get(
        m_server->url(u"/api/v1/reports/products?storeId=SEV-001&days=%1&limit=200"_s.arg(days)),
        m_admin);
    QCOMPARE(served.status, 200);
    QMap<QString, Figures> top;
    for (const QJsonValue &v : served.json().value(u"top"_s).toArray())
        top.insert(v[u"productId"_s].toString(),
                   { 0, v[u"units"_s].toInteger(), qRound64(v[u"value"_s].toDouble() * 100) });
    QCOMPARE(top.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(top.value(it.key()), it.value());
}

void TestServerSalesRollup::aRestartKeepsTheFigures()
{
    QVERIFY2(m_server->restart(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    compareSeries(m_startMs + 7 * 60'000 + 13'500, m_nowMs - 11 * 60'000, u"hour"_s, u"+05:45"_s);
    compareSeries(m_startMs - kDay, m_nowMs + kHour, u"day"_s, u"-03:30"_s);
}

QTEST_GUILESS_MAIN(TestServerSalesRollup)
#include "tst_serversalesrollup.moc"
