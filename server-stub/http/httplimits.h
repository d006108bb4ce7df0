#pragma once

#include "server-stub/http/trustedproxies.h"

#include <QtGlobal>

namespace inventory::server {

// The limits the HTTP front end holds every client to (docs/OPERATIONS.md lists each with its
// option). A client that breaks one is answered with the documented status, or closed.
struct HttpLimits
{
    // From the first byte of a request to the end of its head (blank lines before it count).
    int headTimeoutMs = 10'000;
    // While a body is read: the longest wait for its next bytes.
    int bodyTimeoutMs = 10'000;
    // A kept-alive connection with no request under way.
    int idleTimeoutMs = 60'000;
    // A WebSocket upgrade, from the request to the finished handshake.
    int handshakeTimeoutMs = 10'000;
    int maxConnections = 10'000;
    int maxConnectionsPerAddress = 256;
    // The request line and headers, blank lines before them included.
    qsizetype maxHead = 32 * 1024;
    // What the socket reads ahead of the request being answered (pipelining), per connection.
    qsizetype readAhead = 64 * 1024;
    // After a refusal (a 413 above all), how much of what the client still sends is read and
    // dropped (for at most bodyTimeoutMs, and until it pauses for a second) so that the
    // client reads the answer before the connection closes.
    qsizetype discardLimit = 16 * 1024 * 1024;
    // Peers whose X-Forwarded-For names the client (nginx in front of the server).
    TrustedProxies trustedProxies;
};

} // namespace inventory::server
