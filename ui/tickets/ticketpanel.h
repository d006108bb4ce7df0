#pragma once

#include "core/client/tickets/ticketdesk.h"
#include "core/domain/product.h"
#include "ui/notice.h"
#include "ui/tickets/ticketmodel.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

// The ticket being rung up: products added from the counter (F4, or a scan while the ticket
// is shown), units editable, the total in the language's money, how the customer pays, and
// Charge (F12): one request, all lines or none. A line short of stock is marked with what is
// available and nothing is sold until the clerk fixes it. Offline (or with the server out of
// reach) the ticket is queued as one operation and its receipt says so: a sale made offline
// is a fact, never refused for stock (TicketDesk).
class TicketPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPanel(ClientSession &session, QWidget *parent = nullptr);

    TicketModel *model() const { return m_model; }
    void addProduct(const Product &product, qint64 quantity);
    void charge();
    void clear();
    // The units available here as the till's cache now says (after a sync).
    void refreshAvailability();
    bool isCharging() const { return m_charging; }
    // Another person took over the till (a PIN at the lock screen): the ticket in progress
    // stays its seller's, parked until they come back, and the newcomer gets theirs back.
    void switchSeller(const QString &userId);
    QString seller() const { return m_seller; }

signals:
    void done(const QString &message, Notice notice);
    void charged(const QJsonObject &ticket);
    void linesChanged(qint64 items);

private:
    void updateTotals();
    void onCharged(const Result<QJsonObject> &result);

    ClientSession &m_session;
    TicketDesk m_desk;
    TicketModel *m_model;
    QTableView *m_view;
    QLabel *m_total;
    QComboBox *m_payment;
    QPushButton *m_charge;
    QPushButton *m_clear;
    QPushButton *m_remove;
    bool m_charging = false;
    QString m_seller;
    QHash<QString, QList<TicketModel::Line>> m_parked;
};

} // namespace inventory::ui
