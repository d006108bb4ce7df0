#include "server-stub/api/reasoncontroller.h"

#include "core/engine/reasons/reasonbook.h"
#include "core/engine/tables/eventlog.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/reasonjson.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

ReasonController::ReasonController(DbConnection &readConnection, GroupCommitWriter &writer)
    : m_db(readConnection)
    , m_writer(writer)
{
}

void ReasonController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/reasons"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add("POST", u"/api/v1/reasons"_s,
               [this](const ApiRequest &r, Reply reply) { define(r, reply); });
}

void ReasonController::list(const ApiRequest &, const Reply &reply)
{
    EventLog unused(m_db); // ReasonBook appends events only when it defines a code
    auto reasons = ReasonBook(m_db, unused).list();
    if (!reasons)
        return reply(ApiResponse::error(reasons.error()));
    JsonWriter out(2048);
    out.beginObject();
    out.key("reasons"_L1).beginArray();
    for (const ReasonCode &r : reasons.value())
        writeJson(out, r);
    out.endArray();
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

void ReasonController::define(const ApiRequest &request, const Reply &reply)
{
    if (request.user->role != Role::Admin)
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"only an admin defines reason codes"_s)));
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = CommandParser::defineReason(std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    requests::submit(m_writer, command.value(), request, reply);
}

} // namespace inventory::server
