#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace inventory {

enum class ReservationStatus { Pending, Confirmed, Cancelled, Expired };

struct Reservation
{
    QString id;
    QString productId;
    QString storeId;
    qint64 quantity = 0;
    QString customerId;
    ReservationStatus status = ReservationStatus::Pending;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    // Seq of the latest event about this reservation (creation, then its final state).
    qint64 eventSeq = 0;

    QJsonObject toJson() const;
    // As GET /reservations/{id} shows it: with remainingSeconds relative to nowMs.
    QJsonObject toJson(qint64 nowMs) const;
    static Reservation fromJson(const QJsonObject &json);

    static QString statusName(ReservationStatus status);
    static std::optional<ReservationStatus> statusFromName(const QString &name);
    friend bool operator==(const Reservation &, const Reservation &) = default;
};

} // namespace inventory
