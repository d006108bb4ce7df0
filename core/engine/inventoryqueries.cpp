#include "core/engine/inventoryqueries.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/reservationtable.h"
#include "core/storage/dbconnection.h"
#include "core/storage/rowvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kProductColumns
    = u"SELECT id, sku, barcode, name, category, price_cents FROM products"_s;
const auto kStockColumns
    = u"SELECT product_id, store_id, quantity, reserved, version, updated_at_ms, incoming,"
      " min_level, target_level FROM stock"_s;
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}
} // namespace

InventoryQueries::InventoryQueries(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<Store>> InventoryQueries::stores()
{
    auto ran = m_connection.run(u"SELECT id, name, city FROM stores ORDER BY id"_s);
    if (!ran)
        return ran.error();
    QList<Store> stores;
    while (ran.value()->next()) {
        stores.append({ ran.value()->value(0).toString(), ran.value()->value(1).toString(),
                        ran.value()->value(2).toString() });
    }
    if (Status s = m_connection.endOfRows(*ran.value()); !s)
        return s.error();
    return stores;
}

Result<QList<Product>> InventoryQueries::products(const QString &sql, const QVariantList &args)
{
    auto ran = m_connection.run(sql, args);
    if (!ran)
        return ran.error();
    QList<Product> list;
    QSqlQuery *q = ran.value();
    while (q->next()) {
        list.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong() });
    }
    if (Status s = m_connection.endOfRows(*q); !s)
        return s.error();
    return list;
}

Result<QList<StockRow>> InventoryQueries::rows(const QString &sql, const QVariantList &args)
{
    auto ran = m_connection.run(sql, args);
    if (!ran)
        return ran.error();
    QList<StockRow> list;
    QSqlQuery *q = ran.value();
    while (q->next()) {
        list.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                      q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                      q->value(6).toLongLong(), q->value(7).toLongLong(),
                      q->value(8).toLongLong() });
    }
    if (Status s = m_connection.endOfRows(*q); !s)
        return s.error();
    return list;
}

Result<qint64> InventoryQueries::scalar(const QString &sql, const QVariantList &args)
{
    auto ran = m_connection.run(sql, args);
    if (!ran)
        return ran.error();
    const bool found = ran.value()->next();
    if (!found) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
    }
    const qint64 value = found ? ran.value()->value(0).toLongLong() : 0;
    ran.value()->finish();
    return value;
}

Result<Page<Product>> InventoryQueries::searchProducts(const QString &text, const QString &category,
                                                       int page, int limit)
{
    const QString where
        = u" WHERE (COALESCE(?, '') = '' OR lower(sku) LIKE ? ESCAPE '\\' OR lower(barcode)"
          " LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\')"
          " AND (COALESCE(?, '') = '' OR category = ?)"_s;
    const QString pattern = likePattern(text);
    const QVariantList filter { text, pattern, pattern, pattern, category, category };
    auto total = scalar(u"SELECT COUNT(*) FROM products"_s + where, filter);
    if (!total)
        return total.error();
    auto list = products(kProductColumns + where + u" ORDER BY id LIMIT ? OFFSET ?"_s,
                         filter + QVariantList { limit, qint64(page - 1) * limit });
    if (!list)
        return list.error();
    return Page<Product> { list.value(), total.value() };
}

Result<std::optional<Product>> InventoryQueries::product(const QString &idSkuOrBarcode)
{
    auto list = products(kProductColumns
                             + u" WHERE id = ? OR sku = ? OR barcode = ?"
                               " ORDER BY (id = ?) DESC LIMIT 1"_s,
                         { idSkuOrBarcode, idSkuOrBarcode, idSkuOrBarcode, idSkuOrBarcode });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Product>();
    return std::optional<Product>(list->constFirst());
}

Result<QList<Product>> InventoryQueries::allProducts()
{
    return products(kProductColumns + u" ORDER BY id"_s, {});
}

Result<QList<StockRow>> InventoryQueries::availability(const QString &productId,
                                                       const QString &storeId)
{
    return rows(
        kStockColumns
            + u" WHERE product_id = ? AND (COALESCE(?, '') = '' OR store_id = ?) ORDER BY store_id"_s,
        { productId, storeId, storeId });
}

Result<Page<StockRow>> InventoryQueries::storeStock(const QString &storeId, int page, int limit)
{
    auto total = scalar(u"SELECT COUNT(*) FROM stock WHERE store_id = ?"_s, { storeId });
    if (!total)
        return total.error();
    auto list = rows(kStockColumns + u" WHERE store_id = ? ORDER BY product_id LIMIT ? OFFSET ?"_s,
                     { storeId, limit, qint64(page - 1) * limit });
    if (!list)
        return list.error();
    return Page<StockRow> { list.value(), total.value() };
}

Result<QList<StockRow>> InventoryQueries::allStock()
{
    return rows(kStockColumns + u" ORDER BY product_id, store_id"_s, {});
}

Status InventoryQueries::forEachStock(
    const std::function<void(QStringView, QStringView, const StockCell &)> &row)
{
    const auto read = [&row](const RowValues &v) {
        row(v.text(0), v.text(1),
            StockCell { v.integer(2), v.integer(3), v.integer(4), v.integer(5), v.integer(6),
                        v.integer(7), v.integer(8) });
    };
    return m_connection.scanAll(kStockColumns, read);
}

Result<std::optional<Reservation>> InventoryQueries::reservation(const QString &id)
{
    auto ran = m_connection.run(ReservationTable::selectColumns() + u" WHERE id = ?"_s, { id });
    if (!ran)
        return ran.error();
    if (!ran.value()->next()) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
        return std::optional<Reservation>();
    }
    const Reservation r = ReservationTable::from(*ran.value());
    ran.value()->finish();
    return std::optional<Reservation>(r);
}

Result<QHash<ReservationStatus, qint64>> InventoryQueries::reservationCounts()
{
    auto ran = m_connection.run(u"SELECT status, COUNT(*) FROM reservations GROUP BY status"_s);
    if (!ran)
        return ran.error();
    QHash<ReservationStatus, qint64> counts;
    while (ran.value()->next()) {
        if (const auto status = Reservation::statusFromName(ran.value()->value(0).toString()))
            counts[*status] = ran.value()->value(1).toLongLong();
    }
    if (Status s = m_connection.endOfRows(*ran.value()); !s)
        return s.error();
    return counts;
}

Result<QList<Reservation>> InventoryQueries::reservations(const QString &storeId,
                                                          std::optional<ReservationStatus> status)
{
    const QString statusName = status ? Reservation::statusName(*status) : QString();
    auto ran = m_connection.run(
        ReservationTable::selectColumns()
            + u" WHERE (COALESCE(?, '') = '' OR store_id = ?) AND (COALESCE(?, '') = '' OR status = ?) ORDER BY created_at_ms, id"_s,
        { storeId, storeId, statusName, statusName });
    if (!ran)
        return ran.error();
    QList<Reservation> list;
    while (ran.value()->next())
        list.append(ReservationTable::from(*ran.value()));
    if (Status s = m_connection.endOfRows(*ran.value()); !s)
        return s.error();
    return list;
}

Result<QList<Event>> InventoryQueries::eventsSince(qint64 afterSeq, int limit,
                                                   const QString &storeId)
{
    return EventLog(m_connection).since(afterSeq, limit, storeId);
}

Result<qint64> InventoryQueries::lastSeq()
{
    return EventLog(m_connection).lastSeq();
}

Result<std::optional<qint64>> InventoryQueries::nextExpiryMs()
{
    auto ran = m_connection.run(
        u"SELECT MIN(expires_at_ms) FROM reservations WHERE status = 'PENDING'"_s);
    if (!ran)
        return ran.error();
    std::optional<qint64> next;
    if (!ran.value()->next()) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
        return Error::unavailable(u"the first expiry gave no row"_s);
    }
    if (!ran.value()->value(0).isNull())
        next = ran.value()->value(0).toLongLong();
    ran.value()->finish();
    return next;
}

} // namespace inventory
