#pragma once

#include "core/domain/transfers/transfer.h"
#include "ui/notice.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;
class TransferReceiveDialog;
class TransferShipDialog;
class TransferSlipDialog;

// Opens the Transfers tab's dialogs, one of each at a time (opening another replaces it):
// shipping (then its slip, offered at once), receiving, and a transfer's slip.
class TransferDialogs : public QObject
{
    Q_OBJECT

public:
    TransferDialogs(ClientSession &session, const ProductNames &names, QWidget *parent);

    void ship(const Transfer &transfer);
    // transferId empty: the dialog waits for a slip to be scanned. known: the transfers the
    // till has listed, for while the server cannot be reached.
    void receive(const QString &transferId, const QList<Transfer> &known);
    // heading: what just happened, or empty.
    void slip(const Transfer &transfer, const QString &heading);

    // The dialogs open now, if any.
    TransferShipDialog *shipDialog() const;
    TransferReceiveDialog *receiveDialog() const;
    TransferSlipDialog *slipDialog() const;

signals:
    void done(const QString &message, Notice notice);
    // A transfer was shipped or received here: the list is out of date.
    void changed();

private:
    ClientSession &m_session;
    const ProductNames &m_names;
    QWidget *m_parent;
    QPointer<TransferShipDialog> m_ship;
    QPointer<TransferReceiveDialog> m_receive;
    QPointer<TransferSlipDialog> m_slip;
};

} // namespace inventory::ui
