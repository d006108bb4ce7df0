#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

// GET /api/v1/products/{id}/history (API.md "Movement history"): a product's movements,
// newest first, with the row each left, up to what the read model has applied.
class HistoryController
{
public:
    HistoryController(DbConnection &readConnection, const ReadModel &model);
    void registerRoutes(Router &router);

private:
    void history(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    const ReadModel &m_model;
};

} // namespace inventory::server
