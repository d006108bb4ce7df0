#pragma once

#include "core/domain/stock/stockrow.h"
#include "ui/models/keyedrowsmodel.h"

namespace inventory::ui {

// The selected product's stock in every store; zero and low stock are highlighted. Incoming
// are units shipped to a store by a transfer and not received there yet (not in its quantity).
class AvailabilityModel : public KeyedRowsModel<StockRow>
{
    Q_OBJECT

public:
    enum Column { Store, Quantity, Reserved, Available, Incoming, Updated, ColumnCount };
    explicit AvailabilityModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr qint64 LowStock = 3;
    // Names shown beside the store ids.
    void setStoreNames(const QHash<QString, QString> &names) { m_storeNames = names; }

private:
    QHash<QString, QString> m_storeNames;
};

} // namespace inventory::ui
