#pragma once

#include "core/domain/result.h"
#include "core/domain/transfers/transfer.h"
#include "core/protocol/event.h"
#include "ui/notice.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;
class TransferDialogs;
class TransferListModel;

// The Transfers tab (issue 26): this store's transfers both ways, read from the server with
// a status filter (open ones by default) and read again when the feed reports a step of a
// transfer (or comes back after a gap) and on Refresh. The buttons do what the user may do
// with the transfer selected: Ship (the origin, requested), Receive (the destination, on its
// way), Close (a manager of the destination, on its way: the rest is recorded as lost),
// Cancel (requested), and print its slip; "Receive by slip…" starts from a scanned slip.
class TransfersPanel : public QWidget
{
    Q_OBJECT

public:
    // Seams for tests, as ExceptionsPanel's: nullopt / false when the person backs out.
    using NotePrompt = std::function<std::optional<QString>(const QString &question)>;
    using Confirmation = std::function<bool(const QString &question)>;

    TransfersPanel(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    // Reads the list again (several calls in a row make one read).
    void refresh();
    TransferListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_filter; }
    // How many are listed, the transfer selected, or why the list could not be read.
    QLabel *statusLabel() const { return m_status; }
    QPushButton *shipButton() const { return m_ship; }
    QPushButton *receiveButton() const { return m_receive; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *slipButton() const { return m_slip; }
    QPushButton *bySlipButton() const { return m_bySlip; }
    // The ship, receive and slip dialogs open now.
    TransferDialogs *dialogs() const { return m_dialogs; }
    void setNotePrompt(NotePrompt prompt) { m_askNote = std::move(prompt); }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    // Selects a transfer's row; false when it is not listed.
    bool select(const QString &transferId);
    std::optional<Transfer> selected() const;

    void ship();
    void receive();
    void receiveBySlip();
    void closeTransfer();
    void cancelTransfer();
    void printSlip();

signals:
    void done(const QString &message, Notice notice);
    // A read of the list succeeded.
    void loaded();

private:
    void buildButtons();
    void load();
    void onEventsApplied(const QList<Event> &events);
    void updateButtons();
    void showStatus(const QString &text, Notice notice);
    // The transfers listed, for the receive dialog while the server cannot be reached.
    QList<Transfer> known() const;
    // Reports a step (close, cancel) and reads the list again.
    void stepDone(const Result<QJsonObject> &outcome, const QString &success);

    ClientSession &m_session;
    const ProductNames &m_names;
    TransferListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QComboBox *m_filter;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_bySlip;
    QPushButton *m_ship;
    QPushButton *m_receive;
    QPushButton *m_close;
    QPushButton *m_cancel;
    QPushButton *m_slip;
    TransferDialogs *m_dialogs;
    QTimer m_reload;
    NotePrompt m_askNote;
    Confirmation m_confirm;
    quint64 m_generation = 0; // of the read whose answer is still wanted
    bool m_busy = false; // a close or cancel in flight
    bool m_everLoaded = false;
    QString m_loadError; // why the last read failed, if it did
};

} // namespace inventory::ui
