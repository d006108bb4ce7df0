#include "core/client/apiclient.h"

#include "core/protocol/errorjson.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace inventory {

struct ApiClient::Call
{
    QByteArray method;
    QString path;
    QByteArray body;
    QString idempotencyKey;
    bool retryable = true;
    int attempt = 0;
    Done done;
};

QString ApiClient::encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiClient::ApiClient(QList<QUrl> servers, QObject *parent)
    : QObject(parent)
    , m_servers(std::move(servers))
{
}

ApiClient::~ApiClient()
{
    for (QNetworkReply *reply : m_network.findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ApiClient::setRetryPolicy(int attempts, int timeoutMs, int baseDelayMs)
{
    m_attempts = qMax(1, attempts);
    m_timeoutMs = timeoutMs;
    m_baseDelayMs = baseDelayMs;
}

Error ApiReply::failure() const
{
    if (!reachedServer())
        return Error::unavailable(
            QObject::tr("the server cannot be reached (%1)").arg(networkError));
    if (error)
        return *error;
    return Error::unavailable(QObject::tr("unexpected answer %1 from the server").arg(status));
}

void ApiClient::get(const QString &pathAndQuery, Done done)
{
    attempt(std::make_shared<Call>(Call { "GET", pathAndQuery, {}, {}, true, 0, std::move(done) }));
}

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     const QString &idempotencyKey, Done done)
{
    attempt(std::make_shared<Call>(
        Call { method, path,
               body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
               idempotencyKey, !idempotencyKey.isEmpty(), 0, std::move(done) }));
}

void ApiClient::login(const QString &user, const QString &password, Done done)
{
    // Safe to retry: a login changes nothing on the server.
    auto call = std::make_shared<Call>(
        Call { "POST",
               u"/api/v1/auth/login"_s,
               QJsonDocument(QJsonObject { { u"username"_s, user }, { u"password"_s, password } })
                   .toJson(QJsonDocument::Compact),
               {},
               true,
               0,
               std::move(done) });
    attempt(call);
}

void ApiClient::failover()
{
    if (m_servers.size() < 2)
        return;
    m_current = (m_current + 1) % m_servers.size();
    emit serverChanged(currentServer());
}

void ApiClient::attempt(std::shared_ptr<Call> call)
{
    if (m_servers.isEmpty()) {
        call->done(ApiReply { 0, {}, {}, tr("no server configured"), std::nullopt });
        return;
    }
    ++call->attempt;
    QUrl url = currentServer();
    const qsizetype q = call->path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + call->path.left(q));
    if (q >= 0)
        url.setQuery(call->path.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Content-Type", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!call->idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call->idempotencyKey.toUtf8());
    QNetworkReply *reply = m_network.sendCustomRequest(request, call->method, call->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] {
        reply->deleteLater();
        ApiReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.rawBody = reply->readAll();
        result.body = QJsonDocument::fromJson(result.rawBody).object();
        if (result.status == 0)
            result.networkError = reply->errorString();
        if (result.status >= 400)
            result.error = errorFromJson(result.body);

        const bool transient = result.status == 0 || result.status == 503 || result.status == 429;
        if (result.status == 0)
            failover();
        if (!transient || !call->retryable || call->attempt >= m_attempts) {
            call->done(result);
            return;
        }
        int delay = m_baseDelayMs * (1 << qMin(call->attempt - 1, 6));
        delay += int(
            QRandomGenerator::global()->bounded(delay / 2 + 1)); // jitter: no thundering herd
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (result.status == 429 && !retryAfter.isEmpty())
            delay = qMax(delay, retryAfter.toInt() * 1000);
        QTimer::singleShot(delay, this, [this, call] { attempt(call); });
    });
}

} // namespace inventory
