#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <functional>

namespace inventory {

class ClientSession;

// What the managers' dashboard shows, read from the server's aggregations (never by replaying
// events on the till): sales per store per day, stock value per store, a store's top sellers and
// unsold products, and one product's quantity over time in each store (its movement history).
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQuery)

public:
    using Done = std::function<void(Result<QJsonObject>)>;
    // Per store: (time in ms, quantity after) oldest first.
    using Lines = QHash<QString, QList<QPointF>>;

    explicit DashboardQuery(ClientSession &session);

    // The last `days` days, from the till's local midnight, of every store the user manages.
    void salesByDay(int days, Done done);
    void stockValue(Done done);
    void products(const QString &storeId, int days, Done done);
    // The product's quantity after each of its last movements in each store.
    void stockOverTime(const QString &productId, const QStringList &storeIds,
                       std::function<void(Result<Lines>)> done);

private:
    ClientSession &m_session;
};

} // namespace inventory
