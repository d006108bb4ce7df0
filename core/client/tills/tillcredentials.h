#pragma once

#include "core/domain/result.h"

#include <QString>
#include <optional>

namespace inventory {

class LocalCache;

// This till's enrolment as the profile keeps it: its id, its secret and its store. Read by the
// PIN sign-in, the staff roster and the sync engine (which pushes the queue on the secret).
struct TillCredentials
{
    QString deviceId;
    QString secret;
    QString storeId;

    // The profile's, or nullopt when this till is not enrolled.
    static Result<std::optional<TillCredentials>> read(LocalCache &cache);
    Status save(LocalCache &cache) const;
};

} // namespace inventory
