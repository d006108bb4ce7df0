#pragma once

#include "core/domain/error.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace inventory {

// The reply to one API call: an HTTP status with its JSON body, or no answer at all.
struct ApiReply
{
    int status = 0; // 0: no answer (server unreachable, timeout)
    QJsonObject body;
    QByteArray rawBody;
    QString networkError;
    std::optional<Error> error; // set for status >= 400, from the body's error object

    bool reachedServer() const { return status != 0; }
    // Why a call that was not ok failed, as the API's error.
    Error failure() const;
    bool ok() const { return status >= 200 && status < 300; }
};

// Talks to one or more inventory servers (API.md). Each call times out, and is retried with
// exponential backoff and jitter on network errors, 503 and 429 (honouring Retry-After) —
// a write only if it carries an idempotency key, so a retry can never apply it twice.
// After a network failure the next server in the list is tried.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiReply &)>;

    explicit ApiClient(QList<QUrl> servers, QObject *parent = nullptr);
    // Abandons the calls in flight without calling their callbacks.
    ~ApiClient() override;

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    QUrl currentServer() const { return m_servers.value(m_current); }
    QList<QUrl> servers() const { return m_servers; }
    // Attempts per call (1 = no retry) and per-attempt timeout.
    void setRetryPolicy(int attempts, int timeoutMs, int baseDelayMs = 200);

    void get(const QString &pathAndQuery, Done done);
    // idempotencyKey empty: never retried.
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              const QString &idempotencyKey, Done done);
    void login(const QString &user, const QString &password, Done done);

    // A value as it goes into a path or a query (an id may hold '/', '&' or spaces).
    static QString encoded(const QString &value);

signals:
    void serverChanged(const QUrl &server);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void failover();

    QNetworkAccessManager m_network;
    QList<QUrl> m_servers;
    qsizetype m_current = 0;
    QByteArray m_token;
    int m_attempts = 4;
    int m_timeoutMs = 10'000;
    int m_baseDelayMs = 200;
};

} // namespace inventory
