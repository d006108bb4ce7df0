// The write routes end to end against a real inventory-server over real sockets: a
// reservation's lifecycle, idempotency keys, and the batch push of queued operations.
#include "core/protocol/auth/jwtcodec.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reservationLifecycle();
    void idempotencyOverHttp();
    void syncPushAppliesEachOnce();

private:
    QByteArray token(const QString &user) { return m_http.login(m_server->url(), user); }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
};

void TestServerWrites::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
}

void TestServerWrites::reservationLifecycle()
{
    const QByteArray t = token(u"clerk-mad"_s);
    auto row = [&] { return m_http.stockRow(m_server->url(), u"PROD-005"_s, u"MAD-001"_s, t); };
    m_http.post(
        m_server->url(u"/api/v1/products/PROD-005/stock"_s),
        { { u"storeId"_s, u"MAD-001"_s }, { u"operation"_s, u"set"_s }, { u"quantity"_s, 10 } }, t);
    QCOMPARE(row().value(u"available"_s).toInt(), 10);

    const HttpResponse created = m_http.post(m_server->url(u"/api/v1/reservations"_s),
                                             { { u"productId"_s, u"PROD-005"_s },
                                               { u"storeId"_s, u"MAD-001"_s },
                                               { u"quantity"_s, 3 },
                                               { u"customerId"_s, u"web-77"_s },
                                               { u"ttl"_s, 300 } },
                                             t);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"reservationId"_s).toString();
    QCOMPARE(row().value(u"reserved"_s).toInt(), 3);
    QCOMPARE(row().value(u"available"_s).toInt(), 7);

    const QJsonObject fetched
        = m_http.get(m_server->url(u"/api/v1/reservations/"_s + id), t).json();
    QCOMPARE(fetched.value(u"status"_s).toString(), u"PENDING"_s);
    QVERIFY(fetched.value(u"remainingSeconds"_s).toInt() > 290);

    const HttpResponse confirmed
        = m_http.send("POST", m_server->url(u"/api/v1/reservations/%1/confirm"_s.arg(id)), {}, t);
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.json().value(u"status"_s).toString(), u"CONFIRMED"_s);
    QCOMPARE(row().value(u"quantity"_s).toInt(), 7);
    QCOMPARE(row().value(u"reserved"_s).toInt(), 0);
    const HttpResponse again
        = m_http.send("POST", m_server->url(u"/api/v1/reservations/%1/confirm"_s.arg(id)), {}, t);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, confirmed.body);
    const HttpResponse cancel
        = m_http.send("DELETE", m_server->url(u"/api/v1/reservations/"_s + id), {}, t);
    QCOMPARE(cancel.status, 409);
    QCOMPARE(cancel.errorCode(), u"INVALID_STATE"_s);
    QCOMPARE(cancel.json()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"status"_s)
                 .toString(),
             u"CONFIRMED"_s);
    QCOMPARE(m_http
                 .send("DELETE", m_server->url(u"/api/v1/reservations/"_s + id), {},
                       token(u"clerk-bcn"_s))
                 .status,
             403);
}

void TestServerWrites::idempotencyOverHttp()
{
    const QByteArray t = token(u"clerk-mad"_s);
    const QJsonObject body { { u"storeId"_s, u"MAD-001"_s },
                             { u"operation"_s, u"add"_s },
                             { u"quantity"_s, 2 } };
    const QHash<QByteArray, QByteArray> key { { "Idempotency-Key", "idem-http-1" } };
    const QUrl url = m_server->url(u"/api/v1/products/PROD-006/stock"_s);
    const HttpResponse first = m_http.post(url, body, t, key);
    QCOMPARE(first.status, 200);
    QVERIFY(!first.headers.contains("idempotent-replayed"));
    const HttpResponse second = m_http.post(url, body, t, key);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(second.body, first.body);
    QJsonObject other = body;
    other.insert(u"quantity"_s, 3);
    const HttpResponse reused = m_http.post(url, other, t, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), u"IDEMPOTENCY_KEY_REUSED"_s);
    QCOMPARE(m_http.post(url, body, t, { { "Idempotency-Key", QByteArray(129, 'k') } }).status,
             400);

    QVERIFY(m_server->restart());
    const HttpResponse afterRestart = m_http.post(url, body, t, key);
    QCOMPARE(afterRestart.status, 200);
    QCOMPARE(afterRestart.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(afterRestart.body, first.body);
}

void TestServerWrites::syncPushAppliesEachOnce()
{
    const QByteArray t = token(u"clerk-mad"_s);
    auto stockOp = [](const QString &key, const QString &store, int qty) {
        return QJsonObject { { u"idempotencyKey"_s, key },
                             { u"kind"_s, u"stock"_s },
                             { u"clientTime"_s, u"2026-11-23T10:00:00.000Z"_s },
                             { u"body"_s,
                               QJsonObject { { u"productId"_s, u"PROD-007"_s },
                                             { u"storeId"_s, store },
                                             { u"operation"_s, qty > 0 ? u"add"_s : u"subtract"_s },
                                             { u"quantity"_s, qAbs(qty) } } } };
    };
    const QJsonArray ops { stockOp(u"push-1"_s, u"MAD-001"_s, 4),
                           stockOp(u"push-2"_s, u"BCN-001"_s, 1),
                           stockOp(u"push-3"_s, u"MAD-001"_s, -1000),
                           QJsonObject { { u"idempotencyKey"_s, u"push-4"_s },
                                         { u"kind"_s, u"fly"_s },
                                         { u"body"_s, QJsonObject {} } },
                           stockOp(u"push-5"_s, u"MAD-001"_s, -1) };
    const QUrl url = m_server->url(u"/api/v1/sync/push"_s);
    const qint64 before = m_http.stockRow(m_server->url(), u"PROD-007"_s, u"MAD-001"_s, t)
                              .value(u"quantity"_s)
                              .toInteger();
    for (int round = 0; round < 2; ++round) {
        const HttpResponse response = m_http.post(url, { { u"operations"_s, ops } }, t);
        QCOMPARE(response.status, 200);
        const QJsonArray results = response.json().value(u"results"_s).toArray();
        QList<int> statuses;
        for (const QJsonValue &r : results)
            statuses << r.toObject().value(u"status"_s).toInt();
        QCOMPARE(statuses, (QList<int> { 200, 403, 409, 400, 200 }));
        QCOMPARE(results.at(0).toObject().value(u"idempotencyKey"_s).toString(), u"push-1"_s);
        QVERIFY(response.json().value(u"lastSeq"_s).toInteger() > 0);
    }
    const qint64 after = m_http.stockRow(m_server->url(), u"PROD-007"_s, u"MAD-001"_s, t)
                             .value(u"quantity"_s)
                             .toInteger();
    QCOMPARE(after, before + 3); // +4 and -1, once each although pushed twice
    QCOMPARE(m_http.post(url, { { u"operations"_s, u"nope"_s } }, t).status, 400);
}

QTEST_GUILESS_MAIN(TestServerWrites)
#include "tst_serverwrites.moc"
