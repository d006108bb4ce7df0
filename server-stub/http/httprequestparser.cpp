#include "server-stub/http/httprequestparser.h"

#include "server-stub/http/requesttarget.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
constexpr qsizetype kMaxHeaders = 100;

// RFC 9110 5.6.2: the characters of a token (methods, header names), as a table: every byte
// of every header name is looked up.
constexpr std::array<bool, 256> kTokenChars = [] {
    std::array<bool, 256> table {};
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (char c : std::string_view("!#$%&'*+-.^_`|~"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool isTokenChar(char c)
{
    return kTokenChars[static_cast<unsigned char>(c)];
}

// The common methods without an allocation each time (literals refer to static data).
QByteArray methodBytes(QByteArrayView method)
{
    using namespace Qt::Literals::StringLiterals;
    for (const QByteArray &known :
         { "GET"_ba, "POST"_ba, "PUT"_ba, "PATCH"_ba, "DELETE"_ba, "HEAD"_ba, "OPTIONS"_ba }) {
        if (method == known)
            return known;
    }
    return method.toByteArray();
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isFieldValue(QByteArrayView text)
{
    return std::none_of(text.begin(), text.end(),
                        [](char c) { return (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f; });
}

bool isTargetChar(char c)
{
    return c > 0x20 && c < 0x7f;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Whether a comma-separated header value lists a token (Connection: keep-alive, Upgrade).
bool listsToken(QByteArrayView list, QByteArrayView token)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = trimmed(comma < 0 ? list : list.first(comma));
        if (item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
    return false;
}

// The next line from `from` without its CR LF (a bare LF is accepted, RFC 9112 2.2), and
// where the one after it starts; -1 when the line is not complete yet.
qsizetype nextLine(QByteArrayView data, qsizetype from, QByteArrayView &line)
{
    const void *found = std::memchr(data.data() + from, '\n', size_t(data.size() - from));
    if (!found)
        return -1;
    const qsizetype end = static_cast<const char *>(found) - data.data();
    line = data.sliced(from, end - from);
    if (line.endsWith('\r'))
        line.chop(1);
    return end + 1;
}

HttpRequestParser::Result invalid(int status, QString message)
{
    return { HttpRequestParser::Status::Invalid, 0, status, std::move(message) };
}
} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxHead, qsizetype maxBody)
    : m_maxHead(maxHead)
    , m_maxBody(maxBody)
{
}

HttpRequestParser::Result HttpRequestParser::parse(QByteArrayView data, HttpRequest &request) const
{
    const auto headTooLarge = [this] {
        return invalid(431,
                       u"the request line and headers are larger than %1 bytes"_s.arg(m_maxHead));
    };
    // RFC 9112 2.2: empty lines before a request line are ignored, but they count toward the
    // head limit, or a stream of them would be buffered without end.
    qsizetype pos = 0;
    while (pos < data.size() && (data[pos] == '\r' || data[pos] == '\n'))
        ++pos;
    const qsizetype start = pos;
    const qsizetype headLimit = std::min(data.size(), m_maxHead);
    if (start >= headLimit)
        return data.size() > headLimit ? headTooLarge() : Result {};
    const QByteArrayView head = data.first(headLimit);

    QByteArrayView line;
    pos = nextLine(head, start, line);
    if (pos < 0)
        return data.size() > headLimit ? headTooLarge() : Result {};
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace)
        return invalid(400, u"the request line is not METHOD TARGET HTTP-VERSION"_s);
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method))
        return invalid(400, u"the method is not a token"_s);
    if (target.isEmpty() || !std::all_of(target.begin(), target.end(), isTargetChar))
        return invalid(400, u"the request target must be a path without spaces"_s);
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.')
        return invalid(400, u"the request line does not end in an HTTP version"_s);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return invalid(505, u"only HTTP/1.0 and HTTP/1.1 are supported"_s);

    request = HttpRequest();
    request.method = methodBytes(method);
    auto normalised = RequestTarget::normalise(target);
    if (!normalised)
        return invalid(400, normalised.error().message());
    request.path = std::move(normalised->path);
    request.query = std::move(normalised->query);
    const bool absoluteForm = normalised->absoluteForm;

    const bool http11 = version == "HTTP/1.1";
    bool close = false, keepAlive = false, upgrade = false, expectContinue = false;
    int hosts = 0;
    qsizetype contentLength = -1;
    for (;;) {
        pos = nextLine(head, pos, line);
        if (pos < 0)
            return data.size() > headLimit ? headTooLarge() : Result {};
        if (line.isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t')
            return invalid(400, u"folded header lines are not accepted"_s);
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
        if (!isToken(name))
            return invalid(400, u"a header line is not NAME: VALUE"_s);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return invalid(400, u"header %1 has control characters"_s.arg(QLatin1StringView(name)));
        if (request.headers.size() == kMaxHeaders)
            return invalid(431, u"more than %1 headers"_s.arg(kMaxHeaders));
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (value.isEmpty() || !std::all_of(value.begin(), value.end(), isDigit))
                return invalid(400, u"Content-Length is not a number"_s);
            if (value.size() > 15)
                return invalid(413, u"the body is larger than %1 bytes"_s.arg(m_maxBody));
            const qsizetype length = value.toLongLong();
            if (contentLength >= 0 && contentLength != length)
                return invalid(400, u"two different Content-Length headers"_s);
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            return invalid(501, u"Transfer-Encoding is not supported: send Content-Length"_s);
        } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return invalid(417, u"the only expectation met is 100-continue"_s);
            expectContinue = http11;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            close = close || listsToken(value, "close");
            keepAlive = keepAlive || listsToken(value, "keep-alive");
            upgrade = upgrade || listsToken(value, "upgrade");
        }
        request.headers.add(data, name, value);
    }
    request.headers.keepHead(data.first(pos));
    const qsizetype bodyLength = std::max<qsizetype>(contentLength, 0);
    if (bodyLength > m_maxBody)
        return invalid(413, u"the body is larger than %1 bytes"_s.arg(m_maxBody));
    // RFC 9112 3.2: exactly one Host in HTTP/1.1 (an absolute-form target carries its own).
    if (hosts > 1 || (http11 && hosts == 0 && !absoluteForm))
        return invalid(400, u"an HTTP/1.1 request needs exactly one Host header"_s);
    const qsizetype size = pos + bodyLength;
    if (data.size() < size)
        return { Status::Incomplete, size, 0, {}, expectContinue };
    request.body = data.sliced(pos, bodyLength).toByteArray();
    request.keepAlive = !close && (http11 || keepAlive);
    request.webSocketUpgrade = upgrade && listsToken(request.headers.find("upgrade"), "websocket");
    return { Status::Complete, size, 0, {} };
}

} // namespace inventory::server
