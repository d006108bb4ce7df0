#include "ui/models/availabilitymodel.h"

#include "core/client/text/localetext.h"

#include <QBrush>
#include <QColor>

namespace inventory::ui {

AvailabilityModel::AvailabilityModel(QObject *parent)
    : KeyedRowsModel<StockRow>([](const StockRow &r) { return r.storeId; }, parent)
{
}

int AvailabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const StockRow &row = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Store: {
            const QString name = m_storeNames.value(row.storeId);
            return name.isEmpty() ? row.storeId : tr("%1 · %2").arg(row.storeId, name);
        }
        case Quantity:
            return row.quantity;
        case Reserved:
            return row.reserved;
        case Available:
            return row.available();
        case Incoming:
            return row.incoming;
        case Updated:
            return row.updatedAtMs ? LocaleText::dateTime(row.updatedAtMs) : QString();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Incoming && row.incoming == 0)
        return QBrush(QColor(0x6c, 0x75, 0x7d)); // a 0 there is no news: grey
    if (role == Qt::ToolTipRole && index.column() == Incoming && row.incoming > 0)
        return tr("%n unit(s) shipped to this store by a transfer, not received yet", nullptr,
                  int(row.incoming));
    if (role == Qt::BackgroundRole && index.column() == Available) {
        if (row.available() == 0)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (row.available() <= LowStock)
            return QBrush(QColor(0xff, 0xf3, 0xcd));
    }
    if (role == Qt::TextAlignmentRole && index.column() != Store)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Store:
        return tr("Store");
    case Quantity:
        return tr("Quantity");
    case Reserved:
        return tr("Reserved");
    case Available:
        return tr("Available");
    case Incoming:
        return tr("Incoming");
    case Updated:
        return tr("Last update");
    }
    return {};
}

} // namespace inventory::ui
