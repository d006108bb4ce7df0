#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Count sessions (API.md "Count sessions"):
//   POST /api/v1/counts                      open a count (managers of the store, admins)
//   GET  /api/v1/counts?storeId=&status=     counts, newest first
//   GET  /api/v1/counts/{countId}            a count with its lines (no snapshot for clerks
//                                            when it is blind)
//   POST /api/v1/counts/{countId}/entries    one till's count of one product (the store's staff)
//   POST /api/v1/counts/{countId}/review     counted vs expected, lines to count again
//   POST /api/v1/counts/{countId}/apply      the corrections, reason `count`, in one transaction
//   POST /api/v1/counts/{countId}/cancel
// Writes are commands through the writer; reads come from the database.
class CountController
{
public:
    CountController(DbConnection &readConnection, const ReadModel &model,
                    GroupCommitWriter &writer);
    void registerRoutes(Router &router);

    // A review marks a line for a recount when its variance is at least this many units and
    // this share of what was expected, unless the request says otherwise.
    static constexpr qint64 DefaultRecountUnits = 2;
    static constexpr qint64 DefaultRecountPercent = 10;

private:
    void open(const ApiRequest &request, const Reply &reply);
    void list(const ApiRequest &request, const Reply &reply);
    void get(const ApiRequest &request, const Reply &reply);
    void entry(const ApiRequest &request, const Reply &reply);
    void review(const ApiRequest &request, const Reply &reply);
    void step(const ApiRequest &request, const Reply &reply, int kind);

    DbConnection &m_db;
    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
