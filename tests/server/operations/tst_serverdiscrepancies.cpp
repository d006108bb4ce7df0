// Offline sales over HTTP against a real inventory-server (API.md "Stock discrepancies"): an
// offline ticket beyond stock is 201, raises a discrepancy and puts the newest reservation at
// risk; the same through /sync/push (kinds ticket and return) exactly once; the list; a
// manager of the store resolves it, clerks (of this store or another) may not.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
QJsonObject offlineTicket(const QString &id, const QString &product, int quantity)
{
    return { { u"ticketId"_s, id },
             { u"storeId"_s, u"MAD-001"_s },
             { u"lines"_s,
               QJsonArray {
                   QJsonObject { { u"productId"_s, product }, { u"quantity"_s, quantity } } } },
             { u"offline"_s, true },
             { u"soldAt"_s, u"2026-12-02T19:45:00.000Z"_s },
             { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } } };
}
} // namespace

class TestServerDiscrepancies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOfflineTicketBeyondStockRaisesADiscrepancy();
    void theQueueSendsTicketsAndReturnsOnce();
    void onlyAManagerOfTheStoreResolves();

private:
    QJsonObject row(const QString &product)
    {
        return m_http.stockRow(m_server->url(), product, u"MAD-001"_s, m_admin);
    }
    QJsonArray openDiscrepancies(const QByteArray &token)
    {
        const HttpResponse listed = m_http.get(
            m_server->url(u"/api/v1/discrepancies?storeId=MAD-001&status=open"_s), token);
        return listed.json().value(u"discrepancies"_s).toArray();
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QByteArray m_clerk;
    QByteArray m_manager;
};

void TestServerDiscrepancies::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    m_clerk = m_http.login(m_server->url(), u"clerk-mad"_s);
    m_manager = m_http.login(m_server->url(), u"manager-mad"_s);
}

void TestServerDiscrepancies::anOfflineTicketBeyondStockRaisesADiscrepancy()
{
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-012"_s, u"MAD-001"_s, 3, m_admin), 200);
    const HttpResponse held = m_http.post(m_server->url(u"/api/v1/reservations"_s),
                                          { { u"reservationId"_s, u"R-CLICK-1"_s },
                                            { u"productId"_s, u"PROD-012"_s },
                                            { u"storeId"_s, u"MAD-001"_s },
                                            { u"quantity"_s, 2 },
                                            { u"customerId"_s, u"ana"_s },
                                            { u"ttl"_s, 3600 } },
                                          m_clerk);
    QCOMPARE(held.status, 201);
    QCOMPARE(held.json().value(u"atRisk"_s).toBool(), false);

    // 3 on the books, 2 held: 4 sold offline yesterday evening.
    const HttpResponse sold
        = m_http.post(m_server->url(u"/api/v1/tickets"_s),
                      offlineTicket(u"MAD-T1-OFF-1"_s, u"PROD-012"_s, 4), m_clerk);
    QCOMPARE(sold.status, 201);
    QCOMPARE(sold.json().value(u"offline"_s).toBool(), true);
    QCOMPARE(sold.json().value(u"soldAt"_s).toString(), u"2026-12-02T19:45:00.000Z"_s);
    QCOMPARE(row(u"PROD-012"_s).value(u"quantity"_s).toInteger(), 0);
    QCOMPARE(row(u"PROD-012"_s).value(u"reserved"_s).toInteger(), 0);
    const HttpResponse reservation
        = m_http.get(m_server->url(u"/api/v1/reservations/R-CLICK-1"_s), m_clerk);
    QCOMPARE(reservation.json().value(u"atRisk"_s).toBool(), true);
    QCOMPARE(reservation.json().value(u"status"_s).toString(), u"PENDING"_s);

    const QJsonArray open = openDiscrepancies(m_manager);
    QCOMPARE(open.size(), 1);
    const QJsonObject d = open.first().toObject();
    QCOMPARE(d.value(u"ticketId"_s).toString(), u"MAD-T1-OFF-1"_s);
    QCOMPARE(d.value(u"shortBy"_s).toInteger(), 3);
    QCOMPARE(d.value(u"unrecorded"_s).toInteger(), 1);
    QCOMPARE(d.value(u"reservationsAtRisk"_s).toArray(), QJsonArray { u"R-CLICK-1"_s });

    // The feed: the ticket with its row, then the discrepancy.
    const QList<QJsonObject> events = m_http.eventsSince(
        m_server->url(), sold.json().value(u"eventSeq"_s).toInteger() - 1, m_admin);
    QVERIFY(events.size() >= 2);
    QCOMPARE(events.at(0).value(u"type"_s).toString(), u"ticket.sold"_s);
    QVERIFY(events.at(0)
                .value(u"data"_s)
                .toObject()
                .value(u"lines"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"row"_s)
                .isObject());
    QCOMPARE(events.at(1).value(u"type"_s).toString(), u"stock.discrepancy"_s);
    // An online ticket for the same product is still refused.
    QJsonObject online = offlineTicket(u"MAD-T1-ON-1"_s, u"PROD-012"_s, 1);
    online.remove(u"offline"_s);
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/tickets"_s), online, m_clerk).status, 409);
}

void TestServerDiscrepancies::theQueueSendsTicketsAndReturnsOnce()
{
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-011"_s, u"MAD-001"_s, 10, m_admin), 200);
    const QJsonObject push {
        { u"operations"_s,
          QJsonArray {
              QJsonObject { { u"idempotencyKey"_s, u"MAD-T1-OFF-2"_s },
                            { u"kind"_s, u"ticket"_s },
                            { u"body"_s, offlineTicket(u"MAD-T1-OFF-2"_s, u"PROD-011"_s, 3) } },
              QJsonObject { { u"idempotencyKey"_s, u"MAD-T1-OFF-2-R1"_s },
                            { u"kind"_s, u"return"_s },
                            { u"body"_s,
                              QJsonObject { { u"ticketId"_s, u"MAD-T1-OFF-2"_s },
                                            { u"returnId"_s, u"MAD-T1-OFF-2-R1"_s },
                                            { u"storeId"_s, u"MAD-001"_s },
                                            { u"lines"_s,
                                              QJsonArray { QJsonObject {
                                                  { u"productId"_s, u"PROD-011"_s },
                                                  { u"quantity"_s, 1 },
                                                  { u"disposition"_s, u"restock"_s } } } } } } },
              QJsonObject { { u"idempotencyKey"_s, u"bad-kind"_s },
                            { u"kind"_s, u"teleport"_s },
                            { u"body"_s, QJsonObject {} } } } }
    };
    for (int attempt = 0; attempt < 2; ++attempt) { // the second time: a lost reply
        const HttpResponse pushed
            = m_http.post(m_server->url(u"/api/v1/sync/push"_s), push, m_clerk);
        QCOMPARE(pushed.status, 200);
        const QJsonArray results = pushed.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(u"status"_s).toInt(), 201);
        QCOMPARE(results.at(1).toObject().value(u"status"_s).toInt(), 201);
        QCOMPARE(results.at(2).toObject().value(u"status"_s).toInt(), 400);
        QCOMPARE(row(u"PROD-011"_s).value(u"quantity"_s).toInteger(), 8);
    }
    const HttpResponse ticket
        = m_http.get(m_server->url(u"/api/v1/tickets/MAD-T1-OFF-2"_s), m_clerk);
    QCOMPARE(ticket.json().value(u"offline"_s).toBool(), true);
    QCOMPARE(
        ticket.json().value(u"lines"_s).toArray().first().toObject().value(u"returned"_s).toInt(),
        1);
}

void TestServerDiscrepancies::onlyAManagerOfTheStoreResolves()
{
    const QJsonArray open = openDiscrepancies(m_manager);
    QVERIFY(!open.isEmpty());
    const QString id = open.first().toObject().value(u"discrepancyId"_s).toString();
    const QUrl resolve = m_server->url(u"/api/v1/discrepancies/%1/resolve"_s.arg(id));
    const QJsonObject body { { u"resolution"_s, u"released"_s },
                             { u"note"_s, u"customer called"_s } };
    QCOMPARE(m_http.post(resolve, body, m_clerk).status, 403);
    const QByteArray barcelona = m_http.login(m_server->url(), u"clerk-bcn"_s);
    QCOMPARE(m_http.post(resolve, body, barcelona).status, 403);
    QCOMPARE(m_http.post(resolve, { { u"resolution"_s, u"shrug"_s } }, m_manager).status, 400);
    QCOMPARE(
        m_http.post(m_server->url(u"/api/v1/discrepancies/D-999999/resolve"_s), body, m_manager)
            .status,
        404);

    const HttpResponse resolved = m_http.post(resolve, body, m_manager);
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json().value(u"status"_s).toString(), u"resolved"_s);
    QCOMPARE(resolved.json().value(u"resolvedBy"_s).toString(), u"manager-mad"_s);
    // Released: the reservation the sale uncovered is cancelled.
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/reservations/R-CLICK-1"_s), m_clerk)
                 .json()
                 .value(u"status"_s)
                 .toString(),
             u"CANCELLED"_s);
    QVERIFY(openDiscrepancies(m_manager).isEmpty());
    QCOMPARE(m_http.post(resolve, { { u"resolution"_s, u"accepted"_s } }, m_manager).status, 409);
    const HttpResponse history = m_http.get(
        m_server->url(u"/api/v1/discrepancies?storeId=MAD-001&status=resolved"_s), m_manager);
    QCOMPARE(history.json().value(u"discrepancies"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestServerDiscrepancies)
#include "tst_serverdiscrepancies.moc"
