#include "productsearchmodel.h"

#include "localstore.h"

#include <QLocale>

namespace inventory::ui {

ProductSearchModel::ProductSearchModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void ProductSearchModel::search(const QString &text)
{
    beginResetModel();
    m_products = m_store.searchProducts(text.trimmed(), MaxResults);
    endResetModel();
}

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const Product &p = m_products.at(index.row());
    switch (index.column()) {
    case Name:
        return p.name;
    case Sku:
        return p.sku;
    case Barcode:
        return p.barcode;
    case Price:
        return QLocale().toCurrencyString(p.priceCents / 100.0, QStringLiteral("€"));
    }
    return {};
}

QVariant ProductSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Barcode:
        return tr("Barcode");
    case Price:
        return tr("Price");
    }
    return {};
}

} // namespace inventory::ui
