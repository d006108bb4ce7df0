#pragma once

#include "core/domain/tickets/ticket.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace inventory::ui {

class ProductNames;

// The lines of a ticket being taken back: what was sold, what came back already, how many
// come back now (editable, never more than is left) and whether they are damaged (checkable:
// recorded, not sellable again).
class ReturnModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Sold, Returned, Now, Damaged, ColumnCount };

    ReturnModel(const ProductNames &names, QObject *parent = nullptr);

    // The ticket as the server answers GET /tickets/{id}; nothing comes back yet.
    void setTicket(const QJsonObject &ticket);
    // The lines with units coming back now, as a return's lines.
    QList<TicketLine> returning() const;

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
        qint64 sold = 0;
        qint64 returned = 0;
        qint64 now = 0;
        bool damaged = false;
    };
    const ProductNames &m_names;
    QList<Line> m_lines;
};

} // namespace inventory::ui
