#include "server-stub/api/eventcontroller.h"

#include "core/engine/history/eventarchive.h"
#include "core/engine/readmodel.h"
#include "core/engine/tables/eventlog.h"
#include "server-stub/api/requesthelpers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::server {

EventController::EventController(DbConnection &readConnection, const ReadModel &model)
    : m_db(readConnection)
    , m_model(model)
{
}

void EventController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/events"_s,
               [this](const ApiRequest &r, Reply reply) { events(r, reply); });
}

void EventController::events(const ApiRequest &request, const Reply &reply)
{
    bool ok = true;
    const qint64 since
        = request.hasQuery(u"since"_s) ? request.queryValue(u"since"_s).toLongLong(&ok) : 0;
    if (!ok || since < 0)
        return reply(
            ApiResponse::error(Error::validation(u"since"_s, u"must be a sequence number >= 0"_s)));
    auto paging = requests::paging(request, 1000, 100);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    const QString storeId = request.queryValue(u"storeId"_s);
    // Only what the read model has seen committed, so a pull never runs ahead of the feed.
    const qint64 last = m_model.lastSeq();
    auto floor = EventArchive::archivedThrough(m_db);
    if (!floor)
        return reply(ApiResponse::error(floor.error()));
    if (since < floor.value())
        return reply(ApiResponse::error(
            Error(ErrorCode::ResyncRequired,
                  u"events up to seq %1 have been archived: read the state again and continue"
                  " from lastSeq"_s.arg(floor.value()),
                  { { u"oldestSeq"_s, floor.value() + 1 }, { u"lastSeq"_s, last } })));
    auto events = EventLog(m_db).since(since, paging->limit, storeId);
    if (!events)
        return reply(ApiResponse::error(events.error()));
    QJsonArray list;
    for (const Event &e : events.value()) {
        if (e.seq > last)
            break;
        list.append(e.toJson());
    }
    reply(ApiResponse::json(200, { { u"events"_s, list }, { u"lastSeq"_s, last } }));
}

} // namespace inventory::server
