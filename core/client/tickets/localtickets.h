#pragma once

#include "core/domain/result.h"
#include "core/domain/tickets/ticket.h"
#include "core/protocol/event.h"

#include <QJsonObject>
#include <optional>

namespace inventory {

class DbConnection;

// Copies of the tickets this till sold, kept in its profile so that a return can be taken
// from what the receipt says while the server cannot be reached. One row of the meta table
// per ticket ("ticket:<id>"), holding the ticket's JSON as the server answered it, or as the
// till made it for a sale made offline and not synced yet ("queued": true). The units that
// came back are counted on the copy: returns taken here (also offline), the server's answers,
// and the returns other tills take as the feed reports them, each once ("returnIds", and
// "asOfSeq": the event the copy's lines already reflect). Copies of tickets sold more than
// KeptDays ago are dropped.
class LocalTickets
{
public:
    static constexpr int KeptDays = 45;

    explicit LocalTickets(DbConnection &db);

    // nullopt: this till keeps no copy of that ticket.
    Result<std::optional<QJsonObject>> find(const QString &ticketId);
    // Stores (or replaces) a copy, in the caller's transaction if there is one.
    Status keep(const QJsonObject &ticket);
    // The server's answer about a ticket (the 201 of a ticket or of a return): a copy this till
    // keeps takes its lines; answers about other tickets are ignored.
    Status absorb(const QJsonObject &answer);
    // A return taken at this till: its units count as returned on the copy at once.
    Status countReturn(const QString &ticketId, const QString &returnId,
                       const QList<TicketLine> &lines);
    // A ticket.returned event: counted on the copy unless it already is.
    Status applyEvent(const Event &event);

    // How many units of each line can still come back: sold less returned.
    static qint64 returnable(const QJsonObject &ticket, const QString &productId);

private:
    Status prune();

    DbConnection &m_db;
};

} // namespace inventory
