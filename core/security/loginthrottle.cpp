#include "core/security/loginthrottle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr qsizetype kMaxKeys = 100'000;
// A key idle this long starts again from nothing.
constexpr qint64 kForgetAfterMs = 3'600'000;
} // namespace

std::optional<qint64> LoginThrottle::retryAfterSeconds(const QString &user, const QString &source,
                                                       qint64 nowMs) const
{
    qint64 until = 0;
    for (const QString &key : { u"user:"_s + user, u"from:"_s + source }) {
        const auto it = m_failures.constFind(key);
        if (it != m_failures.constEnd())
            until = std::max(until, it->blockedUntilMs);
    }
    if (until <= nowMs)
        return std::nullopt;
    return (until - nowMs + 999) / 1000;
}

void LoginThrottle::failed(const QString &user, const QString &source, qint64 nowMs)
{
    if (m_failures.size() >= kMaxKeys)
        prune(nowMs);
    fail(u"user:"_s + user, nowMs);
    fail(u"from:"_s + source, nowMs);
}

void LoginThrottle::succeeded(const QString &user)
{
    m_failures.remove(u"user:"_s + user);
}

void LoginThrottle::succeededFrom(const QString &user, const QString &source)
{
    succeeded(user);
    m_failures.remove(u"from:"_s + source);
}

QJsonObject LoginThrottle::toJson() const
{
    QJsonObject json;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        json.insert(it.key(),
                    QJsonObject { { u"count"_s, it->count },
                                  { u"blockedUntilMs"_s, it->blockedUntilMs },
                                  { u"lastMs"_s, it->lastMs } });
    return json;
}

LoginThrottle LoginThrottle::fromJson(const QJsonObject &json)
{
    LoginThrottle throttle;
    for (auto it = json.constBegin();
         it != json.constEnd() && throttle.m_failures.size() < kMaxKeys; ++it) {
        const QJsonObject f = it.value().toObject();
        throttle.m_failures.insert(it.key(),
                                   { f.value(u"count"_s).toInt(),
                                     f.value(u"blockedUntilMs"_s).toInteger(),
                                     f.value(u"lastMs"_s).toInteger() });
    }
    return throttle;
}

void LoginThrottle::fail(const QString &key, qint64 nowMs)
{
    Failures &f = m_failures[key];
    if (nowMs - f.lastMs > kForgetAfterMs)
        f = {};
    f.lastMs = nowMs;
    if (++f.count <= FreeAttempts)
        return;
    const int doublings = std::min(f.count - FreeAttempts - 1, 20);
    f.blockedUntilMs = nowMs + std::min<qint64>(1000LL << doublings, MaxDelayMs);
}

void LoginThrottle::prune(qint64 nowMs)
{
    m_failures.removeIf([nowMs](const auto &entry) {
        return nowMs - entry.value().lastMs > kForgetAfterMs
            && entry.value().blockedUntilMs <= nowMs;
    });
    if (m_failures.size() < kMaxKeys)
        return;
    // Still full (a flood of fresh keys): forget the half idle longest.
    QList<qint64> last;
    last.reserve(m_failures.size());
    for (const Failures &f : std::as_const(m_failures))
        last.append(f.lastMs);
    auto middle = last.begin() + last.size() / 2;
    std::nth_element(last.begin(), middle, last.end());
    const qint64 cut = *middle;
    m_failures.removeIf([cut](const auto &entry) { return entry.value().lastMs <= cut; });
}

} // namespace inventory
