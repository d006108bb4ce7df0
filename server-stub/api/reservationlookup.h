#pragma once

#include "core/domain/reservation.h"
#include "core/domain/result.h"

#include <optional>

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

// A reservation by id for the routes: a held one from the read model, a finished one (which
// the read model no longer keeps) from the database.
class ReservationLookup
{
public:
    ReservationLookup(DbConnection &readConnection, const ReadModel &model);

    Result<std::optional<Reservation>> find(const QString &id) const;

private:
    DbConnection &m_db;
    const ReadModel &m_model;
};

} // namespace inventory::server
