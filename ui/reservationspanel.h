#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ReservationModel;

// The store's reservations by status (PENDING first) with their countdown; confirm (the
// sale) or cancel.
class ReservationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReservationsPanel(ClientSession &session, QWidget *parent = nullptr);
    void refresh();
    ReservationModel *model() const { return m_model; }

signals:
    void done(const QString &message, bool error);

private:
    void finish(bool confirm);

    ClientSession &m_session;
    ReservationModel *m_model;
    QTableView *m_view;
    QComboBox *m_status;
};

} // namespace inventory::ui
