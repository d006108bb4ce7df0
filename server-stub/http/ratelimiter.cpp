#include "server-stub/http/ratelimiter.h"

#include <cmath>

namespace inventory::server {

namespace {
constexpr qsizetype kMaxBuckets = 100'000;
}

RateLimiter::RateLimiter(double perSecond, double burst)
    : m_perSecond(perSecond)
    , m_burst(burst)
{
}

std::optional<int> RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (!enabled())
        return std::nullopt;
    if (m_buckets.size() > kMaxBuckets) {
        // Forget the buckets that have refilled: they hold no information.
        m_buckets.removeIf([&](const auto &it) {
            return it.value().tokens + (nowMs - it.value().lastMs) / 1000.0 * m_perSecond
                >= m_burst;
        });
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, { m_burst, nowMs });
    Bucket &bucket = *it;
    bucket.tokens
        = std::min(m_burst, bucket.tokens + (nowMs - bucket.lastMs) / 1000.0 * m_perSecond);
    bucket.lastMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

} // namespace inventory::server
