#pragma once

#include <QWidget>

class QHBoxLayout;
class QTableView;

namespace inventory::ui {

class AvailabilityModel;

// The Availability tab: the selected product's stock in every store (AvailabilityModel), and a
// row of actions below it for the row selected (TransferRequester adds its own).
class AvailabilityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityPanel(AvailabilityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QHBoxLayout *actionsRow() const { return m_actions; }

private:
    QTableView *m_view;
    QHBoxLayout *m_actions;
};

} // namespace inventory::ui
