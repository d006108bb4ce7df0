#include "dayreportfixture.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace inventory::test {

namespace {
QJsonObject ticket(const QString &id, const QList<std::pair<const char *, int>> &lines,
                   bool offline = false)
{
    QJsonArray array;
    for (const auto &[product, quantity] : lines)
        array.append(QJsonObject { { u"productId"_s, QString::fromLatin1(product) },
                                   { u"quantity"_s, quantity } });
    QJsonObject body { { u"ticketId"_s, id },
                       { u"storeId"_s, u"MAD-001"_s },
                       { u"lines"_s, array },
                       { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } } };
    if (offline) {
        body.insert(u"offline"_s, true);
        body.insert(u"soldAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    return body;
}
} // namespace

bool DayReportFixture::startServer()
{
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start())
        return false;
    for (const QString &user : { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s })
        m_tokens.insert(user, m_http.login(m_server->url(), user));
    return true;
}

void DayReportFixture::recordADay()
{
    const QByteArray admin = m_tokens.value(u"admin"_s);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-005"_s, u"MAD-001"_s, 20, admin), 200);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-001"_s, u"MAD-001"_s, 10, admin), 200);
    const QUrl tickets = m_server->url(u"/api/v1/tickets"_s);
    // clerk-mad: 2 headphones and a laptop; manager-mad: 1 headphones; an offline ticket: 1.
    QCOMPARE(m_http
                 .post(tickets, ticket(u"DAY-T-1"_s, { { "PROD-005", 2 }, { "PROD-001", 1 } }),
                       m_tokens.value(u"clerk-mad"_s))
                 .status,
             201);
    QCOMPARE(m_http
                 .post(tickets, ticket(u"DAY-T-2"_s, { { "PROD-005", 1 } }),
                       m_tokens.value(u"manager-mad"_s))
                 .status,
             201);
    QCOMPARE(m_http
                 .post(tickets, ticket(u"DAY-T-3"_s, { { "PROD-005", 1 } }, true),
                       m_tokens.value(u"clerk-mad"_s))
                 .status,
             201);
    // One headphones comes back.
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/tickets/DAY-T-1/returns"_s),
                       { { u"returnId"_s, u"DAY-R-1"_s },
                         { u"storeId"_s, u"MAD-001"_s },
                         { u"lines"_s,
                           QJsonArray { QJsonObject { { u"productId"_s, u"PROD-005"_s },
                                                      { u"quantity"_s, 1 },
                                                      { u"disposition"_s, u"restock"_s } } } } },
                       m_tokens.value(u"clerk-mad"_s))
                 .status,
             201);
    const auto adjust = [&](const char *product, const char *operation, int units,
                            const char *reason) {
        return m_http
            .post(m_server->url(u"/api/v1/products/%1/stock"_s.arg(QLatin1StringView(product))),
                  { { u"storeId"_s, u"MAD-001"_s },
                    { u"operation"_s, QString::fromLatin1(operation) },
                    { u"quantity"_s, units },
                    { u"reason"_s, QString::fromLatin1(reason) } },
                  m_tokens.value(u"manager-mad"_s))
            .status;
    };
    QCOMPARE(adjust("PROD-001", "subtract", 1, "damage"), 200);
    QCOMPARE(adjust("PROD-005", "add", 5, "received"), 200);
    // Two headphones shipped to Barcelona.
    const HttpResponse requested
        = m_http.post(m_server->url(u"/api/v1/transfers"_s),
                      { { u"transferId"_s, u"DAY-X-1"_s },
                        { u"fromStoreId"_s, u"MAD-001"_s },
                        { u"toStoreId"_s, u"BCN-001"_s },
                        { u"lines"_s,
                          QJsonArray { QJsonObject { { u"productId"_s, u"PROD-005"_s },
                                                     { u"quantity"_s, 2 } } } } },
                      admin);
    QCOMPARE(requested.status, 201);
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/transfers/DAY-X-1/ship"_s), {}, admin).status,
             200);
    m_today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

QJsonObject DayReportFixture::find(const QJsonArray &array, const QString &key,
                                   const QString &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

} // namespace inventory::test
