#pragma once

#include "core/domain/result.h"
#include "core/domain/stockrow.h"

#include <QHash>
#include <optional>
#include <utility>

class QSqlQuery;

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
    qint64 heldChanges() const { return m_heldChanges; }

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
    struct Held
    {
        StockRow row;
        bool dirty = false;
        bool created = false; // by prefetch(): deleted by flush() unless dirty
    };
    // The row as the database has it, without write-back.
    Result<std::optional<StockRow>> select(const QString &productId, const QString &storeId);
    // With write-back: the held row, read and kept on first use; nullptr when there is none.
    Result<Held *> held(const QString &productId, const QString &storeId);
    // flush() on PostgreSQL: one UPDATE … FROM unnest(…) for every dirty row, one DELETE for
    // the rows prefetch() created that stayed untouched.
    Status flushAtOnce();
    // prefetch()'s second statement: creates the rows of keys that are not held yet.
    // Locks and keeps the rows of these keys that exist (sorted keys: rows locked in order).
    Status lockExisting(const QList<std::pair<QString, QString>> &keys);
    Status createMissing(const QList<std::pair<QString, QString>> &keys, qint64 nowMs);
    // Keeps the row a prefetch statement gave (product, store, then kRowColumns).
    enum class Origin { Read, Created };
    void keep(const QSqlQuery &query, Origin origin);
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
    QHash<std::pair<QString, QString>, Held> m_held;
    qint64 m_heldChanges = 0;
};

} // namespace inventory
