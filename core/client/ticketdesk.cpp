#include "core/client/ticketdesk.h"

#include "core/client/clientsession.h"
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
                TicketDesk::tr("tickets need the server, which cannot be reached now")));
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

void TicketDesk::post(const QString &path, const QJsonObject &body, const QString &key, Done done)
{
    m_session.api().send("POST", path, body, key, answer(std::move(done)));
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
    post(u"/api/v1/tickets"_s, body, id.value(), std::move(done));
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
    post(
        u"/api/v1/tickets/%1/returns"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(ticketId))),
        { { u"returnId"_s, id.value() },
          { u"storeId"_s, m_session.storeId() },
          { u"lines"_s, array } },
        id.value(), std::move(done));
}

void TicketDesk::fetch(const QString &ticketId, Done done)
{
    m_session.api().get(u"/api/v1/tickets/"_s
                            + QString::fromLatin1(QUrl::toPercentEncoding(ticketId)),
                        answer(std::move(done)));
}

void TicketDesk::list(qint64 fromMs, int limit, Done done)
{
    QString query = u"/api/v1/tickets?storeId=%1&limit=%2"_s.arg(m_session.storeId()).arg(limit);
    if (fromMs > 0)
        query += u"&from="_s + timestamp::format(fromMs);
    m_session.api().get(query, answer(std::move(done)));
}

} // namespace inventory
