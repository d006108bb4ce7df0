#include "core/engine/state/productavailability.h"

#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

ProductAvailability::ProductAvailability(const QString &productId, qint64 changes)
    : m_productId(productId)
    , m_changes(changes)
{
}

void ProductAvailability::add(const QString &storeId, const StockCell &cell)
{
    m_storeIds.append(storeId);
    m_cells.push_back(cell);
}

QList<StockRow> ProductAvailability::rows() const
{
    QList<StockRow> rows;
    rows.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        rows.append(StockRow::of(m_productId, m_storeIds.at(i), m_cells[i]));
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
    for (qsizetype i = 0; i < size(); ++i)
        writeJson(out, m_storeIds.at(i), m_cells[i]);
    out.endArray();
    out.endObject();
    return out.bytes();
}

} // namespace inventory
