#pragma once

#include "user.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QUrlQuery>
#include <optional>

namespace inventory::server {

// What a handler needs of one HTTP request, copied out of Qt's request object.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress remote;
    QString requestId;
    QString route; // the matched route pattern, for logs and metrics
    QHash<QString, QString> params;
    std::optional<User> user;

    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

} // namespace inventory::server
