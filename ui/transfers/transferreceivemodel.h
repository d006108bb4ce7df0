#pragma once

#include "core/domain/transfers/transfer.h"

#include <QAbstractTableModel>

namespace inventory::ui {

class ProductNames;

// The lines of a transfer arriving: each product shipped, how many are still on their way,
// and how many came now in good order (a scan adds one) and damaged (CountDelegate edits
// both). Received and damaged together never exceed what is on its way; what does not come
// stays on its way (a manager closes the transfer later).
class TransferReceiveModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Shipped, OnTheWay, Received, Damaged, ColumnCount };
    enum class Scan { Counted, NotInTransfer, AlreadyComplete };

    TransferReceiveModel(const ProductNames &names, QObject *parent = nullptr);

    void setTransfer(const Transfer &transfer);
    // One more unit of the product received in good order.
    Scan scan(const QString &productId);
    // The lines with units arriving now: `received` and `damaged`.
    QList<TransferLine> receiving() const;
    int rowOf(const QString &productId) const;
    qint64 receivedTotal() const;
    qint64 damagedTotal() const;
    // Units on their way that this receipt leaves on their way.
    qint64 missing() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        QString productId;
        qint64 shipped = 0;
        qint64 onTheWay = 0;
        qint64 received = 0;
        qint64 damaged = 0;
    };
    const ProductNames &m_names;
    QList<Line> m_lines;
};

} // namespace inventory::ui
