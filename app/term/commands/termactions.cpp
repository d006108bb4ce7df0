#include "app/term/commands/termactions.h"

#include "app/term/commands/termreports.h"
#include "app/term/productfinder.h"
#include "app/term/termlog.h"
#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/text/eventlabel.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"

using namespace Qt::StringLiterals;

namespace inventory::term {

TermActions::TermActions(ClientSession &session, TermOutput &out, const TermOptions &options,
                         TermReports &reports, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_options(options)
    , m_reports(reports)
{
}

void TermActions::change(const QString &operation, const QStringList &args, const Done &done)
{
    bool ok = false;
    const qint64 quantity = args.at(1).toLongLong(&ok);
    if (!ok || quantity < (operation == u"count"_s ? 0 : 1)) {
        m_out.error(tr("QTY must be a whole number of units"));
        return done(ExitUsage);
    }
    if (m_session.storeId().isEmpty()) {
        m_out.error(tr("no store: give --store"));
        return done(ExitUsage);
    }
    auto proceed = [=, this] {
        const auto product = ProductFinder(m_session.cache(), m_out).find(args.at(0));
        if (!product)
            return done(ExitRejected);
        if (operation == u"sell"_s)
            submit(m_session.sell(product->id, quantity), done);
        else if (operation == u"receive"_s)
            submit(m_session.receive(product->id, quantity), done);
        else
            submit(m_session.count(product->id, quantity, m_options.expectVersion), done);
    };
    // The catalogue comes with the first sync; an offline terminal uses what it has.
    const auto cached = m_session.cache().product(args.at(0));
    if (cached && cached.value())
        proceed();
    else
        m_reports.refresh([proceed](bool) { proceed(); });
}

void TermActions::reserve(const QStringList &args, const Done &done)
{
    bool ok = false;
    const qint64 quantity = args.at(1).toLongLong(&ok);
    if (!ok || quantity < 1 || m_options.customer.isEmpty()) {
        m_out.error(tr("usage: reserve PRODUCT QTY --customer C [--ttl S]"));
        return done(ExitUsage);
    }
    // Reservations promise stock other channels may promise too: only the server can decide.
    m_session.api().get(u"/health"_s, [=, this](const ApiReply &health) {
        if (!health.reachedServer()) {
            m_out.error(tr("reservations need the server, which cannot be reached now"));
            return done(ExitRejected);
        }
        m_reports.refresh([=, this](bool) {
            const auto product = ProductFinder(m_session.cache(), m_out).find(args.at(0));
            if (!product)
                return done(ExitRejected);
            submit(m_session.reserve(product->id, quantity, m_options.customer, m_options.ttl),
                   done);
        });
    });
}

void TermActions::finish(const QString &kind, const QString &id, const Done &done)
{
    m_session.api().get(u"/health"_s, [=, this](const ApiReply &health) {
        if (!health.reachedServer()) {
            m_out.error(tr("reservations need the server, which cannot be reached now"));
            return done(ExitRejected);
        }
        m_reports.refresh([=, this](bool) {
            submit(kind == u"confirm"_s ? m_session.confirm(id) : m_session.cancel(id), done);
        });
    });
}

void TermActions::submit(const Result<PendingOperation> &queued, const Done &done)
{
    if (!queued) {
        m_out.error(SyncEngine::isOffline(queued.error())
                        ? queued.error().message()
                        : tr("cannot queue the operation: %1").arg(queued.error().message()));
        return done(ExitRejected);
    }
    const PendingOperation op = queued.value();
    m_session.sync().pushQueue([this, op, done](Status s) {
        if (!s) {
            if (SyncEngine::isOffline(s.error())) {
                const auto pending = m_session.cache().queuedCount();
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
            m_out.error(TermOutput::describe(s.error()));
            return done(s.error().code() == ErrorCode::Unauthenticated ? ExitCannotAuthenticate
                                                                       : ExitRejected);
        }
        const auto rejected = m_session.cache().rejected();
        if (!rejected) {
            m_out.error(
                tr("sent, but the profile cannot be read: %1").arg(rejected.error().message()));
            return done(ExitRejected);
        }
        for (const PendingOperation &r : rejected.value()) {
            if (r.key == op.key) {
                reportRejected(r);
                return done(ExitRejected);
            }
        }
        reportDone(op);
        done(ExitDone);
    });
}

void TermActions::reportRejected(const PendingOperation &op)
{
    qCInfo(lcTerm) << "operation" << op.key << "rejected:" << op.status << op.reason();
    m_out.error(tr("rejected by the server: %1")
                    .arg(ErrorText::describe(op.result.value(u"error"_s).toObject())));
    if (m_out.json())
        m_out.document(op.toJson(), {});
}

void TermActions::reportDone(const PendingOperation &op)
{
    LocalCache &cache = m_session.cache();
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
    m_out.document(
        toJson(found),
        tr("done: reservation %1 is %2").arg(id, EventLabel::reservationStatus(found.status)));
}

} // namespace inventory::term
