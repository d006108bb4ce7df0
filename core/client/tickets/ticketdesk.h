#pragma once

#include "core/domain/result.h"
#include "core/domain/tickets/ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace inventory {

class ClientSession;

// A till's sale tickets and returns (API.md "Tickets"): the till mints each ticket's and
// return's id (store, till, running number, kept in the profile so it never repeats, also
// across restarts), so a resend after a lost reply is the same ticket. Online, a ticket is one
// request, all lines or none. While the session is offline, or when the server cannot be
// reached, a charge does not fail: the ticket is queued (OfflineTickets) and the answer is the
// ticket as the receipt prints it, with "queued": true. So is a return of a ticket this till
// sold (it keeps a copy of each, LocalTickets); other returns need the server.
class TicketDesk
{
    Q_DECLARE_TR_FUNCTIONS(TicketDesk)

public:
    using Done = std::function<void(Result<QJsonObject>)>;

    explicit TicketDesk(ClientSession &session);

    // The next id of this till for a ticket ("T") or a return ("R"): STORE-TILL-T-000042.
    Result<QString> nextId(const QString &kind);
    // The till's own id, made once per profile.
    Result<QString> tillId();

    // The ticket as the server recorded it, or as queued offline ("queued": true).
    void charge(const QList<TicketLine> &lines, const QString &paymentMethod, Done done);
    // The ticket's lines after the return (with "returnId"), or as queued offline.
    void takeBack(const QString &ticketId, const QList<TicketLine> &lines, Done done);
    // The server's ticket, or this till's copy ("localCopy": true) while the server cannot be
    // reached or does not have a ticket sold offline yet.
    void fetch(const QString &ticketId, Done done);
    // This store's tickets sold since fromMs (0: all), newest first.
    void list(qint64 fromMs, int limit, Done done);

private:
    // The session has found the server out of reach: nothing waits for its timeouts.
    bool offline() const;
    // This till's copy of a ticket, marked as such; nullopt when it keeps none.
    std::optional<QJsonObject> localCopy(const QString &ticketId);

    ClientSession &m_session;
};

} // namespace inventory
