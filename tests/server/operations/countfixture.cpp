#include "countfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace inventory::test {

bool CountFixture::startServer()
{
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start())
        return false;
    for (const QString &user : { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s, u"clerk-bcn"_s })
        m_tokens.insert(user, m_http.login(m_server->url(), user));
    return true;
}

void CountFixture::stopServer()
{
    QCOMPARE(m_server->stop(), 0);
    const QStringList problems = m_server->databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

HttpResponse CountFixture::open(const QJsonObject &body, const QString &user)
{
    return m_http.post(m_server->url(u"/api/v1/counts"_s), body, m_tokens.value(user));
}

HttpResponse CountFixture::enter(const QString &count, const QString &product, qint64 counted,
                                 const QString &device, const QString &user)
{
    return m_http.post(
        m_server->url(u"/api/v1/counts/%1/entries"_s.arg(count)),
        { { u"productId"_s, product }, { u"counted"_s, counted }, { u"device"_s, device } },
        m_tokens.value(user));
}

HttpResponse CountFixture::step(const QString &count, const QString &verb, const QJsonObject &body,
                                const QString &user)
{
    return m_http.post(m_server->url(u"/api/v1/counts/%1/%2"_s.arg(count, verb)), body,
                       m_tokens.value(user));
}

qint64 CountFixture::quantity(const QString &product, const QString &store)
{
    return m_http.stockRow(m_server->url(), product, store, m_tokens.value(u"admin"_s))
        .value(u"quantity"_s)
        .toInteger();
}

void CountFixture::setStock(const QString &product, const QString &store, qint64 units)
{
    QCOMPARE(m_http.setStock(m_server->url(), product, store, units, m_tokens.value(u"admin"_s)),
             200);
}

} // namespace inventory::test
