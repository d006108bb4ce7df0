#include "core/engine/tables/stocktable.h"

#include "core/storage/dbconnection.h"
#include "core/storage/pgarray.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storagelog.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kRowColumns
    = u"quantity, reserved, version, updated_at_ms, incoming, min_level, target_level"_s;

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

// The columns kRowColumns of one stock row.
Result<std::optional<StockRow>> rowFrom(Result<std::optional<QList<qint64>>> ran,
                                        const QString &productId, const QString &storeId)
{
    if (!ran)
        return ran.error();
    if (!ran.value())
        return std::optional<StockRow>();
    const QList<qint64> &v = *ran.value();
    if (v.size() != 7)
        return Error::unavailable(u"storage error: a stock row has %1 columns"_s.arg(v.size()));
    return std::optional<StockRow>(
        StockRow { productId, storeId, v[0], v[1], v[2], v[3], v[4], v[5], v[6] });
}
} // namespace

StockTable::StockTable(DbConnection &connection)
    : m_connection(connection)
{
}

void StockTable::begin(Rows rows)
{
    m_writeBack = rows == Rows::WriteBack;
    m_held.clear();
    m_heldChanges = 0;
    m_watched.clear();
}

void StockTable::startCommand()
{
    m_watched.clear();
}

QList<StockRow> StockTable::becameLow() const
{
    QList<StockRow> low;
    for (const Watched &w : m_watched) {
        if (!w.wasLow && w.after.isLow())
            low.append(w.after);
    }
    return low;
}

void StockTable::watch(const StockRow &before, const StockRow &after)
{
    if (before.minLevel == 0 && after.minLevel == 0)
        return;
    for (Watched &w : m_watched) {
        if (w.after.productId == after.productId && w.after.storeId == after.storeId) {
            w.after = after;
            return;
        }
    }
    m_watched.append({ before.isLow(), after });
}

Status StockTable::prefetch(QList<std::pair<QString, QString>> keys, qint64 nowMs)
{
    if (!m_writeBack || m_connection.dialect().kind() != SqlDialect::Kind::Postgres)
        return {};
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    const auto dropHeld = [this, &keys] {
        keys.removeIf([this](const auto &key) { return m_held.contains(key); });
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

Status StockTable::lockExisting(const QList<std::pair<QString, QString>> &keys)
{
    if (keys.isEmpty())
        return {};
    return m_connection.forEachRow(
        u"SELECT s.product_id, s.store_id, %1 FROM stock s JOIN unnest(?::text[], ?::text[])"
        " AS k(product_id, store_id) ON s.product_id = k.product_id"
        " AND s.store_id = k.store_id ORDER BY s.product_id, s.store_id FOR UPDATE OF s"_s.arg(
            kRowColumns),
        keyArrays(keys), [this](const QSqlQuery &q) { keep(q, Origin::Read); });
}

Status StockTable::createMissing(const QList<std::pair<QString, QString>> &keys, qint64 nowMs)
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
            kRowColumns),
        QVariantList { nowMs } + keyArrays(keys),
        [this](const QSqlQuery &q) { keep(q, Origin::Created); });
}

void StockTable::keep(const QSqlQuery &q, Origin origin)
{
    StockRow row { q.value(0).toString(),   q.value(1).toString(),   q.value(2).toLongLong(),
                   q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                   q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong() };
    m_held.insert({ row.productId, row.storeId }, Held { row, false, origin == Origin::Created });
}

Status StockTable::flushAtOnce()
{
    PgArray products, stores, quantity, reserved, version, updatedAt, incoming, minLevel,
        targetLevel, unusedProducts, unusedStores;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
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
        auto removed = m_connection.writeCounted(
            u"DELETE FROM stock AS s USING unnest(?::text[], ?::text[]) AS u(product_id, store_id)"
            " WHERE s.product_id = u.product_id AND s.store_id = u.store_id"_s,
            { unusedProducts.literal(), unusedStores.literal() });
        if (!removed)
            return removed.error();
        m_held.removeIf([](const auto &it) { return it.value().created && !it.value().dirty; });
    }
    if (products.size() == 0)
        return {};
    auto changed = m_connection.writeCounted(
        u"UPDATE stock AS s SET quantity = u.quantity, reserved = u.reserved,"
        " version = u.version, updated_at_ms = u.updated_at_ms, incoming = u.incoming,"
        " min_level = u.min_level, target_level = u.target_level"
        " FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],"
        " ?::bigint[], ?::bigint[], ?::bigint[]) AS u(product_id, store_id, quantity, reserved,"
        " version, updated_at_ms, incoming, min_level, target_level)"
        " WHERE s.product_id = u.product_id AND s.store_id = u.store_id"_s,
        { products.literal(), stores.literal(), quantity.literal(), reserved.literal(),
          version.literal(), updatedAt.literal(), incoming.literal(), minLevel.literal(),
          targetLevel.literal() });
    if (!changed)
        return changed.error();
    if (changed.value() != products.size()) {
        qCWarning(lcStorage) << "held stock rows are no longer in the database:"
                             << products.size() - changed.value();
        return Error::unavailable(u"storage error: %1 held stock row(s) are gone"_s.arg(
            products.size() - changed.value()));
    }
    m_held.clear();
    m_heldChanges = 0;
    return {};
}

Status StockTable::flush()
{
    if (m_connection.dialect().kind() == SqlDialect::Kind::Postgres)
        return flushAtOnce();
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
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
    m_held.clear();
    m_heldChanges = 0;
    return {};
}

Result<std::optional<StockRow>> StockTable::select(const QString &productId, const QString &storeId)
{
    // A row kept for write-back on PostgreSQL must stay as read until the commit.
    const bool lock = m_writeBack && m_connection.dialect().kind() == SqlDialect::Kind::Postgres;
    return rowFrom(m_connection.integerRow(
                       u"SELECT %1 FROM stock WHERE product_id = ? AND store_id = ?%2"_s.arg(
                           kRowColumns, lock ? u" FOR UPDATE"_s : QString()),
                       { productId, storeId }),
                   productId, storeId);
}

Result<StockTable::Held *> StockTable::held(const QString &productId, const QString &storeId)
{
    const auto found = m_held.find({ productId, storeId });
    if (found != m_held.end())
        return &found.value();
    auto row = select(productId, storeId);
    if (!row)
        return row.error();
    if (!row.value())
        return static_cast<Held *>(nullptr);
    return &m_held.insert({ productId, storeId }, Held { *row.value(), false }).value();
}

Result<std::optional<StockRow>> StockTable::load(const QString &productId, const QString &storeId)
{
    if (!m_writeBack)
        return select(productId, storeId);
    auto kept = held(productId, storeId);
    if (!kept)
        return kept.error();
    return kept.value() ? std::optional<StockRow>(kept.value()->row) : std::nullopt;
}

template<typename Change>
Result<std::optional<StockRow>> StockTable::changeHeld(const QString &productId,
                                                       const QString &storeId, qint64 nowMs,
                                                       Change change)
{
    auto kept = held(productId, storeId);
    if (!kept)
        return kept.error();
    Held *row = kept.value();
    if (!row)
        return std::optional<StockRow>();
    const StockRow before = row->row;
    if (!change(row->row))
        return std::optional<StockRow>();
    row->row.version += 1;
    row->row.updatedAtMs = nowMs;
    row->dirty = true;
    ++m_heldChanges;
    watch(before, row->row);
    return std::optional<StockRow>(row->row);
}

Result<std::optional<StockRow>> StockTable::applyDeltas(const QString &productId,
                                                        const QString &storeId, qint64 dQuantity,
                                                        qint64 dReserved, qint64 nowMs)
{
    if (m_writeBack) {
        // The same precondition as the UPDATE's WHERE clause below.
        return changeHeld(productId, storeId, nowMs, [&](StockRow &row) {
            if (row.quantity + dQuantity < row.reserved + dReserved || row.reserved + dReserved < 0)
                return false;
            row.quantity += dQuantity;
            row.reserved += dReserved;
            return true;
        });
    }
    auto after = updated(
        u"UPDATE stock SET quantity = quantity + ?, reserved = reserved + ?,"
        " version = version + 1, updated_at_ms = ?"
        " WHERE product_id = ? AND store_id = ?"
        " AND quantity + ? >= reserved + ? AND reserved + ? >= 0"_s,
        { dQuantity, dReserved, nowMs, productId, storeId, dQuantity, dReserved, dReserved },
        productId, storeId);
    if (after && after.value()) {
        StockRow before = *after.value();
        before.quantity -= dQuantity;
        before.reserved -= dReserved;
        watch(before, *after.value());
    }
    return after;
}

Result<std::optional<StockRow>> StockTable::applyTransfer(const QString &productId,
                                                          const QString &storeId, qint64 dQuantity,
                                                          qint64 dIncoming, qint64 nowMs)
{
    if (m_writeBack) {
        // The same precondition as the UPDATE's WHERE clause below.
        return changeHeld(productId, storeId, nowMs, [&](StockRow &row) {
            if (row.quantity + dQuantity < row.reserved || row.incoming + dIncoming < 0)
                return false;
            row.quantity += dQuantity;
            row.incoming += dIncoming;
            return true;
        });
    }
    auto after = updated(u"UPDATE stock SET quantity = quantity + ?, incoming = incoming + ?,"
                         " version = version + 1, updated_at_ms = ?"
                         " WHERE product_id = ? AND store_id = ?"
                         " AND quantity + ? >= reserved AND incoming + ? >= 0"_s,
                         { dQuantity, dIncoming, nowMs, productId, storeId, dQuantity, dIncoming },
                         productId, storeId);
    if (after && after.value()) {
        StockRow before = *after.value();
        before.quantity -= dQuantity;
        before.incoming -= dIncoming;
        watch(before, *after.value());
    }
    return after;
}

Result<std::optional<StockRow>> StockTable::setQuantity(const QString &productId,
                                                        const QString &storeId, qint64 newQuantity,
                                                        std::optional<qint64> expectedVersion,
                                                        qint64 nowMs)
{
    if (m_writeBack) {
        // The same precondition as the UPDATEs' WHERE clauses below.
        return changeHeld(productId, storeId, nowMs, [&](StockRow &row) {
            if (row.reserved > newQuantity || (expectedVersion && row.version != *expectedVersion))
                return false;
            row.quantity = newQuantity;
            return true;
        });
    }
    // The row before, for watch(): a count is no hot path, and the UPDATE cannot tell it.
    auto before = select(productId, storeId);
    if (!before)
        return before.error();
    auto after = expectedVersion
        ? updated(u"UPDATE stock SET quantity = ?, version = version + 1,"
                  " updated_at_ms = ? WHERE product_id = ? AND store_id = ?"
                  " AND reserved <= ? AND version = ?"_s,
                  { newQuantity, nowMs, productId, storeId, newQuantity, *expectedVersion },
                  productId, storeId)
        : updated(u"UPDATE stock SET quantity = ?, version = version + 1,"
                  " updated_at_ms = ? WHERE product_id = ? AND store_id = ?"
                  " AND reserved <= ?"_s,
                  { newQuantity, nowMs, productId, storeId, newQuantity }, productId, storeId);
    if (after && after.value() && before.value())
        watch(*before.value(), *after.value());
    return after;
}

Result<std::optional<StockRow>> StockTable::setLevels(const QString &productId,
                                                      const QString &storeId, qint64 minLevel,
                                                      qint64 targetLevel, qint64 nowMs)
{
    if (m_writeBack) {
        return changeHeld(productId, storeId, nowMs, [&](StockRow &row) {
            row.minLevel = minLevel;
            row.targetLevel = targetLevel;
            return true;
        });
    }
    auto before = select(productId, storeId);
    if (!before)
        return before.error();
    auto after = updated(u"UPDATE stock SET min_level = ?, target_level = ?,"
                         " version = version + 1, updated_at_ms = ?"
                         " WHERE product_id = ? AND store_id = ?"_s,
                         { minLevel, targetLevel, nowMs, productId, storeId }, productId, storeId);
    if (after && after.value() && before.value())
        watch(*before.value(), *after.value());
    return after;
}

Result<std::optional<StockRow>> StockTable::updated(const QString &update, const QVariantList &args,
                                                    const QString &productId,
                                                    const QString &storeId)
{
    // PostgreSQL gives the row back in the same round trip. SQLite builds RETURNING's rows in
    // a temporary table opened for every statement: reading the row again by its key costs
    // less (a micro-benchmark of both: docs/PERFORMANCE.md), and the writer does this for
    // every reservation.
    if (m_connection.dialect().kind() == SqlDialect::Kind::Postgres)
        return rowFrom(m_connection.integerRow(update + u" RETURNING "_s + kRowColumns, args),
                       productId, storeId);
    auto changed = m_connection.writeCounted(update, args);
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return std::optional<StockRow>();
    return load(productId, storeId);
}

Status StockTable::insertEmpty(const QString &productId, const QString &storeId, qint64 nowMs)
{
    return m_connection.write(u"INSERT INTO stock (product_id, store_id, quantity, reserved,"
                              " version, updated_at_ms) VALUES (?, ?, 0, 0, 0, ?)"
                              // Another writer may have created it meanwhile: it is there.
                              " ON CONFLICT (product_id, store_id) DO NOTHING"_s,
                              { productId, storeId, nowMs });
}

Result<bool> StockTable::productExists(const QString &productId)
{
    return exists(u"SELECT 1 FROM products WHERE id = ?"_s, productId);
}

Result<bool> StockTable::storeExists(const QString &storeId)
{
    return exists(u"SELECT 1 FROM stores WHERE id = ?"_s, storeId);
}

Result<bool> StockTable::exists(const QString &sql, const QString &id)
{
    auto ran = m_connection.run(sql, { id });
    if (!ran)
        return ran.error();
    const bool found = ran.value()->next();
    ran.value()->finish();
    return found;
}

} // namespace inventory
