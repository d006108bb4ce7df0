#pragma once

#include "server-stub/http/router.h"

#include <QObject>
#include <QThreadPool>

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
    // Long availability bodies are written on m_pool and answered on the event loop through
    // m_context. The pool is destroyed first and waits for its work; then the context takes
    // the answers not yet delivered with it.
    QObject m_context;
    QThreadPool m_pool;
};

} // namespace inventory::server
