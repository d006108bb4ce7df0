#include "server-stub/api/tills/devicerevocations.h"

#include "core/domain/clock.h"
#include "core/engine/admin/devicestore.h"

namespace inventory::server {

Status DeviceRevocations::load(DbConnection &connection)
{
    SystemClock clock;
    auto ids = DeviceStore(connection, clock).revokedIds();
    if (!ids)
        return ids.error();
    // Revocation is for good: what this instance knows stays, what others did is added.
    for (const QString &id : std::as_const(ids.value()))
        m_revoked.insert(id);
    return {};
}

} // namespace inventory::server
