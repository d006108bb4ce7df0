#include "core/client/sync/cachedevent.h"

#include "core/client/cachedproducts.h"
#include "core/client/stock/cachedstocktable.h"
#include "core/client/tickets/atriskreservations.h"
#include "core/client/tickets/cachedreservations.h"
#include "core/client/tickets/localtickets.h"
#include "core/protocol/productjson.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory {

CachedEvent::CachedEvent(DbConnection &db, const QString &scopeStoreId)
    : m_db(db)
    , m_scope(scopeStoreId)
{
}

Status CachedEvent::putRow(const StockRow &row)
{
    return CachedStockTable(m_db, m_scope).put(row, CachedStockTable::Overwrite::OnlyNewer);
}

Status CachedEvent::apply(const Event &event)
{
    const bool product = event.type == QLatin1StringView(eventtype::ProductCreated);
    if (event.type.startsWith(u"transfer."_s)) {
        // Both stores' rows, each named with its store.
        for (const QJsonValue &moved : event.data.object().value(u"rows"_s).toArray()) {
            if (Status put = putRow(stockRowFromJson(moved.toObject().value(u"row"_s).toObject()));
                !put)
                return put;
        }
        return {};
    }
    if (!product && event.storeId.isEmpty())
        return {};
    const QJsonObject data = event.data.object();
    if (Status s = AtRiskReservations(m_db).applyEvent(event); !s)
        return s;
    if (Status s = LocalTickets(m_db).applyEvent(event); !s)
        return s;
    if (product)
        return CachedProducts(m_db).put({ productFromJson(data) });
    if (event.productId.isEmpty()) {
        // A ticket or a return: the row each line left (a damaged return has none).
        for (const QJsonValue &line : data.value(u"lines"_s).toArray()) {
            const QJsonObject row = line.toObject().value(u"row"_s).toObject();
            if (row.isEmpty())
                continue;
            if (Status put = putRow(stockRowFromJson(row, {}, event.storeId)); !put)
                return put;
        }
        return {};
    }
    // A discrepancy's event may carry no row (nothing of the row changed).
    if (data.contains(u"version"_s)) {
        if (Status put = putRow(stockRowFromJson(data, event.productId, event.storeId)); !put)
            return put;
    }
    const QJsonValue reservation = data.value(u"reservation"_s);
    if (reservation.isObject())
        return CachedReservations(m_db).put(reservationFromJson(reservation.toObject()));
    return {};
}

} // namespace inventory
