#include "core/protocol/reservationjson.h"

#include "core/domain/timestamp.h"
#include "core/protocol/json/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject toJson(const Reservation &reservation)
{
    return { { u"reservationId"_s, reservation.id },
             { u"productId"_s, reservation.productId },
             { u"storeId"_s, reservation.storeId },
             { u"quantity"_s, reservation.quantity },
             { u"customerId"_s, reservation.customerId },
             { u"status"_s, Reservation::statusName(reservation.status) },
             { u"createdAt"_s, timestamp::format(reservation.createdAtMs) },
             { u"expiresAt"_s, timestamp::format(reservation.expiresAtMs) },
             { u"eventSeq"_s, reservation.eventSeq },
             { u"atRisk"_s, reservation.atRisk } };
}

QJsonObject toJson(const Reservation &reservation, qint64 nowMs)
{
    QJsonObject json = toJson(reservation);
    const qint64 remainingMs = reservation.status == ReservationStatus::Pending
        ? qMax<qint64>(0, reservation.expiresAtMs - nowMs)
        : 0;
    json.insert(u"remainingSeconds"_s, (remainingMs + 999) / 1000);
    return json;
}

void writeJson(JsonWriter &out, const Reservation &reservation)
{
    out.beginObject();
    out.key("reservationId"_L1).value(reservation.id);
    out.key("productId"_L1).value(reservation.productId);
    out.key("storeId"_L1).value(reservation.storeId);
    out.key("quantity"_L1).value(reservation.quantity);
    out.key("customerId"_L1).value(reservation.customerId);
    out.key("status"_L1).value(Reservation::statusName(reservation.status));
    out.key("createdAt"_L1).timestamp(reservation.createdAtMs);
    out.key("expiresAt"_L1).timestamp(reservation.expiresAtMs);
    out.key("eventSeq"_L1).value(reservation.eventSeq);
    out.key("atRisk"_L1).raw(reservation.atRisk ? "true" : "false");
    out.endObject();
}

Reservation reservationFromJson(const QJsonObject &json)
{
    Reservation r;
    r.id = json.value(u"reservationId"_s).toString();
    r.productId = json.value(u"productId"_s).toString();
    r.storeId = json.value(u"storeId"_s).toString();
    r.quantity = json.value(u"quantity"_s).toInteger();
    r.customerId = json.value(u"customerId"_s).toString();
    r.status = Reservation::statusFromName(json.value(u"status"_s).toString())
                   .value_or(ReservationStatus::Pending);
    r.createdAtMs = timestamp::parse(json.value(u"createdAt"_s).toString()).value_or(0);
    r.expiresAtMs = timestamp::parse(json.value(u"expiresAt"_s).toString()).value_or(0);
    r.eventSeq = json.value(u"eventSeq"_s).toInteger();
    r.atRisk = json.value(u"atRisk"_s).toBool();
    return r;
}

} // namespace inventory
