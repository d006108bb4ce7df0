#pragma once

#include "core/domain/reservation.h"
#include "ui/models/keyedrowsmodel.h"

#include <QTimer>

namespace inventory::ui {

class ProductNames;

// Reservations of the current store with a live countdown; the ones expiring within a
// minute are highlighted, finished ones (sold, cancelled, expired) greyed out. A held one an
// offline sale left without units reads "At risk" on an amber-red background.
class ReservationModel : public KeyedRowsModel<Reservation>
{
    Q_OBJECT

public:
    enum Column { Customer, Product, Quantity, Status, Remaining, ColumnCount };
    ReservationModel(const ProductNames &names, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    qint64 remainingSeconds(int row) const;
    // The words for a reservation's status.
    static QString statusText(ReservationStatus status);
    // Held, but an offline sale took its units (a stock discrepancy to resolve).
    static bool isAtRisk(const Reservation &reservation);

private:
    const ProductNames &m_names;
    QTimer m_tick;
};

} // namespace inventory::ui
