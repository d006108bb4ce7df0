#include "core/engine/state/productavailability.h"

#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

ProductAvailability::ProductAvailability(const QString &productId, qint64 changes,
                                         std::shared_ptr<const StoreOrder> stores)
    : m_productId(productId)
    , m_changes(changes)
    , m_stores(std::move(stores))
{
    m_cells.reserve(m_stores->size());
}

void ProductAvailability::add(const StockCell &cell)
{
    Q_ASSERT(size() < m_stores->size());
    m_cells.push_back(cell);
}

QList<StockRow> ProductAvailability::rows() const
{
    QList<StockRow> rows;
    rows.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        rows.append(StockRow::of(m_productId, m_stores->id(i), m_cells[i]));
    return rows;
}

QByteArray ProductAvailability::toJson() const
{
    constexpr qsizetype kRowBytes = 160; // a row's JSON, with room to spare
    qint64 total = 0;
    for (const StockCell &cell : m_cells)
        total += cell.available();
    // Room for every row at once: growing by doubling copied the body again and again.
    JsonWriter out(kRowBytes * size() + 128);
    out.beginObject();
    out.key("productId"_L1).value(m_productId);
    out.key("totalAvailable"_L1).value(total);
    out.key("stores"_L1).beginArray();
    for (qsizetype i = 0; i < size(); ++i) {
        out.beginObject();
        out.key("storeId"_L1).raw(m_stores->json(i));
        writeStockCounts(out, m_cells[i]);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.bytes();
}

} // namespace inventory
