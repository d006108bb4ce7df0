#include "server-stub/api/reports/historycontroller.h"

#include "core/domain/timestamp.h"
#include "core/engine/history/movementhistory.h"
#include "core/engine/readmodel.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
void writeMovement(JsonWriter &out, const Movement &m)
{
    out.beginObject();
    out.key("seq"_L1).value(m.seq);
    out.key("at"_L1).timestamp(m.atMs);
    out.key("type"_L1).value(m.type);
    out.key("storeId"_L1).value(m.storeId);
    out.key("delta"_L1).value(m.delta);
    out.key("quantityAfter"_L1).value(m.quantityAfter);
    out.key("reservedAfter"_L1).value(m.reservedAfter);
    out.key("incomingAfter"_L1).value(m.incomingAfter);
    out.key("reason"_L1).value(m.reason);
    out.key("note"_L1).value(m.note);
    out.key("actor"_L1).value(m.actor);
    out.key("device"_L1).value(m.device);
    out.key("ticketId"_L1).value(m.ticketId);
    out.key("transferId"_L1).value(m.transferId);
    out.key("clientTime"_L1).value(m.clientTime);
    out.endObject();
}
} // namespace

HistoryController::HistoryController(DbConnection &readConnection, const ReadModel &model)
    : m_db(readConnection)
    , m_model(model)
{
}

void HistoryController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/products/{productId}/history"_s,
               [this](const ApiRequest &r, Reply reply) { history(r, reply); });
}

void HistoryController::history(const ApiRequest &request, const Reply &reply)
{
    const QString asked = request.param(u"productId"_s);
    const auto product = m_model.product(asked);
    if (!product)
        return reply(ApiResponse::error(Error::notFound(u"product"_s, asked)));
    auto paging = requests::paging(request, 500);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    auto range = requests::timeRange(request);
    if (!range)
        return reply(ApiResponse::error(range.error()));
    MovementHistory::Filter filter;
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    filter.storeId = store.value();
    filter.fromMs = range->fromMs;
    filter.toMs = range->toMs;
    filter.reason = request.queryValue(u"reason"_s);
    filter.maxSeq = m_model.lastSeq();
    auto page = MovementHistory(m_db).page(product->id, filter, paging->page, paging->limit);
    if (!page)
        return reply(ApiResponse::error(page.error()));
    JsonWriter out(512 + 384 * page->movements.size());
    out.beginObject();
    out.key("productId"_L1).value(product->id);
    out.key("storeId"_L1).value(filter.storeId);
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("hasMore"_L1).raw(page->hasMore ? "true" : "false");
    out.key("movements"_L1).beginArray();
    for (const Movement &m : page->movements)
        writeMovement(out, m);
    out.endArray();
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

} // namespace inventory::server
