#pragma once

#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"
#include "core/engine/tables/heldstockrows.h"

#include <QHash>
#include <optional>
#include <utility>

namespace inventory {

class DbConnection;

// The stock rows, changed only when a command's precondition holds: by conditional updates
// whose WHERE clause is the precondition (an update that matches no row is how a command
// learns it may not run), or, on SQLite with write-back, checked here against the row as the
// transaction has it and written once before the commit.
class StockTable
{
public:
    explicit StockTable(DbConnection &connection);

    // Starts a transaction's use of the table. With Rows::WriteBack, the rows it reads and
    // changes are kept here and written by flush(): a batch on one hot product changed and read
    // back the same row for every command, two statements per command and a large part of the
    // writer's work (docs/PERFORMANCE.md). On PostgreSQL, whose other instances change rows
    // too, a row is kept only once this transaction has locked it (SELECT … FOR UPDATE), and
    // flush() writes them all in one statement. Without it (a single command; a batch run again
    // with a savepoint per command, which a row kept here could not follow back) every change
    // goes to the database at once.
    enum class Rows { WriteThrough, WriteBack };
    void begin(Rows rows);
    // With write-back on PostgreSQL: locks and keeps these rows (product, store) in one
    // statement, in key order, so that two instances lock the rows they share in the same
    // order. The missing ones of a known product and store are created empty at nowMs in one
    // more statement: a command on a product new to a store otherwise took six round trips
    // (read, product, store, insert, read again).
    Status prefetch(QList<std::pair<QString, QString>> keys, qint64 nowMs);
    // Writes the rows changed since begin(); UNAVAILABLE when one cannot be written (the
    // schema's CHECK refuses a row that breaks 0 <= reserved <= quantity). The rows prefetch()
    // created and no command changed are deleted, so that a command that failed leaves no
    // row behind, as when each command created its own.
    Status flush();
    // Changes kept for flush() so far: with the connection's own count, this tells whether a
    // command that failed had changed anything.
    qint64 heldChanges() const { return m_held.changes(); }

    Result<std::optional<StockRow>> load(const QString &productId, const QString &storeId);
    // quantity += dQuantity, reserved += dReserved, version + 1, provided that afterwards
    // 0 <= reserved <= quantity. nullopt when the precondition (or the row) is missing.
    Result<std::optional<StockRow>> applyDeltas(const QString &productId, const QString &storeId,
                                                qint64 dQuantity, qint64 dReserved, qint64 nowMs);
    // A transfer's step: quantity += dQuantity, incoming += dIncoming, version + 1, provided
    // that afterwards quantity >= reserved (units shipped were available) and incoming >= 0.
    Result<std::optional<StockRow>> applyTransfer(const QString &productId, const QString &storeId,
                                                  qint64 dQuantity, qint64 dIncoming, qint64 nowMs);
    // quantity = newQuantity, version + 1, provided newQuantity >= reserved and, if given,
    // version == expectedVersion.
    Result<std::optional<StockRow>> setQuantity(const QString &productId, const QString &storeId,
                                                qint64 newQuantity,
                                                std::optional<qint64> expectedVersion,
                                                qint64 nowMs);
    // The store's reorder levels of the product: min_level, target_level, version + 1.
    // nullopt when the row is missing.
    Result<std::optional<StockRow>> setLevels(const QString &productId, const QString &storeId,
                                              qint64 minLevel, qint64 targetLevel, qint64 nowMs);
    // Creates the row at quantity 0, version 0 (a product never stocked there).
    Status insertEmpty(const QString &productId, const QString &storeId, qint64 nowMs);
    // Runs change (one of the changes above on this row); when it matches no row because the
    // row does not exist yet, creates the row at quantity 0 (after checking product and store)
    // and runs change once more.
    template<typename Change>
    Result<std::optional<StockRow>> changeOrCreate(const QString &productId, const QString &storeId,
                                                   qint64 nowMs, Change change);
    // INSUFFICIENT_STOCK for requested units, with the units the row has available.
    Error insufficient(const QString &productId, const QString &storeId, qint64 requested);

    // Low-stock crossings (API.md "Replenishment"): every change above is watched, and a row
    // that a command leaves below its min, when it was not below it before the command, is a
    // downward crossing: one stock.low, not one per sale below min. Comparing the row before
    // and after each change, rather than keeping a flag, costs nothing on rows without levels
    // and needs no extra statement on any (the row before is what the change started from).
    void startCommand();
    QList<StockRow> becameLow() const;

    Result<bool> productExists(const QString &productId);
    Result<bool> storeExists(const QString &storeId);

private:
    // Runs a conditional UPDATE of one stock row; the row as it is afterwards, or nullopt when
    // the UPDATE matched nothing.
    Result<std::optional<StockRow>> updated(const QString &update, const QVariantList &args,
                                            const QString &productId, const QString &storeId);
    Result<bool> exists(const QString &sql, const QString &id);
    // The row as the database has it, without write-back.
    Result<std::optional<StockRow>> select(const QString &productId, const QString &storeId);
    // With write-back: the held row, read and kept on first use; nullptr when there is none.
    Result<HeldStockRows::Held *> held(const QString &productId, const QString &storeId);
    // With write-back: the held row changed by change(row), which returns false when the
    // precondition fails and the row must stay as it is.
    template<typename Change>
    Result<std::optional<StockRow>> changeHeld(const QString &productId, const QString &storeId,
                                               qint64 nowMs, Change change);

    // Records one change for becameLow().
    void watch(const StockRow &before, const StockRow &after);
    struct Watched
    {
        bool wasLow = false;
        StockRow after;
    };

    DbConnection &m_connection;
    bool m_writeBack = false;
    QList<Watched> m_watched; // rows with levels the current command changed, in order
    HeldStockRows m_held;
};

template<typename Change>
Result<std::optional<StockRow>> StockTable::changeOrCreate(const QString &productId,
                                                           const QString &storeId, qint64 nowMs,
                                                           Change change)
{
    auto changed = change();
    if (!changed || changed.value())
        return changed;
    auto existing = load(productId, storeId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return changed; // the row is there: the precondition failed
    auto product = productExists(productId);
    if (!product)
        return product.error();
    if (!product.value())
        return Error::notFound(QStringLiteral("product"), productId);
    auto store = storeExists(storeId);
    if (!store)
        return store.error();
    if (!store.value())
        return Error::notFound(QStringLiteral("store"), storeId);
    if (Status s = insertEmpty(productId, storeId, nowMs); !s)
        return s.error();
    return change();
}

} // namespace inventory
