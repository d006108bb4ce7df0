#pragma once

#include "core/domain/transfers/transfer.h"
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
class TransferReceiveModel;

// Receiving a transfer at the till's store (issue 26): scan the slip's QR code (the transfer
// number) or open it from the Transfers tab; then each product scanned counts one more unit
// received in good order, and every line's spin boxes take the units received and damaged.
// Receive sends them; what does not arrive stays on its way (a manager closes the transfer).
// Offline it is queued and sent, once, when the server is back; the transfer is then read
// from the copies the Transfers tab holds.
class TransferReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    // known: the transfers the till has listed (used while the server cannot be reached).
    TransferReceiveDialog(ClientSession &session, const ProductNames &names,
                          const QList<Transfer> &known, QWidget *parent = nullptr);

    QLineEdit *slipField() const { return m_slip; }
    QLineEdit *scanField() const { return m_scan; }
    TransferReceiveModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *receiveButton() const { return m_receive; }
    QLabel *statusLabel() const { return m_status; }
    // The transfer loaded, if any.
    QString transferId() const { return m_transfer.id; }
    // Reads a transfer by its number (the slip's QR code).
    void lookUp(const QString &transferId);
    // A product's barcode, SKU or id: one more unit received; a transfer number loads it.
    void scan(const QString &code);
    void receive();

signals:
    // The receipt went through (queued: it waits in the till's queue).
    void received(const QString &transferId, bool queued);
    void done(const QString &message, Notice notice);

private:
    // Copy: the till's own copy of the transfer (the server could not be asked).
    enum class Source { Server, Copy };
    void present(const Transfer &transfer, Source source);
    void clear();
    void showStatus(const QString &text, Notice notice);
    void showProgress();

    ClientSession &m_session;
    const ProductNames &m_names;
    QList<Transfer> m_known;
    Transfer m_transfer;
    TransferReceiveModel *m_model;
    QLineEdit *m_slip;
    QLineEdit *m_scan;
    QLabel *m_heading;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_receive;
    bool m_fromCopy = false;
};

} // namespace inventory::ui
