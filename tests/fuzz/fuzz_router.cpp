// libFuzzer target: a request target as a client writes it, normalised (RequestTarget) and
// routed (Router) as the server does. A crash, a sanitizer report, a normalised path that is
// not in its one spelling (no "//", no trailing "/", no dot segment, no encoded slash or NUL),
// or a route matched by a path that normalising refused, is a failure.
#include "server-stub/http/requesttarget.h"
#include "server-stub/http/router.h"

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace inventory::server;

namespace {
const Router &router()
{
    static const Router routes = [] {
        Router r;
        const auto none = [](const ApiRequest &, Reply) {};
        for (const QString &pattern :
             { u"/health"_s, u"/metrics"_s, u"/api/v1/stores"_s, u"/api/v1/products/{id}"_s,
               u"/api/v1/products/{id}/stock"_s, u"/api/v1/stores/{storeId}/stock"_s,
               u"/api/v1/reservations/{id}/confirm"_s })
            r.add("GET", pattern, none);
        return r;
    }();
    return routes;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView target(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto normalised = RequestTarget::normalise(target);
    if (!normalised)
        return 0;
    const QByteArray &path = normalised->path;
    if (!path.startsWith('/') || path.contains("//") || (path.size() > 1 && path.endsWith('/'))
        || path.contains("/./") || path.contains("/../") || path.endsWith("/.")
        || path.endsWith("/..") || path.toLower().contains("%2f") || path.contains("%00"))
        std::abort();
    QHash<QString, QString> params;
    if (const Router::Route *route = router().match("GET", QString::fromLatin1(path), params)) {
        for (const QString &value : std::as_const(params)) {
            if (value.isEmpty() || value.contains(u'/'))
                std::abort(); // a parameter is one whole segment
        }
        (void)route;
    }
    return 0;
}
