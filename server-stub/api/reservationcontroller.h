#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class Clock;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Reservations: create, read, list, confirm (the sale), cancel.
class ReservationController
{
public:
    ReservationController(const ReadModel &model, GroupCommitWriter &writer, const Clock &clock);
    void registerRoutes(Router &router);

private:
    void create(const ApiRequest &request, const Reply &reply);
    void get(const ApiRequest &request, const Reply &reply);
    void list(const ApiRequest &request, const Reply &reply);
    void finish(const ApiRequest &request, const Reply &reply, bool confirm);

    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
    const Clock &m_clock;
};

} // namespace inventory::server
