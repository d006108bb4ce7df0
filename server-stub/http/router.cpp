#include "server-stub/http/router.h"

#include <QStringTokenizer>
#include <QUrl>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace inventory::server {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, Access access,
                 qsizetype maxBody)
{
    m_routes.append({ method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), access, maxBody,
                      std::move(handler) });
}

const Router::Route *Router::match(const QByteArray &method, const QString &path,
                                   QHash<QString, QString> &params) const
{
    // Segments as views and parameters taken only from the route that matches, instead of
    // splitting into strings and filling a hash for every candidate route on every request.
    QVarLengthArray<QStringView, 8> segments;
    for (const QStringView segment : QStringTokenizer(path, u'/', Qt::SkipEmptyParts))
        segments.append(segment);
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            matches = expected.startsWith(u'{') || expected == segments.at(i);
        }
        if (!matches)
            continue;
        params.clear();
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString &expected = route.segments.at(i);
            if (expected.startsWith(u'{'))
                params.insert(expected.mid(1, expected.size() - 2),
                              QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
        }
        return &route;
    }
    return nullptr;
}

} // namespace inventory::server
