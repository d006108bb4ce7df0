// libFuzzer target: the server's HTTP/1.x request parser, on whatever bytes a client sends.
// Every prefix is parsed too, as requests arrive in pieces. A crash, a sanitizer report, or a
// result that contradicts the input (a request larger than the bytes, a body over the limit,
// a refusal without a status) is a failure.
#include "server-stub/http/httprequestparser.h"

#include <cstdlib>

using namespace inventory::server;

namespace {
constexpr qsizetype kMaxHead = 2048;
constexpr qsizetype kMaxBody = 4096;

void check(QByteArrayView data)
{
    const HttpRequestParser parser(kMaxHead, kMaxBody);
    HttpRequest request;
    const auto result = parser.parse(data, request);
    switch (result.status) {
    case HttpRequestParser::Status::Complete:
        if (result.size <= 0 || result.size > data.size() || request.body.size() > kMaxBody
            || request.method.isEmpty() || !request.path.startsWith('/'))
            std::abort();
        // Header values are views into the head the request keeps: reading one reads there
        // (the sanitizer reports a read anywhere else).
        for (const char *name : { "host", "content-length", "connection", "authorization" }) {
            if (request.header(name).size() > kMaxHead)
                std::abort();
        }
        break;
    case HttpRequestParser::Status::Incomplete:
        if (result.size != 0 && result.size <= data.size())
            std::abort(); // it says it needs more than it has
        break;
    case HttpRequestParser::Status::Invalid:
        if (result.httpStatus < 400 || result.message.isEmpty())
            std::abort();
        break;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(bytes);
    for (qsizetype cut = 1; cut < bytes.size(); cut += 1 + bytes.size() / 16)
        check(bytes.first(cut));
    return 0;
}
