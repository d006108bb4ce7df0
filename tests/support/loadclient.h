#pragma once

#include "httpclient.h"

#include <QNetworkAccessManager>
#include <functional>
#include <memory>
#include <vector>

namespace inventory::test {

// Many requests in flight at once over many connections: Qt opens at most six per host
// and manager, so the requests are spread round-robin over several managers.
class LoadClient
{
public:
    explicit LoadClient(int connections);

    void send(const QByteArray &method, const QUrl &url, const QByteArray &body,
              const QByteArray &token, const QHash<QByteArray, QByteArray> &headers,
              std::function<void(const HttpResponse &)> done);
    int pending() const { return m_pending; }

private:
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    size_t m_next = 0;
    int m_pending = 0;
};

} // namespace inventory::test
