#pragma once

#include "ui/notice.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;
class ReservationModel;

// The store's reservations by status (held ones first) with their countdown; confirm (the
// sale) or cancel a held one. A held reservation that expires is announced and stays in the
// list greyed out until the clerk changes the filter, so nothing vanishes under the cursor.
class ReservationsPanel : public QWidget
{
    Q_OBJECT

public:
    ReservationsPanel(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    void refresh();
    ReservationModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void done(const QString &message, Notice notice);

private:
    enum class Finish { Confirm, Cancel };
    void finish(Finish how);
    void updateButtons();

    ClientSession &m_session;
    const ProductNames &m_names;
    ReservationModel *m_model;
    QTableView *m_view;
    QComboBox *m_status;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QSet<QString> m_held; // shown as held at the last refresh
    QSet<QString> m_lingering; // left the held state while shown
};

} // namespace inventory::ui
