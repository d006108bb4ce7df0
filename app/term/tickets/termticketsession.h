#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"
#include "app/term/tickets/termticketlines.h"
#include "core/client/tickets/ticketdesk.h"
#include "core/domain/product.h"
#include "core/domain/result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

class TermInput;
class TermReports;

// The interactive ticket that `ticket` alone opens: each line typed (at the prompt, or piped
// into `inventory-term ticket`) is one of its sub-commands — add, remove, qty, show, charge,
// clear, help, and done|quit|cancel to leave. Lines wait their turn while one runs (show and
// charge ask the server). The charge goes through TicketDesk as sell-ticket's does: all lines
// or none. A charge refused for stock names the short lines with what is available and keeps
// the ticket open to fix; a charge that succeeds, or leaving, ends the command with
// done(exit code): 0; 10 when the charge was queued offline; 1 when the input ended on a
// ticket that was never charged.
class TermTicketSession : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    // options: the `ticket` command's (--json and --payment hold for every line).
    TermTicketSession(ClientSession &session, TermOutput &out, TermOptions options,
                      TermReports &reports, QObject *parent = nullptr);

    // Reads its lines from standard input itself (a one-shot `inventory-term ticket`).
    void readStandardInput();
    // Opens the ticket (the session signed in); lines taken before wait until then.
    void start(const Done &done);
    void take(const QString &line);
    // No more lines will come: leaves after the lines waiting, discarding what is not charged.
    void endInput();
    // Open, idle and with no line waiting: a line taken now runs at once.
    bool awaitsLine() const;

    static QString help();

signals:
    // It has become idle with no line waiting (queued: never from inside take()).
    void awaitingLine();

private:
    void runWaiting();
    void execute(const QString &typed);
    // Ends the line that ran: its error reported (if any), then the next prompt.
    void finishLine(const Status &status = {});
    void leave(int code);
    void showPrompt() const;

    Status add(const QStringList &args);
    Status remove(const QStringList &args);
    Status setQuantity(const QStringList &args);
    void show();
    void charge(const QString &payment);
    void chargeRefused(const Error &error);
    // After a change: the line as people read it, or the whole ticket for scripts (--json).
    Status report(qsizetype index, const QString &what);

    Result<Product> findProduct(const QString &text);
    Result<qint64> available(const QString &productId);
    // The ticket as JSON, with each line's available units at this store as last synced.
    Result<QJsonObject> document();

    ClientSession &m_session;
    TermOutput &m_out;
    const TermOptions m_options;
    TermReports &m_reports;
    TicketDesk m_desk;
    TermInput *m_input = nullptr;
    Done m_done;
    TermTicketLines m_lines;
    QStringList m_typed;
    bool m_open = false;
    bool m_busy = false;
    bool m_inputEnded = false;
};

} // namespace inventory::term
