#pragma once

#include "core/domain/stock/stockcell.h"
#include "core/domain/stock/stockrow.h"
#include "core/engine/state/storeorder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace inventory {

// A product's row in each store (zeros where a store holds none), copied out of the read
// model: the busiest read's body is written from the copy, off the event loop when a chain's
// hundreds of stores make it long.
class ProductAvailability
{
public:
    ProductAvailability() = default;
    // changes: how many times the product's stock had changed when the copy was made; the
    // cells are added in stores' order.
    ProductAvailability(const QString &productId, qint64 changes,
                        std::shared_ptr<const StoreOrder> stores);

    void add(const StockCell &cell);
    const QString &productId() const { return m_productId; }
    qint64 changes() const { return m_changes; }
    qsizetype size() const { return qsizetype(m_cells.size()); }
    QList<StockRow> rows() const;
    // The body of GET /products/{id}/availability.
    QByteArray toJson() const;

private:
    QString m_productId;
    qint64 m_changes = 0;
    std::shared_ptr<const StoreOrder> m_stores;
    std::vector<StockCell> m_cells; // in m_stores' order
};

} // namespace inventory
