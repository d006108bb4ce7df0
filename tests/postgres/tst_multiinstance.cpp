// Two inventory-server instances on one PostgreSQL database: an operator's import reaches both,
// no oversell across them, writers that lock rows up front and writers that lock them as they
// go race without deadlocks or a command run twice, each one's feed carries the other's
// changes, seq stays gap-free, and a client fails over when one instance is killed without
// losing anything acknowledged.
#include "core/client/apiclient.h"
#include "core/engine/invariantchecker.h"
#include "core/storage/dbconnection.h"
#include "loadclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestMultiInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOperatorImportReachesRunningInstances();
    void oversellRaceAcrossInstances();
    void mixedWritersRaceAcrossInstances();
    void eventReachesTheOtherInstancesFeed();
    void failoverWhenAnInstanceIsKilled();

private:
    QStringList problems();
    qint64 reserved(ServerProcess &server, const QString &product);

    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    HttpClient m_http;
    QByteArray m_token;
};

void TestMultiInstance::initTestCase()
{
    QVERIFY2(!ServerProcess::postgresDir().isEmpty(),
             "runs against the PostgreSQL test cluster (ctest fixture)");
    m_a = std::make_unique<ServerProcess>();
    QVERIFY2(m_a->start(), qPrintable(m_a->failureReason()));
    m_b = std::make_unique<ServerProcess>(QStringList { u"--jwt-secret-file"_s, m_a->secretPath() },
                                          m_a->databasePath());
    QVERIFY2(m_b->start(), qPrintable(m_b->failureReason()));
    m_token = m_http.login(m_a->url(), u"admin"_s);
    QCOMPARE(m_http.get(m_b->url(u"/api/v1/stores"_s), m_token).status,
             200); // one secret, both instances
}

void TestMultiInstance::anOperatorImportReachesRunningInstances()
{
    // First, while nothing else writes: no other batch's NOTIFY can bring the products along.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile csv(dir.filePath(u"products.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,sku,name,category,price\nIMP-001,IMP-001,Imported by an operator,Bench,2.50\n");
    csv.close();
    QProcess import;
    import.start(ServerProcess::binary(),
                 { u"--db"_s, m_a->databasePath(), u"import"_s, u"products"_s, csv.fileName() });
    QVERIFY(import.waitForFinished(30'000));
    QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0,
             import.readAllStandardError().constData());
    for (ServerProcess *server : { m_a.get(), m_b.get() }) {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http.get(server->url(u"/api/v1/products/IMP-001"_s), m_token).status, 200, 5000);
    }
}

QStringList TestMultiInstance::problems()
{
    auto db = DbConnection::open(m_a->databasePath(), SchemaMigrator::Schema::Server);
    if (!db)
        return { db.error().message() };
    return InvariantChecker(*db.value()).check().value();
}

qint64 TestMultiInstance::reserved(ServerProcess &server, const QString &product)
{
    return m_http.stockRow(server.url(), product, u"MAD-001"_s, m_token)
        .value(u"reserved"_s)
        .toInteger();
}

void TestMultiInstance::oversellRaceAcrossInstances()
{
    QCOMPARE(m_http.setStock(m_a->url(), u"PROD-008"_s, u"MAD-001"_s, 100, m_token), 200);
    LoadClient loadA(30), loadB(30);
    int created = 0, insufficient = 0, other = 0;
    auto count = [&](const HttpResponse &r) {
        if (r.status == 201)
            ++created;
        else if (r.status == 409 && r.errorCode() == u"INSUFFICIENT_STOCK"_s)
            ++insufficient;
        else
            ++other;
    };
    const QByteArray body
        = R"({"productId":"PROD-008","storeId":"MAD-001","quantity":1,"customerId":"race"})";
    for (int i = 0; i < 250; ++i) {
        loadA.send("POST", m_a->url(u"/api/v1/reservations"_s), body, m_token, {}, count);
        loadB.send("POST", m_b->url(u"/api/v1/reservations"_s), body, m_token, {}, count);
    }
    QTRY_VERIFY_WITH_TIMEOUT(loadA.pending() == 0 && loadB.pending() == 0, 120'000);
    QCOMPARE(other, 0);
    QCOMPARE(created, 100);
    QCOMPARE(insufficient, 400);
    QCOMPARE(reserved(*m_a, u"PROD-008"_s), 100);
    QTRY_COMPARE_WITH_TIMEOUT(reserved(*m_b, u"PROD-008"_s), 100,
                              2000); // B's read model saw A's commits
    QCOMPARE(m_http.get(m_a->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger(),
             m_http.get(m_b->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger());
    const QStringList found = problems(); // includes: seq gap-free across both instances
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// Reservations and new rows (batches that share the writers' lock and take the event counter
// last) race tickets (batches that run alone) on the same rows, from both instances, and
// every keyed request goes to both instances at once: nothing may fail, deadlock or run twice.
void TestMultiInstance::mixedWritersRaceAcrossInstances()
{
    const QByteArray newProduct = R"({"sku":"MIX-NEW","name":"Mixto","category":"X","price":2})";
    QCOMPARE(m_http
                 .post(m_a->url(u"/api/v1/products"_s),
                       QJsonDocument::fromJson(newProduct).object(), m_token)
                 .status,
             201);
    // B learns of the product from A's event: until then it answers 404 for it.
    QTRY_COMPARE_WITH_TIMEOUT(m_http.get(m_b->url(u"/api/v1/products/MIX-NEW"_s), m_token).status,
                              200, 5000);
    const QStringList products { u"PROD-002"_s, u"PROD-003"_s };
    for (const QString &product : products)
        QCOMPARE(m_http.setStock(m_a->url(), product, u"MAD-001"_s, 1000, m_token), 200);
    const QStringList stores { u"MAD-001"_s, u"BCN-001"_s, u"VAL-001"_s, u"SEV-001"_s };
    const qint64 reservedBefore = reserved(*m_a, products[0]) + reserved(*m_a, products[1]);

    LoadClient loadA(20), loadB(20);
    QHash<QByteArray, QList<HttpResponse>> byKey;
    int ticketsSold = 0, failed = 0;
    QStringList unexpected;
    constexpr int Keys = 160;
    for (int i = 0; i < Keys; ++i) {
        const QByteArray key = "mixed-" + QByteArray::number(i);
        const QByteArray reservation = R"({"productId":")" + products[i % 2].toLatin1()
            + R"(","storeId":"MAD-001","quantity":1,"customerId":"mixed"})";
        const QByteArray add = R"({"storeId":")" + stores[(i / 4) % stores.size()].toLatin1()
            + R"(","operation":"add","quantity":1})";
        const bool reserves = i % 4 != 3;
        const QUrl pathA = reserves ? m_a->url(u"/api/v1/reservations"_s)
                                    : m_a->url(u"/api/v1/products/MIX-NEW/stock"_s);
        const QUrl pathB = reserves ? m_b->url(u"/api/v1/reservations"_s)
                                    : m_b->url(u"/api/v1/products/MIX-NEW/stock"_s);
        const QByteArray body = reserves ? reservation : add;
        const auto keep = [&byKey, key](const HttpResponse &r) { byKey[key].append(r); };
        loadA.send("POST", pathA, body, m_token, { { "Idempotency-Key", key } }, keep);
        loadB.send("POST", pathB, body, m_token, { { "Idempotency-Key", key } }, keep);
        if (i % 8 == 0) {
            const QJsonArray lines {
                QJsonObject { { u"productId"_s, products[0] }, { u"quantity"_s, 1 } },
                QJsonObject { { u"productId"_s, products[1] }, { u"quantity"_s, 1 } }
            };
            const QJsonObject ticket { { u"ticketId"_s, u"MIXED-T-%1"_s.arg(i) },
                                       { u"storeId"_s, u"MAD-001"_s },
                                       { u"lines"_s, lines },
                                       { u"payment"_s,
                                         QJsonObject { { u"method"_s, u"cash"_s } } } };
            LoadClient &load = i % 16 == 0 ? loadA : loadB;
            const ServerProcess &server = i % 16 == 0 ? *m_a : *m_b;
            load.send("POST", server.url(u"/api/v1/tickets"_s),
                      QJsonDocument(ticket).toJson(QJsonDocument::Compact), m_token, {},
                      [&](const HttpResponse &r) {
                          if (r.status == 201)
                              ++ticketsSold;
                          else
                              ++failed;
                      });
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(loadA.pending() == 0 && loadB.pending() == 0, 120'000);
    QCOMPARE(failed, 0);
    QCOMPARE(ticketsSold, Keys / 8);
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const QList<HttpResponse> &answers = it.value();
        QCOMPARE(answers.size(), 2);
        const int replayed = int(answers[0].headers.value("idempotent-replayed") == "true")
            + int(answers[1].headers.value("idempotent-replayed") == "true");
        const int expected = it.key().split('-').last().toInt() % 4 != 3 ? 201 : 200;
        if (answers[0].status != expected || answers[1].status != expected || replayed != 1)
            unexpected << u"%1: %2 and %3, %4 replayed"_s.arg(QString::fromLatin1(it.key()))
                              .arg(answers[0].status)
                              .arg(answers[1].status)
                              .arg(replayed);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    // Each key ran once: one unit reserved per reservation key, one added per add key.
    QCOMPARE(reserved(*m_a, products[0]) + reserved(*m_a, products[1]) - reservedBefore,
             qint64(Keys * 3 / 4));
    qint64 added = 0;
    for (const QString &store : stores)
        added += m_http.stockRow(m_a->url(), u"MIX-NEW"_s, store, m_token)
                     .value(u"quantity"_s)
                     .toInteger();
    QCOMPARE(added, qint64(Keys / 4));
    QCOMPARE(m_http.stockRow(m_a->url(), products[0], u"MAD-001"_s, m_token)
                 .value(u"quantity"_s)
                 .toInteger(),
             qint64(1000 - ticketsSold));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(m_b->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger(),
        m_http.get(m_a->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger(), 2000);
    const QStringList found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestMultiInstance::eventReachesTheOtherInstancesFeed()
{
    const qint64 last = m_http.get(m_b->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
    QWebSocket feed;
    QList<QJsonObject> events;
    connect(&feed, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        if (json.contains(u"seq"_s))
            events << json;
    });
    QSignalSpy connected(&feed, &QWebSocket::connected);
    feed.open(m_b->wsUrl(
        u"/api/v1/feed?since=%1&access_token=%2"_s.arg(last).arg(QString::fromLatin1(m_token))));
    QVERIFY(connected.wait(5000));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_http
                 .post(m_a->url(u"/api/v1/products/PROD-002/stock"_s),
                       { { u"storeId"_s, u"VAL-001"_s },
                         { u"operation"_s, u"add"_s },
                         { u"quantity"_s, 1 } },
                       m_token)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 1000);
    qInfo() << "A's commit reached B's feed client after" << timer.elapsed() << "ms";
    QCOMPARE(events.first().value(u"seq"_s).toInteger(), last + 1);
    QCOMPARE(events.first().value(u"storeId"_s).toString(), u"VAL-001"_s);
}

void TestMultiInstance::failoverWhenAnInstanceIsKilled()
{
    ApiClient client({ m_a->url(), m_b->url() });
    client.setToken(m_token);
    client.setRetryPolicy(4, 5000, 50);
    const QString path = u"/api/v1/products/PROD-007/stock"_s;
    const QJsonObject body { { u"storeId"_s, u"SEV-001"_s },
                             { u"operation"_s, u"add"_s },
                             { u"quantity"_s, 1 } };
    QSet<int> acknowledged;
    int sent = 0, answered = 0;
    std::function<void()> next = [&] {
        if (sent >= 400)
            return;
        const int n = sent++;
        client.send("POST", path, body, u"failover-%1"_s.arg(n), [&, n](const ApiReply &reply) {
            ++answered;
            if (reply.ok())
                acknowledged.insert(n);
            next();
        });
    };
    for (int i = 0; i < 8; ++i)
        next();
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 100, 30'000);
    m_a->kill();
    QTRY_COMPARE_WITH_TIMEOUT(answered, 400, 60'000);
    QCOMPARE(client.currentServer(), m_b->url());
    QVERIFY2(acknowledged.size() >= 390, qPrintable(QString::number(acknowledged.size())));

    for (int n : std::as_const(acknowledged)) {
        const HttpResponse replay
            = m_http.post(m_b->url(path), body, m_token,
                          { { "Idempotency-Key", "failover-" + QByteArray::number(n) } });
        QVERIFY2(replay.headers.value("idempotent-replayed") == "true",
                 qPrintable(u"acknowledged %1 is missing"_s.arg(n)));
    }
    const QStringList found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestMultiInstance)
#include "tst_multiinstance.moc"
