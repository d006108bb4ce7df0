#pragma once

#include "core/domain/result.h"
#include "core/domain/ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace inventory {

class ClientSession;

// A till's sale tickets and returns against the server (API.md "Tickets"): the till mints
// each ticket's and return's id (store, till, running number, kept in the profile so it never
// repeats, also across restarts), so a resend after a lost reply is the same ticket. For now
// a ticket needs the server; a sale made offline goes line by line through the queue.
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

    void charge(const QList<TicketLine> &lines, const QString &paymentMethod, Done done);
    void takeBack(const QString &ticketId, const QList<TicketLine> &lines, Done done);
    void fetch(const QString &ticketId, Done done);
    // This store's tickets sold since fromMs (0: all), newest first.
    void list(qint64 fromMs, int limit, Done done);

private:
    void post(const QString &path, const QJsonObject &body, const QString &key, Done done);

    ClientSession &m_session;
};

} // namespace inventory
