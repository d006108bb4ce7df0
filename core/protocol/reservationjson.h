#pragma once

#include "core/domain/reservation.h"

#include <QJsonObject>

namespace inventory {

class JsonWriter;

QJsonObject toJson(const Reservation &reservation);
// As GET /reservations/{id} shows it: with remainingSeconds relative to nowMs.
QJsonObject toJson(const Reservation &reservation, qint64 nowMs);
// The same object as toJson(reservation), written straight into JSON text.
void writeJson(JsonWriter &out, const Reservation &reservation);
Reservation reservationFromJson(const QJsonObject &json);

} // namespace inventory
