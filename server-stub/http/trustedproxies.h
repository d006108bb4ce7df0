#pragma once

#include "core/domain/result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace inventory::server {

// The proxies allowed to say who the client is (--trusted-proxy CIDR,...). A request from
// one of them is the client named last in X-Forwarded-For that is not itself a trusted proxy
// (each proxy appends the peer it saw); from anyone else the header is ignored, so a client
// cannot pick the address its rate limit and log lines are kept under.
class TrustedProxies
{
public:
    static Result<TrustedProxies> parse(const QString &list);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    // The client's address as text: the peer's, or the one the trusted proxy forwarded.
    QString clientAddress(const QHostAddress &peer, QByteArrayView forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace inventory::server
