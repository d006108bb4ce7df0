#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class ReadModel;
}

namespace inventory::server {

class GroupCommitWriter;

// Stores and products: GET /stores, GET /products, GET /products/{id}, POST /products.
class CatalogController
{
public:
    CatalogController(const ReadModel &model, GroupCommitWriter &writer);
    void registerRoutes(Router &router);

private:
    void stores(const ApiRequest &request, const Reply &reply);
    void products(const ApiRequest &request, const Reply &reply);
    void product(const ApiRequest &request, const Reply &reply);
    void createProduct(const ApiRequest &request, const Reply &reply);

    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
