#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class ReadModel;
}

namespace inventory::server {

class GroupCommitWriter;

// GET /products/{id}/availability, GET /stores/{storeId}/stock, GET /stock/summary,
// POST /products/{id}/stock.
class StockController
{
public:
    StockController(const ReadModel &model, GroupCommitWriter &writer);
    void registerRoutes(Router &router);

private:
    void availability(const ApiRequest &request, const Reply &reply);
    void storeStock(const ApiRequest &request, const Reply &reply);
    void summary(const ApiRequest &request, const Reply &reply);
    void change(const ApiRequest &request, const Reply &reply);

    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
