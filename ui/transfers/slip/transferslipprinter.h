#pragma once

#include "core/domain/result.h"
#include "ui/transfers/slip/transferslip.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;
class QWidget;

namespace inventory::ui {

// Lays a transfer slip out with QTextDocument on the receipt roll's width (80 mm), the QR code
// of the transfer number drawn by ReceiptRenderer (libqrencode), and prints it where receipts
// go (ReceiptPrinter's settings): the till's receipt printer, else a PDF in the receipts folder,
// else the system's print dialog.
class TransferSlipPrinter
{
    Q_DECLARE_TR_FUNCTIONS(inventory::ui::TransferSlipPrinter)

public:
    // Onto a page device whose page is PaperWidthMm × pageHeightMm(slip).
    static void paint(QPainter &painter, const TransferSlip &slip, qreal widthPx);
    static qreal pageHeightMm(const TransferSlip &slip);
    static Status writePdf(const TransferSlip &slip, const QString &path);
    static QImage preview(const TransferSlip &slip, int widthPx);
    // The message to show once printed; the error when it could not be; an empty message
    // when the clerk cancelled the print dialog.
    static Result<QString> print(const TransferSlip &slip, QWidget *parent);
    // Where the receipts folder puts the slip of a transfer.
    static QString fileName(const TransferSlip &slip);
};

} // namespace inventory::ui
