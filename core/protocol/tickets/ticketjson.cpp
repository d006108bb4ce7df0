#include "core/protocol/tickets/ticketjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

void writeTicketLines(JsonWriter &out, const QList<TicketLine> &lines)
{
    out.beginArray();
    for (const TicketLine &line : lines) {
        out.beginObject();
        out.key("productId"_L1).value(line.productId);
        out.key("quantity"_L1).value(line.quantity);
        out.key("unitPrice"_L1).fixedPoint(line.unitPriceCents.value_or(0), 2);
        out.key("returned"_L1).value(line.returned);
        out.endObject();
    }
    out.endArray();
}

void writeTicket(JsonWriter &out, const Ticket &ticket)
{
    out.beginObject();
    out.key("ticketId"_L1).value(ticket.id);
    out.key("storeId"_L1).value(ticket.storeId);
    out.key("seller"_L1).value(ticket.seller);
    out.key("soldAt"_L1).timestamp(ticket.soldAtMs);
    out.key("syncedAt"_L1).timestamp(ticket.syncedAtMs);
    out.key("offline"_L1).raw(ticket.offline ? "true" : "false");
    out.key("lines"_L1);
    writeTicketLines(out, ticket.lines);
    out.key("total"_L1).fixedPoint(ticket.totalCents, 2);
    out.key("payment"_L1);
    if (ticket.paymentMethod.isEmpty()) {
        out.null();
    } else {
        out.beginObject();
        out.key("method"_L1).value(ticket.paymentMethod);
        out.endObject();
    }
    out.key("chainIndex"_L1).value(ticket.chainIndex);
    out.key("prevHash"_L1).value(QLatin1StringView(ticket.prevHash));
    out.key("hash"_L1).value(QLatin1StringView(ticket.hash));
    out.key("eventSeq"_L1).value(ticket.eventSeq);
    out.endObject();
}

} // namespace inventory
