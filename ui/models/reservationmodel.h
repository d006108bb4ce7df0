#pragma once

#include "core/domain/reservation.h"
#include "ui/models/keyedrowsmodel.h"

#include <QTimer>

namespace inventory::ui {

// Reservations of the current store, with a live countdown; the ones expiring within a
// minute are highlighted. Only PENDING ones are listed unless showAll is set.
class ReservationModel : public KeyedRowsModel<Reservation>
{
    Q_OBJECT

public:
    enum Column { Customer, Product, Quantity, Status, Remaining, ColumnCount };
    explicit ReservationModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    qint64 remainingSeconds(int row) const;

private:
    QTimer m_tick;
};

} // namespace inventory::ui
