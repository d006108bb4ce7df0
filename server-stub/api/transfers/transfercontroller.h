#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Transfers between stores (API.md "Transfers between stores"): POST /transfers, the steps
// POST /transfers/{id}/ship|receive|close|cancel, GET /transfers and GET /transfers/{id}.
// Each step is one command through the writer; reads come from the database up to what the
// read model has applied.
class TransferController
{
public:
    TransferController(DbConnection &readConnection, const ReadModel &model,
                       GroupCommitWriter &writer);
    void registerRoutes(Router &router);

private:
    void request(const ApiRequest &request, const Reply &reply);
    void step(const ApiRequest &request, const Reply &reply, int kind);
    void get(const ApiRequest &request, const Reply &reply);
    void list(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
