#pragma once

#include "core/domain/result.h"
#include "core/domain/store.h"

namespace inventory {

class DbConnection;

// The chain's stores: created by operators (or the demo seed), read by everyone.
class StoreRegistry
{
public:
    explicit StoreRegistry(DbConnection &connection);

    Status add(const Store &store);
    Result<QList<Store>> list();

private:
    DbConnection &m_connection;
};

} // namespace inventory
