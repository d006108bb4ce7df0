#include "app/term/termapp.h"

#include "core/protocol/userjson.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace inventory::term {

TermApp::TermApp(TermOptions options, Mode mode, QObject *parent)
    : QObject(parent)
    , m_sessionOptions(std::move(options))
    , m_options(m_sessionOptions)
    , m_mode(mode)
    , m_out(m_sessionOptions.json ? TermOutput::Format::Json : TermOutput::Format::Table)
{
}

QStringList TermApp::commandNames()
{
    return { u"login"_s,        u"stores"_s,  u"products"_s,      u"stock"_s,   u"sell"_s,
             u"receive"_s,      u"count"_s,   u"reserve"_s,       u"confirm"_s, u"cancel"_s,
             u"reservations"_s, u"pending"_s, u"sync"_s,          u"watch"_s,   u"help"_s,
             u"sell-ticket"_s,  u"tickets"_s, u"ticket"_s,        u"return"_s,  u"transfer"_s,
             u"history"_s,      u"levels"_s,  u"replenishment"_s, u"counts"_s,  u"report"_s,
             u"till"_s };
}

QString TermApp::usage()
{
    return tr(
        "Commands:\n"
        "  login                          sign in and remember the session in the profile\n"
        "  stores                         list the stores\n"
        "  products [QUERY]               search the catalogue (SKU, barcode, name)\n"
        "  stock PRODUCT [--store S]      stock of a product in every store\n"
        "  sell|receive PRODUCT QTY       sell or receive units at --store (works offline)\n"
        "  count PRODUCT QTY [--expect-version V]   record a physical count\n"
        "  reserve PRODUCT QTY --customer C [--ttl S]   hold units (needs the server)\n"
        "  confirm ID | cancel ID         sell or release a reservation\n"
        "  reservations                   reservations of --store\n"
        "  pending                        queued and rejected operations\n"
        "  sync                           send the queue and fetch changes\n"
        "  watch                          print changes live until stopped\n"
        "  sell-ticket PRODUCT:QTY… [--payment M]   sell several lines at once: all or none\n"
        "  tickets [--today] | ticket [show] ID   the store's tickets, or one ticket\n"
        "  ticket                         ring up a ticket: add, qty, remove, show, charge\n"
        "  return TICKET PRODUCT:QTY… [--damaged]   take units of a ticket back at --store\n"
        "  transfer request PRODUCT:QTY… --from S [--note N]   ask another store for units\n"
        "  transfer ship|receive ID [PRODUCT:QTY[:DAMAGED]…]   send, or take in (works offline)\n"
        "  transfer close|cancel|show ID | transfer list [--status S]   the store's transfers\n"
        "  history PRODUCT [--since DATE] [--reason CODE]   a product's movements at --store\n"
        "  levels PRODUCT MIN TARGET      reorder levels at --store (managers; 0 0 removes)\n"
        "  replenishment                  products of --store below their minimum, and where "
        "to take units from\n"
        "  counts open full|shelf|category NAME|random N|PRODUCT… [blind]   open a count at "
        "--store (managers)\n"
        "  counts enter ID PRODUCT QTY    what this till counted of a product (works offline)\n"
        "  counts review|apply|cancel|show ID | counts list   review, apply [zero-uncounted]\n"
        "  report day [YYYY-MM-DD]        the day report of --store (managers)\n"
        "  till enrol ID NAME | till staff | till show   enrol this profile as a till of --store "
        "(managers), fetch its staff for PIN unlock, show it\n"
        "PRODUCT is an id, SKU, barcode or whole name; a part of a name lists the matches.\n"
        "Exit status: 0 done, 1 rejected, 2 usage, 3 cannot authenticate, 10 queued offline.");
}

bool TermApp::open()
{
    const QString path = m_sessionOptions.profileDir.isEmpty()
        ? LocalCache::defaultPath()
        : QDir(m_sessionOptions.profileDir).filePath(u"profile.db"_s);
    m_session = std::make_unique<ClientSession>(path);
    // A terminal command should answer at once when the server is down: no long retries.
    m_session->setRetryPolicy(2, 5000, 100);
    if (Status opened = m_session->open(); !opened) {
        m_out.error(tr("cannot open the profile %1: %2").arg(path, opened.error().message()));
        return false;
    }
    if (m_sessionOptions.servers.isEmpty()) {
        auto saved = m_session->savedServers();
        if (!saved) {
            m_out.error(tr("cannot read the profile %1: %2").arg(path, saved.error().message()));
            return false;
        }
        m_sessionOptions.servers = saved.value();
    }
    if (m_sessionOptions.servers.isEmpty())
        m_sessionOptions.servers << QUrl(u"http://127.0.0.1:8080"_s);
    m_options = m_sessionOptions;
    m_reports = std::make_unique<TermReports>(*m_session, m_out, m_options);
    m_actions = std::make_unique<TermActions>(*m_session, m_out, m_options, *m_reports);
    m_tickets = std::make_unique<TermTickets>(*m_session, m_out, m_options, *m_reports);
    m_transfers = std::make_unique<TermTransfers>(*m_session, m_out, m_options, *m_reports);
    m_levels = std::make_unique<TermLevels>(*m_session, m_out, *m_reports);
    m_counts = std::make_unique<TermCounts>(*m_session, m_out, *m_reports);
    m_dayReport = std::make_unique<TermDayReport>(*m_session, m_out);
    m_till = std::make_unique<TermTill>(*m_session, m_out);
    return true;
}

void TermApp::authenticate(std::function<void(bool)> next)
{
    const auto started = [this, next](const Result<User> &user) {
        if (!user) {
            const Error &error = user.error();
            const bool withPassword = m_options.token.isEmpty() && !m_options.user.isEmpty();
            const QJsonValue session = error.details().value(u"session"_s);
            if (session.toString() == u"none"_s)
                m_out.error(tr("not signed in: use --user and --password (or login)"));
            else if (withPassword
                     && (error.code() == ErrorCode::Unauthenticated
                         || error.code() == ErrorCode::ValidationFailed))
                m_out.error(tr("cannot sign in: wrong user or password"));
            else if (!session.isUndefined() || error.code() == ErrorCode::Unavailable)
                m_out.error(tr("cannot sign in: %1").arg(error.message())); // the client's words
            else
                m_out.error(tr("cannot sign in: %1").arg(TermOutput::describe(error)));
            return next(false);
        }
        m_session->setStoreId(m_options.store.isEmpty() ? user->storeIds.value(0)
                                                        : m_options.store);
        // Once per sync engine: a prompt runs many commands on the same one.
        disconnect(m_progress);
        m_progress
            = connect(&m_session->sync(), &SyncEngine::progress, this,
                      [this](qint64 done, qint64 total, const QString &what) {
                          if (!m_out.json() && total > 2000)
                              m_out.error(tr("  %1: %2 / %3").arg(what).arg(done).arg(total));
                      });
        next(true);
    };
    if (!m_options.token.isEmpty())
        return started(m_session->useToken(m_options.servers, m_options.token.toLatin1()));
    if (m_options.user.isEmpty())
        return started(m_session->resume(m_options.servers));
    m_session->signIn(m_options.servers, m_options.user, m_options.password,
                      [started](Result<User> user, bool) { started(user); });
}

void TermApp::run(const TermOptions &options, const QStringList &command, Done done)
{
    m_options = options;
    m_out.setJson(options.json);
    if (command.isEmpty() || !commandNames().contains(command.first())) {
        m_out.error(command.isEmpty()
                        ? usage()
                        : tr("unknown command '%1'\n%2").arg(command.first(), usage()));
        return done(ExitUsage);
    }
    const QString name = command.first();
    const QStringList args = command.mid(1);
    if (name == u"help"_s) {
        m_out.line(usage());
        return done(ExitDone);
    }
    const QHash<QString, int> arity {
        { u"login"_s, 0 },        { u"stores"_s, 0 },       { u"stock"_s, 1 },
        { u"sell"_s, 2 },         { u"receive"_s, 2 },      { u"count"_s, 2 },
        { u"reserve"_s, 2 },      { u"confirm"_s, 1 },      { u"cancel"_s, 1 },
        { u"reservations"_s, 0 }, { u"pending"_s, 0 },      { u"sync"_s, 0 },
        { u"watch"_s, 0 },        { u"tickets"_s, 0 },      { u"history"_s, 1 },
        { u"levels"_s, 3 },       { u"replenishment"_s, 0 }
    };
    if (arity.contains(name) && args.size() != arity.value(name)) {
        m_out.error(tr("'%1' takes %n argument(s)", nullptr, arity.value(name)).arg(name));
        return done(ExitUsage);
    }
    if (name == u"ticket"_s && args.size() > 1 && (args.size() != 2 || args.at(0) != u"show"_s)) {
        m_out.error(tr("usage: ticket (a new ticket) | ticket [show] ID"));
        return done(ExitUsage);
    }
    if (name == u"ticket"_s && args.isEmpty()) {
        // Made now, so that the lines typed while the sign-in runs wait in it.
        m_ticket = std::make_unique<TermTicketSession>(*m_session, m_out, m_options, *m_reports);
        connect(m_ticket.get(), &TermTicketSession::awaitingLine, this, &TermApp::ticketReady);
    }
    if (name == u"watch"_s)
        // Made now, so that it can be stopped while the sign-in still runs.
        m_watch = std::make_unique<TermWatch>(*m_session, m_out,
                                              m_mode == Mode::Prompt
                                                  ? TermWatch::StopKeys::QuitLineOrCtrlC
                                                  : TermWatch::StopKeys::CtrlC);
    authenticate([=, this](bool ok) {
        if (!ok) {
            m_watch.reset();
            m_ticket.reset();
            return done(ExitCannotAuthenticate);
        }
        dispatch(name, args, done);
    });
}

bool TermApp::isWatching() const
{
    return m_watch && m_watch->isActive();
}

void TermApp::stopWatching()
{
    if (m_watch)
        m_watch->stop();
}

bool TermApp::ticketAwaitsLine() const
{
    return m_ticket && m_ticket->awaitsLine();
}

void TermApp::typeInTicket(const QString &line)
{
    if (m_ticket)
        m_ticket->take(line);
}

void TermApp::endTicketInput()
{
    if (m_ticket)
        m_ticket->endInput();
}

void TermApp::dispatch(const QString &name, const QStringList &args, const Done &done)
{
    if (name == u"login"_s)
        login(done);
    else if (name == u"stores"_s)
        m_reports->stores(done);
    else if (name == u"products"_s)
        m_reports->products(args.join(u' '), done);
    else if (name == u"stock"_s)
        m_reports->stock(args.at(0), done);
    else if (name == u"sell"_s || name == u"receive"_s || name == u"count"_s)
        m_actions->change(name, args, done);
    else if (name == u"reserve"_s)
        m_actions->reserve(args, done);
    else if (name == u"confirm"_s || name == u"cancel"_s)
        m_actions->finish(name, args.at(0), done);
    else if (name == u"reservations"_s)
        m_reports->reservations(done);
    else if (name == u"pending"_s)
        m_reports->pending(done);
    else if (name == u"sync"_s)
        sync(done);
    else if (name == u"sell-ticket"_s)
        m_tickets->sell(args, done);
    else if (name == u"tickets"_s)
        m_tickets->list(done);
    else if (name == u"ticket"_s && args.isEmpty())
        openTicket(done);
    else if (name == u"ticket"_s)
        m_tickets->show(args.last(), done); // ticket ID, ticket show ID
    else if (name == u"return"_s)
        m_tickets->takeBack(args, done);
    else if (name == u"transfer"_s)
        m_transfers->run(args, done);
    else if (name == u"history"_s)
        m_transfers->history(args.at(0), done);
    else if (name == u"levels"_s)
        m_levels->set(args, done);
    else if (name == u"replenishment"_s)
        m_levels->replenishment(done);
    else if (name == u"counts"_s)
        m_counts->run(args, done);
    else if (name == u"report"_s)
        m_dayReport->run(args, done);
    else if (name == u"till"_s)
        m_till->run(args, done);
    else
        m_watch->start(done);
}

void TermApp::openTicket(const Done &done)
{
    // A one-shot `inventory-term ticket` reads its lines itself; the prompt hands them over.
    if (m_mode == Mode::OneShot)
        m_ticket->readStandardInput();
    m_ticket->start(done);
}

void TermApp::login(const Done &done)
{
    const User &user = m_session->user();
    m_out.document({ { u"user"_s, toJson(user) } },
                   tr("signed in as %1 (stores: %2)").arg(user.id, user.storeIds.join(u", ")));
    done(ExitDone);
}

void TermApp::sync(const Done &done)
{
    m_session->sync().syncOnce([this, done](Status s) {
        if (!s) {
            m_out.error(TermOutput::describe(s.error()));
            return done(SyncEngine::isOffline(s.error()) ? ExitQueuedOffline : ExitRejected);
        }
        LocalCache &cache = m_session->cache();
        const auto rejected = cache.rejected();
        const auto queued = cache.queuedCount();
        const auto lastSeq = cache.lastSeq();
        if (!rejected || !queued || !lastSeq) {
            m_out.error(tr("synced, but the profile cannot be read"));
            return done(ExitRejected);
        }
        m_out.document({ { u"lastSeq"_s, lastSeq.value() },
                         { u"queued"_s, queued.value() },
                         { u"rejected"_s, int(rejected->size()) } },
                       tr("synced: up to event %1, %2 queued, %3 rejected")
                           .arg(lastSeq.value())
                           .arg(queued.value())
                           .arg(rejected->size()));
        done(ExitDone);
    });
}

} // namespace inventory::term
