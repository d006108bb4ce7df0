#pragma once

#include "core/domain/product.h"
#include "core/domain/reservation.h"
#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"
#include "core/domain/stock/stocksummary.h"
#include "core/domain/store.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/state/stockgrid.h"
#include "core/protocol/event.h"

#include <QCache>
#include <QHash>
#include <QMap>
#include <memory>
#include <optional>

namespace inventory {

// The current state in memory, built once from the database and then kept current by
// applying committed events (each stock event carries its whole resulting row). Reads are
// served from here, so they never wait for a commit. Used by one thread.
class ReadModel
{
public:
    // Bounded by size: a catalogue read end to end must not keep a body for every product,
    // and in a chain of 500 stores one body is some 70 KB.
    static constexpr qsizetype DefaultAvailabilityCacheBytes = 32 * 1024 * 1024;

    explicit ReadModel(qsizetype availabilityCacheBytes = DefaultAvailabilityCacheBytes);

    Status load(InventoryQueries &queries);
    void apply(const Event &event);
    void applyAll(const QList<Event> &events);

    qint64 lastSeq() const { return m_lastSeq; }
    QList<Store> stores() const { return m_stores.values(); }
    bool hasStore(const QString &storeId) const { return m_stores.contains(storeId); }

    // By id, SKU or barcode.
    std::optional<Product> product(const QString &idSkuOrBarcode) const;
    Page<Product> searchProducts(const QString &text, const QString &category, int page,
                                 int limit) const;
    qsizetype productCount() const { return m_products.size(); }

    // The rows of every store for a product (a store that never stocked it shows as zero).
    QList<StockRow> availability(const QString &productId, const QString &storeId = {}) const;
    // The same rows copied out, for a body written elsewhere (ProductAvailability::toJson).
    ProductAvailability availabilityOf(const QString &productId, const QString &storeId = {}) const;
    // The body of GET /products/{id}/availability. For all stores it is written once per
    // change of the product's stock and then served as is: it is the busiest read.
    QByteArray availabilityJson(const QString &productId, const QString &storeId = {}) const;
    // The body for all stores if it is kept.
    std::optional<QByteArray> cachedAvailabilityJson(const QString &productId) const;
    // Keeps a body written from a copy of every store's rows, unless the product's stock has
    // changed since the copy was made.
    void keepAvailabilityJson(const ProductAvailability &copy, const QByteArray &body) const;
    Page<StockRow> storeStock(const QString &storeId, int page, int limit) const;
    // Every row of a store, sorted by product id (a store's levels, its low products).
    QList<StockRow> storeRows(const QString &storeId) const { return m_stock.storeRows(storeId); }
    qsizetype stockRowCount() const { return m_stock.rowCount(); }
    QList<Product> products() const;
    // A page of the catalogue, each product with what the stores other than exceptStoreId
    // hold of it (every store when empty): kept as running totals, so a page costs its size.
    Page<StockSummary> summary(const QString &exceptStoreId, int page, int limit) const;

    // The reservations still held (PENDING); a finished one is read from the database.
    std::optional<Reservation> reservation(const QString &id) const;
    QList<Reservation> pendingReservations(const QString &storeId) const;
    qsizetype heldReservationCount() const { return m_reservations.size(); }
    std::optional<qint64> nextExpiryMs() const;
    QHash<ReservationStatus, qint64> reservationCounts() const;

private:
    void putProduct(const Product &product);
    void putRow(const StockRow &row);
    void putReservation(const Reservation &reservation);
    // stock.discrepancy flags reservations at risk; discrepancy.resolved covers some again and
    // carries the row when it changed.
    void applyDiscrepancy(const Event &event);

    qint64 m_lastSeq = 0;
    QMap<QString, Store> m_stores;
    // A hash: every reservation and availability read looks its product up, and a hash
    // lookup costs less than the search down a map. Order comes from m_productOrder.
    QHash<QString, Product> m_products;
    // Every product id in order: a catalogue page without a filter is a slice, not a walk
    // from the start (a full catalogue read walked the map once per page).
    QList<QString> m_productOrder;
    QHash<QString, QString> m_productIdByCode; // SKU and barcode → id
    StockGrid m_stock;
    // The PENDING reservations. A map, not a hash: a hash that doubles rehashes everything at
    // once on the event loop, a stall every client sees (docs/PERFORMANCE.md); a map costs
    // the same in total, spread over its inserts.
    QMap<QString, Reservation> m_reservations;
    // Finished reservations by status, for the metrics: counted, not kept.
    QHash<ReservationStatus, qint64> m_finishedCounts;
    QMultiMap<qint64, QString> m_pendingByExpiry;
    // Product → body for all stores, each costing its bytes. The least recently read goes
    // first when the bytes run out: the products a chain reads most stay.
    // Behind a pointer: a QCache cannot be assigned, and load() starts from a new model.
    std::unique_ptr<QCache<QString, QByteArray>> m_availabilityJson;
};

} // namespace inventory
