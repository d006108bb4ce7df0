#pragma once

#include <QByteArray>

namespace inventory::test {

// A client on a plain blocking loopback socket, for tests that must send exactly the bytes a
// hostile client sends (half a request, a stall, a flood) and see exactly what comes back.
class RawClient
{
public:
    explicit RawClient(quint16 port);
    ~RawClient();
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool isConnected() const { return m_fd >= 0; }
    bool send(const QByteArray &bytes);
    // What arrives within timeoutMs (until the peer closes, or the time is up).
    QByteArray receive(int timeoutMs);
    // Whether the server closed the connection within timeoutMs; what it sent meanwhile
    // goes to `received`.
    bool closedWithin(int timeoutMs, QByteArray *received = nullptr);

private:
    int m_fd = -1;
};

} // namespace inventory::test
