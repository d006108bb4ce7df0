#pragma once

#include "server-stub/http/httpheaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace inventory::server {

// One HTTP/1.x request as it came off the wire.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; // the target's path, still percent-encoded
    QByteArray query; // after '?', still percent-encoded
    HttpHeaders headers;
    QByteArray body;
    bool keepAlive = true;
    bool webSocketUpgrade = false; // Connection: upgrade, Upgrade: websocket

    QByteArray header(QByteArrayView name) const { return headers.find(name).toByteArray(); }
};

// Reads one HTTP/1.0 or 1.1 request (RFC 9112) from the front of a buffer.
// Written here because Qt 6.4's QHttpServer reads request heads from the socket one byte at a
// time (a call through QIODevice per byte): a large part of the event loop's time per
// request, and a request with a bearer token paid it for every byte of the token
// (docs/PERFORMANCE.md). This parser looks at bytes already read, in one pass.
// Bodies are delimited by Content-Length only: no client of ours sends chunked requests.
// Work per call is bounded by the head limit (blank lines before a request count toward it)
// and linear in it. The target is normalised once here (RequestTarget), so that no route and
// no proxy rule can be reached by another spelling of its path.
class HttpRequestParser
{
public:
    enum class Status { Incomplete, Complete, Invalid };
    struct Result
    {
        Status status = Status::Incomplete;
        // Complete: the bytes the request took. Incomplete: at least how many bytes the
        // request needs in all, when its head says (0 when it does not yet).
        qsizetype size = 0;
        int httpStatus = 0; // Invalid: 400, 413, 431, 501 or 505
        QString message; // Invalid: what is wrong, for the client
        // Incomplete with the head read: the client waits for 100 Continue before its body.
        bool expectContinue = false;
    };

    HttpRequestParser(qsizetype maxHead, qsizetype maxBody);

    Result parse(QByteArrayView data, HttpRequest &request) const;

private:
    qsizetype m_maxHead;
    qsizetype m_maxBody;
};

} // namespace inventory::server
