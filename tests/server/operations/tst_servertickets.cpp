// Sale tickets over HTTP against a real inventory-server: the 201 body, all lines or none with
// each short line named, the ticket id as idempotency key (also across a restart), store
// scopes, reading tickets back, a return at another store, and `verify-tickets` on the
// database the server wrote.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
QJsonObject ticket(const QString &id, const QString &store,
                   std::initializer_list<std::pair<const char *, int>> lines)
{
    QJsonArray array;
    for (const auto &[product, quantity] : lines)
        array.append(QJsonObject { { u"productId"_s, QString::fromLatin1(product) },
                                   { u"quantity"_s, quantity } });
    return { { u"ticketId"_s, id },
             { u"storeId"_s, store },
             { u"lines"_s, array },
             { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } } };
}
} // namespace

class TestServerTickets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aTicketSellsEveryLineOnce();
    void aShortLineSellsNothing();
    void storeScopesAndValidation();
    void listAndReturnAtAnotherStore();
    void verifyTicketsReadsTheChains();

private:
    qint64 quantity(const QString &product, const QString &store)
    {
        return m_http.stockRow(m_server->url(), product, store, m_admin)
            .value(u"quantity"_s)
            .toInteger();
    }
    HttpResponse sell(const QJsonObject &body, const QByteArray &token)
    {
        return m_http.post(m_server->url(u"/api/v1/tickets"_s), body, token);
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QByteArray m_clerk;
};

void TestServerTickets::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    m_clerk = m_http.login(m_server->url(), u"clerk-mad"_s);
}

void TestServerTickets::aTicketSellsEveryLineOnce()
{
    const qint64 mouse = quantity(u"PROD-002"_s, u"MAD-001"_s);
    const qint64 keyboard = quantity(u"PROD-003"_s, u"MAD-001"_s);
    // Lines may name a product by SKU or barcode too.
    const QJsonObject body
        = ticket(u"MAD-T1-0001"_s, u"MAD-001"_s, { { "PROD-002", 1 }, { "KB-MECH-RGB-003", 2 } });
    const HttpResponse sold = sell(body, m_clerk);
    QCOMPARE(sold.status, 201);
    const QJsonObject t = sold.json();
    QCOMPARE(t.value(u"seller"_s).toString(), u"clerk-mad"_s);
    QCOMPARE(t.value(u"total"_s).toDouble(), 29.99 + 2 * 89.99);
    QCOMPARE(t.value(u"lines"_s).toArray().at(1).toObject().value(u"productId"_s).toString(),
             u"PROD-003"_s);
    QCOMPARE(quantity(u"PROD-002"_s, u"MAD-001"_s), mouse - 1);
    QCOMPARE(quantity(u"PROD-003"_s, u"MAD-001"_s), keyboard - 2);
    // One event carrying both rows.
    const QList<QJsonObject> events
        = m_http.eventsSince(m_server->url(), t.value(u"eventSeq"_s).toInteger() - 1, m_admin);
    QCOMPARE(events.first().value(u"type"_s).toString(), u"ticket.sold"_s);
    QCOMPARE(events.first().value(u"data"_s).toObject().value(u"lines"_s).toArray().size(), 2);

    // Sent again (a lost reply), and again after a restart: answered, not sold twice.
    const HttpResponse again = sell(body, m_clerk);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.json().value(u"hash"_s), t.value(u"hash"_s));
    QVERIFY(m_server->restart());
    m_clerk = m_http.login(m_server->url(), u"clerk-mad"_s);
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    QCOMPARE(sell(body, m_clerk).status, 201);
    QCOMPARE(quantity(u"PROD-002"_s, u"MAD-001"_s), mouse - 1);
    const HttpResponse fetched
        = m_http.get(m_server->url(u"/api/v1/tickets/MAD-T1-0001"_s), m_clerk);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().value(u"hash"_s), t.value(u"hash"_s));
}

void TestServerTickets::aShortLineSellsNothing()
{
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-012"_s, u"MAD-001"_s, 2, m_admin), 200);
    const qint64 mouse = quantity(u"PROD-002"_s, u"MAD-001"_s);
    const HttpResponse refused
        = sell(ticket(u"MAD-T1-0002"_s, u"MAD-001"_s,
                      { { "PROD-002", 1 }, { "PROD-012", 3 }, { "PROD-011", 1 } }),
               m_clerk);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), u"INSUFFICIENT_STOCK"_s);
    const QJsonArray lines = refused.json()
                                 .value(u"error"_s)
                                 .toObject()
                                 .value(u"details"_s)
                                 .toObject()
                                 .value(u"lines"_s)
                                 .toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(u"productId"_s).toString(), u"PROD-012"_s);
    QCOMPARE(lines.first().toObject().value(u"available"_s).toInteger(), 2);
    QCOMPARE(quantity(u"PROD-002"_s, u"MAD-001"_s), mouse);
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/tickets/MAD-T1-0002"_s), m_clerk).status, 404);
}

void TestServerTickets::storeScopesAndValidation()
{
    const QByteArray barcelona = m_http.login(m_server->url(), u"clerk-bcn"_s);
    QCOMPARE(sell(ticket(u"X-1"_s, u"MAD-001"_s, { { "PROD-002", 1 } }), barcelona).status, 403);
    QCOMPARE(
        sell(ticket(u"X-2"_s, u"MAD-001"_s, { { "PROD-002", 1 }, { "LOG-M185-002", 1 } }), m_clerk)
            .errorCode(),
        u"VALIDATION_FAILED"_s);
    QCOMPARE(sell(ticket(u"X-3"_s, u"MAD-001"_s, { { "NOPE", 1 } }), m_clerk).status, 404);
    QJsonObject priced = ticket(u"X-4"_s, u"MAD-001"_s, { { "PROD-002", 1 } });
    QJsonArray lines = priced.value(u"lines"_s).toArray();
    QJsonObject line = lines.first().toObject();
    line.insert(u"unitPrice"_s, 1.234);
    lines[0] = line;
    priced.insert(u"lines"_s, lines);
    const HttpResponse fraction = sell(priced, m_clerk);
    QCOMPARE(fraction.status, 400);
    QCOMPARE(fraction.json()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"field"_s),
             u"lines[0].unitPrice"_s);
    QCOMPARE(
        sell({ { u"ticketId"_s, u"X-5"_s }, { u"storeId"_s, u"MAD-001"_s } }, m_clerk).errorCode(),
        u"VALIDATION_FAILED"_s);
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/tickets"_s)).status, 401);
}

void TestServerTickets::listAndReturnAtAnotherStore()
{
    QCOMPARE(sell(ticket(u"MAD-T1-0003"_s, u"MAD-001"_s, { { "PROD-008", 3 } }), m_clerk).status,
             201);
    const QJsonObject page
        = m_http.get(m_server->url(u"/api/v1/tickets?storeId=MAD-001&limit=2"_s), m_clerk).json();
    QVERIFY(page.value(u"total"_s).toInteger() >= 2);
    QCOMPARE(page.value(u"tickets"_s).toArray().size(), 2);
    QCOMPARE(page.value(u"tickets"_s).toArray().first().toObject().value(u"ticketId"_s).toString(),
             u"MAD-T1-0003"_s);
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/tickets?storeId=NOPE"_s), m_clerk).status, 404);
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/tickets?from=yesterday"_s), m_clerk).status, 400);

    // Bought in Madrid, two brought back in Sevilla (by someone who works there).
    const qint64 sevilla = quantity(u"PROD-008"_s, u"SEV-001"_s);
    const QJsonObject back { { u"returnId"_s, u"SEV-R-1"_s },
                             { u"storeId"_s, u"SEV-001"_s },
                             { u"lines"_s,
                               QJsonArray {
                                   QJsonObject { { u"productId"_s, u"PROD-008"_s },
                                                 { u"quantity"_s, 2 },
                                                 { u"disposition"_s, u"restock"_s } } } } };
    const QUrl returns = m_server->url(u"/api/v1/tickets/MAD-T1-0003/returns"_s);
    QCOMPARE(m_http.post(returns, back, m_clerk).status, 403); // a Madrid clerk, in Sevilla
    const HttpResponse returned = m_http.post(returns, back, m_admin);
    QCOMPARE(returned.status, 201);
    QCOMPARE(returned.json().value(u"ticketStoreId"_s).toString(), u"MAD-001"_s);
    QCOMPARE(quantity(u"PROD-008"_s, u"SEV-001"_s), sevilla + 2);
    QJsonObject more = back;
    more.insert(u"returnId"_s, u"SEV-R-2"_s);
    const HttpResponse tooMany = m_http.post(returns, more, m_admin);
    QCOMPARE(tooMany.status, 409);
    QCOMPARE(tooMany.errorCode(), u"RETURN_EXCEEDS_SALE"_s);
    const QJsonObject fetched
        = m_http.get(m_server->url(u"/api/v1/tickets/MAD-T1-0003"_s), m_clerk).json();
    QCOMPARE(
        fetched.value(u"lines"_s).toArray().first().toObject().value(u"returned"_s).toInteger(), 2);
}

void TestServerTickets::verifyTicketsReadsTheChains()
{
    QCOMPARE(m_server->stop(), 0);
    QProcess verify;
    verify.start(ServerProcess::binary(),
                 { u"--db"_s, m_server->databasePath(), u"verify-tickets"_s });
    QVERIFY(verify.waitForFinished(30'000));
    const QString out = QString::fromUtf8(verify.readAllStandardOutput());
    QVERIFY2(verify.exitCode() == 0,
             qPrintable(out + QString::fromUtf8(verify.readAllStandardError())));
    QVERIFY2(out.contains(u"MAD-001\t2 ticket(s)\tintact"_s), qPrintable(out));
    QVERIFY(m_server->start());
}

QTEST_GUILESS_MAIN(TestServerTickets)
#include "tst_servertickets.moc"
