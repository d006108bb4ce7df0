#include "core/client/counts/countdesk.h"

#include "core/client/clientsession.h"
#include "core/client/tickets/ticketdesk.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
QString path(const QString &countId, const QString &verb = {})
{
    const QString p = u"/api/v1/counts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(countId));
    return verb.isEmpty() ? p : p + u'/' + verb;
}

void answer(const ApiReply &reply, const CountDesk::Done &done)
{
    if (reply.ok())
        return done(reply.body);
    done(reply.failure());
}
} // namespace

CountDesk::CountDesk(ClientSession &session)
    : m_session(session)
{
}

void CountDesk::open(const QString &storeId, const Scope &scope, Done done)
{
    auto id = TicketDesk(m_session).nextId(u"C"_s);
    if (!id)
        return done(id.error());
    QJsonObject body { { u"countId"_s, id.value() }, { u"storeId"_s, storeId } };
    switch (scope.scope) {
    case CountScope::List:
        body.insert(u"productIds"_s, QJsonArray::fromStringList(scope.productIds));
        break;
    case CountScope::Category:
        body.insert(u"category"_s, scope.category);
        break;
    case CountScope::Random:
        body.insert(u"random"_s, scope.random);
        break;
    case CountScope::Full:
    case CountScope::Shelf:
        body.insert(u"scope"_s, CountSession::scopeName(scope.scope));
        break;
    }
    if (scope.visibility == CountVisibility::Blind)
        body.insert(u"blind"_s, true);
    m_session.api().send("POST", u"/api/v1/counts"_s, body, id.value(),
                         [done](const ApiReply &reply) { answer(reply, done); });
}

void CountDesk::list(const QString &storeId, const QString &status, Done done)
{
    QString query = u"/api/v1/counts?limit=200&storeId="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(storeId));
    if (!status.isEmpty())
        query += u"&status="_s + status;
    m_session.api().get(query, [done](const ApiReply &reply) { answer(reply, done); });
}

void CountDesk::fetch(const QString &countId, Done done)
{
    m_session.api().get(path(countId), [done](const ApiReply &reply) { answer(reply, done); });
}

void CountDesk::enter(const QString &countId, const QString &productId, qint64 counted, Done done)
{
    auto till = TicketDesk(m_session).tillId();
    if (!till)
        return done(till.error());
    const QJsonObject body { { u"productId"_s, productId },
                             { u"counted"_s, counted },
                             { u"device"_s, till.value() } };
    ClientSession &session = m_session;
    // The same key online and in the queue: an entry that reached the server before its
    // answer was lost is answered again from the queue.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto queue = [&session, countId, body, key]() -> Result<QJsonObject> {
        QJsonObject queued = body;
        queued.insert(u"countId"_s, countId);
        auto op = session.cache().enqueue(u"countEntry"_s, queued, {}, session.storeId(), 0, key);
        if (!op)
            return op.error();
        session.notifyQueued(op.value());
        QJsonObject answer = queued;
        answer.insert(u"queued"_s, true);
        return answer;
    };
    if (!session.online())
        return done(queue());
    session.api().send("POST", path(countId, u"entries"_s), body, key,
                       [&session, queue, done](const ApiReply &reply) {
                           session.sync().noteReach(reply.reachedServer());
                           if (!reply.reachedServer() || reply.status == 503)
                               return done(queue());
                           answer(reply, done);
                       });
}

void CountDesk::review(const QString &countId, Done done)
{
    post(countId, u"review"_s, {}, done);
}

void CountDesk::apply(const QString &countId, UncountedProducts uncounted, Done done)
{
    post(countId, u"apply"_s,
         uncounted == UncountedProducts::Zeroed ? QJsonObject { { u"zeroUncounted"_s, true } }
                                                : QJsonObject {},
         done);
}

void CountDesk::cancel(const QString &countId, Done done)
{
    post(countId, u"cancel"_s, {}, done);
}

void CountDesk::post(const QString &countId, const QString &verb, const QJsonObject &body,
                     Done done)
{
    m_session.api().send("POST", path(countId, verb), body,
                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                         [done](const ApiReply &reply) { answer(reply, done); });
}

} // namespace inventory
