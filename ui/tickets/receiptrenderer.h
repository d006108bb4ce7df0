#pragma once

#include "core/domain/result.h"
#include "ui/tickets/receiptdocument.h"

#include <QImage>

class QPainter;
class QPagedPaintDevice;

namespace inventory::ui {

// Lays a receipt out for an 80 mm receipt roll (a receipt printer installed as a system
// printer, or a PDF of that width): the store, when, the ticket number and seller, the lines,
// the total, how it was paid, and the ticket number as a QR code, which the returns screen
// scans. The QR code comes from libqrencode (Debian's libqrencode4): a tested encoder with
// error correction, where drawing our own would be a second barcode implementation to keep.
class ReceiptRenderer
{
public:
    static constexpr qreal PaperWidthMm = 80;

    // Onto a page device (QPdfWriter, QPrinter) whose page the caller sized with pageHeightMm().
    static void paint(QPainter &painter, const ReceiptDocument &receipt, qreal widthPx);
    static qreal pageHeightMm(const ReceiptDocument &receipt);
    static Status writePdf(const ReceiptDocument &receipt, const QString &path);
    // For the screen: the receipt at the screen's resolution.
    static QImage preview(const ReceiptDocument &receipt, int widthPx);
    // The QR code of a text, one pixel per module (empty when it cannot be encoded).
    static QImage qrCode(const QString &text);
};

} // namespace inventory::ui
