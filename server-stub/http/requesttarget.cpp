#include "server-stub/http/requesttarget.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Error refused(const QString &why)
{
    return Error::validation(u"target"_s, why);
}

// The segment with %2E read as '.', to tell dot segments however they are spelled.
bool isDotSegment(QByteArrayView segment)
{
    if (segment.size() > 6) // "%2E%2E" is the longest spelling
        return false;
    QByteArray plain;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        if (i + 3 <= segment.size()
            && segment.sliced(i, 3).compare("%2e", Qt::CaseInsensitive) == 0) {
            plain += '.';
            i += 2;
        } else {
            plain += segment[i];
        }
    }
    return plain == "." || plain == "..";
}
} // namespace

Result<RequestTarget> RequestTarget::normalise(QByteArrayView target)
{
    RequestTarget result;
    QByteArray holder;
    const qsizetype schemeEnd = target.indexOf("://");
    if (schemeEnd == 4 || schemeEnd == 5) {
        const QByteArrayView scheme = target.first(schemeEnd);
        if (scheme.compare("http", Qt::CaseInsensitive) != 0
            && scheme.compare("https", Qt::CaseInsensitive) != 0)
            return refused(u"only http and https targets are served"_s);
        // Absolute form (RFC 9112 3.2.2), as a proxy sends it: what follows the authority.
        const qsizetype authority = schemeEnd + 3;
        qsizetype end = authority;
        while (end < target.size() && target[end] != '/' && target[end] != '?')
            ++end;
        if (end == authority)
            return refused(u"an absolute target needs a host"_s);
        result.absoluteForm = true;
        target = target.sliced(end);
        if (target.isEmpty() || target.front() == '?') {
            holder = '/' + target.toByteArray();
            target = holder;
        }
    }
    if (target.isEmpty() || target.front() != '/')
        return refused(u"the request target must be a path starting with /"_s);
    if (target.contains('#'))
        return refused(u"a request target has no fragment"_s);
    const qsizetype question = target.indexOf('?');
    QByteArrayView path = question < 0 ? target : target.first(question);
    if (question >= 0)
        result.query = target.sliced(question + 1).toByteArray();

    for (qsizetype i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '\\')
            return refused(u"a backslash is not allowed in a path"_s);
        if (c != '%')
            continue;
        if (i + 2 >= path.size() || hexValue(path[i + 1]) < 0 || hexValue(path[i + 2]) < 0)
            return refused(u"the path has a malformed %-escape"_s);
        const int decoded = hexValue(path[i + 1]) * 16 + hexValue(path[i + 2]);
        if (decoded == '/' || decoded == '\\' || decoded == 0)
            return refused(u"an encoded slash, backslash or NUL is not allowed in a path"_s);
    }

    QByteArray normalised;
    normalised.reserve(path.size());
    qsizetype from = 0;
    while (from < path.size()) {
        while (from < path.size() && path[from] == '/')
            ++from;
        if (from == path.size())
            break;
        qsizetype to = path.indexOf('/', from);
        if (to < 0)
            to = path.size();
        const QByteArrayView segment = path.sliced(from, to - from);
        if (isDotSegment(segment))
            return refused(u"dot segments (. and ..) are not allowed in a path"_s);
        normalised += '/';
        normalised += segment;
        from = to;
    }
    result.path = normalised.isEmpty() ? QByteArray("/") : normalised;
    return result;
}

} // namespace inventory::server
