#include "ui/models/lowstockfilter.h"

#include "ui/models/availabilitymodel.h"
#include "ui/models/stockmatrixmodel.h"

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}
} // namespace

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
    return index.data(StockMatrixModel::LowestRole).toLongLong() <= AvailabilityModel::LowStock;
}

QString LowStockFilter::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << csvField(headerData(c, Qt::Horizontal).toString());
    lines << header.join(u',');
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << csvField(index(r, c).data().toString());
        lines << cells.join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace inventory::ui
