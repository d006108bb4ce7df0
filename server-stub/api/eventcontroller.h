#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

// GET /api/v1/events?since=&limit=&storeId=: the change log, for clients that pull.
class EventController
{
public:
    EventController(DbConnection &readConnection, const ReadModel &model);
    void registerRoutes(Router &router);

private:
    void events(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    const ReadModel &m_model;
};

} // namespace inventory::server
