#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QHash>
#include <QJsonObject>
#include <memory>

namespace inventory::test {

// The count suites' server (API.md "Count sessions"): a real inventory-server with admin,
// manager-mad, clerk-mad and clerk-bcn signed in, and its count routes as calls.
class CountFixture
{
protected:
    // Starts the server and signs the users in; false if it did not start.
    bool startServer();
    // Stops the server, which must exit cleanly and leave consistent books.
    void stopServer();

    HttpResponse open(const QJsonObject &body, const QString &user);
    HttpResponse enter(const QString &count, const QString &product, qint64 counted,
                       const QString &device, const QString &user = QStringLiteral("clerk-mad"));
    HttpResponse step(const QString &count, const QString &verb, const QJsonObject &body = {},
                      const QString &user = QStringLiteral("manager-mad"));
    qint64 quantity(const QString &product, const QString &store);
    void setStock(const QString &product, const QString &store, qint64 units);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;
};

} // namespace inventory::test
