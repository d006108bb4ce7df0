#pragma once

#include "core/client/pendingoperation.h"
#include "ui/models/keyedrowsmodel.h"

namespace inventory::ui {

// Operations waiting to be sent, and those the server rejected with its reason.
class PendingModel : public KeyedRowsModel<PendingOperation>
{
    Q_OBJECT

public:
    enum Column { Time, What, Product, Quantity, State, Reason, ColumnCount };
    explicit PendingModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace inventory::ui
