#include "rawfeedsubscriber.h"

using namespace Qt::StringLiterals;

namespace inventory::bench {

RawFeedSubscriber::RawFeedSubscriber(const QUrl &server, const QByteArray &token, qint64 since,
                                     QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawFeedSubscriber::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_failed = true; });
    connect(&m_socket, &QTcpSocket::connected, this, [this, server, token, since] {
        m_socket.write("GET /api/v1/feed?since=" + QByteArray::number(since)
                       + " HTTP/1.1\r\nHost: " + server.host().toLatin1()
                       + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer "
                       + token + "\r\n\r\n");
    });
    m_socket.connectToHost(server.host(), quint16(server.port()));
}

void RawFeedSubscriber::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_upgraded) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        if (!m_buffer.startsWith("HTTP/1.1 101")) {
            m_failed = true;
            m_socket.abort();
            return;
        }
        m_buffer.remove(0, end + 4);
        m_upgraded = true;
        emit upgradedChanged();
    }
    consumeFrames();
}

void RawFeedSubscriber::consumeFrames()
{
    qsizetype at = 0;
    for (;;) {
        if (m_skip > 0) {
            const qint64 n = qMin<qint64>(m_skip, m_buffer.size() - at);
            at += n;
            m_skip -= n;
            if (m_skip > 0)
                break;
        }
        // Server frames are unmasked: 2 bytes, then a 16- or 64-bit length when flagged.
        if (m_buffer.size() - at < 2)
            break;
        const auto b1 = quint8(m_buffer.at(at + 1)) & 0x7f;
        const int header = b1 == 126 ? 4 : b1 == 127 ? 10 : 2;
        if (m_buffer.size() - at < header)
            break;
        qint64 length = b1;
        if (b1 >= 126) {
            length = 0;
            for (int i = 2; i < header; ++i)
                length = (length << 8) | quint8(m_buffer.at(at + i));
        }
        if ((quint8(m_buffer.at(at)) & 0x0f) == 0x1)
            ++m_messages;
        at += header;
        m_skip = length;
    }
    m_buffer.remove(0, at);
}

} // namespace inventory::bench
