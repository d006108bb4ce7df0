#pragma once

#include "core/domain/stock/stockcell.h"
#include "core/domain/stock/stockrow.h"
#include "core/domain/stock/stocksummary.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/state/productavailability.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace inventory {

// Every stock row in memory as a grid of products × stores: each product and each store gets
// a number once, and a product's rows are a vector indexed by store number. A chain holds ten
// million rows; as StockRows in maps each cost about 350 bytes (two strings, map nodes, a
// second copy per store), and the server needed 3.5 GiB and a minute to start. Here a row
// costs its numbers (56 bytes) and two bits, and a lookup is two hash finds and an index.
// By product, not by store: the busiest read is a product in every store (availability),
// which then reads one run of memory instead of one cache line in each store's column; a
// store's rows are found through its own bits, in product order.
// Also keeps, per product, what all stores hold (the summary a till reads of the others).
class StockGrid
{
public:
    // Gives a product its number; products added in id order are appended to that order,
    // nothing shifted.
    void addProduct(const QString &productId);
    // Gives a store its place among those availability() lists before it holds any row.
    void addStore(const QString &storeId);
    void put(const StockRow &row);
    // The load's path: ids read in place, strings made only for a product or store not seen.
    void put(QStringView productId, QStringView storeId, const StockCell &cell);

    std::optional<StockRow> row(const QString &productId, const QString &storeId) const;
    // The product's row in every store, in store id order: one run of memory.
    ProductAvailability availability(const QString &productId) const;
    // How many times the product's rows have been put.
    qint64 changes(const QString &productId) const;
    // Every store's available units of a product and how many stores have any.
    StockSummary total(const QString &productId) const;
    // A store's rows in product id order.
    QList<StockRow> storeRows(const QString &storeId) const;
    Page<StockRow> storePage(const QString &storeId, int page, int limit) const;
    qsizetype rowCount() const { return m_rowCount; }

private:
    // The stores in id order, made again after a store was added.
    const std::shared_ptr<const StoreOrder> &storeOrder() const;

    // Gives each id a number, in the order ids are first seen.
    class Numbering
    {
    public:
        // The id's number, and whether it was given now.
        std::pair<int, bool> number(QStringView id);
        std::optional<int> find(const QString &id) const;
        const QString &id(int number) const { return m_ids.at(number); }
        qsizetype size() const { return m_ids.size(); }
        // Every number, in id order.
        const QList<int> &inOrder() const { return m_order; }

    private:
        QHash<QString, int> m_numbers;
        QList<QString> m_ids; // by number
        QList<int> m_order;
    };
    struct Line // a product's rows
    {
        std::vector<StockCell> cells; // by store number
        std::vector<bool> present;
        qint64 changes = 0;
    };
    struct Column // which products a store holds
    {
        std::vector<bool> present; // by product number
        qsizetype count = 0;
    };
    struct Total
    {
        qint64 available = 0;
        qint64 stores = 0;
    };

    int productNumber(QStringView productId);
    int storeNumber(QStringView storeId);
    void put(int product, int store, const StockCell &cell);
    StockRow rowAt(int product, int store) const;
    // Calls visit(product) for each product the store holds, in product id order, until it
    // returns false.
    template<typename Visit> void walk(const Column &column, Visit visit) const;

    Numbering m_products;
    std::vector<Line> m_lines; // by product number
    std::vector<Total> m_totals; // by product number
    Numbering m_stores;
    std::vector<Column> m_columns; // by store number
    mutable std::shared_ptr<const StoreOrder> m_storeOrder; // null: a store was added since
    qsizetype m_rowCount = 0;
};

} // namespace inventory
