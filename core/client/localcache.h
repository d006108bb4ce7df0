#pragma once

#include "core/client/pendingoperation.h"
#include "core/client/stock/cachedstocktable.h"
#include "core/client/stock/otherstock.h"
#include "core/domain/clock.h"
#include "core/domain/product.h"
#include "core/domain/reservation.h"
#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"
#include "core/domain/stock/stocksummary.h"
#include "core/domain/store.h"
#include "core/protocol/event.h"
#include "core/storage/dbconnection.h"

#include <functional>
#include <memory>
#include <optional>

namespace inventory {

// A terminal's own SQLite file: the cached catalogue and stock of every store (as the
// server last confirmed them), reservations, the last applied event seq, and the queue of
// pending operations. What the clerk sees is the confirmed row plus the deltas of the
// operations still queued, so an accepted operation's effect arrives with the server's row
// and a rejected one's simply stops counting: the optimistic effect can never be applied
// twice nor outlive a rejection.
class LocalCache
{
public:
    static Result<std::unique_ptr<LocalCache>> open(const QString &path, const Clock &clock);
    // The profile file for a profile folder, or the default profile's.
    static QString defaultPath();

    // Catalogue and rows as read from the server (a full re-read replaces them). With a
    // scope, the profile holds that store's rows only: rows of other stores (in transfers'
    // events, say) are not kept, and the others show as their summary (otherStock).
    Status replaceAll(const QList<Store> &stores, const QList<Product> &products,
                      const QList<StockRow> &rows, qint64 lastSeq,
                      const QString &scopeStoreId = {});
    // The store whose rows this profile holds; empty: every store.
    QString scope() const { return m_scope; }
    // What the other stores hold, product by product, as read now (GET /stock/summary).
    Status replaceOtherStock(const QList<StockSummary> &lines);
    // nullopt: not in the last summary read, or none read (an unscoped profile has the rows).
    Result<std::optional<OtherStock>> otherStock(const QString &productId);
    Status putProducts(const QList<Product> &products);
    Status putRows(const QList<StockRow> &rows);
    Status putReservation(const Reservation &reservation);
    // Applies events in one transaction; those at or below the last applied seq are skipped.
    Result<int> applyEvents(const QList<Event> &events);

    // Reads fail with the storage's error, never with an empty answer that looks like an
    // empty profile.
    Result<qint64> lastSeq();
    // The empty string for a key never set.
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    Result<QList<Store>> stores();
    // nullopt: no such product in the cache.
    Result<std::optional<Product>> product(const QString &idSkuOrBarcode);
    // Ignores case and accents; words in any order (ProductSearch).
    Result<QList<Product>> searchProducts(const QString &text, int limit);
    // The last changes the feed brought, newest first (RecentEvents); storeId empty for all.
    Result<QList<Event>> recentEvents(int limit, const QString &storeId = {});
    Result<qint64> productCount();
    // The catalogue's categories, by name.
    Result<QStringList> categories();
    // Shown rows (confirmed + queued deltas) for every store the profile holds.
    Result<QList<StockRow>> availability(const QString &productId);
    // A store without a row reads as a row of zeros.
    Result<StockRow> row(const QString &productId, const QString &storeId);
    // Every shown row of every product (the managers' matrix).
    Result<QList<StockRow>> allRows();
    // This store's shown rows below their min.
    Result<QList<StockRow>> lowRows(const QString &storeId);
    // With atRisk set on the held ones an offline sale left without units.
    Result<QList<Reservation>> reservations(const QString &storeId = {});

    // Queues an operation with a fresh idempotency key, or with the one given (a ticket's or a
    // return's own id). A queued ticket's lines (units out) and a queued return's restocked
    // lines (units in) count in the shown rows as a stock operation's delta does.
    Result<PendingOperation> enqueue(const QString &kind, const QJsonObject &body,
                                     const QString &productId = {}, const QString &storeId = {},
                                     qint64 delta = 0, const QString &key = {});
    // Who the operations queued from now on are made by, and at which enrolled till.
    void setActor(const QString &actor, const QString &deviceId);
    Result<QList<PendingOperation>> queued(int limit = 1'000'000);
    Result<QList<PendingOperation>> rejected();
    Result<int> queuedCount();
    struct PushResult
    {
        QString key;
        int status = 0;
        QJsonObject body;
    };
    // The server's answers for pushed operations, in one transaction: 2xx removes an
    // operation (and stores the returned row, or the ticket on the till's copy of it), 4xx
    // keeps it as rejected with the reason.
    // Other answers leave it queued.
    Status recordResults(const QList<PushResult> &results);
    Status dismiss(const QString &key);
    // Puts a rejected operation back in the queue under a new key (a ticket or a return under
    // its own id, which the server never remembers refused).
    Status retry(const QString &key);

    DbConnection &connection() { return *m_db; }
    // Runs work in one write transaction: all of it is kept, or none.
    Status transaction(const std::function<Status()> &work);

private:
    LocalCache(std::unique_ptr<DbConnection> db, const Clock &clock);
    Status upsertRow(const StockRow &row, CachedStockTable::Overwrite overwrite);
    Status recordResult(const PushResult &result);
    // Runs a query, hands row() each of its rows, and always finishes the statement.
    Status select(const QString &sql, const QVariantList &args,
                  const std::function<void(const QSqlQuery &)> &row);

    std::unique_ptr<DbConnection> m_db;
    const Clock &m_clock;
    QString m_actor;
    QString m_deviceId;
    QString m_scope;
};

} // namespace inventory
