#include "ui/tickets/receiptdocument.h"

#include "core/client/localcache.h"
#include "core/client/text/localetext.h"
#include "core/domain/timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
qint64 cents(const QJsonValue &money)
{
    return qRound64(money.toDouble() * 100.0);
}
} // namespace

ReceiptDocument ReceiptDocument::fromTicket(const QJsonObject &ticket, LocalCache &cache)
{
    ReceiptDocument doc;
    doc.ticketId = ticket.value(u"ticketId"_s).toString();
    doc.seller = ticket.value(u"seller"_s).toString();
    doc.soldAtMs = timestamp::parse(ticket.value(u"soldAt"_s).toString()).value_or(0);
    doc.totalCents = cents(ticket.value(u"total"_s));
    // Sold offline and not synced yet (the server's copy of a synced one has syncedAt).
    doc.offline
        = ticket.value(u"offline"_s).toBool() && ticket.value(u"syncedAt"_s).toString().isEmpty();
    const QString method = ticket.value(u"payment"_s).toObject().value(u"method"_s).toString();
    doc.payment = method == u"cash"_s ? tr("Cash")
        : method == u"card"_s         ? tr("Card")
        : method.isEmpty()            ? QString()
                                      : tr("Other");
    const QString storeId = ticket.value(u"storeId"_s).toString();
    doc.storeName = storeId;
    if (const auto stores = cache.stores()) {
        for (const Store &store : stores.value()) {
            if (store.id == storeId) {
                doc.storeName = store.name;
                doc.storeCity = store.city;
            }
        }
    }
    for (const QJsonValue &value : ticket.value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        const QString productId = line.value(u"productId"_s).toString();
        const auto product = cache.product(productId);
        doc.lines.append({ product && product.value() ? product.value()->name : productId,
                           line.value(u"quantity"_s).toInteger(),
                           cents(line.value(u"unitPrice"_s)) });
    }
    return doc;
}

QStringList ReceiptDocument::textLines() const
{
    const QLocale locale;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(soldAtMs);
    QStringList text { storeName };
    if (!storeCity.isEmpty())
        text << storeCity;
    text << locale.toString(at.date(), QLocale::ShortFormat) + u' ' + LocaleText::time(soldAtMs)
         << tr("Ticket %1").arg(ticketId) << tr("Served by %1").arg(seller);
    for (const Line &line : lines)
        text << u"%1 × %2"_s.arg(line.quantity).arg(line.name)
             << u"%1 × %2   %3"_s.arg(line.quantity)
                    .arg(LocaleText::money(line.unitCents),
                         LocaleText::money(line.quantity * line.unitCents));
    text << tr("TOTAL %1").arg(LocaleText::money(totalCents));
    if (!payment.isEmpty())
        text << tr("Paid by: %1").arg(payment);
    if (offline)
        text << tr("offline — will sync");
    text << tr("Thank you for your visit");
    return text;
}

} // namespace inventory::ui
