// Two inventory-server instances on one PostgreSQL database: no oversell across them, each
// one's feed carries the other's changes, seq stays gap-free, and a client fails over when
// one instance is killed without losing anything acknowledged.
#include "core/client/apiclient.h"
#include "core/engine/invariantchecker.h"
#include "core/storage/dbconnection.h"
#include "loadclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
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
    void oversellRaceAcrossInstances();
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
