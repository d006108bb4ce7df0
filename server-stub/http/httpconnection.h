#pragma once

#include "server-stub/http/apiresponse.h"
#include "server-stub/http/httprequestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace inventory::server {

class HttpFrontend;

// One client's HTTP connection: reads its requests in the order they were sent and answers
// each before it starts on the next (a reply may come after a commit), so that pipelined
// answers keep their order. Lives as a child of its socket.
// Holds the client to the front end's HttpLimits: a head must arrive within its timeout, a
// body must keep coming, an idle kept-alive connection is closed, and after a refusal what
// the client still sends is read and dropped for a while, so that it reads the answer.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, HttpFrontend &frontend);

    // The peer's address as text, formatted once per connection.
    const QString &peer() const { return m_peer; }
    bool isOpen() const;
    // Answers the request being handled (or refused); then reads the next one, or closes
    // when the client asked to or the request could not be read.
    void respond(const ApiResponse &response, QByteArrayView requestId);

private:
    void readAvailable();
    void processBuffered();
    void handOver();
    void refuse(int status, const QString &message);
    // What the connection waits for now, with its timeout (or none while a request is being
    // answered).
    void armTimer();
    void onTimeout();
    void startDiscarding();

    QTcpSocket *m_socket;
    HttpFrontend &m_frontend;
    QString m_peer;
    QByteArray m_buffer;
    qsizetype m_needed = 0; // bytes the request at the front needs, when its head said
    bool m_busy = false; // a request is being answered
    bool m_processing = false;
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_closing = false;
    bool m_refused = false; // the answer being sent refuses what the client sent
    bool m_discarding = false;
    bool m_headStarted = false; // the head deadline runs
    bool m_continueSent = false;
    qsizetype m_discarded = 0;
    QElapsedTimer m_discardStarted;
    QTimer m_timer;
};

} // namespace inventory::server
