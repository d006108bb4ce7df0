#include "core/engine/state/stockgrid.h"

#include <algorithm>

namespace inventory {

std::pair<int, bool> StockGrid::Numbering::number(QStringView id)
{
    // Looked up without copying the characters: the load hands ids read in place.
    const auto known = m_numbers.constFind(QString::fromRawData(id.data(), id.size()));
    if (known != m_numbers.constEnd())
        return { *known, false };
    const int number = int(m_ids.size());
    m_ids.append(id.toString());
    m_numbers.insert(m_ids.constLast(), number);
    // Ids that come in order (the load's) go last: a binary search, and nothing is shifted.
    const auto at
        = std::lower_bound(m_order.begin(), m_order.end(), m_ids.constLast(),
                           [this](int n, const QString &key) { return m_ids.at(n) < key; });
    m_order.insert(at, number);
    return { number, true };
}

std::optional<int> StockGrid::Numbering::find(const QString &id) const
{
    const auto known = m_numbers.constFind(id);
    if (known == m_numbers.constEnd())
        return std::nullopt;
    return *known;
}

int StockGrid::productNumber(QStringView productId)
{
    const auto [number, added] = m_products.number(productId);
    if (added) {
        m_lines.emplace_back();
        m_totals.push_back({});
    }
    return number;
}

int StockGrid::storeNumber(QStringView storeId)
{
    const auto [number, added] = m_stores.number(storeId);
    if (added) {
        m_columns.emplace_back();
        m_storeOrder.reset();
    }
    return number;
}

void StockGrid::addProduct(const QString &productId)
{
    productNumber(productId);
}

void StockGrid::addStore(const QString &storeId)
{
    storeNumber(storeId);
}

void StockGrid::put(const StockRow &row)
{
    put(productNumber(row.productId), storeNumber(row.storeId), row.cell());
}

void StockGrid::put(QStringView productId, QStringView storeId, const StockCell &cell)
{
    put(productNumber(productId), storeNumber(storeId), cell);
}

void StockGrid::put(int product, int store, const StockCell &cell)
{
    Line &line = m_lines[product];
    if (std::size_t(store) >= line.cells.size()) {
        // Every store at once: stores are known before their rows (addStore), so a line is
        // sized once.
        const std::size_t stores = m_stores.size();
        line.cells.resize(stores);
        line.present.resize(stores);
    }
    Column &column = m_columns[store];
    if (std::size_t(product) >= column.present.size()) {
        // Room for the catalogue and a little more, not the doubling a vector grows by:
        // every store's bits grow when a product is added.
        const std::size_t products = m_products.size();
        column.present.reserve(products + products / 16 + 16);
        column.present.resize(products);
    }
    Total &total = m_totals[product];
    if (line.present[store]) {
        const qint64 old = line.cells[store].available();
        total.available -= old;
        total.stores -= old > 0 ? 1 : 0;
    } else {
        line.present[store] = true;
        column.present[product] = true;
        ++column.count;
        ++m_rowCount;
    }
    line.cells[store] = cell;
    ++line.changes;
    total.available += cell.available();
    total.stores += cell.available() > 0 ? 1 : 0;
}

StockRow StockGrid::rowAt(int product, int store) const
{
    return StockRow::of(m_products.id(product), m_stores.id(store), m_lines[product].cells[store]);
}

std::optional<StockRow> StockGrid::row(const QString &productId, const QString &storeId) const
{
    const std::optional<int> product = m_products.find(productId);
    const std::optional<int> store = m_stores.find(storeId);
    if (!product || !store)
        return std::nullopt;
    const Line &line = m_lines[*product];
    if (std::size_t(*store) >= line.present.size() || !line.present[*store])
        return std::nullopt;
    return rowAt(*product, *store);
}

ProductAvailability StockGrid::availability(const QString &productId) const
{
    static const Line none;
    const std::optional<int> product = m_products.find(productId);
    const Line &line = product ? m_lines[*product] : none;
    ProductAvailability result(productId, line.changes, storeOrder());
    for (const int store : m_stores.inOrder()) {
        const bool held = std::size_t(store) < line.present.size() && line.present[store];
        result.add(held ? line.cells[store] : StockCell {});
    }
    return result;
}

const std::shared_ptr<const StoreOrder> &StockGrid::storeOrder() const
{
    if (!m_storeOrder) {
        QList<QString> ids;
        ids.reserve(m_stores.size());
        for (const int store : m_stores.inOrder())
            ids.append(m_stores.id(store));
        m_storeOrder = std::make_shared<const StoreOrder>(std::move(ids));
    }
    return m_storeOrder;
}

qint64 StockGrid::changes(const QString &productId) const
{
    const std::optional<int> product = m_products.find(productId);
    return product ? m_lines[*product].changes : 0;
}

StockSummary StockGrid::total(const QString &productId) const
{
    const std::optional<int> product = m_products.find(productId);
    if (!product)
        return { productId };
    const Total &t = m_totals[*product];
    return { productId, t.available, t.stores };
}

template<typename Visit> void StockGrid::walk(const Column &column, Visit visit) const
{
    for (const int product : m_products.inOrder()) {
        if (std::size_t(product) < column.present.size() && column.present[product]
            && !visit(product))
            return;
    }
}

QList<StockRow> StockGrid::storeRows(const QString &storeId) const
{
    const std::optional<int> store = m_stores.find(storeId);
    if (!store)
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
    const std::optional<int> store = m_stores.find(storeId);
    if (!store)
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
