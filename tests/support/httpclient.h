#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace inventory::test {

struct HttpResponse
{
    int status = 0; // 0: no answer (connection refused, timeout)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const;
    QString errorCode() const;
};

// A blocking HTTP client for tests: each call waits (on the reply's signal) for the answer.
class HttpClient
{
public:
    HttpResponse get(const QUrl &url, const QByteArray &token = {});
    HttpResponse send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const QByteArray &token = {},
                      const QHash<QByteArray, QByteArray> &headers = {});
    HttpResponse post(const QUrl &url, const QJsonObject &body, const QByteArray &token = {},
                      const QHash<QByteArray, QByteArray> &headers = {});
    // The token of a demo user (password "demo").
    QByteArray login(const QUrl &serverUrl, const QString &user);
    // One store's row of a product, as GET …/availability?storeId= returns it.
    QJsonObject stockRow(const QUrl &serverUrl, const QString &product, const QString &store,
                         const QByteArray &token);
    // Sets a store's count of a product (POST …/stock, operation set); the HTTP status.
    int setStock(const QUrl &serverUrl, const QString &product, const QString &store,
                 qint64 quantity, const QByteArray &token);
    // Every event after `since`, paging through GET /api/v1/events.
    QList<QJsonObject> eventsSince(const QUrl &serverUrl, qint64 since, const QByteArray &token);
    // The bytes of a WebSocket upgrade to the feed, for tests that drive a raw TCP socket.
    static QByteArray feedUpgradeRequest(const QByteArray &token, qint64 since = 0);

    // The request both test clients send: JSON, bearer token, extra headers.
    static QNetworkRequest request(const QUrl &url, const QByteArray &token,
                                   const QHash<QByteArray, QByteArray> &headers, int timeoutMs);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
};

} // namespace inventory::test
