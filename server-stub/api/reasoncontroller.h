#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
}

namespace inventory::server {

class GroupCommitWriter;

// Reason codes (API.md "Reasons"): GET /api/v1/reasons for everyone signed in, and
// POST /api/v1/reasons for admins, through the writer like every other change.
class ReasonController
{
public:
    ReasonController(DbConnection &readConnection, GroupCommitWriter &writer);
    void registerRoutes(Router &router);

private:
    void list(const ApiRequest &request, const Reply &reply);
    void define(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
