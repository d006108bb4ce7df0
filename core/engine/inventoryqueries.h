#pragma once

#include "core/domain/product.h"
#include "core/domain/reservation.h"
#include "core/domain/result.h"
#include "core/domain/stock/stockcell.h"
#include "core/domain/stock/stockrow.h"
#include "core/domain/store.h"
#include "core/protocol/event.h"

#include <QHash>
#include <functional>
#include <optional>

namespace inventory {

class DbConnection;

template<typename T> struct Page
{
    QList<T> items;
    qint64 total = 0;
};

// Read-side queries straight from the database (the server serves its hot reads from the
// in-memory ReadModel; these feed it, the tests and the operator tools).
class InventoryQueries
{
public:
    explicit InventoryQueries(DbConnection &connection);

    Result<QList<Store>> stores();
    Result<Page<Product>> searchProducts(const QString &text, const QString &category, int page,
                                         int limit);
    // By id, SKU or barcode.
    Result<std::optional<Product>> product(const QString &idSkuOrBarcode);
    Result<QList<Product>> allProducts();
    Result<QList<StockRow>> availability(const QString &productId, const QString &storeId = {});
    Result<Page<StockRow>> storeStock(const QString &storeId, int page, int limit);
    Result<QList<StockRow>> allStock();
    // Every stock row, one at a time and in no set order, its ids read in place: the read
    // model's load, which must not hold a chain's ten million rows twice.
    Status forEachStock(const std::function<void(QStringView productId, QStringView storeId,
                                                 const StockCell &)> &row);
    Result<std::optional<Reservation>> reservation(const QString &id);
    // How many reservations there are in each status.
    Result<QHash<ReservationStatus, qint64>> reservationCounts();
    Result<QList<Reservation>> reservations(const QString &storeId,
                                            std::optional<ReservationStatus> status);
    Result<QList<Event>> eventsSince(qint64 afterSeq, int limit, const QString &storeId = {});
    Result<qint64> lastSeq();
    Result<std::optional<qint64>> nextExpiryMs();

private:
    Result<QList<Product>> products(const QString &sql, const QVariantList &args);
    Result<QList<StockRow>> rows(const QString &sql, const QVariantList &args);
    Result<qint64> scalar(const QString &sql, const QVariantList &args);

    DbConnection &m_connection;
};

} // namespace inventory
