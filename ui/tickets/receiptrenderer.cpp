#include "ui/tickets/receiptrenderer.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
// Layout in tenths of the paper's width, so that it scales with any device's resolution.
constexpr qreal kMargin = 0.04;
constexpr qreal kLineHeight = 0.055;
constexpr qreal kQrSize = 0.45;
} // namespace

QImage ReceiptRenderer::qrCode(const QString &text)
{
    QRcode *code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    QImage image(code->width, code->width, QImage::Format_Mono);
    image.fill(0);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x)
            image.setPixel(x, y, code->data[y * code->width + x] & 1);
    }
    QRcode_free(code);
    return image;
}

qreal ReceiptRenderer::pageHeightMm(const ReceiptDocument &receipt)
{
    const qsizetype rows = receipt.textLines().size() + 4;
    return PaperWidthMm * (2 * kMargin + rows * kLineHeight + kQrSize + 2 * kLineHeight);
}

void ReceiptRenderer::paint(QPainter &painter, const ReceiptDocument &receipt, qreal widthPx)
{
    const qreal margin = widthPx * kMargin;
    const qreal line = widthPx * kLineHeight;
    const QRectF column(margin, margin, widthPx - 2 * margin, line);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(int(line * 0.7));
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(int(line * 0.85));
    qreal y = margin;
    const auto text = [&](const QString &s, Qt::Alignment align, const QFont &f) {
        painter.setFont(f);
        painter.drawText(QRectF(column.x(), y, column.width(), line), align | Qt::AlignVCenter, s);
        y += line;
    };
    const auto rule = [&] {
        painter.drawLine(QPointF(column.left(), y + line / 2),
                         QPointF(column.right(), y + line / 2));
        y += line;
    };
    const QStringList all = receipt.textLines();
    // The document's lines in order: header, the two rows of each sale line, the footer.
    qsizetype at = 0;
    text(all.at(at++), Qt::AlignHCenter, bold);
    if (!receipt.storeCity.isEmpty())
        text(all.at(at++), Qt::AlignHCenter, font);
    for (int i = 0; i < 3; ++i)
        text(all.at(at++), Qt::AlignLeft, font);
    rule();
    for (qsizetype i = 0; i < receipt.lines.size(); ++i) {
        text(all.at(at++), Qt::AlignLeft, font);
        text(all.at(at++), Qt::AlignRight, font);
    }
    rule();
    text(all.at(at++), Qt::AlignRight, bold);
    while (at < all.size())
        text(all.at(at++), Qt::AlignHCenter, font);
    const QImage qr = qrCode(receipt.ticketId);
    if (!qr.isNull()) {
        const qreal side = widthPx * kQrSize;
        y += line / 2;
        painter.drawImage(QRectF((widthPx - side) / 2, y, side, side), qr);
        y += side;
        text(receipt.ticketId, Qt::AlignHCenter, font);
    }
}

Status ReceiptRenderer::writePdf(const ReceiptDocument &receipt, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(ReceiptDocument::tr("Ticket %1").arg(receipt.ticketId));
        pdf.setCreator(u"inventory-pos"_s);
        pdf.setPageSize(
            QPageSize(QSizeF(PaperWidthMm, pageHeightMm(receipt)), QPageSize::Millimeter));
        pdf.setPageMargins({});
        pdf.setResolution(300);
        QPainter painter(&pdf);
        paint(painter, receipt, pdf.width());
    }
    if (!file.commit())
        return Error::unavailable(file.errorString());
    return {};
}

QImage ReceiptRenderer::preview(const ReceiptDocument &receipt, int widthPx)
{
    const int height = int(widthPx * pageHeightMm(receipt) / PaperWidthMm);
    QImage image(widthPx, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, receipt, widthPx);
    return image;
}

} // namespace inventory::ui
