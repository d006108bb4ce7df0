#include "ui/tickets/receiptprinter.h"

#include "ui/tickets/receiptrenderer.h"

#include <QDir>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
QString setting(const QString &key)
{
    return QSettings().value(key).toString().trimmed();
}

void sizePage(QPrinter &printer, const ReceiptDocument &receipt)
{
    printer.setPageSize(
        QPageSize(QSizeF(ReceiptRenderer::PaperWidthMm, ReceiptRenderer::pageHeightMm(receipt)),
                  QPageSize::Millimeter));
    printer.setPageMargins({});
    printer.setDocName(receipt.ticketId);
}

Result<QString> paintOn(QPrinter &printer, const ReceiptDocument &receipt)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::unavailable(
            ReceiptPrinter::tr("the printer %1 cannot print now").arg(printer.printerName()));
    ReceiptRenderer::paint(painter, receipt, printer.width());
    painter.end();
    return ReceiptPrinter::tr("Receipt sent to %1").arg(printer.printerName());
}
} // namespace

QString ReceiptPrinter::printerKey()
{
    return u"receiptPrinter"_s;
}

QString ReceiptPrinter::folderKey()
{
    return u"receiptFolder"_s;
}

ReceiptPrinter::Target ReceiptPrinter::target()
{
    const QString printer = setting(printerKey());
    if (!printer.isEmpty() && !QPrinterInfo::printerInfo(printer).isNull())
        return Target::Printer;
    if (!setting(folderKey()).isEmpty())
        return Target::Folder;
    return Target::Ask;
}

Result<QString> ReceiptPrinter::print(const ReceiptDocument &receipt, QWidget *parent)
{
    switch (target()) {
    case Target::Printer: {
        QPrinter printer(QPrinterInfo::printerInfo(setting(printerKey())),
                         QPrinter::HighResolution);
        sizePage(printer, receipt);
        return paintOn(printer, receipt);
    }
    case Target::Folder: {
        const QDir folder(setting(folderKey()));
        if (!folder.exists() && !QDir().mkpath(folder.path()))
            return Error::unavailable(tr("cannot create the folder %1").arg(folder.path()));
        const QString path = folder.filePath(receipt.ticketId + u".pdf"_s);
        if (Status saved = ReceiptRenderer::writePdf(receipt, path); !saved)
            return saved.error();
        return tr("Receipt saved to %1").arg(path);
    }
    case Target::Ask:
        break;
    }
    QPrinter printer(QPrinter::HighResolution);
    sizePage(printer, receipt);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return paintOn(printer, receipt);
}

} // namespace inventory::ui
