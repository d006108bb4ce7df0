// A full disk, a read-only file system and a disk that never confirms a sync, under a
// running server: writes fail with UNAVAILABLE (or wait for the disk) and /health says
// degraded, reads keep working, nothing is half-applied or corrupted, and writes resume by
// themselves once the disk is usable again.
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
    void repliesWaitForTheDisk_data();
    void repliesWaitForTheDisk();
};

namespace {
QByteArray addOne()
{
    return QJsonDocument(QJsonObject { { u"storeId"_s, u"MAD-001"_s },
                                       { u"operation"_s, u"add"_s },
                                       { u"quantity"_s, 1 } })
        .toJson(QJsonDocument::Compact);
}

void setFault(const QString &controlFile, const QByteArray &fault)
{
    QFile file(controlFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(fault), fault.size());
}

// A server whose database files fail as the control file says.
void injectFaults(ServerProcess &server, const QString &controlFile)
{
    server.setEnvironment(u"LD_PRELOAD"_s, QStringLiteral(INVENTORY_FAULT_INJECTOR));
    server.setEnvironment(u"INVENTORY_FAULT_PREFIX"_s, server.databasePath());
    server.setEnvironment(u"INVENTORY_FAULT_CONTROL"_s, controlFile);
}
} // namespace

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
    injectFaults(server, controlFile);
    QVERIFY2(server.start(), qPrintable(server.failureReason()));

    HttpClient http;
    const QByteArray clerk = http.login(server.url(), u"clerk-mad"_s);
    const QUrl stockUrl = server.url(u"/api/v1/products/PROD-010/stock"_s);
    const QByteArray add = addOne();
    auto keyed = [](int n) {
        return QHash<QByteArray, QByteArray> { { "Idempotency-Key",
                                                 "disk-" + QByteArray::number(n) } };
    };
    const qint64 before = http.stockRow(server.url(), u"PROD-010"_s, u"MAD-001"_s, clerk)
                              .value(u"quantity"_s)
                              .toInteger();

    // A stream of keyed writes; the fault starts while some are in flight.
    constexpr int total = 400;
    // Declared before the client whose callbacks write to it, so that it outlives them.
    QHash<int, int> statusOf;
    LoadClient load(16);
    for (int n = 0; n < total; ++n) {
        if (n == total / 2) {
            QTRY_VERIFY_WITH_TIMEOUT(statusOf.size() >= total / 4, 30'000);
            setFault(controlFile, fault);
        }
        load.send("POST", stockUrl, add, clerk, keyed(n),
                  [&statusOf, n](const HttpResponse &r) { statusOf.insert(n, r.status); });
    }
    // Wait until the server has met the fault. Not for a 503 in the stream: when every one
    // of its connections holds a reply whose batch reached the log just before the fault,
    // those replies wait for the sync and nothing more of the stream is sent until it ends.
    QTRY_COMPARE_WITH_TIMEOUT(http.get(server.url(u"/health"_s)).status, 503, 60'000);

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
    // The health probe keeps saying degraded while the fault lasts (not just after a write).
    QTest::qWait(1500);
    QCOMPARE(http.get(server.url(u"/health"_s)).status, 503);

    QVERIFY(QFile::remove(controlFile));
    // A batch whose commit reached the log just before the fault waited for its sync; it is
    // answered now, with everything still queued.
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 60'000);
    QCOMPARE(statusOf.size(), total);
    for (int status : std::as_const(statusOf))
        QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
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

void TestChaosStorage::repliesWaitForTheDisk_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("groupCommit");
    QTest::newRow("group commit: the reply waits for the sync") << QStringList() << true;
    QTest::newRow("group commit off: the commit fails")
        << QStringList { u"--group-commit"_s, u"off"_s } << false;
}

// The disk takes writes but never confirms them (fsync fails with EIO). With group commit the
// writer commits without waiting and a second thread syncs the log: no reply and no reader
// may see the write before that sync succeeds. Without it, SQLite's own commit fails.
void TestChaosStorage::repliesWaitForTheDisk()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, groupCommit);
    QTemporaryDir control;
    const QString controlFile = control.filePath(u"fault"_s);
    ServerProcess server(arguments);
    injectFaults(server, controlFile);
    QVERIFY2(server.start(), qPrintable(server.failureReason()));

    HttpClient http;
    const QByteArray clerk = http.login(server.url(), u"clerk-mad"_s);
    const QUrl stockUrl = server.url(u"/api/v1/products/PROD-011/stock"_s);
    const QHash<QByteArray, QByteArray> key { { "Idempotency-Key", "unsynced-1" } };
    auto quantity = [&] {
        return http.stockRow(server.url(), u"PROD-011"_s, u"MAD-001"_s, clerk)
            .value(u"quantity"_s)
            .toInteger();
    };
    const qint64 before = quantity();

    setFault(controlFile, "SYNC-EIO");
    // Two more writers whose writes are held with it, so that the batch being synced is
    // larger than the one write that comes next.
    std::optional<HttpResponse> reply;
    int others = 0;
    LoadClient load(3);
    load.send("POST", stockUrl, addOne(), clerk, key,
              [&reply](const HttpResponse &r) { reply = r; });
    for (const QByteArray name : { "unsynced-3", "unsynced-4" }) {
        load.send("POST", stockUrl, addOne(), clerk, { { "Idempotency-Key", name } },
                  [&others](const HttpResponse &r) { others += r.status == 200 ? 1 : 100; });
    }
    if (groupCommit) {
        QTRY_COMPARE_WITH_TIMEOUT(http.get(server.url(u"/health"_s)).status, 503, 10'000);
        QVERIFY(!reply);
        QCOMPARE(quantity(), before);
        // While a batch waits for its sync the writer still takes what comes: when the disk
        // then refuses writes too, a new write is answered 503 at once, not left waiting.
        setFault(controlFile, "EROFS");
        const HttpResponse refused
            = http.send("POST", stockUrl, addOne(), clerk, { { "Idempotency-Key", "unsynced-2" } });
        QCOMPARE(refused.status, 503);
        QVERIFY(!reply);
        QVERIFY(QFile::remove(controlFile));
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000);
        QCOMPARE(reply->status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(others, 2, 10'000);
        QCOMPARE(quantity(), before + 3);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000);
        QCOMPARE(reply->status, 503);
        QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 10'000);
        QCOMPARE(quantity(), before);
        QVERIFY(QFile::remove(controlFile));
    }
    QTRY_COMPARE_WITH_TIMEOUT(http.get(server.url(u"/health"_s)).status, 200, 10'000);
    // The same write sent again: applied once in all, whichever way it went the first time.
    const HttpResponse again = http.send("POST", stockUrl, addOne(), clerk, key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.headers.value("idempotent-replayed") == "true", groupCommit);
    QCOMPARE(quantity(), before + (groupCommit ? 3 : 1));

    QCOMPARE(server.stop(), 0);
    const QStringList problems = server.databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestChaosStorage)
#include "tst_chaosstorage.moc"
