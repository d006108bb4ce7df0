#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace inventory::server {

// Token buckets by key ("ip:…", "user:…"): a steady rate with room for bursts.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst);

    bool enabled() const { return m_perSecond > 0; }
    // nullopt when the request may go ahead, else the seconds to wait (Retry-After).
    std::optional<int> take(const QString &key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };

    double m_perSecond;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace inventory::server
