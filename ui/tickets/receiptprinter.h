#pragma once

#include "core/domain/result.h"
#include "ui/tickets/receiptdocument.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace inventory::ui {

// Where a receipt goes when the clerk presses Print, from the settings: straight to the
// till's receipt printer when one is chosen and installed; else into the receipts folder as
// a PDF when one is set (an archive, or a till without a printer); else the system's print
// dialog. At the counter a dialog per receipt is one more key per customer.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(inventory::ui::ReceiptPrinter)

public:
    enum class Target { Printer, Folder, Ask };

    static Target target();
    // The message to show once printed; the error when it could not be printed, or an empty
    // message when the clerk cancelled the print dialog.
    static Result<QString> print(const ReceiptDocument &receipt, QWidget *parent);

    // The settings' keys: a printer name, and a folder.
    static QString printerKey();
    static QString folderKey();
};

} // namespace inventory::ui
