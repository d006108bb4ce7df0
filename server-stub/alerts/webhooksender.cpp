#include "server-stub/alerts/webhooksender.h"

#include "server-stub/serverlog.h"

#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace inventory::server {

WebhookSender::WebhookSender(QUrl url, int retryBaseMs, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_retryBaseMs(retryBaseMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WebhookSender::attempt);
}

void WebhookSender::post(const QByteArray &json)
{
    if (m_queue.size() >= MaxQueued) {
        m_queue.dequeue();
        qCWarning(lcServer) << "alert webhook: too many waiting; the oldest was dropped";
        emit abandoned(u"dropped: too many waiting"_s);
    }
    m_queue.enqueue(json);
    if (!m_busy)
        sendNext();
}

void WebhookSender::sendNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    m_current = m_queue.dequeue();
    m_attempts = 0;
    attempt();
}

void WebhookSender::attempt()
{
    ++m_attempts;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("User-Agent", "inventory-server");
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network.post(request, m_current);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            emit delivered(m_attempts);
            return sendNext();
        }
        const QString why = reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                     : u"HTTP %1"_s.arg(status);
        if (m_attempts >= MaxAttempts) {
            qCWarning(lcServer).noquote()
                << u"alert webhook: gave up after %1 attempts: %2"_s.arg(m_attempts).arg(why);
            emit abandoned(why);
            return sendNext();
        }
        const qint64 delay
            = std::min<qint64>(qint64(m_retryBaseMs) << (m_attempts - 1), MaxDelayMs);
        qCInfo(lcServer).noquote()
            << u"alert webhook: %1; trying again in %2 ms"_s.arg(why).arg(delay);
        m_retry.start(int(delay));
    });
}

} // namespace inventory::server
