#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QHash>
#include <QJsonObject>
#include <memory>

namespace inventory::test {

// The transfer suites' server: a real inventory-server, its demo users admin, manager-mad,
// clerk-mad and clerk-bcn signed in, and the steps of a transfer (API.md "Transfers between
// stores") as calls.
class ServerTransferFixture
{
protected:
    // Starts the server; false if it did not start.
    bool startServer();
    // Signs the demo users in.
    void signIn();
    HttpResponse step(const QString &id, const QString &verb, const QJsonObject &body,
                      const QByteArray &token);
    // A line of a transfer: `quantity` units of the product, `damaged` of them damaged.
    static QJsonObject lines(const QString &product, int quantity, int damaged = 0);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;
};

} // namespace inventory::test
