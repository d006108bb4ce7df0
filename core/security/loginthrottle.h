#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace inventory {

// Slows password (and PIN) guessing down, per user name and per source (the client's address;
// for PINs, the till): after a few failed
// sign-ins each further attempt under that key must wait, twice as long each time, up to a
// cap; a success clears its user's count. A till already signed in holds a token and never
// meets this, so an attacker who makes a clerk's name wait keeps nobody from selling.
class LoginThrottle
{
public:
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 MaxDelayMs = 300'000;

    // Seconds to wait before trying under either key again, or nullopt to go ahead.
    std::optional<qint64> retryAfterSeconds(const QString &user, const QString &source,
                                            qint64 nowMs) const;
    void failed(const QString &user, const QString &source, qint64 nowMs);
    void succeeded(const QString &user);
    // Clears the source's count as well: for a till, where a right PIN shows it is in its
    // staff's hands (unlike an address, which anyone with an account could clear).
    void succeededFrom(const QString &user, const QString &source);
    // As a till keeps it in its profile between checks (and restarts).
    QJsonObject toJson() const;
    static LoginThrottle fromJson(const QJsonObject &json);

private:
    struct Failures
    {
        int count = 0;
        qint64 blockedUntilMs = 0;
        qint64 lastMs = 0;
    };
    void fail(const QString &key, qint64 nowMs);
    // Bounded memory: beyond this many keys, those idle longest go first.
    void prune(qint64 nowMs);

    QHash<QString, Failures> m_failures;
};

} // namespace inventory
