#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Sale tickets and returns (API.md "Tickets"): POST /tickets, GET /tickets,
// GET /tickets/{ticketId}, POST /tickets/{ticketId}/returns. Writes go through the writer as
// one command each (all lines or none); reads come from the database up to what the read
// model has applied, so nothing not yet durable is shown.
class TicketController
{
public:
    TicketController(DbConnection &readConnection, const ReadModel &model,
                     GroupCommitWriter &writer);
    void registerRoutes(Router &router);

private:
    void sell(const ApiRequest &request, const Reply &reply);
    void returnLines(const ApiRequest &request, const Reply &reply);
    void get(const ApiRequest &request, const Reply &reply);
    void list(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
