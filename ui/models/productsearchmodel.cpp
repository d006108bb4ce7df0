#include "ui/models/productsearchmodel.h"

#include "core/client/localcache.h"
#include "core/client/text/localetext.h"
#include "ui/uilog.h"

namespace inventory::ui {

ProductSearchModel::ProductSearchModel(LocalCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
}

void ProductSearchModel::search(const QString &text)
{
    auto found = m_cache.searchProducts(text.trimmed(), MaxResults);
    if (!found) {
        qCWarning(lcUi) << "cannot search the till's cache:" << found.error().message();
        return;
    }
    beginResetModel();
    m_products = std::move(found).value();
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
    if (!index.isValid())
        return {};
    const Product &p = m_products.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("%1 · %2 · %3").arg(p.name, p.sku, p.barcode);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name;
    case Sku:
        return p.sku;
    case Barcode:
        return p.barcode;
    case Price:
        return LocaleText::money(p.priceCents);
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
