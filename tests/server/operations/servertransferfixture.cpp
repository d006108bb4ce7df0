#include "servertransferfixture.h"

using namespace Qt::StringLiterals;

namespace inventory::test {

bool ServerTransferFixture::startServer()
{
    m_server = std::make_unique<ServerProcess>();
    return m_server->start();
}

void ServerTransferFixture::signIn()
{
    for (const QString &user : { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s, u"clerk-bcn"_s })
        m_tokens.insert(user, m_http.login(m_server->url(), user));
}

HttpResponse ServerTransferFixture::step(const QString &id, const QString &verb,
                                         const QJsonObject &body, const QByteArray &token)
{
    return m_http.post(m_server->url(u"/api/v1/transfers/%1/%2"_s.arg(id, verb)), body, token);
}

QJsonObject ServerTransferFixture::lines(const QString &product, int quantity, int damaged)
{
    QJsonObject line { { u"productId"_s, product }, { u"quantity"_s, quantity } };
    if (damaged > 0)
        line.insert(u"damaged"_s, damaged);
    return line;
}

} // namespace inventory::test
