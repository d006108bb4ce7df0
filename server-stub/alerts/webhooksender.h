#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrl>

namespace inventory::server {

// Posts JSON documents to an operator's webhook (`--alert-webhook URL`) from the event loop,
// one at a time, retrying with exponential backoff (base, 2×base, … up to a minute; at most
// MaxAttempts) when the receiver is out of reach or answers other than 2xx. It never touches the
// writer: a receiver that is down delays nothing but its own deliveries. The queue is bounded:
// past MaxQueued the oldest document waiting is dropped, and said so.
class WebhookSender : public QObject
{
    Q_OBJECT

public:
    WebhookSender(QUrl url, int retryBaseMs, QObject *parent = nullptr);

    void post(const QByteArray &json);
    qsizetype waiting() const { return m_queue.size() + (m_busy ? 1 : 0); }

    static constexpr int MaxAttempts = 8;
    static constexpr int MaxQueued = 100;
    static constexpr int MaxDelayMs = 60'000;
    static constexpr int TimeoutMs = 10'000;

signals:
    void delivered(int attempts);
    void abandoned(const QString &why);

private:
    void sendNext();
    void attempt();

    QUrl m_url;
    int m_retryBaseMs;
    QNetworkAccessManager m_network;
    QQueue<QByteArray> m_queue;
    QTimer m_retry;
    QByteArray m_current;
    int m_attempts = 0;
    bool m_busy = false;
};

} // namespace inventory::server
