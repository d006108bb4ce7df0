#pragma once

#include "core/domain/product.h"

#include <QAbstractTableModel>

namespace inventory::ui {

// The ticket being rung up: one line per product (the same product again adds to its line),
// its units (editable), unit price, line total and the units available here — amber when the
// ticket takes the last ones, red when it takes more than there are. Money in integer cents.
class TicketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Quantity, UnitPrice, LineTotal, Available, ColumnCount };
    struct Line
    {
        Product product;
        qint64 quantity = 1;
        qint64 available = 0;
    };

    explicit TicketModel(QObject *parent = nullptr);

    void add(const Product &product, qint64 quantity, qint64 available);
    void removeLine(int row);
    void clear();
    // Every line at once: a ticket parked for its seller and brought back.
    void setLines(const QList<Line> &lines);
    // What the till knows is available of a product here (after a sync or the server's 409).
    void setAvailable(const QString &productId, qint64 available);
    const QList<Line> &lines() const { return m_lines; }
    qint64 totalCents() const;
    qint64 itemCount() const;
    // Lines that take more than is available.
    int shortLines() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void totalsChanged();

private:
    QList<Line> m_lines;
};

} // namespace inventory::ui
