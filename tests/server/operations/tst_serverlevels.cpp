// Reorder levels and replenishment over HTTP against a real inventory-server (API.md
// "Replenishment, counts, reports"): who may set levels, their limits, stock.low on the feed
// once when a sale takes a product below its minimum, the levels CSV exported and imported
// (a bad file sets nothing and names every bad line), and the replenishment lines with their
// source store, a requested transfer counting as on its way.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerLevels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoMaySetLevels_data();
    void whoMaySetLevels();
    void aSaleBelowMinIsAnnouncedOnce();
    void csvExportAndImport();
    void aBadFileSetsNothing();
    void replenishmentSuggestsASource();

private:
    HttpResponse putLevels(const QString &store, const QString &product, qint64 min, qint64 target,
                           const QByteArray &token)
    {
        return m_http.send("PUT",
                           m_server->url(u"/api/v1/stores/%1/levels/%2"_s.arg(store, product)),
                           QJsonDocument(QJsonObject { { u"min"_s, min }, { u"target"_s, target } })
                               .toJson(QJsonDocument::Compact),
                           token);
    }
    QJsonObject row(const QString &product, const QString &store)
    {
        return m_http.stockRow(m_server->url(), product, store, m_tokens.value(u"admin"_s));
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;
};

void TestServerLevels::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    for (const QString &user : { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s, u"clerk-bcn"_s })
        m_tokens.insert(user, m_http.login(m_server->url(), user));
}

void TestServerLevels::whoMaySetLevels_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("product");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("admin, any store") << u"admin"_s << u"BCN-001"_s << u"PROD-002"_s << qint64(2)
                                      << qint64(6) << 200 << QString();
    QTest::newRow("manager, own store") << u"manager-mad"_s << u"MAD-001"_s << u"PROD-002"_s
                                        << qint64(2) << qint64(6) << 200 << QString();
    QTest::newRow("by SKU") << u"manager-mad"_s << u"MAD-001"_s << u"HP-PAV15-001"_s << qint64(1)
                            << qint64(3) << 200 << QString();
    QTest::newRow("manager, other store") << u"manager-mad"_s << u"BCN-001"_s << u"PROD-002"_s
                                          << qint64(2) << qint64(6) << 403 << QString();
    QTest::newRow("clerk, own store") << u"clerk-mad"_s << u"MAD-001"_s << u"PROD-002"_s
                                      << qint64(2) << qint64(6) << 403 << QString();
    QTest::newRow("target below min") << u"admin"_s << u"MAD-001"_s << u"PROD-002"_s << qint64(6)
                                      << qint64(2) << 400 << u"target"_s;
    QTest::newRow("negative min") << u"admin"_s << u"MAD-001"_s << u"PROD-002"_s << qint64(-1)
                                  << qint64(2) << 400 << u"min"_s;
    QTest::newRow("unknown product")
        << u"admin"_s << u"MAD-001"_s << u"NOPE"_s << qint64(1) << qint64(2) << 404 << QString();
    QTest::newRow("unknown store") << u"admin"_s << u"XXX-001"_s << u"PROD-002"_s << qint64(1)
                                   << qint64(2) << 404 << QString();
}

void TestServerLevels::whoMaySetLevels()
{
    QFETCH(QString, user);
    QFETCH(QString, store);
    QFETCH(QString, product);
    QFETCH(qint64, min);
    QFETCH(qint64, target);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpResponse r = putLevels(store, product, min, target, m_tokens.value(user));
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json().value(u"min"_s).toInteger(), min);
        QCOMPARE(r.json().value(u"target"_s).toInteger(), target);
        QCOMPARE(row(r.json().value(u"productId"_s).toString(), store).value(u"min"_s).toInteger(),
                 min);
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

void TestServerLevels::aSaleBelowMinIsAnnouncedOnce()
{
    const QByteArray admin = m_tokens.value(u"admin"_s);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-003"_s, u"MAD-001"_s, 10, admin), 200);
    QCOMPARE(putLevels(u"MAD-001"_s, u"PROD-003"_s, 5, 12, admin).status, 200);
    QWebSocket feed;
    QStringList low;
    connect(&feed, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        const QJsonObject e = QJsonDocument::fromJson(text.toUtf8()).object();
        if (e.value(u"type"_s).toString() == u"stock.low"_s)
            low << e.value(u"productId"_s).toString() + u'@'
                    + e.value(u"data"_s).toObject().value(u"available"_s).toVariant().toString();
    });
    QSignalSpy connected(&feed, &QWebSocket::connected);
    QUrl url = m_server->url(u"/api/v1/feed"_s);
    url.setScheme(u"ws"_s);
    url.setQuery(u"storeId=MAD-001&access_token="_s + QString::fromLatin1(admin));
    feed.open(url);
    QVERIFY(connected.wait(10'000));
    const auto sell = [&](int units) {
        return m_http
            .post(m_server->url(u"/api/v1/products/PROD-003/stock"_s),
                  { { u"storeId"_s, u"MAD-001"_s },
                    { u"operation"_s, u"subtract"_s },
                    { u"quantity"_s, units },
                    { u"reason"_s, u"sale"_s } },
                  m_tokens.value(u"clerk-mad"_s))
            .status;
    };
    QCOMPARE(sell(5), 200); // 5: at the minimum, not below
    QCOMPARE(sell(1), 200); // 4: below
    QCOMPARE(sell(1), 200); // 3: still below, no second alert
    QTRY_COMPARE_WITH_TIMEOUT(low, QStringList { u"PROD-003@4"_s }, 10'000);
    // The last event of the log is the sale's: the alert came with the sale that crossed.
    const QList<QJsonObject> events = m_http.eventsSince(m_server->url(), 0, admin);
    int alerts = 0;
    for (const QJsonObject &e : events)
        alerts += e.value(u"type"_s).toString() == u"stock.low"_s
            && e.value(u"productId"_s).toString() == u"PROD-003"_s;
    QCOMPARE(alerts, 1);
    feed.close();
}

void TestServerLevels::csvExportAndImport()
{
    const QByteArray manager = m_tokens.value(u"manager-mad"_s);
    const QUrl levels = m_server->url(u"/api/v1/stores/MAD-001/levels"_s);
    const HttpResponse exported
        = m_http.send("GET", levels, {}, manager, { { "accept", "text/csv" } });
    QCOMPARE(exported.status, 200);
    QVERIFY(exported.headers.value("content-type").startsWith("text/csv"));
    const QList<QByteArray> lines = exported.body.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("store,product,sku,name,min,target"));
    QCOMPARE(lines.size(), 1 + 16); // every product of the demo catalogue
    // A manager fills in a category's levels in a spreadsheet and imports the file as it is.
    QByteArray edited;
    for (const QByteArray &line : lines) {
        QByteArray l = line.trimmed();
        if (l.contains("PROD-010"))
            l = l.left(l.lastIndexOf(',', l.lastIndexOf(',') - 1)) + ",4,9";
        edited += l + "\r\n";
    }
    const HttpResponse imported
        = m_http.send("POST", levels, edited, manager, { { "content-type", "text/csv" } });
    QCOMPARE(imported.status, 200);
    QCOMPARE(imported.json().value(u"imported"_s).toInt(), 16);
    QCOMPARE(row(u"PROD-010"_s, u"MAD-001"_s).value(u"min"_s).toInteger(), 4);
    QCOMPARE(row(u"PROD-010"_s, u"MAD-001"_s).value(u"target"_s).toInteger(), 9);
    const HttpResponse listed = m_http.get(levels, manager);
    QCOMPARE(listed.status, 200);
    bool found = false;
    for (const QJsonValue &v : listed.json().value(u"levels"_s).toArray())
        found = found || v.toObject().value(u"productId"_s).toString() == u"PROD-010"_s;
    QVERIFY(found);
    // A clerk may read, not import.
    QCOMPARE(m_http
                 .send("POST", levels, edited, m_tokens.value(u"clerk-mad"_s),
                       { { "content-type", "text/csv" } })
                 .status,
             403);
}

void TestServerLevels::aBadFileSetsNothing()
{
    const QByteArray admin = m_tokens.value(u"admin"_s);
    const QJsonObject before = row(u"PROD-011"_s, u"VAL-001"_s);
    const QByteArray bad = "product,min,target\n"
                           "PROD-011,3,8\n"
                           "PROD-999,1,2\n"
                           "PROD-012,9,1\n";
    const HttpResponse r = m_http.send("POST", m_server->url(u"/api/v1/stores/VAL-001/levels"_s),
                                       bad, admin, { { "content-type", "text/csv" } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"VALIDATION_FAILED"_s);
    const QJsonArray errors = r.json()
                                  .value(u"error"_s)
                                  .toObject()
                                  .value(u"details"_s)
                                  .toObject()
                                  .value(u"errors"_s)
                                  .toArray();
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).toString().startsWith(u"line 3:"_s));
    QVERIFY(errors.at(1).toString().startsWith(u"line 4:"_s));
    // The good first line was not applied either.
    QCOMPARE(row(u"PROD-011"_s, u"VAL-001"_s).value(u"min"_s).toInteger(),
             before.value(u"min"_s).toInteger());
}

void TestServerLevels::replenishmentSuggestsASource()
{
    const QByteArray admin = m_tokens.value(u"admin"_s);
    // SEV holds 30 of PROD-014 with a target of 10 (20 to spare); VAL holds 2, min 5, target 15.
    // A store without levels spares all it has: MAD and BCN say they need what they hold.
    for (const QString &store : { u"MAD-001"_s, u"BCN-001"_s })
        QCOMPARE(putLevels(store, u"PROD-014"_s, 1, 100'000, admin).status, 200);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-014"_s, u"SEV-001"_s, 30, admin), 200);
    QCOMPARE(putLevels(u"SEV-001"_s, u"PROD-014"_s, 2, 10, admin).status, 200);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-014"_s, u"VAL-001"_s, 2, admin), 200);
    QCOMPARE(putLevels(u"VAL-001"_s, u"PROD-014"_s, 5, 15, admin).status, 200);
    const QUrl url = m_server->url(u"/api/v1/stores/VAL-001/replenishment"_s);
    auto lineOf = [&]() {
        const HttpResponse r = m_http.get(url, m_tokens.value(u"clerk-bcn"_s));
        for (const QJsonValue &v : r.json().value(u"lines"_s).toArray()) {
            if (v.toObject().value(u"productId"_s).toString() == u"PROD-014"_s)
                return v.toObject();
        }
        return QJsonObject();
    };
    QJsonObject line = lineOf();
    QCOMPARE(line.value(u"available"_s).toInteger(), 2);
    QCOMPARE(line.value(u"need"_s).toInteger(), 13);
    QCOMPARE(line.value(u"sourceStoreId"_s).toString(), u"SEV-001"_s);
    QCOMPARE(line.value(u"sourceSurplus"_s).toInteger(), 20);
    // Asked for and not shipped yet: counted, so it is not suggested twice.
    const HttpResponse requested
        = m_http.post(m_server->url(u"/api/v1/transfers"_s),
                      { { u"transferId"_s, u"REPL-1"_s },
                        { u"fromStoreId"_s, u"SEV-001"_s },
                        { u"toStoreId"_s, u"VAL-001"_s },
                        { u"lines"_s,
                          QJsonArray { QJsonObject { { u"productId"_s, u"PROD-014"_s },
                                                     { u"quantity"_s, 13 } } } } },
                      admin);
    QCOMPARE(requested.status, 201);
    line = lineOf();
    QCOMPARE(line.value(u"requested"_s).toInteger(), 13);
    QCOMPARE(line.value(u"need"_s).toInteger(), 0);
}

QTEST_GUILESS_MAIN(TestServerLevels)
#include "tst_serverlevels.moc"
