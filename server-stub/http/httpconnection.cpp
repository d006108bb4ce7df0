#include "server-stub/http/httpconnection.h"

#include "server-stub/http/httpfrontend.h"
#include "server-stub/write/directwrite.h"

#include <QTcpSocket>
#include <QVarLengthArray>
#include <algorithm>
#include <charconv>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
// After a refusal, the connection closes once the client has sent nothing for this long
// (lingering close, as nginx does), so that the answer is read, not lost to a reset.
constexpr int kLingerMs = 1000;

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpFrontend &frontend)
    : QObject(socket)
    , m_socket(socket)
    , m_frontend(frontend)
    , m_peer(socket->peerAddress().toString())
    , m_timer(this) // a child: it moves with the connection if the socket changes threads
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    if (socket->bytesAvailable() > 0)
        readAvailable();
    else
        armTimer();
}

void HttpConnection::armTimer()
{
    const HttpLimits &limits = m_frontend.limits();
    if (m_busy || m_closing) {
        if (!m_discarding)
            m_timer.stop();
        return;
    }
    if (m_buffer.isEmpty()) {
        m_headStarted = false;
        m_timer.start(limits.idleTimeoutMs);
    } else if (m_needed > 0) {
        m_timer.start(limits.bodyTimeoutMs); // restarted by every read that brings bytes
    } else if (!m_headStarted) {
        m_headStarted = true;
        m_timer.start(limits.headTimeoutMs);
    }
}

void HttpConnection::onTimeout()
{
    if (m_discarding || (m_buffer.isEmpty() && !m_busy)) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (m_busy || m_closing)
        return;
    refuse(408,
           m_needed > 0 ? u"the body did not arrive in time"_s
                        : u"the request line and headers did not arrive in time"_s);
}

void HttpConnection::startDiscarding()
{
    m_discarding = true;
    m_closing = true;
    m_buffer.clear();
    m_discardStarted.start();
    m_timer.start(kLingerMs);
    readAvailable();
}

bool HttpConnection::isOpen() const
{
    return !m_closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

// The socket keeps a read transaction open from the first byte of an unanswered request,
// so that an upgrade request can be put back for the WebSocket server to read. It is
// opened only when nothing is buffered, and committed when a request is taken.
// While a request is being answered, what comes next stays in the socket.
void HttpConnection::readAvailable()
{
    if (m_discarding) {
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        const qint64 left = m_frontend.limits().bodyTimeoutMs - m_discardStarted.elapsed();
        if (m_discarded > m_frontend.limits().discardLimit || left <= 0)
            m_socket->disconnectFromHost();
        else
            m_timer.start(int(std::min<qint64>(kLingerMs, left)));
        return;
    }
    if (m_closing || m_busy)
        return;
    if (m_socket->bytesAvailable() > 0) {
        if (m_buffer.isEmpty() && !m_socket->isTransactionStarted())
            m_socket->startTransaction();
        // Read straight into the buffer: readAll() sized a new array by growing it, which
        // cost more than the copy.
        const qsizetype had = m_buffer.size();
        const qint64 available = m_socket->bytesAvailable();
        m_buffer.resize(had + qsizetype(available));
        const qint64 got = m_socket->read(m_buffer.data() + had, available);
        m_buffer.resize(had + qsizetype(std::max<qint64>(got, 0)));
    }
    processBuffered();
}

void HttpConnection::processBuffered()
{
    m_processing = true;
    while (!m_busy && !m_closing && !m_buffer.isEmpty() && m_buffer.size() >= m_needed) {
        HttpRequest request;
        const auto result = m_frontend.parser().parse(m_buffer, request);
        if (result.status == HttpRequestParser::Status::Incomplete) {
            m_needed = result.size;
            // The head is read and a body follows: not an upgrade, so nothing needs putting
            // back, and the socket's buffer must not hold the body (it is bounded).
            if (m_needed > 0 && m_socket->isTransactionStarted())
                m_socket->commitTransaction();
            // RFC 9110 10.1.1: the client waits for this before it sends the body.
            if (result.expectContinue && m_needed > 0 && !std::exchange(m_continueSent, true))
                writeDirect(m_socket, QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            break;
        }
        m_needed = 0;
        if (result.status == HttpRequestParser::Status::Invalid) {
            refuse(result.httpStatus, result.message);
            break;
        }
        if (request.webSocketUpgrade && request.method == "GET") {
            handOver();
            return;
        }
        // Emptied rather than shifted when it held one request: the allocation (up to a
        // whole 8 MiB push) is not kept by an idle connection, and the next read is taken
        // over as it is instead of copied in.
        if (result.size == m_buffer.size())
            m_buffer.clear();
        else
            m_buffer.remove(0, result.size);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_busy = true;
        m_continueSent = false;
        m_headStarted = false;
        m_keepAlive = request.keepAlive;
        m_headOnly = request.method == "HEAD";
        m_frontend.handle(std::move(request), *this);
    }
    m_processing = false;
    armTimer();
}

void HttpConnection::handOver()
{
    m_processing = false;
    m_timer.stop();
    // Only when the transaction holds the whole request; after pipelined requests it
    // cannot be put back, and a WebSocket client never sends one after another anyway.
    if (!m_socket->isTransactionStarted())
        return refuse(400, u"a WebSocket upgrade must be the first request in its packet"_s);
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->rollbackTransaction();
    QTcpSocket *socket = m_socket;
    deleteLater();
    m_closing = true;
    m_frontend.upgrade(socket);
}

void HttpConnection::refuse(int status, const QString &message)
{
    m_busy = true;
    m_refused = true;
    m_keepAlive = false;
    m_headOnly = false;
    m_frontend.refuse(status, message, *this);
}

void HttpConnection::respond(const ApiResponse &response, QByteArrayView requestId)
{
    char status[16];
    char length[24];
    const char *statusEnd = std::to_chars(status, status + sizeof status, response.status).ptr;
    const char *lengthEnd = std::to_chars(length, length + sizeof length, response.body.size()).ptr;
    // The head's pieces are gathered, then copied once into a buffer of their total size:
    // QByteArray::append checked and grew the array once per piece, twenty times a reply.
    // The body follows it as it is, uncopied.
    QVarLengthArray<QByteArrayView, 32> pieces { "HTTP/1.1 ",
                                                 QByteArrayView(status, statusEnd),
                                                 " ",
                                                 reasonPhrase(response.status),
                                                 "\r\nContent-Type: ",
                                                 response.contentType,
                                                 "\r\nContent-Length: ",
                                                 QByteArrayView(length, lengthEnd),
                                                 "\r\nX-Request-Id: ",
                                                 requestId,
                                                 "\r\n" };
    for (const auto &[name, value] : response.headers) {
        for (QByteArrayView piece : { QByteArrayView(name), QByteArrayView(": "),
                                      QByteArrayView(value), QByteArrayView("\r\n") })
            pieces.append(piece);
    }
    if (!m_keepAlive)
        pieces.append("Connection: close\r\n");
    pieces.append("\r\n");
    qsizetype total = 0;
    for (QByteArrayView piece : pieces)
        total += piece.size();
    QByteArray wire(total, Qt::Uninitialized);
    char *at = wire.data();
    for (QByteArrayView piece : pieces)
        at = std::copy(piece.begin(), piece.end(), at);
    writeDirect(m_socket, wire, m_headOnly ? QByteArrayView() : QByteArrayView(response.body));

    m_busy = false;
    if (!m_keepAlive && m_refused) {
        startDiscarding();
    } else if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    } else if (!m_processing) {
        readAvailable();
    } else {
        armTimer();
    }
}

} // namespace inventory::server
