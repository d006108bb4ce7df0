#pragma once

#include "core/client/tickets/ticketdesk.h"
#include "ui/notice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;
class ReturnModel;

// Taking goods back (F9): scan the receipt's QR code or type the ticket number (a ticket of
// any store), see what was sold and what came back already, tick the units coming back now
// and whether they are damaged, and confirm. The units join this store; damaged ones are
// recorded and not sellable. Offline, only a ticket this till sold can come back (from its
// copy), and the return is queued; any other ticket needs the server.
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnDialog(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    QLineEdit *ticketField() const { return m_ticket; }
    ReturnModel *model() const { return m_model; }
    QPushButton *confirmButton() const { return m_confirm; }
    void lookUp();
    void confirm();

signals:
    void done(const QString &message, Notice notice);

private:
    void showStatus(const QString &text, Notice notice);

    TicketDesk m_desk;
    ReturnModel *m_model;
    QLineEdit *m_ticket;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_confirm;
    QString m_ticketId;
};

} // namespace inventory::ui
