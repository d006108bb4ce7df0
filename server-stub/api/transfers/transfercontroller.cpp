#include "server-stub/api/transfers/transfercontroller.h"

#include "core/engine/readmodel.h"
#include "core/engine/transfers/transferstore.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/transfers/transferjson.h"
#include "core/protocol/transfers/transferparser.h"
#include "server-stub/api/requesthelpers.h"
#include "server-stub/api/transfers/transferaccess.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

TransferController::TransferController(DbConnection &readConnection, const ReadModel &model,
                                       GroupCommitWriter &writer)
    : m_db(readConnection)
    , m_model(model)
    , m_writer(writer)
{
}

void TransferController::registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/transfers"_s,
               [this](const ApiRequest &r, Reply reply) { request(r, reply); });
    router.add("GET", u"/api/v1/transfers"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add("GET", u"/api/v1/transfers/{transferId}"_s,
               [this](const ApiRequest &r, Reply reply) { get(r, reply); });
    const std::pair<const char *, CommandKind> steps[] {
        { "ship", CommandKind::ShipTransfer },
        { "receive", CommandKind::ReceiveTransfer },
        { "close", CommandKind::CloseTransfer },
        { "cancel", CommandKind::CancelTransfer },
    };
    for (const auto &entry : steps) {
        const CommandKind kind = entry.second; // a structured binding cannot be captured (clang)
        router.add("POST", u"/api/v1/transfers/{transferId}/"_s + QLatin1StringView(entry.first),
                   [this, kind](const ApiRequest &r, Reply reply) { step(r, reply, int(kind)); });
    }
}

void TransferController::request(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = TransferParser::request(std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    Command asked = command.value();
    if (auto error = requests::resolveTransferLines(m_model, asked))
        return reply(ApiResponse::error(*error));
    Transfer planned;
    planned.fromStoreId = asked.storeId;
    planned.toStoreId = asked.toStoreId;
    if (auto forbidden = checkTransferStep(*request.user, asked.kind, planned))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, asked, request, reply);
}

void TransferController::step(const ApiRequest &request, const Reply &reply, int kind)
{
    const QString id = request.param(u"transferId"_s);
    // Ship, close and cancel need nothing more than the verb: no body stands for {}.
    auto body = request.body.trimmed().isEmpty() ? Result<JsonMembers>(JsonMembers())
                                                 : requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = TransferParser::step(CommandKind(kind), id, std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    Command next = command.value();
    if (auto error = requests::resolveTransferLines(m_model, next))
        return reply(ApiResponse::error(*error));
    auto known = TransferStore(m_db).load(id);
    if (!known)
        return reply(ApiResponse::error(known.error()));
    if (!known.value())
        return reply(ApiResponse::error(Error::notFound(u"transfer"_s, id)));
    if (auto forbidden = checkTransferStep(*request.user, next.kind, *known.value()))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, next, request, reply);
}

void TransferController::get(const ApiRequest &request, const Reply &reply)
{
    const QString id = request.param(u"transferId"_s);
    auto transfer = TransferStore(m_db).load(id, m_model.lastSeq());
    if (!transfer)
        return reply(ApiResponse::error(transfer.error()));
    if (!transfer.value())
        return reply(ApiResponse::error(Error::notFound(u"transfer"_s, id)));
    JsonWriter out(1024);
    writeTransfer(out, *transfer.value());
    reply(ApiResponse::json(200, out.take()));
}

void TransferController::list(const ApiRequest &request, const Reply &reply)
{
    auto paging = requests::paging(request, 200);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    const QString &storeId = store.value();
    std::optional<TransferStatus> status;
    if (request.hasQuery(u"status"_s)) {
        status = Transfer::statusFrom(request.queryValue(u"status"_s));
        if (!status)
            return reply(ApiResponse::error(
                Error::validation(u"status"_s,
                                  u"must be REQUESTED, IN_TRANSIT, PARTIALLY_RECEIVED, RECEIVED,"
                                  " CLOSED or CANCELLED"_s)));
    }
    auto page
        = TransferStore(m_db).list(storeId, status, paging->page, paging->limit, m_model.lastSeq());
    if (!page)
        return reply(ApiResponse::error(page.error()));
    JsonWriter out(1024 + 512 * page->transfers.size());
    out.beginObject();
    out.key("transfers"_L1).beginArray();
    for (const Transfer &transfer : page->transfers)
        writeTransfer(out, transfer);
    out.endArray();
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("total"_L1).value(page->total);
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

} // namespace inventory::server
