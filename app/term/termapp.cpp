#include "termapp.h"

#include "timestamp.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inventory::term {

namespace {
QString ago(qint64 ms)
{
    if (ms <= 0)
        return QObject::tr("never");
    const qint64 seconds = (QDateTime::currentMSecsSinceEpoch() - ms) / 1000;
    if (seconds < 120)
        return QObject::tr("%n second(s) ago", nullptr, int(seconds));
    return QObject::tr("%n minute(s) ago", nullptr, int(seconds / 60));
}

QStringList rowCells(const StockRow &r)
{
    return { r.storeId,
             QString::number(r.quantity),
             QString::number(r.reserved),
             QString::number(r.available()),
             QString::number(r.version),
             r.updatedAtMs ? timestamp::format(r.updatedAtMs) : u"-"_s };
}
} // namespace

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
        ? LocalStore::defaultPath()
        : QDir(m_options.profileDir).filePath(u"profile.db"_s);
    auto store = LocalStore::open(path, m_clock);
    if (!store) {
        m_out.error(tr("cannot open the profile %1: %2").arg(path, store.error().message()));
        return false;
    }
    m_store = std::move(store).value();
    if (m_options.servers.isEmpty()) {
        for (const QString &s : m_store->meta(u"servers"_s).split(u' ', Qt::SkipEmptyParts))
            m_options.servers << QUrl(s);
    }
    if (m_options.servers.isEmpty())
        m_options.servers << QUrl(u"http://127.0.0.1:8080"_s);
    m_api = std::make_unique<ApiClient>(m_options.servers);
    // A terminal command should answer at once when the server is down: no long retries.
    m_api->setRetryPolicy(2, 5000, 100);
    m_sync = std::make_unique<SyncEngine>(*m_store, *m_api);
    connect(m_sync.get(), &SyncEngine::progress, this,
            [this](qint64 done, qint64 total, const QString &what) {
                if (!m_out.json() && total > 2000)
                    m_out.error(tr("  %1: %2 / %3").arg(what).arg(done).arg(total));
            });
    const QJsonObject user = QJsonDocument::fromJson(m_store->meta(u"user"_s).toUtf8()).object();
    m_user = { user.value(u"id"_s).toString(),
               User::roleFromName(user.value(u"role"_s).toString()).value_or(Role::Clerk),
               {} };
    for (const QJsonValue &s : user.value(u"storeIds"_s).toArray())
        m_user.storeIds << s.toString();
    return true;
}

QString TermApp::currentStore() const
{
    if (!m_options.store.isEmpty())
        return m_options.store;
    return m_user.storeIds.value(0);
}

void TermApp::authenticate(std::function<void(bool)> next)
{
    if (!m_options.token.isEmpty()) {
        m_api->setToken(m_options.token.toLatin1());
        return next(true);
    }
    if (m_options.user.isEmpty()) {
        const QByteArray saved = m_store->meta(u"token"_s).toLatin1();
        m_api->setToken(saved);
        return next(!saved.isEmpty());
    }
    m_api->login(m_options.user, m_options.password, [this, next](const ApiReply &reply) {
        if (!reply.ok()) {
            // Offline with the same user as last time: the saved session still serves.
            const bool sameUser = QJsonDocument::fromJson(m_store->meta(u"user"_s).toUtf8())
                                      .object()
                                      .value(u"id"_s)
                                      .toString()
                == m_options.user;
            if (!reply.reachedServer() && sameUser && !m_store->meta(u"token"_s).isEmpty()) {
                m_api->setToken(m_store->meta(u"token"_s).toLatin1());
                return next(true);
            }
            m_out.error(
                reply.reachedServer()
                    ? tr("cannot sign in: %1").arg(reply.error ? reply.error->message() : QString())
                    : tr("cannot sign in: the server cannot be reached"));
            return next(false);
        }
        m_api->setToken(reply.body.value(u"token"_s).toString().toLatin1());
        m_store->setMeta(u"token"_s, reply.body.value(u"token"_s).toString());
        m_store->setMeta(u"user"_s,
                         QString::fromUtf8(QJsonDocument(reply.body.value(u"user"_s).toObject())
                                               .toJson(QJsonDocument::Compact)));
        QStringList servers;
        for (const QUrl &u : m_options.servers)
            servers << u.toString();
        m_store->setMeta(u"servers"_s, servers.join(u' '));
        const QJsonObject user = reply.body.value(u"user"_s).toObject();
        m_user.id = user.value(u"id"_s).toString();
        m_user.storeIds.clear();
        for (const QJsonValue &s : user.value(u"storeIds"_s).toArray())
            m_user.storeIds << s.toString();
        next(true);
    });
}

void TermApp::refresh(std::function<void(bool)> next)
{
    m_sync->syncOnce([this, next](Status s) {
        if (!s && s.error().code() != ErrorCode::Unavailable)
            m_out.error(tr("sync failed: %1").arg(s.error().message()));
        if (!s)
            m_out.error(tr("offline — showing data from the last sync (%1)")
                            .arg(ago(m_store->meta(u"lastSyncMs"_s).toLongLong())));
        next(s.ok());
    });
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
        if (!ok) {
            if (m_options.user.isEmpty() && m_options.token.isEmpty())
                m_out.error(tr("not signed in: use --user and --password (or login)"));
            return done(ExitCannotAuthenticate);
        }
        if (name == u"login"_s)
            login(done);
        else if (name == u"stores"_s)
            stores(done);
        else if (name == u"products"_s)
            products(args.join(u' '), done);
        else if (name == u"stock"_s)
            stock(args.at(0), done);
        else if (name == u"sell"_s || name == u"receive"_s || name == u"count"_s)
            change(name, args, done);
        else if (name == u"reserve"_s)
            reserve(args, done);
        else if (name == u"confirm"_s || name == u"cancel"_s)
            finish(name, args.at(0), done);
        else if (name == u"reservations"_s)
            reservations(done);
        else if (name == u"pending"_s)
            pending(done);
        else if (name == u"sync"_s)
            sync(done);
        else
            watch(done);
    });
}

void TermApp::login(const Done &done)
{
    m_out.document({ { u"user"_s, m_user.toJson() } },
                   tr("signed in as %1 (stores: %2)").arg(m_user.id, m_user.storeIds.join(u", ")));
    done(ExitDone);
}

void TermApp::stores(const Done &done)
{
    refresh([this, done](bool) {
        QList<QStringList> rows;
        QJsonArray list;
        for (const Store &s : m_store->stores()) {
            rows << QStringList { s.id, s.name, s.city };
            list << s.toJson();
        }
        m_out.table({ tr("ID"), tr("Name"), tr("City") }, rows, { { u"stores"_s, list } });
        done(ExitDone);
    });
}

void TermApp::products(const QString &query, const Done &done)
{
    refresh([this, query, done](bool) {
        QList<QStringList> rows;
        QJsonArray list;
        for (const Product &p : m_store->searchProducts(query, 200)) {
            rows << QStringList { p.id, p.sku, p.barcode, p.name,
                                  QString::number(p.priceCents / 100.0, 'f', 2) };
            list << p.toJson();
        }
        m_out.table({ tr("ID"), tr("SKU"), tr("Barcode"), tr("Name"), tr("Price") }, rows,
                    { { u"products"_s, list } });
        done(ExitDone);
    });
}

std::optional<Product> TermApp::findProduct(const QString &text)
{
    auto product = m_store->product(text);
    if (!product)
        m_out.error(tr("unknown product '%1'").arg(text));
    return product;
}

void TermApp::stock(const QString &productText, const Done &done)
{
    refresh([this, productText, done](bool) {
        const auto product = findProduct(productText);
        if (!product)
            return done(ExitRejected);
        QList<QStringList> rows;
        QJsonArray list;
        qint64 total = 0;
        for (const StockRow &r : m_store->availability(product->id)) {
            if (!m_options.store.isEmpty() && r.storeId != m_options.store)
                continue;
            rows << rowCells(r);
            list << r.toJson();
            total += r.available();
        }
        m_out.line(tr("%1 — %2").arg(product->id, product->name));
        m_out.table({ tr("Store"), tr("Quantity"), tr("Reserved"), tr("Available"), tr("Version"),
                      tr("Updated") },
                    rows,
                    { { u"productId"_s, product->id },
                      { u"totalAvailable"_s, total },
                      { u"stores"_s, list } });
        done(ExitDone);
    });
}

void TermApp::change(const QString &operation, const QStringList &args, const Done &done)
{
    bool ok = false;
    const qint64 quantity = args.at(1).toLongLong(&ok);
    if (!ok || quantity < (operation == u"count"_s ? 0 : 1)) {
        m_out.error(tr("QTY must be a whole number of units"));
        return done(ExitUsage);
    }
    const QString storeId = currentStore();
    if (storeId.isEmpty()) {
        m_out.error(tr("no store: give --store"));
        return done(ExitUsage);
    }
    auto proceed = [=, this] {
        const auto product = findProduct(args.at(0));
        if (!product)
            return done(ExitRejected);
        QJsonObject body { { u"productId"_s, product->id },
                           { u"storeId"_s, storeId },
                           { u"quantity"_s, quantity } };
        qint64 delta = quantity;
        if (operation == u"sell"_s) {
            body.insert(u"operation"_s, u"subtract"_s);
            body.insert(u"reason"_s, u"sale"_s);
            delta = -quantity;
        } else if (operation == u"receive"_s) {
            body.insert(u"operation"_s, u"add"_s);
            body.insert(u"reason"_s, u"receipt"_s);
        } else {
            body.insert(u"operation"_s, u"set"_s);
            body.insert(u"reason"_s, u"count"_s);
            if (m_options.expectVersion)
                body.insert(u"expectedVersion"_s, *m_options.expectVersion);
            delta = quantity - m_store->row(product->id, storeId).quantity;
        }
        auto op = m_store->enqueue(u"stock"_s, body, product->id, storeId, delta);
        if (!op) {
            m_out.error(tr("cannot queue the operation: %1").arg(op.error().message()));
            return done(ExitRejected);
        }
        submit(op.value(), done);
    };
    // The catalogue comes with the first sync; an offline terminal uses what it has.
    if (m_store->product(args.at(0)))
        proceed();
    else
        refresh([proceed](bool) { proceed(); });
}

void TermApp::submit(const PendingOperation &op, const Done &done)
{
    m_sync->pushQueue([this, op, done](Status s) {
        if (!s) {
            if (s.error().code() == ErrorCode::Unavailable) {
                m_out.document({ { u"queued"_s, true },
                                 { u"idempotencyKey"_s, op.key },
                                 { u"pending"_s, m_store->queuedCount() } },
                               tr("offline — queued, will sync later (%n pending)", nullptr,
                                  m_store->queuedCount()));
                return done(ExitQueuedOffline);
            }
            m_out.error(s.error().message());
            return done(s.error().code() == ErrorCode::Unauthenticated ? ExitCannotAuthenticate
                                                                       : ExitRejected);
        }
        for (const PendingOperation &r : m_store->rejected()) {
            if (r.key == op.key) {
                m_out.error(tr("rejected by the server: %1").arg(r.reason()));
                if (m_out.json())
                    m_out.document(r.toJson(), {});
                return done(ExitRejected);
            }
        }
        const StockRow row
            = op.productId.isEmpty() ? StockRow {} : m_store->row(op.productId, op.storeId);
        if (op.kind == u"stock"_s) {
            m_out.document(row.toJson(true),
                           tr("done: %1 at %2 — quantity %3, available %4 (version %5)")
                               .arg(op.productId, op.storeId)
                               .arg(row.quantity)
                               .arg(row.available())
                               .arg(row.version));
        } else {
            const QString id = op.body.value(u"reservationId"_s).toString();
            Reservation found;
            for (const Reservation &r : m_store->reservations())
                if (r.id == id)
                    found = r;
            m_out.document(
                found.toJson(),
                tr("done: reservation %1 is %2").arg(id, Reservation::statusName(found.status)));
        }
        done(ExitDone);
    });
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
    m_api->get(u"/health"_s, [=, this](const ApiReply &health) {
        if (!health.reachedServer()) {
            m_out.error(tr("reservations need the server, which cannot be reached now"));
            return done(ExitRejected);
        }
        refresh([=, this](bool) {
            const auto product = findProduct(args.at(0));
            if (!product)
                return done(ExitRejected);
            const QJsonObject body { { u"reservationId"_s,
                                       QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                     { u"productId"_s, product->id },
                                     { u"storeId"_s, currentStore() },
                                     { u"quantity"_s, quantity },
                                     { u"customerId"_s, m_options.customer },
                                     { u"ttl"_s, m_options.ttl } };
            auto op = m_store->enqueue(u"reserve"_s, body, product->id, currentStore(), 0);
            if (!op)
                return done(ExitRejected);
            submit(op.value(), done);
        });
    });
}

void TermApp::finish(const QString &kind, const QString &id, const Done &done)
{
    m_api->get(u"/health"_s, [=, this](const ApiReply &health) {
        if (!health.reachedServer()) {
            m_out.error(tr("reservations need the server, which cannot be reached now"));
            return done(ExitRejected);
        }
        auto op = m_store->enqueue(kind, { { u"reservationId"_s, id } });
        if (!op)
            return done(ExitRejected);
        submit(op.value(), done);
    });
}

void TermApp::reservations(const Done &done)
{
    refresh([this, done](bool) {
        QList<QStringList> rows;
        QJsonArray list;
        const qint64 now = m_clock.nowMs();
        for (const Reservation &r : m_store->reservations(currentStore())) {
            const QJsonObject json = r.toJson(now);
            rows << QStringList { r.id,
                                  r.productId,
                                  r.storeId,
                                  QString::number(r.quantity),
                                  r.customerId,
                                  Reservation::statusName(r.status),
                                  QString::number(json.value(u"remainingSeconds"_s).toInt()) };
            list << json;
        }
        m_out.table({ tr("ID"), tr("Product"), tr("Store"), tr("Qty"), tr("Customer"), tr("Status"),
                      tr("Seconds left") },
                    rows, { { u"reservations"_s, list } });
        done(ExitDone);
    });
}

void TermApp::pending(const Done &done)
{
    QList<QStringList> rows;
    QJsonArray list;
    for (const auto &ops : { m_store->queued(), m_store->rejected() }) {
        for (const PendingOperation &op : ops) {
            rows << QStringList { op.key.left(8),
                                  op.kind,
                                  op.body.value(u"productId"_s).toString(),
                                  op.body.value(u"operation"_s).toString(),
                                  QString::number(op.body.value(u"quantity"_s).toInteger()),
                                  op.state == PendingOperation::State::Queued ? tr("queued")
                                                                              : tr("rejected"),
                                  op.reason() };
            list << op.toJson();
        }
    }
    m_out.table({ tr("Key"), tr("Kind"), tr("Product"), tr("Operation"), tr("Qty"), tr("State"),
                  tr("Reason") },
                rows, { { u"operations"_s, list }, { u"queued"_s, m_store->queuedCount() } });
    done(ExitDone);
}

void TermApp::sync(const Done &done)
{
    m_sync->syncOnce([this, done](Status s) {
        if (!s) {
            m_out.error(s.error().message());
            return done(s.error().code() == ErrorCode::Unavailable ? ExitQueuedOffline
                                                                   : ExitRejected);
        }
        const int rejected = int(m_store->rejected().size());
        m_out.document({ { u"lastSeq"_s, m_store->lastSeq() },
                         { u"queued"_s, m_store->queuedCount() },
                         { u"rejected"_s, rejected } },
                       tr("synced: up to event %1, %2 queued, %3 rejected")
                           .arg(m_store->lastSeq())
                           .arg(m_store->queuedCount())
                           .arg(rejected));
        done(ExitDone);
    });
}

void TermApp::watch(const Done &)
{
    connect(m_sync.get(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        m_out.error(tr("[%1]").arg(
            QString::fromLatin1(QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(state)))));
    });
    connect(m_sync.get(), &SyncEngine::eventsApplied, this, [this](const QList<Event> &events) {
        for (const Event &e : events) {
            const QJsonObject data = e.dataObject();
            m_out.document(e.toJson(),
                           tr("%1  #%2 %3 %4 %5 → quantity %6, available %7")
                               .arg(timestamp::format(e.atMs))
                               .arg(e.seq)
                               .arg(e.type, e.productId, e.storeId)
                               .arg(data.value(u"quantity"_s).toInteger())
                               .arg(data.value(u"available"_s).toInteger()));
        }
    });
    m_sync->startLive();
}

} // namespace inventory::term
