#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace inventory::server {

// A request target (RFC 9112 3.2) in the one spelling the router and the logs see: origin
// form, or absolute form with its scheme and authority dropped; repeated slashes folded and a
// trailing slash removed; refused (400) when it holds a dot segment, an encoded slash,
// backslash or NUL, a malformed escape, or a fragment. So "/metrics/", "//api/v1/stores" and
// "http://host/api/v1/stores" reach the route they name, and "/api/v1/../metrics" or
// "/api%2Fv1" reach none: no route, and no rule in front of the server, can be passed by
// spelling a path another way. The path stays percent-encoded; the router decodes segments.
struct RequestTarget
{
    QByteArray path;
    QByteArray query;
    bool absoluteForm = false;

    static Result<RequestTarget> normalise(QByteArrayView target);
};

} // namespace inventory::server
