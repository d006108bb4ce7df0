#pragma once

#include "ui/notice.h"
#include "ui/reports/dayreportdialog.h"
#include "ui/reports/shrinkdialog.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace inventory {
class ClientSession;
} // namespace inventory

namespace inventory::ui {

class ProductNames;
class ReceiptDialog;
class ReturnDialog;
class TicketListDialog;

// The dialogs the POS opens over its main window from the menus and panels: one of each at
// a time, a new one replacing the last, and what they report goes out through done().
class PosDialogs : public QObject
{
    Q_OBJECT

public:
    PosDialogs(ClientSession &session, const ProductNames &names, QWidget *window);

    ReceiptDialog *receipt() const { return m_receipt; }
    ReturnDialog *returnDialog() const { return m_return; }
    TicketListDialog *ticketList() const { return m_ticketList; }
    ShrinkDialog *shrink() const { return m_shrink; }
    DayReportDialog *dayReport() const { return m_dayReport; }
    QMessageBox *conflict() const { return m_conflict; }

    void showReceipt(const QJsonObject &ticket);
    void openTicketList();
    void openReturn();
    void openShrink();
    void openDayReport();
    // A count refused with VERSION_CONFLICT: what the server has now, and count again.
    void showCountConflict(const QJsonObject &details);

signals:
    void done(const QString &message, Notice notice);

private:
    ClientSession &m_session;
    const ProductNames &m_names;
    QWidget *m_window;
    ReceiptDialog *m_receipt = nullptr;
    ReturnDialog *m_return = nullptr;
    TicketListDialog *m_ticketList = nullptr;
    QPointer<ShrinkDialog> m_shrink; // deletes itself when closed
    QPointer<DayReportDialog> m_dayReport; // deletes itself when closed
    QMessageBox *m_conflict = nullptr;
};

} // namespace inventory::ui
