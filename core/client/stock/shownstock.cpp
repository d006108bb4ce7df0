#include "core/client/stock/shownstock.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// What the queued operations add to the shown quantity of one product, per store: a stock
// operation's delta, each line of a ticket (units out) and each restocked line of a return
// (units in). Binds the product's id three times.
const auto kQueuedDeltas
    = u"SELECT store_id, delta FROM operations WHERE state = 'queued' AND product_id = ?"
      " UNION ALL SELECT o.store_id, -json_extract(l.value, '$.quantity')"
      " FROM operations o, json_each(o.body, '$.lines') l WHERE o.state = 'queued'"
      " AND o.kind = 'ticket' AND json_extract(l.value, '$.productId') = ?"
      " UNION ALL SELECT o.store_id, json_extract(l.value, '$.quantity')"
      " FROM operations o, json_each(o.body, '$.lines') l WHERE o.state = 'queued'"
      " AND o.kind = 'return' AND json_extract(l.value, '$.disposition') = 'restock'"
      " AND json_extract(l.value, '$.productId') = ?"_s;

// The same for every product (the managers' matrix).
const auto kAllQueuedDeltas
    = u"SELECT product_id, store_id, delta FROM operations WHERE state = 'queued' AND delta <> 0"
      " UNION ALL SELECT json_extract(l.value, '$.productId'), o.store_id,"
      " -json_extract(l.value, '$.quantity') FROM operations o, json_each(o.body, '$.lines') l"
      " WHERE o.state = 'queued' AND o.kind = 'ticket'"
      " UNION ALL SELECT json_extract(l.value, '$.productId'), o.store_id,"
      " json_extract(l.value, '$.quantity') FROM operations o, json_each(o.body, '$.lines') l"
      " WHERE o.state = 'queued' AND o.kind = 'return'"
      " AND json_extract(l.value, '$.disposition') = 'restock'"_s;

// Binds the product's id four times.
const auto kShownRows
    = u"SELECT st.id, COALESCE(s.quantity, 0) + COALESCE(d.delta, 0),"
      " COALESCE(s.reserved, 0), COALESCE(s.version, 0), COALESCE(s.updated_at_ms, 0),"
      " COALESCE(s.incoming, 0), COALESCE(s.min_level, 0), COALESCE(s.target_level, 0)"
      " FROM stores st LEFT JOIN stock s ON s.store_id = st.id AND s.product_id = ?"
      " LEFT JOIN (SELECT store_id, SUM(delta) AS delta FROM ("_s
    + kQueuedDeltas + u") GROUP BY store_id) d ON d.store_id = st.id"_s;
} // namespace

ShownStock::ShownStock(DbConnection &db, QString scopeStoreId)
    : m_db(db)
    , m_scope(std::move(scopeStoreId))
{
}

Result<QList<StockRow>> ShownStock::availability(const QString &productId)
{
    QList<StockRow> rows;
    QVariantList args { productId, productId, productId, productId };
    QString where;
    if (!m_scope.isEmpty()) {
        where = u" WHERE st.id = ?"_s;
        args.append(m_scope);
    }
    if (Status s = m_db.forEachRow(
            kShownRows + where + u" ORDER BY st.id"_s, args,
            [&](const QSqlQuery &q) {
                rows.append({ productId, q.value(0).toString(), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toLongLong(),
                              q.value(4).toLongLong(), q.value(5).toLongLong(),
                              q.value(6).toLongLong(), q.value(7).toLongLong() });
            });
        !s)
        return s.error();
    return rows;
}

Result<StockRow> ShownStock::row(const QString &productId, const QString &storeId)
{
    auto rows = availability(productId);
    if (!rows)
        return rows.error();
    for (const StockRow &r : rows.value()) {
        if (r.storeId == storeId)
            return r;
    }
    return StockRow { productId, storeId };
}

Result<QList<StockRow>> ShownStock::allRows()
{
    return rows({}, {});
}

Result<QList<StockRow>> ShownStock::lowRows(const QString &storeId)
{
    auto candidates = rows(u" WHERE s.store_id = ? AND s.min_level > 0"_s, { storeId });
    if (!candidates)
        return candidates;
    QList<StockRow> low;
    for (const StockRow &row : candidates.value()) {
        if (row.isLow())
            low.append(row);
    }
    return low;
}

Result<QList<StockRow>> ShownStock::rows(const QString &where, const QVariantList &args)
{
    QList<StockRow> rows;
    if (Status s = m_db.forEachRow(
            u"SELECT s.product_id, s.store_id, s.quantity + COALESCE(p.delta, 0), s.reserved,"
            " s.version, s.updated_at_ms, s.incoming, s.min_level, s.target_level FROM stock s"
            " LEFT JOIN (SELECT product_id, store_id, SUM(delta) AS delta FROM ("_s
                + kAllQueuedDeltas
                + u") GROUP BY product_id, store_id) p"
                  " ON p.product_id = s.product_id AND p.store_id = s.store_id"_s
                + where + u" ORDER BY s.product_id"_s,
            args,
            [&](const QSqlQuery &q) {
                rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                              q.value(3).toLongLong(), q.value(4).toLongLong(),
                              q.value(5).toLongLong(), q.value(6).toLongLong(),
                              q.value(7).toLongLong(), q.value(8).toLongLong() });
            });
        !s)
        return s.error();
    return rows;
}

} // namespace inventory
