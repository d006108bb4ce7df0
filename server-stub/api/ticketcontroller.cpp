#include "server-stub/api/ticketcontroller.h"

#include "core/domain/timestamp.h"
#include "core/engine/readmodel.h"
#include "core/engine/tickets/ticketstore.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/tickets/ticketjson.h"
#include "core/protocol/tickets/ticketparser.h"
#include "server-stub/api/requesthelpers.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace inventory::server {

TicketController::TicketController(DbConnection &readConnection, const ReadModel &model,
                                   GroupCommitWriter &writer)
    : m_db(readConnection)
    , m_model(model)
    , m_writer(writer)
{
}

void TicketController::registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/tickets"_s,
               [this](const ApiRequest &r, Reply reply) { sell(r, reply); });
    router.add("GET", u"/api/v1/tickets"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add("GET", u"/api/v1/tickets/{ticketId}"_s,
               [this](const ApiRequest &r, Reply reply) { get(r, reply); });
    router.add("POST", u"/api/v1/tickets/{ticketId}/returns"_s,
               [this](const ApiRequest &r, Reply reply) { returnLines(r, reply); });
}

void TicketController::sell(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = TicketParser::sale(std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    Command sale = command.value();
    if (auto error = requests::resolveLines(m_model, sale))
        return reply(ApiResponse::error(*error));
    if (auto forbidden = requests::checkStoreWrite(*request.user, sale.storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, sale, request, reply);
}

void TicketController::returnLines(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command
        = TicketParser::ticketReturn(request.param(u"ticketId"_s), std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    Command back = command.value();
    if (auto error = requests::resolveLines(m_model, back))
        return reply(ApiResponse::error(*error));
    // The store the units come back to: any store the user writes in, not the ticket's.
    if (auto forbidden = requests::checkStoreWrite(*request.user, back.storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, back, request, reply);
}

void TicketController::get(const ApiRequest &request, const Reply &reply)
{
    const QString id = request.param(u"ticketId"_s);
    auto ticket = TicketStore(m_db).load(id, m_model.lastSeq());
    if (!ticket)
        return reply(ApiResponse::error(ticket.error()));
    if (!ticket.value())
        return reply(ApiResponse::error(Error::notFound(u"ticket"_s, id)));
    JsonWriter out(1024);
    writeTicket(out, *ticket.value());
    reply(ApiResponse::json(200, out.take()));
}

void TicketController::list(const ApiRequest &request, const Reply &reply)
{
    auto paging = requests::paging(request, 200);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    const QString &storeId = store.value();
    auto range = requests::timeRange(request);
    if (!range)
        return reply(ApiResponse::error(range.error()));
    auto page = TicketStore(m_db).list(storeId, range->fromMs, range->toMs, paging->page,
                                       paging->limit, m_model.lastSeq());
    if (!page)
        return reply(ApiResponse::error(page.error()));
    JsonWriter out(1024 + 512 * page->tickets.size());
    out.beginObject();
    out.key("tickets"_L1).beginArray();
    for (const Ticket &ticket : page->tickets)
        writeTicket(out, ticket);
    out.endArray();
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("total"_L1).value(page->total);
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

} // namespace inventory::server
