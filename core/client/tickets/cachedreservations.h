#pragma once

#include "core/domain/reservation.h"
#include "core/domain/result.h"

#include <QList>

namespace inventory {

class DbConnection;

// The profile's reservations, as the server last sent them, with the held ones an offline
// sale left without units marked (AtRiskReservations).
class CachedReservations
{
public:
    explicit CachedReservations(DbConnection &db);

    Status put(const Reservation &reservation);
    // storeId empty: every store's; oldest first.
    Result<QList<Reservation>> list(const QString &storeId);

private:
    DbConnection &m_db;
};

} // namespace inventory
