#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace inventory::ui {

// Tickets as GET /tickets lists them, newest first: number, time, seller, items, total.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Sold, Seller, Items, Total, ColumnCount };

    explicit TicketListModel(QObject *parent = nullptr);

    void setTickets(const QJsonArray &tickets);
    QJsonObject ticketAt(int row) const { return m_tickets.at(row).toObject(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QJsonArray m_tickets;
};

} // namespace inventory::ui
