#pragma once

#include "core/domain/tickets/ticket.h"
#include "core/protocol/json/jsonwriter.h"

namespace inventory {

// A ticket as the API answers it: {"ticketId","storeId","seller","soldAt","syncedAt",
// "lines":[{"productId","quantity","unitPrice","returned"}],"total","payment","eventSeq"}, with
// the chain's "hash" and "prevHash". Money as numbers with two decimals, from whole cents.
void writeTicket(JsonWriter &out, const Ticket &ticket);
void writeTicketLines(JsonWriter &out, const QList<TicketLine> &lines);

} // namespace inventory
