#pragma once

#include "core/domain/result.h"

namespace inventory {

class InventoryEngine;
class UserStore;
class StoreRegistry;

// Loads the demo catalogue (stores, products, opening stock, users) into an empty database.
// Opening stock goes through the engine as counts, so the event log explains every row.
class DemoSeeder
{
public:
    DemoSeeder(InventoryEngine &engine, StoreRegistry &stores, UserStore &users);

    // Does nothing when stores already exist; returns whether it seeded.
    Result<bool> seed(const QString &demoPassword);

private:
    InventoryEngine &m_engine;
    StoreRegistry &m_stores;
    UserStore &m_users;
};

} // namespace inventory
