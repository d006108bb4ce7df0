#include "core/engine/tables/stocktable.h"

#include "core/storage/dbconnection.h"
#include "core/storage/sqldialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// The columns HeldStockRows::Columns of one stock row.
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
    , m_held(connection)
{
}

void StockTable::begin(Rows rows)
{
    m_writeBack = rows == Rows::WriteBack;
    m_held.clear();
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
    return m_held.prefetch(std::move(keys), nowMs);
}

Status StockTable::flush()
{
    return m_held.flush();
}

Result<std::optional<StockRow>> StockTable::select(const QString &productId, const QString &storeId)
{
    // A row kept for write-back on PostgreSQL must stay as read until the commit.
    const bool lock = m_writeBack && m_connection.dialect().kind() == SqlDialect::Kind::Postgres;
    return rowFrom(m_connection.integerRow(
                       u"SELECT %1 FROM stock WHERE product_id = ? AND store_id = ?%2"_s.arg(
                           HeldStockRows::Columns, lock ? u" FOR UPDATE"_s : QString()),
                       { productId, storeId }),
                   productId, storeId);
}

Result<HeldStockRows::Held *> StockTable::held(const QString &productId, const QString &storeId)
{
    if (HeldStockRows::Held *found = m_held.find(productId, storeId))
        return found;
    auto row = select(productId, storeId);
    if (!row)
        return row.error();
    if (!row.value())
        return static_cast<HeldStockRows::Held *>(nullptr);
    return m_held.keep(*row.value());
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
    HeldStockRows::Held *row = kept.value();
    if (!row)
        return std::optional<StockRow>();
    const StockRow before = row->row;
    if (!change(row->row))
        return std::optional<StockRow>();
    row->row.version += 1;
    row->row.updatedAtMs = nowMs;
    m_held.changed(*row);
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
        return rowFrom(
            m_connection.integerRow(update + u" RETURNING "_s + HeldStockRows::Columns, args),
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

Error StockTable::insufficient(const QString &productId, const QString &storeId, qint64 requested)
{
    auto row = load(productId, storeId);
    const qint64 available = row && row.value() ? row.value()->available() : 0;
    return Error(ErrorCode::InsufficientStock,
                 u"only %1 unit(s) available, %2 requested"_s.arg(available).arg(requested),
                 { { u"available"_s, available }, { u"requested"_s, requested } });
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
    if (!found) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
    }
    ran.value()->finish();
    return found;
}

} // namespace inventory
