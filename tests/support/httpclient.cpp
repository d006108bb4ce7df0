#include "httpclient.h"

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
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
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
