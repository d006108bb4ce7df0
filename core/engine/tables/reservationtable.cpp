#include "core/engine/tables/reservationtable.h"

#include "core/storage/dbconnection.h"
#include "core/storage/postgres/pgarray.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

ReservationTable::ReservationTable(DbConnection &connection)
    : m_connection(connection)
{
}

QString ReservationTable::selectColumns()
{
    return u"SELECT id, product_id, store_id, quantity, customer_id, status, created_at_ms,"
           " expires_at_ms, event_seq, at_risk FROM reservations"_s;
}

Reservation ReservationTable::from(const QSqlQuery &q)
{
    Reservation r {
        q.value(0).toString(),
        q.value(1).toString(),
        q.value(2).toString(),
        q.value(3).toLongLong(),
        q.value(4).toString(),
        Reservation::statusFromName(q.value(5).toString()).value_or(ReservationStatus::Pending),
        q.value(6).toLongLong(),
        q.value(7).toLongLong(),
        q.value(8).toLongLong()
    };
    r.atRisk = q.value(9).toInt() != 0;
    return r;
}

Status ReservationTable::setWrites(Writes writes)
{
    if (writes == Writes::Immediate) {
        if (Status s = flush(); !s)
            return s;
        m_kept.clear();
    }
    m_writes
        = m_connection.dialect().kind() == SqlDialect::Kind::Postgres ? writes : Writes::Immediate;
    return {};
}

void ReservationTable::discard()
{
    m_kept.clear();
    m_inserted.clear();
    m_updated.clear();
    m_writes = Writes::Immediate;
}

Status ReservationTable::flush()
{
    if (!m_inserted.isEmpty()) {
        PgArray id, product, store, quantity, customer, status, created, expires, seq, atRisk;
        for (const QString &key : std::as_const(m_inserted)) {
            // The kept value itself: value() would return a copy that dies with this line.
            const Reservation &r = **m_kept.constFind(key);
            id.append(r.id);
            product.append(r.productId);
            store.append(r.storeId);
            quantity.append(r.quantity);
            customer.append(text(r.customerId));
            status.append(Reservation::statusName(r.status));
            created.append(r.createdAtMs);
            expires.append(r.expiresAtMs);
            seq.append(r.eventSeq);
            atRisk.append(qint64(r.atRisk ? 1 : 0));
        }
        if (Status s = m_connection.write(
                u"INSERT INTO reservations (id, product_id, store_id, quantity, customer_id,"
                " status, created_at_ms, expires_at_ms, event_seq, at_risk) SELECT * FROM"
                " unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[],"
                " ?::bigint[], ?::bigint[], ?::bigint[], ?::integer[])"_s,
                { id.literal(), product.literal(), store.literal(), quantity.literal(),
                  customer.literal(), status.literal(), created.literal(), expires.literal(),
                  seq.literal(), atRisk.literal() });
            !s)
            return s;
        m_inserted.clear();
    }
    if (!m_updated.isEmpty()) {
        PgArray id, status, seq, atRisk;
        for (const QString &key : std::as_const(m_updated)) {
            // The kept value itself: value() would return a copy that dies with this line.
            const Reservation &r = **m_kept.constFind(key);
            id.append(r.id);
            status.append(Reservation::statusName(r.status));
            seq.append(r.eventSeq);
            atRisk.append(qint64(r.atRisk ? 1 : 0));
        }
        if (Status s = m_connection.write(
                u"UPDATE reservations AS r SET status = u.status, event_seq = u.event_seq,"
                " at_risk = u.at_risk FROM unnest(?::text[], ?::text[], ?::bigint[],"
                " ?::integer[]) AS u(id, status, event_seq, at_risk) WHERE r.id = u.id"_s,
                { id.literal(), status.literal(), seq.literal(), atRisk.literal() });
            !s)
            return s;
        m_updated.clear();
    }
    return {};
}

Status ReservationTable::prefetch(QStringList ids)
{
    if (m_writes != Writes::Deferred)
        return {};
    ids.sort();
    ids.removeDuplicates();
    PgArray wanted;
    for (const QString &id : std::as_const(ids)) {
        if (!m_kept.contains(id)) {
            wanted.append(id);
            m_kept.insert(id, std::nullopt);
        }
    }
    if (wanted.size() == 0)
        return {};
    return m_connection.forEachRow(selectColumns()
                                       + u" WHERE id = ANY(?::text[]) ORDER BY id FOR UPDATE"_s,
                                   { wanted.literal() }, [this](const QSqlQuery &q) {
                                       const Reservation r = from(q);
                                       m_kept.insert(r.id, r);
                                   });
}

QList<std::pair<QString, QString>> ReservationTable::keptRows() const
{
    QList<std::pair<QString, QString>> rows;
    for (const std::optional<Reservation> &r : m_kept) {
        if (r)
            rows.append({ r->productId, r->storeId });
    }
    return rows;
}

Result<QStringList> ReservationTable::due(qint64 nowMs)
{
    QStringList ids;
    const bool keep = m_writes == Writes::Deferred;
    const QString sql = keep ? selectColumns()
            + u" WHERE status = 'PENDING' AND expires_at_ms <= ?"
              " ORDER BY expires_at_ms, id FOR UPDATE"_s
                             : u"SELECT id FROM reservations WHERE status = 'PENDING'"
                               " AND expires_at_ms <= ? ORDER BY expires_at_ms, id"_s;
    if (Status s = m_connection.forEachRow(sql, { nowMs },
                                           [&](const QSqlQuery &q) {
                                               if (!keep) {
                                                   ids.append(q.value(0).toString());
                                                   return;
                                               }
                                               const Reservation r = from(q);
                                               ids.append(r.id);
                                               m_kept.insert(r.id, r);
                                           });
        !s)
        return s.error();
    return ids;
}

Result<std::optional<Reservation>> ReservationTable::load(const QString &id)
{
    if (m_writes != Writes::Deferred)
        return select(id);
    if (const auto kept = m_kept.constFind(id); kept != m_kept.cend())
        return *kept;
    auto loaded = select(id);
    if (loaded)
        m_kept.insert(id, loaded.value());
    return loaded;
}

Result<bool> ReservationTable::claim(const Reservation &reservation, ReservationStatus status)
{
    if (m_writes == Writes::Deferred) {
        const auto kept = m_kept.constFind(reservation.id);
        if (kept != m_kept.cend() && *kept)
            return kept->value().status == ReservationStatus::Pending;
    }
    auto claimed = m_connection.writeCounted(
        u"UPDATE reservations SET status = ? WHERE id = ? AND status = 'PENDING'"_s,
        { Reservation::statusName(status), reservation.id });
    if (!claimed)
        return claimed.error();
    return claimed.value() == 1;
}

Result<std::optional<Reservation>> ReservationTable::select(const QString &id)
{
    const bool lock = m_writes == Writes::Deferred;
    auto ran = m_connection.run(
        selectColumns() + (lock ? u" WHERE id = ? FOR UPDATE"_s : u" WHERE id = ?"_s), { id });
    if (!ran)
        return ran.error();
    QSqlQuery *q = ran.value();
    if (!q->next()) {
        if (Status s = m_connection.endOfRows(*q); !s)
            return s.error();
        return std::optional<Reservation>();
    }
    const Reservation r = from(*q);
    q->finish();
    return std::optional<Reservation>(r);
}

Status ReservationTable::insert(const Reservation &r)
{
    if (m_writes == Writes::Deferred) {
        m_kept.insert(r.id, r);
        m_inserted.insert(r.id);
        return {};
    }
    return m_connection.write(u"INSERT INTO reservations (id, product_id, store_id, quantity,"
                              " customer_id, status, created_at_ms, expires_at_ms, event_seq,"
                              " at_risk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              { r.id, r.productId, r.storeId, r.quantity, r.customerId,
                                Reservation::statusName(r.status), r.createdAtMs, r.expiresAtMs,
                                r.eventSeq, r.atRisk ? 1 : 0 });
}

Status ReservationTable::update(const Reservation &r)
{
    if (m_writes == Writes::Deferred) {
        m_kept.insert(r.id, r);
        if (!m_inserted.contains(r.id))
            m_updated.insert(r.id);
        return {};
    }
    return m_connection.write(
        u"UPDATE reservations SET status = ?, event_seq = ?, at_risk = ? WHERE id = ?"_s,
        { Reservation::statusName(r.status), r.eventSeq, r.atRisk ? 1 : 0, r.id });
}

Result<QList<Reservation>> ReservationTable::pending(const QString &productId,
                                                     const QString &storeId, Held which)
{
    // Through the index of PENDING reservations: the live ones, never the whole history. Only
    // offline sales beyond the books and their resolutions ask, so a walk of that index is
    // cheaper than another index that every reservation would have to keep up.
    const bool sqlite = m_connection.dialect().kind() == SqlDialect::Kind::Sqlite;
    const QString sql = u"SELECT id, product_id, store_id, quantity, customer_id, status,"
                        " created_at_ms, expires_at_ms, event_seq, at_risk FROM reservations%1"
                        " WHERE status = 'PENDING' AND product_id = ? AND store_id = ?"
                        " AND at_risk = ? ORDER BY created_at_ms %2, id %2"_s.arg(
                            sqlite ? u" INDEXED BY reservations_due"_s : QString(),
                            which == Held::CoveredNewestFirst ? u"DESC"_s : u"ASC"_s);
    auto ran
        = m_connection.run(sql, { productId, storeId, which == Held::AtRiskOldestFirst ? 1 : 0 });
    if (!ran)
        return ran.error();
    QList<Reservation> list;
    while (ran.value()->next())
        list.append(from(*ran.value()));
    if (Status s = m_connection.endOfRows(*ran.value()); !s)
        return s.error();
    ran.value()->finish();
    return list;
}

} // namespace inventory
