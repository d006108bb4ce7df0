#include "ui/transfers/slip/transferslipprinter.h"

#include "ui/tickets/receiptprinter.h"
#include "ui/tickets/receiptrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTextDocument>
#include <memory>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
// The slip is laid out once at this width in pixels (80 mm at 96 dpi) with fonts sized in
// pixels, then scaled to the device: the same layout on the screen, a PDF and a printer.
constexpr qreal kLayoutWidth = 302;

std::unique_ptr<QTextDocument> layout(const TransferSlip &slip)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(12);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(10);
    // One pixel per module, scaled without smoothing: the code stays sharp at any size.
    const QImage qr = ReceiptRenderer::qrCode(slip.transferId);
    if (!qr.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(TransferSlip::qrName()),
                         qr.scaled(qr.width() * 8, qr.height() * 8));
    doc->setHtml(slip.html());
    doc->setTextWidth(kLayoutWidth);
    return doc;
}

Result<QString> paintOn(QPrinter &printer, const TransferSlip &slip)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::unavailable(
            TransferSlipPrinter::tr("the printer %1 cannot print now").arg(printer.printerName()));
    TransferSlipPrinter::paint(painter, slip, printer.width());
    painter.end();
    return TransferSlipPrinter::tr("Transfer slip sent to %1").arg(printer.printerName());
}

void sizePage(QPrinter &printer, const TransferSlip &slip)
{
    printer.setPageSize(
        QPageSize(QSizeF(ReceiptRenderer::PaperWidthMm, TransferSlipPrinter::pageHeightMm(slip)),
                  QPageSize::Millimeter));
    printer.setPageMargins({});
    printer.setDocName(slip.transferId);
}
} // namespace

qreal TransferSlipPrinter::pageHeightMm(const TransferSlip &slip)
{
    return ReceiptRenderer::PaperWidthMm * layout(slip)->size().height() / kLayoutWidth;
}

void TransferSlipPrinter::paint(QPainter &painter, const TransferSlip &slip, qreal widthPx)
{
    const auto doc = layout(slip);
    painter.save();
    const qreal scale = widthPx / kLayoutWidth;
    painter.scale(scale, scale);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc->documentLayout()->draw(&painter, context);
    painter.restore();
}

Status TransferSlipPrinter::writePdf(const TransferSlip &slip, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(TransferSlip::tr("Transfer slip %1").arg(slip.transferId));
        pdf.setCreator(u"inventory-pos"_s);
        pdf.setPageSize(QPageSize(QSizeF(ReceiptRenderer::PaperWidthMm, pageHeightMm(slip)),
                                  QPageSize::Millimeter));
        pdf.setPageMargins({});
        pdf.setResolution(300);
        QPainter painter(&pdf);
        paint(painter, slip, pdf.width());
    }
    if (!file.commit())
        return Error::unavailable(file.errorString());
    return {};
}

QImage TransferSlipPrinter::preview(const TransferSlip &slip, int widthPx)
{
    const int height = int(widthPx * pageHeightMm(slip) / ReceiptRenderer::PaperWidthMm);
    QImage image(widthPx, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, slip, widthPx);
    return image;
}

QString TransferSlipPrinter::fileName(const TransferSlip &slip)
{
    return slip.transferId + u".pdf"_s; // as receipts are named by their ticket
}

Result<QString> TransferSlipPrinter::print(const TransferSlip &slip, QWidget *parent)
{
    const QSettings settings;
    switch (ReceiptPrinter::target()) {
    case ReceiptPrinter::Target::Printer: {
        const QString name = settings.value(ReceiptPrinter::printerKey()).toString().trimmed();
        QPrinter printer(QPrinterInfo::printerInfo(name), QPrinter::HighResolution);
        sizePage(printer, slip);
        return paintOn(printer, slip);
    }
    case ReceiptPrinter::Target::Folder: {
        const QDir folder(settings.value(ReceiptPrinter::folderKey()).toString().trimmed());
        if (!folder.exists() && !QDir().mkpath(folder.path()))
            return Error::unavailable(tr("cannot create the folder %1").arg(folder.path()));
        const QString path = folder.filePath(fileName(slip));
        if (Status saved = writePdf(slip, path); !saved)
            return saved.error();
        return tr("Transfer slip saved to %1").arg(path);
    }
    case ReceiptPrinter::Target::Ask:
        break;
    }
    QPrinter printer(QPrinter::HighResolution);
    sizePage(printer, slip);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return paintOn(printer, slip);
}

} // namespace inventory::ui
