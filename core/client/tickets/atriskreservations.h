#pragma once

#include "core/domain/reservation.h"
#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <QSet>

namespace inventory {

class DbConnection;

// The held reservations that an offline sale left without units (API.md "Stock
// discrepancies": "atRisk"), as the feed and the server's answers tell a till: marked by a
// stock.discrepancy, cleared when a resolution covers or releases them, and set either way
// by any reservation the server sends whole. Kept in the profile's meta table
// ("atRisk:<reservationId>") beside the cached reservations.
class AtRiskReservations
{
public:
    explicit AtRiskReservations(DbConnection &db);

    // A reservation as the server sent it: at risk only while it is held and flagged.
    Status note(const Reservation &reservation);
    // stock.discrepancy and discrepancy.resolved; other events change nothing here.
    Status applyEvent(const Event &event);
    Result<QSet<QString>> ids();

private:
    Status set(const QString &reservationId, bool atRisk);

    DbConnection &m_db;
};

} // namespace inventory
