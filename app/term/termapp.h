#pragma once

#include "app/term/commands/termactions.h"
#include "app/term/commands/termcounts.h"
#include "app/term/commands/termdayreport.h"
#include "app/term/commands/termlevels.h"
#include "app/term/commands/termreports.h"
#include "app/term/commands/termtill.h"
#include "app/term/commands/termtransfers.h"
#include "app/term/commands/termwatch.h"
#include "app/term/termoptions.h"
#include "app/term/termoutput.h"
#include "app/term/tickets/termtickets.h"
#include "app/term/tickets/termticketsession.h"
#include "core/client/clientsession.h"

#include <QObject>
#include <functional>
#include <memory>

namespace inventory::term {

// One inventory-term session on a ClientSession (the same sign-in, cache, queue and sync as
// the POS): the commands of DESIGN.md. Each command ends by calling done(exit code).
class TermApp : public QObject
{
    Q_OBJECT

public:
    // One command and out, or the interactive prompt (which stops a watch and stays).
    enum class Mode { OneShot, Prompt };
    using Done = std::function<void(int)>;

    TermApp(TermOptions options, Mode mode, QObject *parent = nullptr);

    // Opens the profile; false (with a message printed) when it cannot be opened.
    bool open();
    // The options inventory-term started with (and the profile's servers once open): each
    // command's options start from these.
    const TermOptions &sessionOptions() const { return m_sessionOptions; }
    void run(const TermOptions &options, const QStringList &command, Done done);
    // Whether the command running is a watch, which runs until stopWatching() ends it.
    bool isWatching() const;
    void stopWatching();
    // Whether the command running is an open ticket (`ticket` alone) waiting for its next
    // line, which typeInTicket() hands it; endTicketInput() leaves it when no more will come.
    bool ticketAwaitsLine() const;
    void typeInTicket(const QString &line);
    void endTicketInput();

    static QStringList commandNames();
    static QString usage();

signals:
    // The open ticket has become idle with no line waiting.
    void ticketReady();

private:
    void authenticate(std::function<void(bool)> next);
    void dispatch(const QString &name, const QStringList &args, const Done &done);
    void login(const Done &done);
    void openTicket(const Done &done);
    void sync(const Done &done);

    TermOptions m_sessionOptions;
    // The running command's: the session's with that command's own options.
    TermOptions m_options;
    Mode m_mode;
    TermOutput m_out;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<TermReports> m_reports;
    std::unique_ptr<TermActions> m_actions;
    std::unique_ptr<TermTickets> m_tickets;
    std::unique_ptr<TermTransfers> m_transfers;
    std::unique_ptr<TermLevels> m_levels;
    std::unique_ptr<TermTill> m_till;
    std::unique_ptr<TermCounts> m_counts;
    std::unique_ptr<TermDayReport> m_dayReport;
    std::unique_ptr<TermWatch> m_watch;
    std::unique_ptr<TermTicketSession> m_ticket;
    QMetaObject::Connection m_progress;
};

} // namespace inventory::term
