#include "server-stub/api/reportcontroller.h"

#include "core/engine/readmodel.h"
#include "core/engine/reports/shrinkreport.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

ReportController::ReportController(DbConnection &readConnection, const ReadModel &model)
    : m_db(readConnection)
    , m_model(model)
{
}

void ReportController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/reports/shrink"_s,
               [this](const ApiRequest &r, Reply reply) { shrink(r, reply); });
}

void ReportController::shrink(const ApiRequest &request, const Reply &reply)
{
    if (request.user->role == Role::Clerk)
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"the shrink report is for managers and admins"_s)));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    const QString &storeId = store.value();
    auto range = requests::timeRange(request);
    if (!range)
        return reply(ApiResponse::error(range.error()));
    auto rows = ShrinkReport(m_db).rows(storeId, range->fromMs, range->toMs, m_model.lastSeq());
    if (!rows)
        return reply(ApiResponse::error(rows.error()));
    JsonWriter out(256 + 96 * rows->size());
    out.beginObject();
    out.key("rows"_L1).beginArray();
    for (const ShrinkReport::Row &row : rows.value()) {
        out.beginObject();
        out.key("storeId"_L1).value(row.storeId);
        out.key("month"_L1).value(row.month);
        out.key("reason"_L1).value(row.reason);
        out.key("units"_L1).value(row.units);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

} // namespace inventory::server
