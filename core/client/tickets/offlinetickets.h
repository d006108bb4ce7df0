#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace inventory {

class ClientSession;

// A ticket or a return taken while the server cannot be reached. DESIGN.md: a sale made
// offline is a fact, so nothing here is refused for stock. Each becomes ONE queued operation
// under its own id (the idempotency key the server sees: the ticket's or the return's id) —
// kind "ticket" with the body of POST /tickets plus "offline": true, the till's "soldAt" and
// every line's price as the receipt prints it, or kind "return" with the body of
// POST /tickets/{id}/returns plus "ticketId" — and the till's copy of the ticket is kept or
// updated in the same transaction. The shown stock counts the queued lines at once.
class OfflineTickets
{
    Q_DECLARE_TR_FUNCTIONS(OfflineTickets)

public:
    explicit OfflineTickets(ClientSession &session);

    // body: as POST /tickets takes it. The ticket as the receipt prints it (lines with their
    // prices, total, seller, soldAt), with "offline" and "queued" true.
    Result<QJsonObject> queueTicket(const QJsonObject &body);
    // body: as POST /tickets/{ticketId}/returns takes it. Only a ticket this till keeps a copy
    // of can come back offline (UNAVAILABLE otherwise), and never more than it has left
    // (RETURN_EXCEEDS_SALE). The copy of the ticket after the return, with "returnId" and
    // "queued" true.
    Result<QJsonObject> queueReturn(const QString &ticketId, const QJsonObject &body);

private:
    ClientSession &m_session;
};

} // namespace inventory
