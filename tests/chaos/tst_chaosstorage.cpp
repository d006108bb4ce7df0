// A full disk and a read-only file system under a running server: writes fail with
// UNAVAILABLE and /health says degraded, reads keep working, nothing is half-applied or
// corrupted, and writes resume by themselves once the disk is usable again.
#include "loadclient.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestChaosStorage : public QObject
{
    Q_OBJECT

private slots:
    void writesFailCleanlyAndResume_data();
    void writesFailCleanlyAndResume();
};

void TestChaosStorage::writesFailCleanlyAndResume_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::newRow("disk full") << QByteArray("ENOSPC");
    QTest::newRow("read-only file system") << QByteArray("EROFS");
}

void TestChaosStorage::writesFailCleanlyAndResume()
{
    QFETCH(QByteArray, fault);
    QTemporaryDir control;
    const QString controlFile = control.filePath(u"fault"_s);
    ServerProcess server;
    server.setEnvironment(u"LD_PRELOAD"_s, QStringLiteral(INVENTORY_FAULT_INJECTOR));
    server.setEnvironment(u"INVENTORY_FAULT_PREFIX"_s, server.databasePath());
    server.setEnvironment(u"INVENTORY_FAULT_CONTROL"_s, controlFile);
    QVERIFY2(server.start(), qPrintable(server.failureReason()));

    HttpClient http;
    const QByteArray clerk = http.login(server.url(), u"clerk-mad"_s);
    const QUrl stockUrl = server.url(u"/api/v1/products/PROD-010/stock"_s);
    const QByteArray add = QJsonDocument(QJsonObject { { u"storeId"_s, u"MAD-001"_s },
                                                       { u"operation"_s, u"add"_s },
                                                       { u"quantity"_s, 1 } })
                               .toJson(QJsonDocument::Compact);
    auto keyed = [](int n) {
        return QHash<QByteArray, QByteArray> { { "Idempotency-Key",
                                                 "disk-" + QByteArray::number(n) } };
    };
    const qint64 before = http.stockRow(server.url(), u"PROD-010"_s, u"MAD-001"_s, clerk)
                              .value(u"quantity"_s)
                              .toInteger();

    // A stream of keyed writes; the fault starts while some are in flight.
    constexpr int total = 400;
    LoadClient load(16);
    QHash<int, int> statusOf;
    for (int n = 0; n < total; ++n) {
        if (n == total / 2) {
            QTRY_VERIFY_WITH_TIMEOUT(statusOf.size() >= total / 4, 30'000);
            QFile file(controlFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fault);
        }
        load.send("POST", stockUrl, add, clerk, keyed(n),
                  [&statusOf, n](const HttpResponse &r) { statusOf.insert(n, r.status); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 60'000);
    QVERIFY(statusOf.size() == total);

    // Now every write is refused with UNAVAILABLE; reads are served.
    const HttpResponse refused = http.send("POST", stockUrl, add, clerk, keyed(total));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), u"UNAVAILABLE"_s);
    const HttpResponse health = http.get(server.url(u"/health"_s));
    QCOMPARE(health.status, 503);
    QCOMPARE(health.json().value(u"status"_s).toString(), u"degraded"_s);
    const HttpResponse read
        = http.get(server.url(u"/api/v1/products/PROD-010/availability?storeId=MAD-001"_s), clerk);
    QCOMPARE(read.status, 200);
    QCOMPARE(http.get(server.url(u"/api/v1/events?since=0&limit=10"_s), clerk).status, 200);
    int refusedDuringFault = 0;
    for (int status : std::as_const(statusOf)) {
        QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
        refusedDuringFault += status == 503;
    }
    QVERIFY(refusedDuringFault > 0);
    // The health probe keeps saying degraded while the fault lasts (not just after a write).
    QTest::qWait(1500);
    QCOMPARE(http.get(server.url(u"/health"_s)).status, 503);

    QVERIFY(QFile::remove(controlFile));
    QTRY_COMPARE_WITH_TIMEOUT(http.get(server.url(u"/health"_s)).status, 200, 10'000);
    // Each refused write is sent again with its key, as a client would: now it applies once.
    for (int n = 0; n <= total; ++n) {
        const HttpResponse again = http.send("POST", stockUrl, add, clerk, keyed(n));
        QCOMPARE(again.status, 200);
        const bool replayed = again.headers.value("idempotent-replayed") == "true";
        QCOMPARE(replayed, n < total && statusOf.value(n) == 200);
    }
    const qint64 after = http.stockRow(server.url(), u"PROD-010"_s, u"MAD-001"_s, clerk)
                             .value(u"quantity"_s)
                             .toInteger();
    QCOMPARE(after, before + total + 1);

    QCOMPARE(server.stop(), 0);
    const QStringList problems = server.databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestChaosStorage)
#include "tst_chaosstorage.moc"
