#include "ui/models/lowstockfilter.h"

#include "ui/models/stockmatrixmodel.h"

namespace inventory::ui {

LowStockFilter::LowStockFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void LowStockFilter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    invalidateRowsFilter();
}

bool LowStockFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_enabled)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(StockMatrixModel::AnyLowRole).toBool();
}

} // namespace inventory::ui
