#pragma once

#include "core/domain/user.h"
#include "core/protocol/json/jsonmembers.h"
#include "server-stub/http/httprequestparser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <memory>
#include <optional>

namespace inventory::server {

// What a handler needs of one HTTP request, taken over from the HttpRequest a connection read.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    HttpHeaders headers; // as received

    QByteArray body;
    QString remote; // the peer's address as text, for rate limits and logs
    QString requestId;
    QString route; // the matched route pattern, for logs and metrics
    QHash<QString, QString> params;
    std::optional<User> user;
    // A large body already read as JSON on a worker thread (HttpFrontend), so that the
    // handler does not parse it on the event loop; requests::body() takes it from here.
    std::shared_ptr<const Result<JsonMembers>> parsedBody;

    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    // The value of a header (see HttpHeaders::find).
    QByteArray header(QByteArrayView name) const { return headers.find(name).toByteArray(); }
    bool hasHeader(QByteArrayView name) const { return headers.contains(name); }
};

} // namespace inventory::server
