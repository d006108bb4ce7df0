#include "core/engine/state/stockgrid.h"

#include <algorithm>

namespace inventory {

namespace {
// A view as a key to look up, without copying its characters.
QString lookupKey(QStringView id)
{
    return QString::fromRawData(id.data(), id.size());
}
} // namespace

int StockGrid::productNumber(QStringView productId)
{
    const auto known = m_productNumbers.constFind(lookupKey(productId));
    if (known != m_productNumbers.constEnd())
        return *known;
    const QString id = productId.toString();
    const int number = int(m_productIds.size());
    m_productIds.append(id);
    m_productNumbers.insert(id, number);
    m_totals.push_back({});
    const auto at
        = std::lower_bound(m_productOrder.begin(), m_productOrder.end(), id,
                           [this](int n, const QString &key) { return m_productIds.at(n) < key; });
    m_productOrder.insert(at, number);
    return number;
}

int StockGrid::storeNumber(QStringView storeId)
{
    const auto known = m_storeNumbers.constFind(lookupKey(storeId));
    if (known != m_storeNumbers.constEnd())
        return *known;
    const QString id = storeId.toString();
    const int number = int(m_storeIds.size());
    m_storeIds.append(id);
    m_storeNumbers.insert(id, number);
    m_columns.emplace_back();
    return number;
}

void StockGrid::addProduct(const QString &productId)
{
    productNumber(productId);
}

void StockGrid::put(const StockRow &row)
{
    put(productNumber(row.productId), storeNumber(row.storeId),
        StockCell { row.quantity, row.reserved, row.version, row.updatedAtMs, row.incoming,
                    row.minLevel, row.targetLevel });
}

void StockGrid::put(QStringView productId, QStringView storeId, const StockCell &cell)
{
    put(productNumber(productId), storeNumber(storeId), cell);
}

void StockGrid::put(int product, int store, const StockCell &cell)
{
    Column &column = m_columns[store];
    if (std::size_t(product) >= column.cells.size()) {
        // Room for the catalogue and a little more, not the doubling a vector grows by:
        // every store's column grows when a product is added.
        const std::size_t products = m_productIds.size();
        column.cells.reserve(products + products / 16 + 16);
        column.cells.resize(products);
        column.present.resize(products);
    }
    Total &total = m_totals[product];
    if (column.present[product]) {
        const qint64 old = column.cells[product].available();
        total.available -= old;
        total.stores -= old > 0 ? 1 : 0;
    } else {
        column.present[product] = true;
        ++column.count;
        ++m_rowCount;
    }
    column.cells[product] = cell;
    total.available += cell.available();
    total.stores += cell.available() > 0 ? 1 : 0;
}

StockRow StockGrid::rowAt(int product, int store) const
{
    const StockCell &c = m_columns[store].cells[product];
    return { m_productIds.at(product),
             m_storeIds.at(store),
             c.quantity,
             c.reserved,
             c.version,
             c.updatedAtMs,
             c.incoming,
             c.minLevel,
             c.targetLevel };
}

std::optional<StockRow> StockGrid::row(const QString &productId, const QString &storeId) const
{
    const auto product = m_productNumbers.constFind(productId);
    const auto store = m_storeNumbers.constFind(storeId);
    if (product == m_productNumbers.constEnd() || store == m_storeNumbers.constEnd())
        return std::nullopt;
    const Column &column = m_columns[*store];
    if (std::size_t(*product) >= column.present.size() || !column.present[*product])
        return std::nullopt;
    return rowAt(*product, *store);
}

StockSummary StockGrid::total(const QString &productId) const
{
    const auto product = m_productNumbers.constFind(productId);
    if (product == m_productNumbers.constEnd())
        return { productId };
    const Total &t = m_totals[*product];
    return { productId, t.available, t.stores };
}

template<typename Visit> void StockGrid::walk(const Column &column, Visit visit) const
{
    for (const int product : m_productOrder) {
        if (std::size_t(product) < column.present.size() && column.present[product]
            && !visit(product))
            return;
    }
}

QList<StockRow> StockGrid::storeRows(const QString &storeId) const
{
    const auto store = m_storeNumbers.constFind(storeId);
    if (store == m_storeNumbers.constEnd())
        return {};
    const Column &column = m_columns[*store];
    QList<StockRow> rows;
    rows.reserve(column.count);
    walk(column, [&](int product) {
        rows.append(rowAt(product, *store));
        return true;
    });
    return rows;
}

Page<StockRow> StockGrid::storePage(const QString &storeId, int page, int limit) const
{
    const auto store = m_storeNumbers.constFind(storeId);
    if (store == m_storeNumbers.constEnd())
        return {};
    const Column &column = m_columns[*store];
    Page<StockRow> result;
    result.total = column.count;
    const qint64 skip = qint64(page - 1) * limit;
    qint64 seen = 0;
    walk(column, [&](int product) {
        if (seen++ >= skip)
            result.items.append(rowAt(product, *store));
        return result.items.size() < limit;
    });
    return result;
}

} // namespace inventory
