#pragma once

#include "user.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <optional>

namespace inventory::server {

// What a handler needs of one HTTP request, copied out of Qt's request object.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    // As received. A handful per request: a list searched in place costs less than hashing
    // every name into a map (which was 3 % of the event loop's time).
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remote; // the peer's address as text, for rate limits and logs
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
    // The value of a header (names compare without case; the last one given wins).
    QByteArray header(QByteArrayView name) const
    {
        const auto *found = find(name);
        return found ? found->second : QByteArray();
    }
    bool hasHeader(QByteArrayView name) const { return find(name) != nullptr; }

private:
    const QPair<QByteArray, QByteArray> *find(QByteArrayView name) const
    {
        for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
            if (it->first.compare(name, Qt::CaseInsensitive) == 0)
                return &*it;
        }
        return nullptr;
    }
};

} // namespace inventory::server
