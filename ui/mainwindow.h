#pragma once

#include "core/client/pendingoperation.h"
#include "core/domain/product.h"

#include <QMainWindow>
#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QTableView;
class QTabWidget;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ActivityModel;
class AvailabilityModel;
class CounterPanel;
class MatrixPanel;
class PendingPanel;
class ProductSearchModel;
class ReservationsPanel;
class Toast;

// The POS main screen: search on top, the selected product's counter actions, and tabs
// for availability across stores, reservations, pending operations, live activity and
// (managers) the stock matrix; the status bar always says online/offline, pending, last
// sync and last seq.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientSession &session, QWidget *parent = nullptr);

    CounterPanel *counter() const { return m_counter; }
    AvailabilityModel *availability() const { return m_availability; }
    ReservationsPanel *reservations() const { return m_reservations; }
    PendingPanel *pending() const { return m_pending; }
    ActivityModel *activity() const { return m_activity; }
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *pendingLabel() const { return m_pendingCount; }
    // The dialog shown for a count that lost a race (VERSION_CONFLICT), if any.
    QMessageBox *conflictDialog() const { return m_conflict; }
    void selectProduct(const QString &idSkuOrBarcode);

private:
    void buildActions();
    void onSearchEntered();
    void showAvailability(const std::optional<Product> &product);
    void onCacheChanged();
    void onRejected(const PendingOperation &operation);
    void updateStatus();
    void toast(const QString &message, bool error);

    ClientSession &m_session;
    QLineEdit *m_search;
    ProductSearchModel *m_results;
    QTableView *m_resultsView;
    CounterPanel *m_counter;
    AvailabilityModel *m_availability;
    ReservationsPanel *m_reservations;
    PendingPanel *m_pending;
    ActivityModel *m_activity;
    MatrixPanel *m_matrix = nullptr;
    QTabWidget *m_tabs;
    QLabel *m_connection;
    QLabel *m_pendingCount;
    QLabel *m_lastSync;
    QLabel *m_lastSeq;
    QMessageBox *m_conflict = nullptr;
    Toast *m_toast;
};

} // namespace inventory::ui
