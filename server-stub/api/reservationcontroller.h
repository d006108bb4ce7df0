#pragma once

#include "server-stub/api/reservationlookup.h"
#include "server-stub/http/router.h"

namespace inventory {
class Clock;
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Reservations: create, read, list, confirm (the sale), cancel. Held reservations come from
// the read model, finished ones from the database (ReservationLookup).
class ReservationController
{
public:
    ReservationController(DbConnection &readConnection, const ReadModel &model,
                          GroupCommitWriter &writer, const Clock &clock);
    void registerRoutes(Router &router);

private:
    void create(const ApiRequest &request, const Reply &reply);
    void get(const ApiRequest &request, const Reply &reply);
    void list(const ApiRequest &request, const Reply &reply);
    enum class Ending { Confirm, Cancel };
    void finish(const ApiRequest &request, const Reply &reply, Ending ending);

    DbConnection &m_db;
    const ReadModel &m_model;
    ReservationLookup m_lookup;
    GroupCommitWriter &m_writer;
    const Clock &m_clock;
};

} // namespace inventory::server
