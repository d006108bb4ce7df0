#include "server-stub/api/discrepancycontroller.h"

#include "core/engine/discrepancies/discrepancystore.h"
#include "core/engine/readmodel.h"
#include "core/protocol/discrepancyjson.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/tickets/ticketparser.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

DiscrepancyController::DiscrepancyController(DbConnection &readConnection, const ReadModel &model,
                                             GroupCommitWriter &writer)
    : m_db(readConnection)
    , m_model(model)
    , m_writer(writer)
{
}

void DiscrepancyController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/discrepancies"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add("POST", u"/api/v1/discrepancies/{discrepancyId}/resolve"_s,
               [this](const ApiRequest &r, Reply reply) { resolve(r, reply); });
}

void DiscrepancyController::list(const ApiRequest &request, const Reply &reply)
{
    auto paging = requests::paging(request, 200);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    const QString &storeId = store.value();
    const QString statusText = request.queryValue(u"status"_s);
    DiscrepancyStore::Status status = DiscrepancyStore::Status::Any;
    if (statusText == u"open"_s)
        status = DiscrepancyStore::Status::Open;
    else if (statusText == u"resolved"_s)
        status = DiscrepancyStore::Status::Resolved;
    else if (!statusText.isEmpty())
        return reply(
            ApiResponse::error(Error::validation(u"status"_s, u"must be open or resolved"_s)));
    auto page = DiscrepancyStore(m_db).list(storeId, status, paging->page, paging->limit,
                                            m_model.lastSeq());
    if (!page)
        return reply(ApiResponse::error(page.error()));
    JsonWriter out(512 + 384 * page->discrepancies.size());
    out.beginObject();
    out.key("discrepancies"_L1).beginArray();
    for (const Discrepancy &d : page->discrepancies)
        writeJson(out, d);
    out.endArray();
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("total"_L1).value(page->total);
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

void DiscrepancyController::resolve(const ApiRequest &request, const Reply &reply)
{
    const QString id = request.param(u"discrepancyId"_s);
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = TicketParser::resolution(id, std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    auto known = DiscrepancyStore(m_db).load(id, m_model.lastSeq());
    if (!known)
        return reply(ApiResponse::error(known.error()));
    if (!known.value())
        return reply(ApiResponse::error(Error::notFound(u"discrepancy"_s, id)));
    const User &user = *request.user;
    if (user.role == Role::Clerk)
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"only a manager of the store resolves a discrepancy"_s,
                  { { u"storeId"_s, known.value()->storeId } })));
    if (auto forbidden = requests::checkStoreWrite(user, known.value()->storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, command.value(), request, reply);
}

} // namespace inventory::server
