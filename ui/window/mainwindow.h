#pragma once

#include "core/client/pendingoperation.h"
#include "core/domain/product.h"
#include "ui/models/productnames.h"
#include "ui/notice.h"
#include "ui/window/posdialogs.h"
#include "ui/window/posstatusbar.h"

#include <QMainWindow>
#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QSplitter;
class QTableView;
class QTabWidget;

namespace inventory {
class ClientSession;
} // namespace inventory

namespace inventory::ui {

class TillLock;
class ActivityModel;
class ActivityPanel;
class AvailabilityModel;
class AvailabilityPanel;
class CounterPanel;
class ExceptionsPanel;
class HistoryOpener;
class LevelsEditor;
class LowStockBadge;
class MatrixPanel;
class PendingPanel;
class ReservationsPanel;
class SearchPanel;
class TicketPanel;
class Toast;
class TransferRequester;
class TransfersPanel;
class CountsPanel;
class DashboardPanel;

// The POS main screen: search on top, the selected product's counter actions, and tabs
// for availability across stores (and transfer requests), reservations, the sync queue,
// recent activity, transfers and (managers) the stock matrix; the status bar always says who is
// signed in at which store, online/offline, what waits to sync, and the last sync.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientSession &session, QWidget *parent = nullptr);

    CounterPanel *counter() const { return m_counter; }
    AvailabilityModel *availability() const { return m_availability; }
    ReservationsPanel *reservations() const { return m_reservations; }
    PendingPanel *pending() const { return m_pending; }
    TicketPanel *ticket() const { return m_ticket; }
    ActivityModel *activity() const;
    MatrixPanel *matrix() const { return m_matrix; }
    // Managers' and admins' open stock discrepancies; null for a clerk.
    ExceptionsPanel *exceptions() const { return m_exceptions; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *connectionLabel() const { return m_status->connection(); }
    QLabel *pendingLabel() const { return m_status->pendingCount(); }
    QLabel *signedInLabel() const { return m_status->signedIn(); }
    QLabel *noResultsLabel() const;
    // The dialog shown for a count that lost a race (VERSION_CONFLICT), if any.
    QMessageBox *conflictDialog() const { return m_dialogs->conflict(); }
    // The receipt of the last ticket charged, if any.
    ReceiptDialog *receiptDialog() const { return m_dialogs->receipt(); }
    // The return being taken (F9), if any.
    ReturnDialog *returnDialog() const { return m_dialogs->returnDialog(); }
    // Today's tickets (Ctrl+T), if opened.
    TicketListDialog *ticketList() const { return m_dialogs->ticketList(); }
    // Opens movement histories (Ctrl+H, or a row of the availability table).
    HistoryOpener *history() const { return m_history; }
    // Asks another store for units (Ctrl+Shift+T, or a row of the availability table).
    TransferRequester *transferRequester() const { return m_requester; }
    TransfersPanel *transfers() const { return m_transfers; }
    CountsPanel *counts() const { return m_counts; }
    TillLock *tillLock() const { return m_tillLock; }
    // Managers and admins only: nullptr for a clerk.
    DashboardPanel *dashboard() const { return m_dashboard; }
    // Managers' and admins' shrink report (Ctrl+Shift+L), if opened.
    ShrinkDialog *shrinkDialog() const { return m_dialogs->shrink(); }
    void openShrink() { m_dialogs->openShrink(); }
    DayReportDialog *dayReportDialog() const { return m_dialogs->dayReport(); }
    void openDayReport() { m_dialogs->openDayReport(); }
    // The store's low products (status bar), for everyone.
    LowStockBadge *lowStock() const { return m_lowStock; }
    // Managers' and admins' reorder levels (Ctrl+Shift+M, the matrix); null for a clerk.
    LevelsEditor *levels() const { return m_levels; }
    // Arms the counter with a product (nothing when the cache has no such product).
    void selectProduct(const QString &idSkuOrBarcode);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildTabs();
    void buildLayout();
    void updateIdentity();
    void buildActions();
    void showAvailability(const std::optional<Product> &product);
    void onCacheChanged();
    void onRejected(const PendingOperation &operation);
    void onQueueCounts(int waiting, int attention);
    void updateStatus();
    void toast(const QString &message, Notice notice);
    void addToTicket();

    ClientSession &m_session;
    ProductNames m_names;
    SearchPanel *m_search;
    CounterPanel *m_counter;
    AvailabilityModel *m_availability;
    AvailabilityPanel *m_availabilityPanel = nullptr;
    ReservationsPanel *m_reservations;
    PendingPanel *m_pending;
    TicketPanel *m_ticket;
    ActivityPanel *m_activity;
    MatrixPanel *m_matrix = nullptr;
    ExceptionsPanel *m_exceptions = nullptr;
    QTabWidget *m_tabs;
    QSplitter *m_top = nullptr;
    bool m_splitSet = false;
    PosDialogs *m_dialogs;
    PosStatusBar *m_status = nullptr;
    HistoryOpener *m_history = nullptr;
    TransferRequester *m_requester = nullptr;
    TransfersPanel *m_transfers = nullptr;
    CountsPanel *m_counts = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    LowStockBadge *m_lowStock = nullptr;
    LevelsEditor *m_levels = nullptr;
    Toast *m_toast;
    TillLock *m_tillLock = nullptr;
    int m_lastWaiting = 0;
    int m_lastAttention = 0;
};

} // namespace inventory::ui
