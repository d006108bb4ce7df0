#pragma once

#include "core/client/pendingoperation.h"
#include "ui/models/keyedrowsmodel.h"

namespace inventory::ui {

class ProductNames;

// Operations of the till's sync queue: those waiting to be sent, or those the server refused
// with its reason in words and what the clerk can do about it. A ticket (or a return) is one
// operation, in words: "Ticket MAD-001-7Q2K-T-000043, 3 items, 45,90 €".
class PendingModel : public KeyedRowsModel<PendingOperation>
{
    Q_OBJECT

public:
    enum Column { Time, What, Product, Quantity, Reason, NextStep, ColumnCount };
    PendingModel(const ProductNames &names, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString nextStep(const PendingOperation &operation);
    // A ticket or a return as one operation: its units, and a ticket's total in cents.
    static qint64 items(const PendingOperation &operation);
    static qint64 totalCents(const PendingOperation &operation);

private:
    static QString ticketNextStep(const PendingOperation &operation, const QString &code);
    QString productsOf(const PendingOperation &operation) const;

    const ProductNames &m_names;
};

} // namespace inventory::ui
