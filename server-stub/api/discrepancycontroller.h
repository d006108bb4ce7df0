#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Stock discrepancies (API.md "Stock discrepancies"): GET /discrepancies and
// POST /discrepancies/{id}/resolve, the latter for managers of the discrepancy's store and
// admins. Reads come from the database up to what the read model has applied.
class DiscrepancyController
{
public:
    DiscrepancyController(DbConnection &readConnection, const ReadModel &model,
                          GroupCommitWriter &writer);
    void registerRoutes(Router &router);

private:
    void list(const ApiRequest &request, const Reply &reply);
    void resolve(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
