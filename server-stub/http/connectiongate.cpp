#include "server-stub/http/connectiongate.h"

#include "server-stub/serverlog.h"

namespace inventory::server {

namespace {
constexpr qint64 kLogIntervalMs = 10'000;
}

ConnectionGate::ConnectionGate(int maxTotal, int maxPerAddress)
    : m_maxTotal(maxTotal)
    , m_maxPerAddress(maxPerAddress)
{
}

ConnectionGate::Verdict ConnectionGate::admit(const QString &address)
{
    Verdict verdict = Verdict::Admitted;
    int &fromAddress = m_perAddress[address];
    if (m_open >= m_maxTotal)
        verdict = Verdict::TooManyInAll;
    else if (fromAddress >= m_maxPerAddress)
        verdict = Verdict::TooManyFromAddress;
    if (verdict != Verdict::Admitted) {
        if (fromAddress == 0)
            m_perAddress.remove(address);
        noteRefusal(verdict, address);
        return verdict;
    }
    ++fromAddress;
    ++m_open;
    return verdict;
}

void ConnectionGate::release(const QString &address)
{
    const auto it = m_perAddress.find(address);
    if (it == m_perAddress.end())
        return;
    --m_open;
    if (--*it == 0)
        m_perAddress.erase(it);
}

void ConnectionGate::noteRefusal(Verdict verdict, const QString &address)
{
    ++m_refused;
    ++m_refusedSinceLog;
    if (m_sinceLog.isValid() && m_sinceLog.elapsed() < kLogIntervalMs)
        return;
    qCWarning(lcHttp).noquote()
        << (verdict == Verdict::TooManyInAll
                ? QStringLiteral("connection refused: %1 open, the limit (--max-connections)")
                      .arg(m_open)
                : QStringLiteral("connection refused: %1 has %2 open, the limit per address "
                                 "(--max-connections-per-ip)")
                      .arg(address)
                      .arg(m_maxPerAddress))
        << QStringLiteral("; %1 refused since the last such line").arg(m_refusedSinceLog);
    m_refusedSinceLog = 0;
    m_sinceLog.start();
}

} // namespace inventory::server
