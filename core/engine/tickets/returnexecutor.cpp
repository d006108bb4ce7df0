#include "core/engine/tickets/returnexecutor.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/stocktable.h"
#include "core/protocol/commandfingerprint.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"
#include "core/protocol/tickets/ticketjson.h"

#include <QJsonArray>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace inventory {

ReturnExecutor::ReturnExecutor(DbConnection &connection, StockTable &stock, EventLog &events)
    : m_stock(stock)
    , m_events(events)
    , m_tickets(connection)
{
}

Result<Applied> ReturnExecutor::reply(const TicketReturn &r, QList<Event> events, Taken taken)
{
    // The ticket as it stands now: what was sold and, per line, how much came back.
    auto ticket = m_tickets.load(r.ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return Error::unavailable(u"ticket '%1' of return '%2' is gone"_s.arg(r.ticketId, r.id));
    JsonWriter out(512);
    out.beginObject();
    out.key("returnId"_L1).value(r.id);
    out.key("ticketId"_L1).value(r.ticketId);
    out.key("storeId"_L1).value(r.storeId);
    out.key("ticketStoreId"_L1).value(ticket.value()->storeId);
    out.key("lines"_L1);
    writeTicketLines(out, ticket.value()->lines);
    out.key("returnLines"_L1).beginArray();
    for (const TicketLine &line : r.lines) {
        out.beginObject();
        out.key("productId"_L1).value(line.productId);
        out.key("quantity"_L1).value(line.quantity);
        out.key("disposition"_L1).value(line.disposition);
        out.endObject();
    }
    out.endArray();
    out.key("eventSeq"_L1).value(r.eventSeq);
    out.endObject();
    return Applied { 201, JsonBody::fromText(out.bytes()), std::move(events),
                     taken == Taken::Before };
}

Result<Applied> ReturnExecutor::apply(const Command &command, qint64 nowMs)
{
    const QByteArray fingerprint = commandFingerprint(command);
    auto known = m_tickets.loadReturn(command.returnId);
    if (!known)
        return known.error();
    if (known.value()) {
        if (known.value()->fingerprint != fingerprint)
            return Error(
                ErrorCode::IdempotencyKeyReused,
                u"return '%1' was already recorded with other lines"_s.arg(command.returnId),
                { { u"field"_s, u"returnId"_s } });
        return reply(*known.value(), {}, Taken::Before);
    }
    auto ticket = m_tickets.load(command.ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return Error::notFound(u"ticket"_s, command.ticketId);
    auto store = m_stock.storeExists(command.storeId);
    if (!store)
        return store.error();
    if (!store.value())
        return Error::notFound(u"store"_s, command.storeId);

    QList<int> lineOf;
    QList<bool> hasRow;
    QJsonArray exceeding;
    for (const TicketLine &line : command.lines) {
        const auto &sold = ticket.value()->lines;
        const auto found = std::find_if(sold.begin(), sold.end(), [&](const TicketLine &l) {
            return l.productId == line.productId;
        });
        const qint64 soldUnits = found == sold.end() ? 0 : found->quantity;
        const qint64 back = found == sold.end() ? 0 : found->returned;
        if (back + line.quantity > soldUnits)
            exceeding.append(QJsonObject { { u"productId"_s, line.productId },
                                           { u"sold"_s, soldUnits },
                                           { u"returned"_s, back },
                                           { u"requested"_s, line.quantity } });
        lineOf << int(found - sold.begin());
        auto row = m_stock.load(line.productId, command.storeId);
        if (!row)
            return row.error();
        hasRow << row.value().has_value();
    }
    if (!exceeding.isEmpty())
        return Error(ErrorCode::ReturnExceedsSale,
                     u"%1 line(s) return more than the ticket sold less what came back"_s.arg(
                         exceeding.size()),
                     { { u"lines"_s, exceeding } });

    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    TicketReturn r { command.returnId, command.ticketId, command.storeId, command.actor,
                     command.note,     command.lines,    nowMs,           seq.value(),
                     fingerprint };
    QList<qsizetype> order(r.lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return r.lines.at(a).productId < r.lines.at(b).productId;
    });
    QList<std::optional<StockRow>> after(r.lines.size());
    for (const qsizetype i : order) {
        const TicketLine &line = r.lines.at(i);
        auto added = m_tickets.addReturned(r.ticketId, lineOf.at(i), line.quantity);
        if (!added)
            return added.error();
        if (!added.value()) // another server recorded a return of it meanwhile (PostgreSQL)
            return Error(ErrorCode::ReturnExceedsSale,
                         u"%1 was returned meanwhile"_s.arg(line.productId));
        if (line.disposition != u"restock"_s)
            continue;
        if (!hasRow.at(i)) {
            if (Status s = m_stock.insertEmpty(line.productId, r.storeId, nowMs); !s)
                return s.error();
        }
        auto row = m_stock.applyDeltas(line.productId, r.storeId, line.quantity, 0, nowMs);
        if (!row)
            return row.error();
        if (!row.value())
            return Error::unavailable(u"cannot restock %1 at %2"_s.arg(line.productId, r.storeId));
        after[i] = *row.value();
    }
    if (Status s = m_tickets.insertReturn(r); !s)
        return s.error();

    JsonWriter out(320 + 256 * r.lines.size());
    out.beginObject();
    out.key("returnId"_L1).value(r.id);
    out.key("ticketId"_L1).value(r.ticketId);
    out.key("ticketStoreId"_L1).value(ticket.value()->storeId);
    out.key("actor"_L1).value(r.actor);
    if (!command.device.isEmpty())
        out.key("device"_L1).value(command.device);
    out.key("note"_L1).value(r.note);
    out.key("lines"_L1).beginArray();
    Event returned {
        r.eventSeq, QString::fromLatin1(eventtype::TicketReturned), nowMs, r.storeId, {}
    };
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        const TicketLine &line = r.lines.at(i);
        const bool restocked = after.at(i).has_value();
        out.beginObject();
        out.key("productId"_L1).value(line.productId);
        out.key("quantity"_L1).value(line.quantity);
        out.key("disposition"_L1).value(line.disposition);
        out.key("reason"_L1).value(restocked ? "return"_L1 : "damage"_L1);
        out.key("delta"_L1).value(restocked ? line.quantity : 0);
        if (restocked) {
            out.key("row"_L1);
            writeJson(out, *after.at(i), ProductIdField::Included);
            returned.rows.append(*after.at(i));
            returned.rowDeltas.append(line.quantity);
        }
        out.endObject();
    }
    out.endArray();
    out.endObject();
    returned.data = JsonBody::fromText(out.bytes());
    returned.reason = u"return"_s; // only restocked lines changed a row
    if (Status s = m_events.insert(returned); !s)
        return s.error();
    return reply(r, { returned }, Taken::Now);
}

} // namespace inventory
