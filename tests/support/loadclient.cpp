#include "loadclient.h"

#include <QNetworkReply>

namespace inventory::test {

LoadClient::LoadClient(int connections)
{
    for (int i = 0; i < (connections + 5) / 6; ++i)
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
}

void LoadClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const QByteArray &token, const QHash<QByteArray, QByteArray> &headers,
                      std::function<void(const HttpResponse &)> done)
{
    QNetworkAccessManager &manager = *m_managers[m_next++ % m_managers.size()];
    QNetworkReply *reply
        = manager.sendCustomRequest(HttpClient::request(url, token, headers, 60'000), method, body);
    ++m_pending;
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done] {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        reply->deleteLater();
        --m_pending;
        done(response);
    });
}

} // namespace inventory::test
