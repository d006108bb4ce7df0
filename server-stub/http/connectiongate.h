#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace inventory::server {

// Counts open connections, in all and per client address, and admits a new one only under
// both caps, so that one address (or a flood from many) cannot take every file descriptor
// and every slot the tills need. Refusals are counted and logged once per interval, not once
// per connection: a flood must not become a flood of log lines too.
class ConnectionGate
{
public:
    ConnectionGate(int maxTotal, int maxPerAddress);

    enum class Verdict { Admitted, TooManyInAll, TooManyFromAddress };
    Verdict admit(const QString &address);
    void release(const QString &address);

    int open() const { return m_open; }
    quint64 refused() const { return m_refused; }

private:
    void noteRefusal(Verdict verdict, const QString &address);

    int m_maxTotal;
    int m_maxPerAddress;
    int m_open = 0;
    QHash<QString, int> m_perAddress;
    quint64 m_refused = 0;
    quint64 m_refusedSinceLog = 0;
    QElapsedTimer m_sinceLog;
};

} // namespace inventory::server
