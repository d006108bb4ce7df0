#pragma once

#include "core/domain/product.h"

#include <QAbstractTableModel>

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

// Search-as-you-type over the local catalogue (SKU, barcode, name); a new query is a new
// list, so it resets; live stock updates never touch it.
class ProductSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Sku, Barcode, Price, ColumnCount };
    explicit ProductSearchModel(LocalCache &cache, QObject *parent = nullptr);

    void search(const QString &text);
    const Product &productAt(int row) const { return m_products.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int MaxResults = 200;

private:
    LocalCache &m_cache;
    QList<Product> m_products;
};

} // namespace inventory::ui
