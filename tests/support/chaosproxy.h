#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace inventory::test {

// A loopback TCP proxy in front of a server that cuts connections at random in the middle
// of a response: the request has reached the server (and may have been applied), the
// client sees part of the answer and then a reset. What a flaky store network does.
class ChaosProxy : public QObject
{
    Q_OBJECT

public:
    explicit ChaosProxy(quint16 upstreamPort, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    // Chance that a chunk of response data is the last one the client gets (0 = never).
    void setCutProbability(double probability) { m_cutProbability = probability; }
    int cuts() const { return m_cuts; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    double m_cutProbability = 0;
    int m_cuts = 0;
};

} // namespace inventory::test
