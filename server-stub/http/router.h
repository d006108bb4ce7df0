#pragma once

#include "server-stub/http/apirequest.h"
#include "server-stub/http/apiresponse.h"

#include <QStringList>
#include <optional>

namespace inventory::server {

// Method + path pattern ("/api/v1/products/{id}/stock") → handler, with the route's needs.
class Router
{
public:
    using Handler = std::function<void(const ApiRequest &, Reply)>;
    // Monitoring: public and never rate limited (load balancers and scrapers poll it).
    enum class Access { Public, Authenticated, Monitoring };

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Access access = Access::Authenticated;
        qsizetype maxBody = 1 << 20;
        Handler handler;
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             Access access = Access::Authenticated, qsizetype maxBody = 1 << 20);

    // The route for the request, with its path parameters filled in; nullptr when none.
    const Route *match(const QByteArray &method, const QString &path,
                       QHash<QString, QString> &params) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace inventory::server
