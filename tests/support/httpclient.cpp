#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace inventory::test {

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

HttpResponse HttpClient::get(const QUrl &url, const QByteArray &token)
{
    return send("GET", url, {}, token);
}

HttpResponse HttpClient::post(const QUrl &url, const QJsonObject &body, const QByteArray &token,
                              const QHash<QByteArray, QByteArray> &headers)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
}

HttpResponse HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                              const QByteArray &token, const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkReply *reply
        = m_manager.sendCustomRequest(request(url, token, headers, 30'000), method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(35'000);
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return response;
}

QByteArray HttpClient::login(const QUrl &serverUrl, const QString &user)
{
    QUrl url = serverUrl;
    url.setPath(u"/api/v1/auth/login"_s);
    const HttpResponse response
        = post(url, { { u"username"_s, user }, { u"password"_s, u"demo"_s } });
    return response.json().value(u"token"_s).toString().toLatin1();
}

} // namespace inventory::test

namespace inventory::test {

QNetworkRequest HttpClient::request(const QUrl &url, const QByteArray &token,
                                    const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    return request;
}

QJsonObject HttpClient::stockRow(const QUrl &serverUrl, const QString &product,
                                 const QString &store, const QByteArray &token)
{
    QUrl url = serverUrl;
    url.setPath(u"/api/v1/products/%1/availability"_s.arg(product));
    url.setQuery(u"storeId="_s + store);
    return get(url, token).json().value(u"stores"_s).toArray().at(0).toObject();
}

int HttpClient::setStock(const QUrl &serverUrl, const QString &product, const QString &store,
                         qint64 quantity, const QByteArray &token)
{
    QUrl url = serverUrl;
    url.setPath(u"/api/v1/products/%1/stock"_s.arg(product));
    return post(url,
                { { u"storeId"_s, store },
                  { u"operation"_s, u"set"_s },
                  { u"quantity"_s, quantity } },
                token)
        .status;
}

QByteArray HttpClient::feedUpgradeRequest(const QByteArray &token, qint64 since)
{
    return "GET /api/v1/feed?since=" + QByteArray::number(since)
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
          "Authorization: Bearer "
        + token + "\r\n\r\n";
}

QList<QJsonObject> HttpClient::eventsSince(const QUrl &serverUrl, qint64 since,
                                           const QByteArray &token)
{
    QList<QJsonObject> all;
    for (;;) {
        QUrl url = serverUrl;
        url.setPath(u"/api/v1/events"_s);
        url.setQuery(u"since=%1&limit=1000"_s.arg(since));
        const QJsonArray page = get(url, token).json().value(u"events"_s).toArray();
        if (page.isEmpty())
            return all;
        for (const QJsonValue &event : page)
            all << event.toObject();
        since = all.last().value(u"seq"_s).toInteger();
    }
}

} // namespace inventory::test
