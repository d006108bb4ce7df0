#pragma once

#include "core/domain/stock/stockcell.h"
#include "core/domain/stock/stockrow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <vector>

namespace inventory {

// A product's row in each store (zeros where a store holds none), copied out of the read
// model: the busiest read's body is written from the copy, off the event loop when a chain's
// hundreds of stores make it long.
class ProductAvailability
{
public:
    ProductAvailability() = default;
    // changes: how many times the product's stock had changed when the copy was made.
    ProductAvailability(const QString &productId, qint64 changes);

    void add(const QString &storeId, const StockCell &cell);
    const QString &productId() const { return m_productId; }
    qint64 changes() const { return m_changes; }
    qsizetype size() const { return m_storeIds.size(); }
    QList<StockRow> rows() const;
    // The body of GET /products/{id}/availability.
    QByteArray toJson() const;

private:
    QString m_productId;
    qint64 m_changes = 0;
    QList<QString> m_storeIds;
    std::vector<StockCell> m_cells; // by m_storeIds' order
};

} // namespace inventory
