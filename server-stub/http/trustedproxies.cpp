#include "server-stub/http/trustedproxies.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
// IPv4 peers of a dual-stack socket come as ::ffff:a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

Result<TrustedProxies> TrustedProxies::parse(const QString &list)
{
    TrustedProxies proxies;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
        QString text = item.trimmed();
        if (!text.contains(u'/'))
            text += QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol ? u"/128"_s
                                                                                   : u"/32"_s;
        const auto subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull())
            return Error::validation(u"trusted-proxy"_s,
                                     u"'%1' is not an address or ADDRESS/PREFIX"_s.arg(item));
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress checked = plain(address);
    for (const auto &subnet : m_subnets) {
        if (checked.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString TrustedProxies::clientAddress(const QHostAddress &peer, QByteArrayView forwardedFor) const
{
    const QString peerText = plain(peer).toString();
    if (forwardedFor.isEmpty() || !contains(peer))
        return peerText;
    // Right to left: the first address no trusted proxy vouches for further is the client.
    const QList<QByteArray> hops = forwardedFor.toByteArray().split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops.at(i).trimmed()));
        if (hop.isNull())
            return peerText; // a forged or broken list: trust none of it
        if (!contains(hop) || i == 0)
            return plain(hop).toString();
    }
    return peerText;
}

} // namespace inventory::server
