#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Reorder levels and replenishment (API.md "Replenishment, counts, reports"):
//   PUT  /api/v1/stores/{storeId}/levels/{productId}  one product's min and target
//   GET  /api/v1/stores/{storeId}/levels              JSON, or CSV of every product to fill in
//   POST /api/v1/stores/{storeId}/levels              a CSV file, all lines or none
//   GET  /api/v1/stores/{storeId}/replenishment       what the store should reorder, and where
// Levels are set by admins and the store's managers; anybody signed in reads them.
class LevelController
{
public:
    LevelController(DbConnection &readConnection, const ReadModel &model,
                    GroupCommitWriter &writer);
    void registerRoutes(Router &router);

    // A levels file may name every product of a large catalogue.
    static constexpr qsizetype MaxImportBytes = 8 << 20;

private:
    void set(const ApiRequest &request, const Reply &reply);
    void list(const ApiRequest &request, const Reply &reply);
    void import(const ApiRequest &request, const Reply &reply);
    void replenishment(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
