#pragma once

#include <QTcpSocket>
#include <QUrl>

namespace inventory::bench {

// A feed subscriber that costs the probe almost nothing: it opens the WebSocket by hand and
// only walks the frame headers to count messages. The server cannot tell it from a real
// client, so it carries the same load; the latency is measured by FeedClients beside it.
class RawFeedSubscriber : public QObject
{
    Q_OBJECT

public:
    RawFeedSubscriber(const QUrl &server, const QByteArray &token, qint64 since,
                      QObject *parent = nullptr);

    bool upgraded() const { return m_upgraded; }
    qint64 messages() const { return m_messages; }
    bool failed() const { return m_failed; }

signals:
    void upgradedChanged();

private:
    void onReadyRead();
    void consumeFrames();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_skip = 0; // payload bytes of the current frame still to come
    qint64 m_messages = 0;
    bool m_upgraded = false;
    bool m_failed = false;
};

} // namespace inventory::bench
