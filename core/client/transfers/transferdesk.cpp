#include "core/client/transfers/transferdesk.h"

#include "core/client/clientsession.h"
#include "core/client/tickets/ticketdesk.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
QString path(const QString &transferId, const QString &verb = {})
{
    const QString p
        = u"/api/v1/transfers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(transferId));
    return verb.isEmpty() ? p : p + u'/' + verb;
}

// Each line as {"productId","quantity"} (and "damaged" on a receipt), quantity taken from the
// member the verb means.
QJsonArray linesJson(const QList<TransferLine> &lines, qint64 TransferLine::*quantity,
                     bool withDamaged)
{
    QJsonArray array;
    for (const TransferLine &line : lines) {
        QJsonObject json { { u"productId"_s, line.productId }, { u"quantity"_s, line.*quantity } };
        if (withDamaged && line.damaged > 0)
            json.insert(u"damaged"_s, line.damaged);
        array.append(json);
    }
    return array;
}

void answer(const ApiReply &reply, const TransferDesk::Done &done)
{
    if (reply.ok())
        return done(reply.body);
    done(reply.failure());
}
} // namespace

TransferDesk::TransferDesk(ClientSession &session)
    : m_session(session)
{
}

void TransferDesk::request(const QString &fromStoreId, const QString &toStoreId,
                           const QList<TransferLine> &lines, const QString &note, Done done)
{
    // The till mints the id, as for tickets: a resend after a lost reply is the same transfer.
    auto id = TicketDesk(m_session).nextId(u"X"_s);
    if (!id)
        return done(id.error());
    QJsonObject body { { u"transferId"_s, id.value() },
                       { u"fromStoreId"_s, fromStoreId },
                       { u"toStoreId"_s, toStoreId },
                       { u"lines"_s, linesJson(lines, &TransferLine::requested, false) } };
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    m_session.api().send("POST", u"/api/v1/transfers"_s, body, id.value(),
                         [done](const ApiReply &reply) { answer(reply, done); });
}

void TransferDesk::post(const QString &transferId, const QString &verb, const QJsonObject &body,
                        Done done)
{
    m_session.api().send("POST", path(transferId, verb), body,
                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                         [done](const ApiReply &reply) { answer(reply, done); });
}

void TransferDesk::ship(const QString &transferId, const QList<TransferLine> &lines, Done done)
{
    QJsonObject body;
    if (!lines.isEmpty())
        body.insert(u"lines"_s, linesJson(lines, &TransferLine::shipped, false));
    post(transferId, u"ship"_s, body, done);
}

void TransferDesk::receive(const QString &transferId, const QList<TransferLine> &lines, Done done)
{
    const QJsonObject body { { u"lines"_s, linesJson(lines, &TransferLine::received, true) } };
    ClientSession &session = m_session;
    // The same key online and in the queue: a receipt that reached the server before its
    // answer was lost is answered again from the queue, not received twice.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto queue = [&session, transferId, body, key]() -> Result<QJsonObject> {
        QJsonObject queued = body;
        queued.insert(u"transferId"_s, transferId);
        auto op
            = session.cache().enqueue(u"transferReceive"_s, queued, {}, session.storeId(), 0, key);
        if (!op)
            return op.error();
        session.notifyQueued(op.value());
        return QJsonObject { { u"queued"_s, true }, { u"transferId"_s, transferId } };
    };
    if (!session.online())
        return done(queue());
    session.api().send("POST", path(transferId, u"receive"_s), body, key,
                       [&session, queue, done](const ApiReply &reply) {
                           session.sync().noteReach(reply.reachedServer());
                           if (!reply.reachedServer() || reply.status == 503)
                               return done(queue());
                           answer(reply, done);
                       });
}

void TransferDesk::close(const QString &transferId, const QString &note, Done done)
{
    post(transferId, u"close"_s,
         note.isEmpty() ? QJsonObject {} : QJsonObject { { u"note"_s, note } }, done);
}

void TransferDesk::cancel(const QString &transferId, const QString &note, Done done)
{
    post(transferId, u"cancel"_s,
         note.isEmpty() ? QJsonObject {} : QJsonObject { { u"note"_s, note } }, done);
}

void TransferDesk::list(const QString &storeId, const QString &status, Done done)
{
    QString query = u"/api/v1/transfers?limit=200&storeId="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(storeId));
    if (!status.isEmpty())
        query += u"&status="_s + status;
    m_session.api().get(query, [done](const ApiReply &reply) { answer(reply, done); });
}

void TransferDesk::fetch(const QString &transferId, Done done)
{
    m_session.api().get(path(transferId), [done](const ApiReply &reply) { answer(reply, done); });
}

} // namespace inventory
