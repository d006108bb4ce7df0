#include "server-stub/api/reservationcontroller.h"

#include "core/domain/clock.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/readmodel.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/reservationjson.h"
#include "server-stub/api/requesthelpers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::server {

ReservationController::ReservationController(DbConnection &readConnection, const ReadModel &model,
                                             GroupCommitWriter &writer, const Clock &clock)
    : m_db(readConnection)
    , m_model(model)
    , m_lookup(readConnection, model)
    , m_writer(writer)
    , m_clock(clock)
{
}

void ReservationController::registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/reservations"_s,
               [this](const ApiRequest &r, Reply reply) { create(r, reply); });
    router.add("GET", u"/api/v1/reservations"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add("GET", u"/api/v1/reservations/{id}"_s,
               [this](const ApiRequest &r, Reply reply) { get(r, reply); });
    router.add("POST", u"/api/v1/reservations/{id}/confirm"_s,
               [this](const ApiRequest &r, Reply reply) { finish(r, reply, Ending::Confirm); });
    router.add("DELETE", u"/api/v1/reservations/{id}"_s,
               [this](const ApiRequest &r, Reply reply) { finish(r, reply, Ending::Cancel); });
}

void ReservationController::create(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = CommandParser::reserve(std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    Command reserve = command.value();
    const auto product = m_model.product(reserve.productId);
    if (!product)
        return reply(ApiResponse::error(Error::notFound(u"product"_s, reserve.productId)));
    reserve.productId = product->id;
    if (auto forbidden = requests::checkStoreWrite(*request.user, reserve.storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, reserve, request, reply);
}

void ReservationController::get(const ApiRequest &request, const Reply &reply)
{
    const auto reservation = m_lookup.find(request.param(u"id"_s));
    if (!reservation)
        return reply(ApiResponse::error(reservation.error()));
    if (!reservation.value())
        return reply(ApiResponse::error(Error::notFound(u"reservation"_s, request.param(u"id"_s))));
    reply(ApiResponse::json(200, toJson(*reservation.value(), m_clock.nowMs())));
}

void ReservationController::list(const ApiRequest &request, const Reply &reply)
{
    std::optional<ReservationStatus> status;
    if (request.hasQuery(u"status"_s)) {
        status = Reservation::statusFromName(request.queryValue(u"status"_s));
        if (!status)
            return reply(ApiResponse::error(Error::validation(
                u"status"_s, u"must be PENDING, CONFIRMED, CANCELLED or EXPIRED"_s)));
    }
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    const QString &storeId = store.value();
    QList<Reservation> found;
    if (status == ReservationStatus::Pending) {
        found = m_model.pendingReservations(storeId);
    } else {
        auto read = InventoryQueries(m_db).reservations(storeId, status);
        if (!read)
            return reply(ApiResponse::error(read.error()));
        found = read.value();
    }
    QJsonArray list;
    const qint64 now = m_clock.nowMs();
    for (const Reservation &r : std::as_const(found))
        list.append(toJson(r, now));
    reply(ApiResponse::json(200, { { u"reservations"_s, list } }));
}

void ReservationController::finish(const ApiRequest &request, const Reply &reply, Ending ending)
{
    const QString id = request.param(u"id"_s);
    const auto reservation = m_lookup.find(id);
    if (!reservation)
        return reply(ApiResponse::error(reservation.error()));
    if (!reservation.value())
        return reply(ApiResponse::error(Error::notFound(u"reservation"_s, id)));
    if (auto forbidden = requests::checkStoreWrite(*request.user, reservation.value()->storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer,
                     ending == Ending::Confirm ? Command::confirm(id) : Command::cancel(id),
                     request, reply);
}

} // namespace inventory::server
