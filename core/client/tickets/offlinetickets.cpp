#include "core/client/tickets/offlinetickets.h"

#include "core/client/clientsession.h"
#include "core/client/tickets/localtickets.h"
#include "core/domain/timestamp.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// Money on the wire: a number with at most two decimals, from whole cents.
double money(qint64 cents)
{
    return double(cents) / 100.0;
}
} // namespace

OfflineTickets::OfflineTickets(ClientSession &session)
    : m_session(session)
{
}

Result<QJsonObject> OfflineTickets::queueTicket(const QJsonObject &body)
{
    LocalCache &cache = m_session.cache();
    const QString ticketId = body.value(u"ticketId"_s).toString();
    QJsonArray sent;
    QJsonArray kept;
    qint64 totalCents = 0;
    for (const QJsonValue &value : body.value(u"lines"_s).toArray()) {
        const QString productId = value[u"productId"_s].toString();
        const qint64 quantity = value[u"quantity"_s].toInteger();
        const auto product = cache.product(productId);
        if (!product)
            return SyncEngine::profileFailure(product.error());
        if (!product.value())
            return Error::notFound(u"product"_s, productId);
        // The price the receipt prints is the price paid: the server records it as it is.
        const qint64 cents = value[u"unitPrice"_s].isDouble()
            ? Product::centsFromPrice(value[u"unitPrice"_s].toDouble())
            : product.value()->priceCents;
        const QJsonObject line { { u"productId"_s, productId },
                                 { u"quantity"_s, quantity },
                                 { u"unitPrice"_s, money(cents) } };
        sent.append(line);
        QJsonObject copy = line;
        copy.insert(u"returned"_s, 0);
        kept.append(copy);
        totalCents += quantity * cents;
    }
    const QString soldAt = timestamp::format(m_session.clock().nowMs());
    QJsonObject queued = body;
    queued.insert(u"lines"_s, sent);
    queued.insert(u"offline"_s, true);
    queued.insert(u"soldAt"_s, soldAt);
    const QJsonObject ticket { { u"ticketId"_s, ticketId },
                               { u"storeId"_s, body.value(u"storeId"_s) },
                               { u"seller"_s, m_session.user().id },
                               { u"soldAt"_s, soldAt },
                               { u"lines"_s, kept },
                               { u"total"_s, money(totalCents) },
                               { u"payment"_s, body.value(u"payment"_s) },
                               { u"offline"_s, true },
                               { u"queued"_s, true } };
    PendingOperation op;
    const Status saved = cache.transaction([&]() -> Status {
        auto enqueued = cache.enqueue(u"ticket"_s, queued, {}, m_session.storeId(), 0, ticketId);
        if (!enqueued)
            return enqueued.error();
        op = enqueued.value();
        return LocalTickets(cache.connection()).keep(ticket);
    });
    if (!saved)
        return SyncEngine::profileFailure(saved.error());
    m_session.notifyQueued(op);
    return ticket;
}

Result<QJsonObject> OfflineTickets::queueReturn(const QString &ticketId, const QJsonObject &body)
{
    LocalCache &cache = m_session.cache();
    LocalTickets tickets(cache.connection());
    const auto found = tickets.find(ticketId);
    if (!found)
        return SyncEngine::profileFailure(found.error());
    if (!found.value())
        return Error::unavailable(tr("ticket %1 was not sold at this till, so only the server "
                                     "can take it back; try again when it can be reached")
                                      .arg(ticketId));
    QList<TicketLine> lines;
    for (const QJsonValue &value : body.value(u"lines"_s).toArray()) {
        const QString productId = value[u"productId"_s].toString();
        const qint64 quantity = value[u"quantity"_s].toInteger();
        const qint64 left = LocalTickets::returnable(*found.value(), productId);
        if (quantity > left)
            return Error(ErrorCode::ReturnExceedsSale,
                         tr("%1 unit(s) of %2 can still come back on ticket %3")
                             .arg(left)
                             .arg(productId, ticketId),
                         { { u"productId"_s, productId },
                           { u"returnable"_s, left },
                           { u"requested"_s, quantity } });
        lines.append({ productId, quantity, {}, value[u"disposition"_s].toString(), 0 });
    }
    const QString returnId = body.value(u"returnId"_s).toString();
    QJsonObject queued = body;
    queued.insert(u"ticketId"_s, ticketId);
    PendingOperation op;
    const Status saved = cache.transaction([&]() -> Status {
        auto enqueued = cache.enqueue(u"return"_s, queued, {}, m_session.storeId(), 0, returnId);
        if (!enqueued)
            return enqueued.error();
        op = enqueued.value();
        return tickets.countReturn(ticketId, returnId, lines);
    });
    if (!saved)
        return SyncEngine::profileFailure(saved.error());
    m_session.notifyQueued(op);
    auto after = tickets.find(ticketId);
    QJsonObject result = after && after.value() ? *after.value() : *found.value();
    result.insert(u"returnId"_s, returnId);
    result.insert(u"queued"_s, true);
    return result;
}

} // namespace inventory
