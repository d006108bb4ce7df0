#include "router.h"

#include <QUrl>

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
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> found;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            if (expected.startsWith(u'{'))
                found.insert(expected.mid(1, expected.size() - 2),
                             QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
            else
                matches = expected == segments.at(i);
        }
        if (matches) {
            params = found;
            return &route;
        }
    }
    return nullptr;
}

} // namespace inventory::server
