#pragma once

#include "core/domain/transfers/transfer.h"

#include <QAbstractTableModel>
#include <QHash>

namespace inventory::ui {

class ProductNames;

// The pick list of a transfer being shipped: each product asked for, how many, how many the
// origin has available now, and how many were picked (a scan adds one; CountDelegate edits it;
// never more than asked for).
class TransferPickModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Requested, AvailableHere, Picked, ColumnCount };
    enum class Scan { Counted, NotInTransfer, AlreadyComplete };

    TransferPickModel(const ProductNames &names, QObject *parent = nullptr);

    // availableHere: the origin's available units by product, as the till's cache has them.
    void setTransfer(const Transfer &transfer, const QHash<QString, qint64> &availableHere);
    // One more unit of the product picked.
    Scan scan(const QString &productId);
    // The lines with their picked units as `shipped` (every line, 0 for none picked).
    QList<TransferLine> shipping() const;
    int rowOf(const QString &productId) const;
    qint64 picked(int row) const { return m_lines.at(row).picked; }
    qint64 requested(int row) const { return m_lines.at(row).requested; }
    qint64 pickedTotal() const;
    qint64 requestedTotal() const;

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
        qint64 requested = 0;
        qint64 available = 0;
        qint64 picked = 0;
    };
    const ProductNames &m_names;
    QList<Line> m_lines;
};

} // namespace inventory::ui
