#include "ui/window/posdialogs.h"

#include "core/client/clientsession.h"
#include "ui/tickets/receiptdialog.h"
#include "ui/tickets/returndialog.h"
#include "ui/tickets/ticketlistdialog.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace inventory::ui {

PosDialogs::PosDialogs(ClientSession &session, const ProductNames &names, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_names(names)
    , m_window(window)
{
}

void PosDialogs::showReceipt(const QJsonObject &ticket)
{
    delete m_receipt;
    m_receipt = new ReceiptDialog(ReceiptDocument::fromTicket(ticket, m_session.cache()), m_window);
    connect(m_receipt, &ReceiptDialog::done, this, &PosDialogs::done);
    m_receipt->open();
}

void PosDialogs::openTicketList()
{
    delete m_ticketList;
    m_ticketList = new TicketListDialog(m_session, m_window);
    connect(m_ticketList, &TicketListDialog::receiptWanted, this, &PosDialogs::showReceipt);
    m_ticketList->open();
    m_ticketList->reload();
}

void PosDialogs::openReturn()
{
    delete m_return;
    m_return = new ReturnDialog(m_session, m_names, m_window);
    connect(m_return, &ReturnDialog::done, this, &PosDialogs::done);
    m_return->open();
}

void PosDialogs::openShrink()
{
    delete m_shrink;
    m_shrink = new ShrinkDialog(m_session.api(), m_session.cache(), m_session.reasons(), m_window);
    m_shrink->setAttribute(Qt::WA_DeleteOnClose);
    m_shrink->open();
    m_shrink->reload();
}

void PosDialogs::openDayReport()
{
    delete m_dayReport;
    m_dayReport = new DayReportDialog(m_session, m_window);
    m_dayReport->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dayReport, &DayReportDialog::reported, this, &PosDialogs::done);
    m_dayReport->open();
    m_dayReport->reload();
}

void PosDialogs::showCountConflict(const QJsonObject &details)
{
    if (!m_conflict) {
        m_conflict = new QMessageBox(QMessageBox::Warning, tr("Count not recorded"), {},
                                     QMessageBox::Ok, m_window);
        m_conflict->setObjectName(u"conflictDialog"_s);
    }
    m_conflict->setText(
        tr("Someone changed this stock while you were counting.\n"
           "The server now has %1 units (version %2). Count again and enter what you see.")
            .arg(details.value(u"currentQuantity"_s).toInteger())
            .arg(details.value(u"currentVersion"_s).toInteger()));
    m_conflict->open();
}

} // namespace inventory::ui
