#pragma once

#include "core/domain/result.h"

namespace inventory::server {

// The token signing secret: read from its file, or created there on first start with
// random bytes from the system's secure source and permissions for the owner only.
class SecretFile
{
public:
    static Result<QByteArray> loadOrCreate(const QString &path);
    static constexpr int MinimumBytes = 32;
};

} // namespace inventory::server
