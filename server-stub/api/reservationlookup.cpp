#include "server-stub/api/reservationlookup.h"

#include "core/engine/inventoryqueries.h"
#include "core/engine/readmodel.h"

namespace inventory::server {

ReservationLookup::ReservationLookup(DbConnection &readConnection, const ReadModel &model)
    : m_db(readConnection)
    , m_model(model)
{
}

Result<std::optional<Reservation>> ReservationLookup::find(const QString &id) const
{
    if (auto held = m_model.reservation(id))
        return held;
    return InventoryQueries(m_db).reservation(id);
}

} // namespace inventory::server
