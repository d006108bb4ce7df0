#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"
#include "core/client/tickets/ticketdesk.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

class TermReports;

// The terminal's tickets: sell-ticket PRODUCT:QTY… [--payment M], tickets [--today],
// ticket ID, return TICKET PRODUCT:QTY… [--damaged]. A ticket is all lines or none: a short
// line is named with what is available (exit 1). Tickets need the server for now.
class TermTickets : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermTickets(ClientSession &session, TermOutput &out, const TermOptions &options,
                TermReports &reports, QObject *parent = nullptr);

    void sell(const QStringList &args, const Done &done);
    void list(const Done &done);
    void show(const QString &ticketId, const Done &done);
    void takeBack(const QStringList &args, const Done &done);

private:
    // PRODUCT:QTY words as lines, each product found in the cache; nullopt after saying why.
    std::optional<QList<TicketLine>> parseLines(const QStringList &words);
    void printTicket(const QJsonObject &ticket, const QString &heading);
    void refused(const Error &error, const Done &done);

    ClientSession &m_session;
    TermOutput &m_out;
    const TermOptions &m_options;
    TermReports &m_reports;
    TicketDesk m_desk;
};

} // namespace inventory::term
