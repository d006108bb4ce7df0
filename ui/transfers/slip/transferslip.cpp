#include "ui/transfers/slip/transferslip.h"

#include "core/client/localcache.h"
#include "ui/transfers/storenames.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
// A slip travels for days: always the date with the time.
QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

TransferSlip TransferSlip::fromTransfer(const Transfer &transfer, LocalCache &cache)
{
    TransferSlip slip;
    slip.transferId = transfer.id;
    slip.from = StoreNames::of(cache, transfer.fromStoreId);
    slip.to = StoreNames::of(cache, transfer.toStoreId);
    slip.shippedBy = transfer.shippedBy;
    slip.shippedAtMs = transfer.shippedAtMs;
    slip.note = transfer.note;
    for (const TransferLine &line : transfer.lines) {
        if (line.shipped <= 0)
            continue;
        Line out { line.productId, {}, line.shipped };
        if (const auto product = cache.product(line.productId); product && product.value()) {
            out.name = product.value()->name;
            out.sku = product.value()->sku;
        }
        slip.lines.append(out);
    }
    return slip;
}

qint64 TransferSlip::units() const
{
    qint64 total = 0;
    for (const Line &line : lines)
        total += line.quantity;
    return total;
}

QString TransferSlip::qrName()
{
    return u"slip-qr"_s;
}

QStringList TransferSlip::textLines() const
{
    const QLocale locale;
    QStringList text { tr("TRANSFER SLIP"), transferId, tr("From: %1").arg(from),
                       tr("To: %1").arg(to) };
    if (shippedAtMs > 0)
        text << tr("Shipped %1 by %2").arg(when(shippedAtMs), shippedBy);
    if (!note.isEmpty())
        text << tr("Note: %1").arg(note);
    for (const Line &line : lines)
        text << tr("%1 × %2 %3").arg(locale.toString(line.quantity), line.name, line.sku).trimmed();
    text << tr("%n unit(s) in all", nullptr, int(units()))
         << tr("Scan this code at %1 to receive the goods.").arg(to);
    return text;
}

QString TransferSlip::html() const
{
    const QLocale locale;
    const auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    QString rows;
    for (const Line &line : lines) {
        rows += u"<tr><td align=right style='padding-right:6px'><b>%1</b></td>"
                "<td>%2<br><span style='font-size:10px'>%3</span></td></tr>"_s.arg(
                    e(locale.toString(line.quantity)), e(line.name), e(line.sku));
    }
    QString html
        = u"<p align=center style='font-size:16px'><b>%1</b></p>"
          "<p align=center style='font-size:11px'>%2</p>"
          "<p><b>%3</b> %4<br><b>%5</b> %6"_s.arg(e(tr("TRANSFER SLIP")), e(transferId),
                                                  e(tr("From:")), e(from), e(tr("To:")), e(to));
    if (shippedAtMs > 0)
        html += u"<br>"_s + e(tr("Shipped %1 by %2").arg(when(shippedAtMs), shippedBy));
    if (!note.isEmpty())
        html += u"<br>"_s + e(tr("Note: %1").arg(note));
    html += u"</p><hr><table width=100% cellspacing=0 cellpadding=2>%1</table><hr>"
            "<p align=right><b>%2</b></p>"
            "<p align=center><img src='%3' width=140 height=140></p>"
            "<p align=center style='font-size:10px'>%4</p>"_s.arg(
                rows, e(tr("%n unit(s) in all", nullptr, int(units()))), qrName(),
                e(tr("Scan this code at %1 to receive the goods.").arg(to)));
    return html;
}

} // namespace inventory::ui
