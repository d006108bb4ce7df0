#pragma once

#include "core/client/tickets/ticketdesk.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace inventory::ui {

class TicketListModel;

// Today's tickets of this store, newest first, to look one up and print its receipt again.
class TicketListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TicketListDialog(ClientSession &session, QWidget *parent = nullptr);

    TicketListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    // The receipt of the selected ticket.
    void reprint();

signals:
    void receiptWanted(const QJsonObject &ticket);

private:
    TicketDesk m_desk;
    TicketListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace inventory::ui
