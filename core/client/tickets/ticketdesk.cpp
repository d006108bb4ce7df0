#include "core/client/tickets/ticketdesk.h"

#include "core/client/clientlog.h"
#include "core/client/clientsession.h"
#include "core/client/tickets/localtickets.h"
#include "core/client/tickets/offlinetickets.h"
#include "core/domain/timestamp.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
ApiClient::Done answer(TicketDesk::Done done)
{
    return [done](const ApiReply &reply) {
        if (reply.ok())
            return done(reply.body);
        if (!reply.reachedServer())
            return done(Error::unavailable(
                TicketDesk::tr("the list of tickets needs the server, which cannot be reached "
                               "now")));
        done(reply.failure());
    };
}
} // namespace

TicketDesk::TicketDesk(ClientSession &session)
    : m_session(session)
{
}

Result<QString> TicketDesk::tillId()
{
    LocalCache &cache = m_session.cache();
    auto id = cache.meta(u"tillId"_s);
    if (!id)
        return id.error();
    if (!id->isEmpty())
        return id.value();
    // Four characters a person can read out, distinct enough between the tills of a store.
    const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString made;
    for (int i = 0; i < 4; ++i)
        made += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    if (Status s = cache.setMeta(u"tillId"_s, made); !s)
        return s.error();
    return made;
}

Result<QString> TicketDesk::nextId(const QString &kind)
{
    auto till = tillId();
    if (!till)
        return till.error();
    LocalCache &cache = m_session.cache();
    const QString counter = u"next%1:%2"_s.arg(kind, m_session.storeId());
    // Read and bumped in one write transaction: two processes on one profile never get the
    // same number.
    if (Status s = cache.connection().beginWrite(); !s)
        return s.error();
    auto last = cache.meta(counter);
    if (!last) {
        cache.connection().rollback();
        return last.error();
    }
    const qint64 next = last->toLongLong() + 1;
    if (Status s = cache.setMeta(counter, QString::number(next)); !s) {
        cache.connection().rollback();
        return s.error();
    }
    if (Status s = cache.connection().commit(); !s) {
        cache.connection().rollback();
        return s.error();
    }
    return u"%1-%2-%3-%4"_s.arg(m_session.storeId(), till.value(), kind)
        .arg(next, 6, 10, QLatin1Char('0'));
}

bool TicketDesk::offline() const
{
    return m_session.sync().serverOutOfReach();
}

std::optional<QJsonObject> TicketDesk::localCopy(const QString &ticketId)
{
    const auto found = LocalTickets(m_session.cache().connection()).find(ticketId);
    if (!found) {
        qCWarning(lcClient) << "cannot read this till's copy of" << ticketId << ':'
                            << found.error().message();
        return std::nullopt;
    }
    if (!found.value())
        return std::nullopt;
    QJsonObject copy = *found.value();
    copy.insert(u"localCopy"_s, true);
    return copy;
}

void TicketDesk::charge(const QList<TicketLine> &lines, const QString &paymentMethod, Done done)
{
    auto id = nextId(u"T"_s);
    if (!id)
        return done(id.error());
    QJsonArray array;
    for (const TicketLine &line : lines)
        array.append(
            QJsonObject { { u"productId"_s, line.productId }, { u"quantity"_s, line.quantity } });
    QJsonObject body { { u"ticketId"_s, id.value() },
                       { u"storeId"_s, m_session.storeId() },
                       { u"lines"_s, array } };
    if (!paymentMethod.isEmpty())
        body.insert(u"payment"_s, QJsonObject { { u"method"_s, paymentMethod } });
    // Offline, the customer is not kept waiting for the server's timeouts.
    if (offline())
        return done(OfflineTickets(m_session).queueTicket(body));
    ClientSession &session = m_session;
    session.api().send("POST", u"/api/v1/tickets"_s, body, id.value(),
                       [&session, body, done](const ApiReply &reply) {
                           session.sync().noteReach(reply.reachedServer());
                           if (reply.ok()) {
                               if (Status kept
                                   = LocalTickets(session.cache().connection()).keep(reply.body);
                                   !kept)
                                   qCWarning(lcClient) << "the ticket's copy could not be kept:"
                                                       << kept.error().message();
                               return done(reply.body);
                           }
                           // Unreachable, or unable to write (503: nothing was done). The same id
                           // and lines again, from the queue: a ticket that did reach the server
                           // before its answer was lost is recognised there by its lines and not
                           // sold twice (SyncEngine::reconcileTicket).
                           if (!reply.reachedServer() || reply.status == 503)
                               return done(OfflineTickets(session).queueTicket(body));
                           done(reply.failure());
                       });
}

void TicketDesk::takeBack(const QString &ticketId, const QList<TicketLine> &lines, Done done)
{
    auto id = nextId(u"R"_s);
    if (!id)
        return done(id.error());
    QJsonArray array;
    for (const TicketLine &line : lines)
        array.append(QJsonObject { { u"productId"_s, line.productId },
                                   { u"quantity"_s, line.quantity },
                                   { u"disposition"_s, line.disposition } });
    const QJsonObject body { { u"returnId"_s, id.value() },
                             { u"storeId"_s, m_session.storeId() },
                             { u"lines"_s, array } };
    if (offline())
        return done(OfflineTickets(m_session).queueReturn(ticketId, body));
    ClientSession &session = m_session;
    const std::optional<QJsonObject> copy = localCopy(ticketId);
    session.api().send(
        "POST",
        u"/api/v1/tickets/%1/returns"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(ticketId))),
        body, id.value(), [&session, ticketId, body, copy, done](const ApiReply &reply) {
            session.sync().noteReach(reply.reachedServer());
            if (reply.ok()) {
                if (Status kept = LocalTickets(session.cache().connection()).absorb(reply.body);
                    !kept)
                    qCWarning(lcClient)
                        << "the ticket's copy could not be updated:" << kept.error().message();
                return done(reply.body);
            }
            // Unreachable, or a ticket sold here offline that the server does not have yet:
            // the return waits in the queue behind it.
            const bool unsynced = reply.error && reply.error->code() == ErrorCode::NotFound && copy
                && copy->value(u"queued"_s).toBool();
            if (!reply.reachedServer() || reply.status == 503 || unsynced)
                return done(OfflineTickets(session).queueReturn(ticketId, body));
            done(reply.failure());
        });
}

void TicketDesk::fetch(const QString &ticketId, Done done)
{
    const std::optional<QJsonObject> copy = localCopy(ticketId);
    if (copy && offline())
        return done(*copy);
    m_session.api().get(
        u"/api/v1/tickets/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ticketId)),
        [ticketId, copy, done](const ApiReply &reply) {
            if (reply.ok())
                return done(reply.body);
            const bool unsynced = reply.error && reply.error->code() == ErrorCode::NotFound && copy
                && copy->value(u"queued"_s).toBool();
            if ((!reply.reachedServer() || unsynced) && copy)
                return done(*copy);
            if (!reply.reachedServer())
                return done(Error::unavailable(
                    TicketDesk::tr("ticket %1 was not sold at this till, and the server, which "
                                   "knows every other ticket, cannot be reached now")
                        .arg(ticketId)));
            done(reply.failure());
        });
}

void TicketDesk::list(qint64 fromMs, int limit, Done done)
{
    QString query = u"/api/v1/tickets?storeId=%1&limit=%2"_s.arg(m_session.storeId()).arg(limit);
    if (fromMs > 0)
        query += u"&from="_s + timestamp::format(fromMs);
    m_session.api().get(query, answer(std::move(done)));
}

} // namespace inventory
