#include "chaosproxy.h"

#include <QRandomGenerator>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace inventory::test {

ChaosProxy::ChaosProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ChaosProxy::accept);
}

bool ChaosProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ChaosProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void ChaosProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto closeBoth = [client, upstream] {
            upstream->abort();
            client->abort();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            // Held in the client socket until the upstream connection is up.
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, closeBoth] {
            QByteArray data = upstream->readAll();
            if (QRandomGenerator::global()->generateDouble() < m_cutProbability) {
                ++m_cuts;
                client->write(data.left(int(QRandomGenerator::global()->bounded(data.size() + 1))));
                client->flush();
                closeBoth();
                return;
            }
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, upstream, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

} // namespace inventory::test
