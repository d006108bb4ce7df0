#include "core/client/tickets/cachedreservations.h"

#include "core/client/tickets/atriskreservations.h"
#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

CachedReservations::CachedReservations(DbConnection &db)
    : m_db(db)
{
}

Status CachedReservations::put(const Reservation &r)
{
    if (Status s = AtRiskReservations(m_db).note(r); !s)
        return s;
    return m_db.write(
        u"INSERT OR REPLACE INTO reservations (id, product_id, store_id, quantity, customer_id,"
        " status, created_at_ms, expires_at_ms, event_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { r.id, r.productId, r.storeId, r.quantity, r.customerId, Reservation::statusName(r.status),
          r.createdAtMs, r.expiresAtMs, r.eventSeq });
}

Result<QList<Reservation>> CachedReservations::list(const QString &storeId)
{
    const auto atRisk = AtRiskReservations(m_db).ids();
    if (!atRisk)
        return atRisk.error();
    QList<Reservation> list;
    if (Status s = m_db.forEachRow(
            u"SELECT id, product_id, store_id, quantity, customer_id, status, created_at_ms,"
            " expires_at_ms, event_seq FROM reservations"
            " WHERE COALESCE(?, '') = '' OR store_id = ? ORDER BY created_at_ms"_s,
            { storeId, storeId },
            [&](const QSqlQuery &q) {
                list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong(), q.value(4).toString(),
                              Reservation::statusFromName(q.value(5).toString())
                                  .value_or(ReservationStatus::Pending),
                              q.value(6).toLongLong(), q.value(7).toLongLong(),
                              q.value(8).toLongLong() });
                list.last().atRisk = list.last().status == ReservationStatus::Pending
                    && atRisk->contains(list.last().id);
            });
        !s)
        return s.error();
    return list;
}

} // namespace inventory
