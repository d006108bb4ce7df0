#pragma once

#include "core/client/stock/storeavailability.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class AvailabilityModel;

// The Availability tab: the selected product's stock in every store (AvailabilityModel), a line
// with the last summary of the other stores and its age when a till shows only its own, and a
// row of actions below it for the row selected (TransferRequester adds its own).
class AvailabilityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityPanel(AvailabilityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QHBoxLayout *actionsRow() const { return m_actions; }
    QLabel *othersLabel() const { return m_others; }
    // Fills the table from the session: its cache, and for a till the other stores read on
    // demand or their last summary (StoreAvailability).
    void follow(ClientSession &session);
    // productId empty: no product, an empty table.
    void showProduct(const QString &productId);
    // Hidden when shown holds every store's rows.
    void showOthers(const StoreAvailability::Shown &shown, qint64 nowMs);
    // "3 min ago", "5 h ago": how old what a till read from the server is.
    static QString age(qint64 ms);

private:
    QTableView *m_view;
    QLabel *m_others;
    AvailabilityModel *m_model;
    ClientSession *m_session = nullptr;
    StoreAvailability *m_source = nullptr;
    QString m_productId;
    QHBoxLayout *m_actions;
};

} // namespace inventory::ui
