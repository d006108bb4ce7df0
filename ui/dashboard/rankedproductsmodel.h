#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace inventory::ui {

class ProductNames;

// A ranked list of products for the dashboard (issue 27): the top sellers (units and value)
// or the products in stock without sales (units on hand), by name.
class RankedProductsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { TopSellers, Unsold };

    RankedProductsModel(Kind kind, const ProductNames &names, QObject *parent = nullptr);

    // "top" or "unsold" of GET /reports/products.
    void setLines(const QJsonArray &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Kind m_kind;
    const ProductNames &m_names;
    QJsonArray m_lines;
};

} // namespace inventory::ui
