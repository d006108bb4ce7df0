#include "core/engine/tables/eventlog.h"

#include "core/storage/dbconnection.h"
#include "core/storage/postgres/pgarray.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <utility>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// A hold placed, cancelled or expired moves no unit: it changes what is reserved, which the
// next movement's row shows, but it is not a movement of its own. Leaving it out keeps the
// reservation path (most of the writes a web shop makes) free of an insert into an index
// keyed by product, which cost it dearly (docs/PERFORMANCE.md, "Movements and reservations").
bool movesUnits(const Event &event)
{
    // New levels, and the alert that a row fell below its min, tell of a row's units without
    // moving any.
    if (event.type == QLatin1StringView(eventtype::StockLevels)
        || event.type == QLatin1StringView(eventtype::StockLow))
        return false;
    for (const char *hold : { eventtype::ReservationCreated, eventtype::ReservationCancelled,
                              eventtype::ReservationExpired }) {
        if (event.type == QLatin1StringView(hold))
            return event.delta != 0;
    }
    return true;
}
} // namespace

EventLog::EventLog(DbConnection &connection)
    : m_connection(connection)
{
}

Result<qint64> EventLog::nextSeq()
{
    if (m_seq.last)
        return ++*m_seq.last;
    return takeCounter(
        u"UPDATE counters SET value = value + 1 WHERE name = 'event_seq' RETURNING value"_s);
}

Status EventLog::lockCounter()
{
    auto taken = takeCounter(u"SELECT value FROM counters WHERE name = 'event_seq' FOR UPDATE"_s);
    if (!taken)
        return taken.error();
    return {};
}

Result<qint64> EventLog::takeCounter(const QString &sql)
{
    auto row = m_connection.integerRow(sql, {});
    if (!row)
        return row.error();
    if (!row.value() || row.value()->isEmpty())
        return Error::unavailable(u"event counter row is missing"_s);
    const qint64 seq = row.value()->constFirst();
    m_seq = { seq, seq };
    return seq;
}

Status EventLog::flushSeq()
{
    if (!m_seq.last || *m_seq.last == m_seq.stored)
        return {};
    if (Status s = m_connection.write(u"UPDATE counters SET value = ? WHERE name = 'event_seq'"_s,
                                      { *m_seq.last });
        !s)
        return s;
    m_seq.stored = *m_seq.last;
    return {};
}

Status EventLog::setWrites(Writes writes)
{
    if (writes == Writes::Immediate)
        if (Status s = flush(); !s)
            return s;
    m_writes
        = m_connection.dialect().kind() == SqlDialect::Kind::Postgres ? writes : Writes::Immediate;
    return {};
}

void EventLog::discard()
{
    m_held.clear();
    m_writes = Writes::Immediate;
}

Status EventLog::flush()
{
    if (m_held.isEmpty())
        return {};
    const QList<Event> events = std::exchange(m_held, {});
    return insertAtOnce(events);
}

Status EventLog::insertAtOnce(const QList<Event> &events)
{
    PgArray seq, type, at, store, product, data;
    PgArray mProduct, mStore, mSeq, mAt, mReason, mDelta;
    auto movement = [&](const QString &productId, const QString &storeId, const Event &event,
                        const QString &reason, qint64 delta) {
        mProduct.append(productId);
        mStore.append(storeId);
        mSeq.append(event.seq);
        mAt.append(event.atMs);
        mReason.append(text(reason));
        mDelta.append(delta);
    };
    for (const Event &event : events) {
        seq.append(event.seq);
        type.append(event.type);
        at.append(event.atMs);
        store.appendOrNull(event.storeId);
        product.appendOrNull(event.productId);
        data.append(QString::fromUtf8(event.data.text()));
        if (event.rows.isEmpty()) {
            if (!event.productId.isEmpty() && !event.storeId.isEmpty() && movesUnits(event))
                movement(event.productId, event.storeId, event, event.reason, event.delta);
            continue;
        }
        for (qsizetype i = 0; i < event.rows.size(); ++i)
            movement(event.rows.at(i).productId, event.rows.at(i).storeId, event,
                     event.rowReasons.value(i, event.reason), event.rowDeltas.value(i, 0));
    }
    if (Status s = m_connection.write(
            u"INSERT INTO events (seq, type, at_ms, store_id, product_id, data)"
            " SELECT * FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[],"
            " ?::text[])"_s,
            { seq.literal(), type.literal(), at.literal(), store.literal(), product.literal(),
              data.literal() });
        !s)
        return s;
    if (mSeq.size() == 0)
        return {};
    return m_connection.write(
        u"INSERT INTO movements (product_id, store_id, seq, at_ms, reason, delta)"
        " SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[],"
        " ?::bigint[])"_s,
        { mProduct.literal(), mStore.literal(), mSeq.literal(), mAt.literal(), mReason.literal(),
          mDelta.literal() });
}

Status EventLog::insert(const Event &event)
{
    if (m_writes == Writes::Deferred) {
        m_held.append(event);
        return {};
    }
    if (Status s
        = m_connection.write(u"INSERT INTO events (seq, type, at_ms, store_id, product_id, data)"
                             " VALUES (?, ?, ?, ?, ?, ?)"_s,
                             { event.seq, event.type, event.atMs,
                               event.storeId.isEmpty() ? QVariant() : QVariant(event.storeId),
                               event.productId.isEmpty() ? QVariant() : QVariant(event.productId),
                               QString::fromUtf8(event.data.text()) });
        !s)
        return s;
    return insertMovements(event);
}

Status EventLog::insertMovements(const Event &event)
{
    const QString sql = u"INSERT INTO movements (product_id, store_id, seq, at_ms, reason, delta)"
                        " VALUES (?, ?, ?, ?, ?, ?)"_s;
    if (event.rows.isEmpty()) {
        if (event.productId.isEmpty() || event.storeId.isEmpty() || !movesUnits(event))
            return {};
        return m_connection.write(sql,
                                  { event.productId, event.storeId, event.seq, event.atMs,
                                    text(event.reason), event.delta });
    }
    for (qsizetype i = 0; i < event.rows.size(); ++i) {
        const StockRow &row = event.rows.at(i);
        if (Status s = m_connection.write(sql,
                                          { row.productId, row.storeId, event.seq, event.atMs,
                                            text(event.rowReasons.value(i, event.reason)),
                                            event.rowDeltas.value(i, 0) });
            !s)
            return s;
    }
    return {};
}

Result<Event> EventLog::append(Event event)
{
    auto seq = nextSeq();
    if (!seq)
        return seq.error();
    event.seq = seq.value();
    if (Status s = insert(event); !s)
        return s.error();
    return event;
}

Result<QList<Event>> EventLog::since(qint64 afterSeq, int limit, const QString &storeId)
{
    const QString columns = u"SELECT seq, type, at_ms, store_id, product_id, data FROM events"_s;
    auto ran = storeId.isEmpty()
        ? m_connection.run(columns + u" WHERE seq > ? ORDER BY seq LIMIT ?"_s, { afterSeq, limit })
        : m_connection.run(columns
                               + u" WHERE seq > ? AND (store_id = ? OR store_id IS NULL)"
                                 " ORDER BY seq LIMIT ?"_s,
                           { afterSeq, storeId, limit });
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<Event> events;
    while (query->next()) {
        events.append({ query->value(0).toLongLong(), query->value(1).toString(),
                        query->value(2).toLongLong(), query->value(3).toString(),
                        query->value(4).toString(),
                        JsonBody::fromText(query->value(5).toString().toUtf8()) });
    }
    if (Status s = m_connection.endOfRows(*query); !s)
        return s.error();
    query->finish();
    return events;
}

Result<qint64> EventLog::lastSeq()
{
    auto ran = m_connection.run(u"SELECT value FROM counters WHERE name = 'event_seq'"_s);
    if (!ran)
        return ran.error();
    if (!ran.value()->next()) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
        return Error::unavailable(u"event counter row is missing"_s);
    }
    const qint64 seq = ran.value()->value(0).toLongLong();
    ran.value()->finish();
    return seq;
}

} // namespace inventory
