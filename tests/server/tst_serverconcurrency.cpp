// Racing clients over HTTP never oversell; SIGKILL under write load loses nothing that was
// acknowledged and leaves the books consistent.
#include "loadclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void oversellRace();
    void sigkillUnderLoadLosesNothingAcknowledged();
};

void TestServerConcurrency::oversellRace()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray admin = http.login(server.url(), u"admin"_s);
    const QByteArray clerk = http.login(server.url(), u"clerk-mad"_s);
    QCOMPARE(http.setStock(server.url(), u"PROD-008"_s, u"MAD-001"_s, 100, admin), 200);
    const qint64 seqBefore
        = http.get(server.url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();

    LoadClient load(60);
    int created = 0, insufficient = 0, other = 0;
    for (int i = 0; i < 500; ++i) {
        load.send("POST", server.url(u"/api/v1/reservations"_s),
                  json({ { u"productId"_s, u"PROD-008"_s },
                         { u"storeId"_s, u"MAD-001"_s },
                         { u"quantity"_s, 1 },
                         { u"customerId"_s, u"race-%1"_s.arg(i) } }),
                  clerk, {}, [&](const HttpResponse &r) {
                      if (r.status == 201)
                          ++created;
                      else if (r.status == 409 && r.errorCode() == u"INSUFFICIENT_STOCK"_s)
                          ++insufficient;
                      else
                          ++other;
                  });
    }
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 120'000);
    QCOMPARE(other, 0);
    QCOMPARE(created, 100);
    QCOMPARE(insufficient, 400);

    const QJsonObject row = http.stockRow(server.url(), u"PROD-008"_s, u"MAD-001"_s, clerk);
    QCOMPARE(row.value(u"reserved"_s).toInt(), 100);
    QCOMPARE(row.value(u"available"_s).toInt(), 0);
    int createdEvents = 0;
    qint64 expected = seqBefore;
    for (const QJsonObject &event : http.eventsSince(server.url(), seqBefore, clerk)) {
        QCOMPARE(event.value(u"seq"_s).toInteger(), ++expected);
        if (event.value(u"type"_s).toString() == u"reservation.created"_s
            && event.value(u"productId"_s).toString() == u"PROD-008"_s)
            ++createdEvents;
    }
    QCOMPARE(createdEvents, 100);
    QCOMPARE(server.stop(), 0);
    const QStringList problems = server.databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestServerConcurrency::sigkillUnderLoadLosesNothingAcknowledged()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray clerk = http.login(server.url(), u"clerk-mad"_s);
    const QUrl url = server.url(u"/api/v1/products/PROD-009/stock"_s);
    const QByteArray body = json(
        { { u"storeId"_s, u"MAD-001"_s }, { u"operation"_s, u"add"_s }, { u"quantity"_s, 1 } });
    const qint64 initial = http.stockRow(server.url(), u"PROD-009"_s, u"MAD-001"_s, clerk)
                               .value(u"quantity"_s)
                               .toInteger();

    LoadClient load(24);
    QSet<int> acknowledged;
    int sent = 0;
    bool killed = false;
    std::function<void()> next = [&] {
        if (killed)
            return;
        const int n = sent++;
        load.send("POST", url, body, clerk,
                  { { "Idempotency-Key", "kill-" + QByteArray::number(n) } },
                  [&, n](const HttpResponse &r) {
                      if (r.status == 200)
                          acknowledged.insert(n);
                      next();
                  });
    };
    for (int i = 0; i < 24; ++i)
        next();
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 400, 60'000);
    killed = true;
    server.kill();
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 30'000);
    QVERIFY(server.start());

    int committed = 0;
    for (int n = 0; n < sent; ++n) {
        const HttpResponse replay = http.send(
            "POST", url, body, clerk, { { "Idempotency-Key", "kill-" + QByteArray::number(n) } });
        QCOMPARE(replay.status, 200);
        const bool wasCommitted = replay.headers.value("idempotent-replayed") == "true";
        if (acknowledged.contains(n))
            QVERIFY2(wasCommitted, qPrintable(u"acknowledged operation %1 is missing"_s.arg(n)));
        if (wasCommitted)
            ++committed;
    }
    // The replays above committed the missing ones now, so the row holds every key once.
    const qint64 final = http.stockRow(server.url(), u"PROD-009"_s, u"MAD-001"_s, clerk)
                             .value(u"quantity"_s)
                             .toInteger();
    QCOMPARE(final, initial + sent);
    QVERIFY(committed >= acknowledged.size());
    QCOMPARE(server.stop(), 0);
    const QStringList problems = server.databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
