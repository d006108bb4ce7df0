#pragma once

#include "core/domain/result.h"
#include "core/domain/tickets/ticket.h"

namespace inventory {

class DbConnection;

// Each till's tickets form a chain: a ticket's hash covers what it sold, to whom it belongs
// and the hash of the ticket before it, so a ticket changed, removed or slipped in later
// breaks every hash after it. verify() walks every chain; `inventory-server verify-tickets`
// runs it.
class TicketChain
{
public:
    // The hash before a till's first ticket.
    static QByteArray genesis();
    // SHA-256 (hex) of the ticket as recorded. What comes back later (returns) is not in it.
    static QByteArray hashOf(const Ticket &ticket);

    explicit TicketChain(DbConnection &connection);

    struct TillReport
    {
        QString tillKey;
        qint64 tickets = 0;
        QByteArray head;
        QStringList problems;
    };
    Result<QList<TillReport>> verify();

private:
    DbConnection &m_connection;
};

} // namespace inventory
