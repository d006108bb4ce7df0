#pragma once

#include "core/domain/reservation.h"
#include "core/domain/result.h"

#include <QList>
#include <optional>

class QSqlQuery;

namespace inventory {

class DbConnection;

// The reservations as the database keeps them, inside the writer's transaction.
class ReservationTable
{
public:
    explicit ReservationTable(DbConnection &connection);

    // "SELECT <every column> FROM reservations", for a query to add its WHERE, and the
    // reservation a row of it holds.
    static QString selectColumns();
    static Reservation from(const QSqlQuery &query);

    Result<std::optional<Reservation>> load(const QString &id);
    Status insert(const Reservation &reservation);
    // Its status, latest event and at-risk flag.
    Status update(const Reservation &reservation);

    enum class Held { CoveredNewestFirst, AtRiskOldestFirst };
    // The PENDING reservations of one stock row, those the stock covers or those at risk.
    Result<QList<Reservation>> pending(const QString &productId, const QString &storeId,
                                       Held which);

private:
    DbConnection &m_connection;
};

} // namespace inventory
