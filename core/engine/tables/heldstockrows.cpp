#include "core/engine/tables/heldstockrows.h"

#include "core/storage/dbconnection.h"
#include "core/storage/postgres/pgarray.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storagelog.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// The keys (product, store) as two array parameters.
QVariantList keyArrays(const QList<std::pair<QString, QString>> &keys)
{
    PgArray products;
    PgArray stores;
    for (const auto &[productId, storeId] : keys) {
        products.append(productId);
        stores.append(storeId);
    }
    return { products.literal(), stores.literal() };
}
} // namespace

HeldStockRows::HeldStockRows(DbConnection &connection)
    : m_connection(connection)
{
}

void HeldStockRows::clear()
{
    m_rows.clear();
    m_changes = 0;
}

HeldStockRows::Held *HeldStockRows::find(const QString &productId, const QString &storeId)
{
    const auto found = m_rows.find({ productId, storeId });
    return found == m_rows.end() ? nullptr : &found.value();
}

HeldStockRows::Held *HeldStockRows::keep(const StockRow &row)
{
    return &m_rows.insert({ row.productId, row.storeId }, Held { row, false }).value();
}

void HeldStockRows::changed(Held &held)
{
    held.dirty = true;
    ++m_changes;
}

Status HeldStockRows::prefetch(QList<std::pair<QString, QString>> keys, qint64 nowMs)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    const auto dropHeld = [this, &keys] {
        keys.removeIf([this](const auto &key) { return m_rows.contains(key); });
    };
    dropHeld();
    if (Status s = lockExisting(keys); !s)
        return s;
    dropHeld();
    if (Status s = createMissing(keys, nowMs); !s)
        return s;
    // Rows another batch made meanwhile (createMissing waited for its commit): locked now, as
    // a batch locks every row before the event counter (InventoryEngine::lockBeforeCommands).
    dropHeld();
    return lockExisting(keys);
}

Status HeldStockRows::lockExisting(const QList<std::pair<QString, QString>> &keys)
{
    if (keys.isEmpty())
        return {};
    return m_connection.forEachRow(
        u"SELECT s.product_id, s.store_id, %1 FROM stock s JOIN unnest(?::text[], ?::text[])"
        " AS k(product_id, store_id) ON s.product_id = k.product_id"
        " AND s.store_id = k.store_id ORDER BY s.product_id, s.store_id FOR UPDATE OF s"_s.arg(
            Columns),
        keyArrays(keys), [this](const QSqlQuery &q) { keepFrom(q, Origin::Read); });
}

Status HeldStockRows::createMissing(const QList<std::pair<QString, QString>> &keys, qint64 nowMs)
{
    if (keys.isEmpty())
        return {};
    // Rows of an unknown product or store are not made: their commands find them missing and
    // say so. Nor those another instance made meanwhile (ON CONFLICT): a command reads them.
    return m_connection.forEachRow(
        u"INSERT INTO stock (product_id, store_id, quantity, reserved, version, updated_at_ms)"
        " SELECT k.product_id, k.store_id, 0, 0, 0, ? FROM unnest(?::text[], ?::text[])"
        " AS k(product_id, store_id) JOIN products p ON p.id = k.product_id"
        " JOIN stores st ON st.id = k.store_id ORDER BY k.product_id, k.store_id"
        " ON CONFLICT (product_id, store_id) DO NOTHING RETURNING product_id, store_id, %1"_s.arg(
            Columns),
        QVariantList { nowMs } + keyArrays(keys),
        [this](const QSqlQuery &q) { keepFrom(q, Origin::Created); });
}

void HeldStockRows::keepFrom(const QSqlQuery &q, Origin origin)
{
    StockRow row { q.value(0).toString(),   q.value(1).toString(),   q.value(2).toLongLong(),
                   q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                   q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong() };
    m_rows.insert({ row.productId, row.storeId }, Held { row, false, origin == Origin::Created });
}

Status HeldStockRows::flushAtOnce()
{
    PgArray products, stores, quantity, reserved, version, updatedAt, incoming, minLevel,
        targetLevel, unusedProducts, unusedStores;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!it->dirty) {
            if (it->created) {
                unusedProducts.append(it->row.productId);
                unusedStores.append(it->row.storeId);
            }
            continue;
        }
        const StockRow &row = it->row;
        products.append(row.productId);
        stores.append(row.storeId);
        quantity.append(row.quantity);
        reserved.append(row.reserved);
        version.append(row.version);
        updatedAt.append(row.updatedAtMs);
        incoming.append(row.incoming);
        minLevel.append(row.minLevel);
        targetLevel.append(row.targetLevel);
    }
    if (unusedProducts.size() > 0) {
        if (Status s = m_connection.write(
                u"DELETE FROM stock AS s USING unnest(?::text[], ?::text[]) AS u(product_id,"
                " store_id) WHERE s.product_id = u.product_id AND s.store_id = u.store_id"_s,
                { unusedProducts.literal(), unusedStores.literal() });
            !s)
            return s;
        m_rows.removeIf([](const auto &it) { return it.value().created && !it.value().dirty; });
    }
    if (products.size() == 0)
        return {};
    // Every row is held locked, so each must be there: a row missing would be a bug, and the
    // batch fails rather than lose its change.
    if (Status s = m_connection.writeExactly(
            u"UPDATE stock AS s SET quantity = u.quantity, reserved = u.reserved,"
            " version = u.version, updated_at_ms = u.updated_at_ms, incoming = u.incoming,"
            " min_level = u.min_level, target_level = u.target_level"
            " FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],"
            " ?::bigint[], ?::bigint[], ?::bigint[]) AS u(product_id, store_id, quantity, reserved,"
            " version, updated_at_ms, incoming, min_level, target_level)"
            " WHERE s.product_id = u.product_id AND s.store_id = u.store_id"_s,
            { products.literal(), stores.literal(), quantity.literal(), reserved.literal(),
              version.literal(), updatedAt.literal(), incoming.literal(), minLevel.literal(),
              targetLevel.literal() },
            products.size());
        !s)
        return s;
    clear();
    return {};
}

Status HeldStockRows::flush()
{
    if (m_connection.dialect().kind() == SqlDialect::Kind::Postgres)
        return flushAtOnce();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!it->dirty)
            continue;
        const StockRow &row = it->row;
        auto changed = m_connection.writeCounted(
            u"UPDATE stock SET quantity = ?, reserved = ?, version = ?, updated_at_ms = ?,"
            " incoming = ?, min_level = ?, target_level = ? WHERE product_id = ? AND store_id = ?"_s,
            { row.quantity, row.reserved, row.version, row.updatedAtMs, row.incoming, row.minLevel,
              row.targetLevel, row.productId, row.storeId });
        if (!changed)
            return changed.error();
        if (changed.value() != 1) {
            // Nothing else writes while the writer holds the lock: this is a bug, not a race.
            qCWarning(lcStorage) << "a held stock row is no longer in the database:"
                                 << row.productId << row.storeId;
            return Error::unavailable(u"storage error: the stock row of %1 at %2 is gone"_s.arg(
                row.productId, row.storeId));
        }
    }
    clear();
    return {};
}

} // namespace inventory
