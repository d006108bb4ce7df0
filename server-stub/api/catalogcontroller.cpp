#include "server-stub/api/catalogcontroller.h"

#include "core/engine/readmodel.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/productjson.h"
#include "core/protocol/storejson.h"
#include "server-stub/api/requesthelpers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::server {

CatalogController::CatalogController(const ReadModel &model, GroupCommitWriter &writer)
    : m_model(model)
    , m_writer(writer)
{
}

void CatalogController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/stores"_s,
               [this](const ApiRequest &r, Reply reply) { stores(r, reply); });
    router.add("GET", u"/api/v1/products"_s,
               [this](const ApiRequest &r, Reply reply) { products(r, reply); });
    router.add("GET", u"/api/v1/products/{id}"_s,
               [this](const ApiRequest &r, Reply reply) { product(r, reply); });
    router.add("POST", u"/api/v1/products"_s,
               [this](const ApiRequest &r, Reply reply) { createProduct(r, reply); });
}

void CatalogController::stores(const ApiRequest &, const Reply &reply)
{
    QJsonArray list;
    for (const Store &store : m_model.stores())
        list.append(toJson(store));
    reply(ApiResponse::json(200, { { u"stores"_s, list } }));
}

void CatalogController::products(const ApiRequest &request, const Reply &reply)
{
    auto paging = requests::paging(request, 500);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    const QString q = request.queryValue(u"q"_s);
    if (q.size() > 200)
        return reply(
            ApiResponse::error(Error::validation(u"q"_s, u"must be at most 200 characters"_s)));
    const Page<Product> page
        = m_model.searchProducts(q, request.queryValue(u"category"_s), paging->page, paging->limit);
    // Up to 1,000 products a page, read by every terminal's first sync.
    JsonWriter out;
    out.beginObject();
    out.key("products"_L1).beginArray();
    for (const Product &p : page.items)
        writeJson(out, p);
    out.endArray();
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("total"_L1).value(qint64(page.total));
    out.endObject();
    reply(ApiResponse::json(200, out.bytes()));
}

void CatalogController::product(const ApiRequest &request, const Reply &reply)
{
    const auto found = m_model.product(request.param(u"id"_s));
    if (!found)
        return reply(ApiResponse::error(Error::notFound(u"product"_s, request.param(u"id"_s))));
    reply(ApiResponse::json(200, toJson(*found)));
}

void CatalogController::createProduct(const ApiRequest &request, const Reply &reply)
{
    if (!request.user->canCreateProducts())
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"only managers and admins create products"_s)));
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = CommandParser::createProduct(std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    requests::submit(m_writer, command.value(), request, reply);
}

} // namespace inventory::server
