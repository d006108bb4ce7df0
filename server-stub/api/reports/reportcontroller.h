#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

// Managers' reports: GET /api/v1/reports/shrink?storeId=&from=&to= (units that left a store
// other than by a sale or a transfer, by store, month and reason) and GET
// /api/v1/reports/day?storeId=&date=&utcOffset= (DayReport; JSON or CSV), GET
// /api/v1/reports/sales?storeId=&from=&to=&bucket=day|hour&utcOffset= (SalesSeries per store,
// for charts; JSON or CSV), GET /api/v1/reports/stock-value (units and value per store, from
// the read model) and GET /api/v1/reports/products?storeId=&days=&limit= (top sellers, and
// products in stock without sales). Managers and admins, of their stores.
class ReportController
{
public:
    ReportController(DbConnection &readConnection, const ReadModel &model);
    void registerRoutes(Router &router);

private:
    void shrink(const ApiRequest &request, const Reply &reply);
    void day(const ApiRequest &request, const Reply &reply);
    void sales(const ApiRequest &request, const Reply &reply);
    void stockValue(const ApiRequest &request, const Reply &reply);
    void products(const ApiRequest &request, const Reply &reply);

    DbConnection &m_db;
    const ReadModel &m_model;
};

} // namespace inventory::server
