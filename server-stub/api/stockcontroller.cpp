#include "server-stub/api/stockcontroller.h"

#include "core/engine/readmodel.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

StockController::StockController(const ReadModel &model, GroupCommitWriter &writer)
    : m_model(model)
    , m_writer(writer)
{
}

void StockController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/products/{id}/availability"_s,
               [this](const ApiRequest &r, Reply reply) { availability(r, reply); });
    router.add("GET", u"/api/v1/stores/{storeId}/stock"_s,
               [this](const ApiRequest &r, Reply reply) { storeStock(r, reply); });
    router.add("GET", u"/api/v1/stock/summary"_s,
               [this](const ApiRequest &r, Reply reply) { summary(r, reply); });
    router.add("POST", u"/api/v1/products/{id}/stock"_s,
               [this](const ApiRequest &r, Reply reply) { change(r, reply); });
}

void StockController::availability(const ApiRequest &request, const Reply &reply)
{
    const auto product = m_model.product(request.param(u"id"_s));
    if (!product)
        return reply(ApiResponse::error(Error::notFound(u"product"_s, request.param(u"id"_s))));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    const QString &storeId = store.value();
    if (!storeId.isEmpty())
        return reply(ApiResponse::json(200, m_model.availabilityJson(product->id, storeId)));
    if (auto cached = m_model.cachedAvailabilityJson(product->id))
        return reply(ApiResponse::json(200, *cached));
    // In a chain a body is hundreds of rows and writing it is most of the request: copied
    // here (a run of memory), written on a worker, so the event loop goes on serving and
    // the other cores write too.
    constexpr qsizetype kStoresWrittenOnLoop = 64;
    auto copy = std::make_shared<const ProductAvailability>(m_model.availabilityOf(product->id));
    if (copy->size() <= kStoresWrittenOnLoop) {
        const QByteArray body = copy->toJson();
        m_model.keepAvailabilityJson(*copy, body);
        return reply(ApiResponse::json(200, body));
    }
    m_pool.start([this, copy, reply] {
        const QByteArray body = copy->toJson();
        QMetaObject::invokeMethod(
            &m_context,
            [this, copy, body, reply] {
                m_model.keepAvailabilityJson(*copy, body);
                reply(ApiResponse::json(200, body));
            },
            Qt::QueuedConnection);
    });
}

void StockController::storeStock(const ApiRequest &request, const Reply &reply)
{
    const QString storeId = request.param(u"storeId"_s);
    if (!m_model.hasStore(storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId)));
    auto paging = requests::paging(request, 1000, 100);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    const Page<StockRow> page = m_model.storeStock(storeId, paging->page, paging->limit);
    // Up to 1,000 rows a page, read by every terminal's first sync.
    JsonWriter out;
    out.beginObject();
    out.key("storeId"_L1).value(storeId);
    out.key("stock"_L1).beginArray();
    for (const StockRow &row : page.items)
        writeJson(out, row, ProductIdField::Included);
    out.endArray();
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("total"_L1).value(page.total);
    out.endObject();
    reply(ApiResponse::json(200, out.bytes()));
}

void StockController::summary(const ApiRequest &request, const Reply &reply)
{
    const QString exceptStoreId = request.queryValue(u"exceptStoreId"_s);
    if (!exceptStoreId.isEmpty() && !m_model.hasStore(exceptStoreId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, exceptStoreId)));
    auto paging = requests::paging(request, 5000, 1000);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    const Page<StockSummary> page = m_model.summary(exceptStoreId, paging->page, paging->limit);
    JsonWriter out(64 * page.items.size() + 128);
    out.beginObject();
    out.key("exceptStoreId"_L1).value(exceptStoreId);
    out.key("lastSeq"_L1).value(m_model.lastSeq());
    out.key("summary"_L1).beginArray();
    for (const StockSummary &line : page.items) {
        out.beginObject();
        out.key("productId"_L1).value(line.productId);
        out.key("available"_L1).value(line.available);
        out.key("stores"_L1).value(line.stores);
        out.endObject();
    }
    out.endArray();
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("total"_L1).value(page.total);
    out.endObject();
    reply(ApiResponse::json(200, out.bytes()));
}

void StockController::change(const ApiRequest &request, const Reply &reply)
{
    const auto product = m_model.product(request.param(u"id"_s));
    if (!product)
        return reply(ApiResponse::error(Error::notFound(u"product"_s, request.param(u"id"_s))));
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    if (body->contains(u"productId"_s))
        return reply(ApiResponse::error(Error::validation(u"productId"_s, u"unknown field"_s)));
    auto command = CommandParser::stock(product->id, std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    if (auto forbidden = requests::checkStoreWrite(*request.user, command->storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, command.value(), request, reply);
}

} // namespace inventory::server
