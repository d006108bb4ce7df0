#include "core/engine/tickets/ticketexecutor.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/stocktable.h"
#include "core/engine/tickets/ticketchain.h"
#include "core/protocol/commandfingerprint.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"
#include "core/protocol/tickets/ticketjson.h"

#include <QJsonArray>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
Applied ticketApplied(const Ticket &ticket, QList<Event> events, bool replayed)
{
    JsonWriter out(512 + 96 * ticket.lines.size());
    writeTicket(out, ticket);
    return Applied { 201, JsonBody::fromText(out.bytes()), std::move(events), replayed };
}
} // namespace

TicketExecutor::TicketExecutor(DbConnection &connection, StockTable &stock, EventLog &events)
    : m_stock(stock)
    , m_events(events)
    , m_tickets(connection)
    , m_offline(connection, stock, events)
{
}

QString TicketExecutor::tillKeyFor(const Command &command)
{
    return command.storeId;
}

namespace {
// A resend of the recorded sale: the same store, payment and lines, where a price the request
// gives is the one recorded. Not the bytes: a till that charged online, lost the reply and
// sends the ticket again from its queue adds `offline`, `soldAt` and the prices it printed.
bool sameSale(const Ticket &known, const Command &command)
{
    if (known.storeId != command.storeId || known.paymentMethod != command.paymentMethod
        || known.lines.size() != command.lines.size())
        return false;
    for (qsizetype i = 0; i < known.lines.size(); ++i) {
        const TicketLine &recorded = known.lines.at(i);
        const TicketLine &sent = command.lines.at(i);
        if (recorded.productId != sent.productId || recorded.quantity != sent.quantity
            || (sent.unitPriceCents && sent.unitPriceCents != recorded.unitPriceCents))
            return false;
    }
    return true;
}
} // namespace

Result<Applied> TicketExecutor::replay(const Ticket &known, const Command &command)
{
    if (!sameSale(known, command))
        return Error(ErrorCode::IdempotencyKeyReused,
                     u"ticket '%1' was already recorded with other lines"_s.arg(known.id),
                     { { u"field"_s, u"ticketId"_s } });
    return ticketApplied(known, {}, true);
}

Result<Applied> TicketExecutor::sell(const Command &command, qint64 nowMs)
{
    const QByteArray fingerprint = commandFingerprint(command);
    // Nothing is written before every refusal is decided (see the class comment).
    auto known = m_tickets.load(command.ticketId);
    if (!known)
        return known.error();
    if (known.value())
        return replay(*known.value(), command);
    auto store = m_stock.storeExists(command.storeId);
    if (!store)
        return store.error();
    if (!store.value())
        return Error::notFound(u"store"_s, command.storeId);

    Ticket ticket;
    ticket.id = command.ticketId;
    ticket.storeId = command.storeId;
    ticket.tillKey = tillKeyFor(command);
    ticket.seller = command.actor;
    ticket.paymentMethod = command.paymentMethod;
    const bool offline = command.stockCheck == StockCheck::RecordDiscrepancy;
    ticket.soldAtMs = command.soldAtMs.value_or(nowMs);
    ticket.syncedAtMs = nowMs;
    ticket.offline = offline;
    ticket.fingerprint = fingerprint;
    QList<bool> hasRow;
    QJsonArray lacking;
    for (const TicketLine &requested : command.lines) {
        TicketLine line = requested;
        if (!line.unitPriceCents) {
            auto price = m_tickets.priceCents(line.productId);
            if (!price)
                return price.error();
            if (!price.value())
                return Error::notFound(u"product"_s, line.productId);
            line.unitPriceCents = *price.value();
        }
        auto row = m_stock.load(line.productId, command.storeId);
        if (!row)
            return row.error();
        if (!row.value()) {
            auto product = m_stock.productExists(line.productId);
            if (!product)
                return product.error();
            if (!product.value())
                return Error::notFound(u"product"_s, line.productId);
        }
        const qint64 available = row.value() ? row.value()->available() : 0;
        if (available < line.quantity)
            lacking.append(QJsonObject { { u"productId"_s, line.productId },
                                         { u"available"_s, available },
                                         { u"requested"_s, line.quantity } });
        hasRow << row.value().has_value();
        ticket.totalCents += line.quantity * *line.unitPriceCents;
        ticket.lines.append(line);
    }
    if (!lacking.isEmpty() && !offline) {
        const QJsonObject first = lacking.first().toObject();
        return Error(ErrorCode::InsufficientStock,
                     u"%1 line(s) of the ticket lack stock; nothing was sold"_s.arg(lacking.size()),
                     { { u"lines"_s, lacking },
                       { u"available"_s, first.value(u"available"_s) },
                       { u"requested"_s, first.value(u"requested"_s) } });
    }

    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    auto head = m_tickets.chainHead(ticket.tillKey);
    if (!head)
        return head.error();
    ticket.eventSeq = seq.value();
    ticket.chainIndex = head->index + 1;
    ticket.prevHash = head->index == 0 ? TicketChain::genesis() : head->hash;
    ticket.hash = TicketChain::hashOf(ticket);

    // Rows in product order: two tickets on one database (PostgreSQL, several servers) lock
    // them in the same order and never wait on each other in a circle.
    QList<qsizetype> order(ticket.lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return ticket.lines.at(a).productId < ticket.lines.at(b).productId;
    });
    QList<StockRow> after(ticket.lines.size());
    QList<OfflineSale::Taken> taken(ticket.lines.size());
    for (const qsizetype i : order) {
        const TicketLine &line = ticket.lines.at(i);
        if (!hasRow.at(i)) {
            if (Status s = m_stock.insertEmpty(line.productId, ticket.storeId, nowMs); !s)
                return s.error();
        }
        if (offline) {
            auto took = m_offline.take(line.productId, ticket.storeId, line.quantity, nowMs);
            if (!took)
                return took.error();
            taken[i] = took.value();
            after[i] = took->row;
            continue;
        }
        taken[i].quantityDelta = -line.quantity;
        auto row = m_stock.applyDeltas(line.productId, ticket.storeId, -line.quantity, 0, nowMs);
        if (!row)
            return row.error();
        if (!row.value()) // another server took the units meanwhile (PostgreSQL)
            return Error(
                ErrorCode::InsufficientStock,
                u"line %1 of the ticket lacks stock; nothing was sold"_s.arg(line.productId),
                { { u"lines"_s,
                    QJsonArray { QJsonObject { { u"productId"_s, line.productId },
                                               { u"requested"_s, line.quantity } } } } });
        after[i] = *row.value();
    }
    if (Status s = m_tickets.insert(ticket); !s)
        return s.error();

    JsonWriter out(320 + 256 * ticket.lines.size());
    out.beginObject();
    out.key("ticketId"_L1).value(ticket.id);
    out.key("actor"_L1).value(command.actor);
    if (!command.device.isEmpty())
        out.key("device"_L1).value(command.device);
    out.key("reason"_L1).value("sale"_L1);
    out.key("total"_L1).fixedPoint(ticket.totalCents, 2);
    if (offline) {
        out.key("offline"_L1).raw("true");
        out.key("soldAt"_L1).timestamp(ticket.soldAtMs);
    }
    out.key("lines"_L1).beginArray();
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        const TicketLine &line = ticket.lines.at(i);
        out.beginObject();
        out.key("productId"_L1).value(line.productId);
        out.key("quantity"_L1).value(line.quantity);
        out.key("unitPrice"_L1).fixedPoint(*line.unitPriceCents, 2);
        out.key("delta"_L1).value(taken.at(i).quantityDelta);
        if (taken.at(i).reservedDelta != 0)
            out.key("reservedDelta"_L1).value(taken.at(i).reservedDelta);
        out.key("row"_L1);
        writeJson(out, after.at(i), ProductIdField::Included);
        out.endObject();
    }
    out.endArray();
    out.key("chainIndex"_L1).value(ticket.chainIndex);
    out.key("hash"_L1).value(QLatin1StringView(ticket.hash));
    out.endObject();
    Event sold {
        ticket.eventSeq, QString::fromLatin1(eventtype::TicketSold), nowMs, ticket.storeId, {}
    };
    sold.data = JsonBody::fromText(out.bytes());
    sold.rows = after;
    sold.reason = u"sale"_s;
    for (const OfflineSale::Taken &t : std::as_const(taken))
        sold.rowDeltas << t.quantityDelta;
    if (Status s = m_events.insert(sold); !s)
        return s.error();
    QList<Event> events { sold };
    for (const qsizetype i : order) {
        if (!taken.at(i).shortfall)
            continue;
        auto raised = m_offline.raise(ticket.lines.at(i).productId, ticket.storeId,
                                      *taken.at(i).shortfall, ticket.id, command.actor, nowMs);
        if (!raised)
            return raised.error();
        events << raised.value();
    }
    return ticketApplied(ticket, events, false);
}

} // namespace inventory
