#include "app/term/termapp.h"

#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"
#include "core/protocol/userjson.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace inventory::term {

TermApp::TermApp(TermOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(m_options.json)
{
}

QStringList TermApp::commandNames()
{
    return { u"login"_s,        u"stores"_s,  u"products"_s, u"stock"_s,   u"sell"_s,
             u"receive"_s,      u"count"_s,   u"reserve"_s,  u"confirm"_s, u"cancel"_s,
             u"reservations"_s, u"pending"_s, u"sync"_s,     u"watch"_s,   u"help"_s };
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
        "  watch                          print changes live\n"
        "Exit status: 0 done, 1 rejected, 2 usage, 3 cannot authenticate, 10 queued offline.");
}

bool TermApp::open()
{
    const QString path = m_options.profileDir.isEmpty()
        ? LocalCache::defaultPath()
        : QDir(m_options.profileDir).filePath(u"profile.db"_s);
    m_session = std::make_unique<ClientSession>(path);
    // A terminal command should answer at once when the server is down: no long retries.
    m_session->setRetryPolicy(2, 5000, 100);
    if (Status opened = m_session->open(); !opened) {
        m_out.error(tr("cannot open the profile %1: %2").arg(path, opened.error().message()));
        return false;
    }
    if (m_options.servers.isEmpty()) {
        auto saved = m_session->savedServers();
        if (!saved) {
            m_out.error(tr("cannot read the profile %1: %2").arg(path, saved.error().message()));
            return false;
        }
        m_options.servers = saved.value();
    }
    if (m_options.servers.isEmpty())
        m_options.servers << QUrl(u"http://127.0.0.1:8080"_s);
    m_reports = std::make_unique<TermReports>(*m_session, m_out, m_options);
    return true;
}

void TermApp::authenticate(std::function<void(bool)> next)
{
    const auto started = [this, next](const Result<User> &user) {
        if (!user) {
            if (user.error().details().value(u"session"_s).toString() == u"none"_s)
                m_out.error(tr("not signed in: use --user and --password (or login)"));
            else
                m_out.error(tr("cannot sign in: %1").arg(user.error().message()));
            return next(false);
        }
        m_session->setStoreId(m_options.store.isEmpty() ? user->storeIds.value(0)
                                                        : m_options.store);
        connect(&m_session->sync(), &SyncEngine::progress, this,
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

void TermApp::run(const QStringList &command, std::function<void(int)> done)
{
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
        { u"login"_s, 0 },   { u"stores"_s, 0 },       { u"stock"_s, 1 },   { u"sell"_s, 2 },
        { u"receive"_s, 2 }, { u"count"_s, 2 },        { u"reserve"_s, 2 }, { u"confirm"_s, 1 },
        { u"cancel"_s, 1 },  { u"reservations"_s, 0 }, { u"pending"_s, 0 }, { u"sync"_s, 0 },
        { u"watch"_s, 0 }
    };
    if (arity.contains(name) && args.size() != arity.value(name)) {
        m_out.error(tr("'%1' takes %n argument(s)", nullptr, arity.value(name)).arg(name));
        return done(ExitUsage);
    }
    authenticate([=, this](bool ok) {
        if (!ok)
            return done(ExitCannotAuthenticate);
        if (name == u"login"_s)
            login(done);
        else if (name == u"stores"_s)
            m_reports->stores(done);
        else if (name == u"products"_s)
            m_reports->products(args.join(u' '), done);
        else if (name == u"stock"_s)
            m_reports->stock(args.at(0), done);
        else if (name == u"sell"_s || name == u"receive"_s || name == u"count"_s)
            change(name, args, done);
        else if (name == u"reserve"_s)
            reserve(args, done);
        else if (name == u"confirm"_s || name == u"cancel"_s)
            finish(name, args.at(0), done);
        else if (name == u"reservations"_s)
            m_reports->reservations(done);
        else if (name == u"pending"_s)
            m_reports->pending(done);
        else if (name == u"sync"_s)
            sync(done);
        else
            m_reports->watch(done);
    });
}

void TermApp::login(const Done &done)
{
    const User &user = m_session->user();
    m_out.document({ { u"user"_s, toJson(user) } },
                   tr("signed in as %1 (stores: %2)").arg(user.id, user.storeIds.join(u", ")));
    done(ExitDone);
}

std::optional<Product> TermApp::findProduct(const QString &text)
{
    auto product = m_session->cache().product(text);
    if (!product) {
        m_out.error(tr("cannot read the profile: %1").arg(product.error().message()));
        return std::nullopt;
    }
    if (!product.value())
        m_out.error(tr("unknown product '%1'").arg(text));
    return product.value();
}

void TermApp::change(const QString &operation, const QStringList &args, const Done &done)
{
    bool ok = false;
    const qint64 quantity = args.at(1).toLongLong(&ok);
    if (!ok || quantity < (operation == u"count"_s ? 0 : 1)) {
        m_out.error(tr("QTY must be a whole number of units"));
        return done(ExitUsage);
    }
    if (m_session->storeId().isEmpty()) {
        m_out.error(tr("no store: give --store"));
        return done(ExitUsage);
    }
    auto proceed = [=, this] {
        const auto product = findProduct(args.at(0));
        if (!product)
            return done(ExitRejected);
        if (operation == u"sell"_s)
            submit(m_session->sell(product->id, quantity), done);
        else if (operation == u"receive"_s)
            submit(m_session->receive(product->id, quantity), done);
        else
            submit(m_session->count(product->id, quantity, m_options.expectVersion), done);
    };
    // The catalogue comes with the first sync; an offline terminal uses what it has.
    const auto cached = m_session->cache().product(args.at(0));
    if (cached && cached.value())
        proceed();
    else
        m_reports->refresh([proceed](bool) { proceed(); });
}

void TermApp::submit(const Result<PendingOperation> &queued, const Done &done)
{
    if (!queued) {
        m_out.error(queued.error().code() == ErrorCode::Unavailable
                        ? queued.error().message()
                        : tr("cannot queue the operation: %1").arg(queued.error().message()));
        return done(ExitRejected);
    }
    const PendingOperation op = queued.value();
    m_session->sync().pushQueue([this, op, done](Status s) {
        if (!s) {
            if (s.error().code() == ErrorCode::Unavailable) {
                const auto pending = m_session->cache().queuedCount();
                if (!pending)
                    m_out.error(tr("queued, but the profile cannot be read: %1")
                                    .arg(pending.error().message()));
                else
                    m_out.document({ { u"queued"_s, true },
                                     { u"idempotencyKey"_s, op.key },
                                     { u"pending"_s, pending.value() } },
                                   tr("offline — queued, will sync later (%n pending)", nullptr,
                                      pending.value()));
                return done(ExitQueuedOffline);
            }
            m_out.error(s.error().message());
            return done(s.error().code() == ErrorCode::Unauthenticated ? ExitCannotAuthenticate
                                                                       : ExitRejected);
        }
        const auto rejected = m_session->cache().rejected();
        if (!rejected) {
            m_out.error(
                tr("sent, but the profile cannot be read: %1").arg(rejected.error().message()));
            return done(ExitRejected);
        }
        for (const PendingOperation &r : rejected.value()) {
            if (r.key == op.key) {
                m_out.error(tr("rejected by the server: %1").arg(r.reason()));
                if (m_out.json())
                    m_out.document(r.toJson(), {});
                return done(ExitRejected);
            }
        }
        reportDone(op);
        done(ExitDone);
    });
}

void TermApp::reportDone(const PendingOperation &op)
{
    LocalCache &cache = m_session->cache();
    if (op.kind == u"stock"_s) {
        const auto row = cache.row(op.productId, op.storeId);
        if (!row)
            return m_out.error(
                tr("done, but the profile cannot be read: %1").arg(row.error().message()));
        m_out.document(toJson(row.value(), ProductIdField::Included),
                       tr("done: %1 at %2 — quantity %3, available %4 (version %5)")
                           .arg(op.productId, op.storeId)
                           .arg(row->quantity)
                           .arg(row->available())
                           .arg(row->version));
        return;
    }
    const QString id = op.body.value(u"reservationId"_s).toString();
    const auto reservations = cache.reservations();
    if (!reservations)
        return m_out.error(
            tr("done, but the profile cannot be read: %1").arg(reservations.error().message()));
    Reservation found;
    for (const Reservation &r : reservations.value())
        if (r.id == id)
            found = r;
    m_out.document(toJson(found),
                   tr("done: reservation %1 is %2").arg(id, Reservation::statusName(found.status)));
}

void TermApp::reserve(const QStringList &args, const Done &done)
{
    bool ok = false;
    const qint64 quantity = args.at(1).toLongLong(&ok);
    if (!ok || quantity < 1 || m_options.customer.isEmpty()) {
        m_out.error(tr("usage: reserve PRODUCT QTY --customer C [--ttl S]"));
        return done(ExitUsage);
    }
    // Reservations promise stock other channels may promise too: only the server can decide.
    m_session->api().get(u"/health"_s, [=, this](const ApiReply &health) {
        if (!health.reachedServer()) {
            m_out.error(tr("reservations need the server, which cannot be reached now"));
            return done(ExitRejected);
        }
        m_reports->refresh([=, this](bool) {
            const auto product = findProduct(args.at(0));
            if (!product)
                return done(ExitRejected);
            submit(m_session->reserve(product->id, quantity, m_options.customer, m_options.ttl),
                   done);
        });
    });
}

void TermApp::finish(const QString &kind, const QString &id, const Done &done)
{
    m_session->api().get(u"/health"_s, [=, this](const ApiReply &health) {
        if (!health.reachedServer()) {
            m_out.error(tr("reservations need the server, which cannot be reached now"));
            return done(ExitRejected);
        }
        m_reports->refresh([=, this](bool) {
            submit(kind == u"confirm"_s ? m_session->confirm(id) : m_session->cancel(id), done);
        });
    });
}

void TermApp::sync(const Done &done)
{
    m_session->sync().syncOnce([this, done](Status s) {
        if (!s) {
            m_out.error(s.error().message());
            return done(s.error().code() == ErrorCode::Unavailable ? ExitQueuedOffline
                                                                   : ExitRejected);
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
