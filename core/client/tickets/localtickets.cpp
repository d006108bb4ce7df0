#include "core/client/tickets/localtickets.h"

#include "core/domain/timestamp.h"
#include "core/storage/dbconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr qint64 kPruneEveryMs = 6 * 3600 * 1000;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

QString keyOf(const QString &ticketId)
{
    return u"ticket:"_s + ticketId;
}

// Adds units to the "returned" of the copy's lines; with `atLeast`, takes the larger of the
// two counts instead (an answer that already holds everything counted so far).
void countOn(QJsonObject &copy, const QHash<QString, qint64> &units, bool atLeast)
{
    QJsonArray lines = copy.value(u"lines"_s).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        const QString productId = line.value(u"productId"_s).toString();
        if (!units.contains(productId))
            continue;
        const qint64 had = line.value(u"returned"_s).toInteger();
        const qint64 more = units.value(productId);
        line.insert(u"returned"_s, atLeast ? qMax(had, more) : had + more);
        lines.replace(i, line);
    }
    copy.insert(u"lines"_s, lines);
}

void addReturnId(QJsonObject &copy, const QString &returnId)
{
    QJsonArray ids = copy.value(u"returnIds"_s).toArray();
    if (!ids.contains(returnId))
        ids.append(returnId);
    copy.insert(u"returnIds"_s, ids);
}
} // namespace

LocalTickets::LocalTickets(DbConnection &db)
    : m_db(db)
{
}

Result<std::optional<QJsonObject>> LocalTickets::find(const QString &ticketId)
{
    auto ran = m_db.run(u"SELECT value FROM meta WHERE key = ?"_s, { keyOf(ticketId) });
    if (!ran)
        return ran.error();
    QSqlQuery &query = *ran.value();
    std::optional<QJsonObject> found;
    if (query.next())
        found = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    else if (Status s = m_db.endOfRows(query); !s)
        return s.error();
    query.finish();
    return found;
}

Status LocalTickets::keep(const QJsonObject &ticket)
{
    const QString id = ticket.value(u"ticketId"_s).toString();
    if (id.isEmpty())
        return Error::validation(u"ticketId"_s, u"a kept ticket needs its id"_s);
    if (Status s = m_db.write(
            u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
            { keyOf(id), QString::fromUtf8(QJsonDocument(ticket).toJson(QJsonDocument::Compact)) });
        !s)
        return s;
    return prune();
}

Status LocalTickets::prune()
{
    auto ran = m_db.run(u"SELECT value FROM meta WHERE key = 'ticketsPrunedMs'"_s);
    if (!ran)
        return ran.error();
    const bool found = ran.value()->next();
    if (!found) {
        if (Status s = m_db.endOfRows(*ran.value()); !s)
            return s;
    }
    const qint64 last = found ? ran.value()->value(0).toLongLong() : 0;
    ran.value()->finish();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - last < kPruneEveryMs)
        return {};
    // RFC 3339 times in UTC with milliseconds sort as text in time order.
    if (Status s = m_db.write(u"DELETE FROM meta WHERE key >= 'ticket:' AND key < 'ticket;'"
                              " AND json_extract(value, '$.soldAt') < ?"_s,
                              { timestamp::format(now - KeptDays * kDayMs) });
        !s)
        return s;
    return m_db.write(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('ticketsPrunedMs', ?)"_s,
                      { QString::number(now) });
}

Status LocalTickets::absorb(const QJsonObject &answer)
{
    const QString ticketId = answer.value(u"ticketId"_s).toString();
    if (ticketId.isEmpty() || !answer.value(u"lines"_s).isArray())
        return {};
    auto found = find(ticketId);
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    const QJsonObject old = *found.value();
    QHash<QString, qint64> returned;
    for (const QJsonValue &line : old.value(u"lines"_s).toArray())
        returned.insert(line[u"productId"_s].toString(), line[u"returned"_s].toInteger());
    QJsonObject copy = old;
    const QString returnId = answer.value(u"returnId"_s).toString();
    if (returnId.isEmpty()) {
        // The ticket as the server recorded it: everything but what came back since.
        copy = answer;
        copy.insert(u"returnIds"_s, old.value(u"returnIds"_s));
        copy.remove(u"queued"_s);
    } else {
        addReturnId(copy, returnId);
    }
    // Units come back and never leave again: the larger count is the one that holds every
    // return made so far (one counted here may not have reached the server yet).
    for (const QJsonValue &line : answer.value(u"lines"_s).toArray()) {
        const QString productId = line[u"productId"_s].toString();
        returned.insert(productId,
                        qMax(returned.value(productId), line[u"returned"_s].toInteger()));
    }
    countOn(copy, returned, true);
    copy.insert(u"asOfSeq"_s,
                qMax(old.value(u"asOfSeq"_s).toInteger(), answer.value(u"eventSeq"_s).toInteger()));
    return keep(copy);
}

Status LocalTickets::countReturn(const QString &ticketId, const QString &returnId,
                                 const QList<TicketLine> &lines)
{
    auto found = find(ticketId);
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    QJsonObject copy = *found.value();
    if (copy.value(u"returnIds"_s).toArray().contains(returnId))
        return {};
    QHash<QString, qint64> units;
    for (const TicketLine &line : lines)
        units[line.productId] += line.quantity;
    countOn(copy, units, false);
    addReturnId(copy, returnId);
    return keep(copy);
}

Status LocalTickets::applyEvent(const Event &event)
{
    if (event.type != QLatin1StringView(eventtype::TicketReturned))
        return {};
    const QJsonObject data = event.data.object();
    const QString ticketId = data.value(u"ticketId"_s).toString();
    auto found = find(ticketId);
    if (!found)
        return found.error();
    if (!found.value() || event.seq <= found.value()->value(u"asOfSeq"_s).toInteger())
        return {};
    QList<TicketLine> lines;
    for (const QJsonValue &line : data.value(u"lines"_s).toArray())
        lines.append(
            { line[u"productId"_s].toString(), line[u"quantity"_s].toInteger(), {}, {}, 0 });
    return countReturn(ticketId, data.value(u"returnId"_s).toString(), lines);
}

qint64 LocalTickets::returnable(const QJsonObject &ticket, const QString &productId)
{
    for (const QJsonValue &line : ticket.value(u"lines"_s).toArray()) {
        if (line[u"productId"_s].toString() == productId)
            return qMax<qint64>(0,
                                line[u"quantity"_s].toInteger() - line[u"returned"_s].toInteger());
    }
    return 0;
}

} // namespace inventory
