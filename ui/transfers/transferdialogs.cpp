#include "ui/transfers/transferdialogs.h"

#include "core/client/clientsession.h"
#include "ui/transfers/slip/transferslip.h"
#include "ui/transfers/slip/transferslipdialog.h"
#include "ui/transfers/storenames.h"
#include "ui/transfers/transferreceivedialog.h"
#include "ui/transfers/transfershipdialog.h"

namespace inventory::ui {

TransferDialogs::TransferDialogs(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_names(names)
    , m_parent(parent)
{
}

TransferShipDialog *TransferDialogs::shipDialog() const
{
    return m_ship;
}

TransferReceiveDialog *TransferDialogs::receiveDialog() const
{
    return m_receive;
}

TransferSlipDialog *TransferDialogs::slipDialog() const
{
    return m_slip;
}

void TransferDialogs::ship(const Transfer &transfer)
{
    delete m_ship;
    m_ship = new TransferShipDialog(m_session, m_names, transfer, m_parent);
    m_ship->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ship, &TransferShipDialog::shipped, this, [this](const Transfer &shipped) {
        qint64 units = 0;
        for (const TransferLine &line : shipped.lines)
            units += line.shipped;
        emit done(tr("Transfer %1 shipped to %2: %n unit(s) on their way", nullptr, int(units))
                      .arg(shipped.id, StoreNames::of(m_session.cache(), shipped.toStoreId)),
                  Notice::Info);
        emit changed();
        slip(shipped,
             tr("Transfer %1 is on its way. Print the slip and put it in the box: the "
                "other store scans it to receive.")
                 .arg(shipped.id));
    });
    m_ship->open();
}

void TransferDialogs::receive(const QString &transferId, const QList<Transfer> &known)
{
    delete m_receive;
    m_receive = new TransferReceiveDialog(m_session, m_names, known, m_parent);
    m_receive->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_receive, &TransferReceiveDialog::done, this, &TransferDialogs::done);
    connect(m_receive, &TransferReceiveDialog::received, this, &TransferDialogs::changed);
    m_receive->open();
    if (!transferId.isEmpty())
        m_receive->lookUp(transferId);
}

void TransferDialogs::slip(const Transfer &transfer, const QString &heading)
{
    delete m_slip;
    m_slip = new TransferSlipDialog(TransferSlip::fromTransfer(transfer, m_session.cache()),
                                    heading, m_parent);
    m_slip->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_slip, &TransferSlipDialog::done, this, &TransferDialogs::done);
    m_slip->open();
}

} // namespace inventory::ui
