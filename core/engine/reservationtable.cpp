#include "core/engine/reservationtable.h"

#include "core/storage/dbconnection.h"

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

Result<std::optional<Reservation>> ReservationTable::load(const QString &id)
{
    auto ran = m_connection.run(selectColumns() + u" WHERE id = ?"_s, { id });
    if (!ran)
        return ran.error();
    QSqlQuery *q = ran.value();
    if (!q->next())
        return std::optional<Reservation>();
    const Reservation r = from(*q);
    q->finish();
    return std::optional<Reservation>(r);
}

Status ReservationTable::insert(const Reservation &r)
{
    return m_connection.write(u"INSERT INTO reservations (id, product_id, store_id, quantity,"
                              " customer_id, status, created_at_ms, expires_at_ms, event_seq,"
                              " at_risk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              { r.id, r.productId, r.storeId, r.quantity, r.customerId,
                                Reservation::statusName(r.status), r.createdAtMs, r.expiresAtMs,
                                r.eventSeq, r.atRisk ? 1 : 0 });
}

Status ReservationTable::update(const Reservation &r)
{
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
    ran.value()->finish();
    return list;
}

} // namespace inventory
