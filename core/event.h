#pragma once

#include <QJsonObject>
#include <QString>

namespace inventory {

// One entry of the change feed. seq is gap-free and strictly increasing in commit order.
struct Event
{
    qint64 seq = 0;
    QString type;
    qint64 atMs = 0;
    QString storeId;
    QString productId;
    QJsonObject data;

    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject &json);
    friend bool operator==(const Event &, const Event &) = default;
};

namespace eventtype {
inline constexpr auto StockAdjusted = "stock.adjusted";
inline constexpr auto StockCounted = "stock.counted";
inline constexpr auto ReservationCreated = "reservation.created";
inline constexpr auto ReservationConfirmed = "reservation.confirmed";
inline constexpr auto ReservationCancelled = "reservation.cancelled";
inline constexpr auto ReservationExpired = "reservation.expired";
inline constexpr auto ProductCreated = "product.created";
} // namespace eventtype

} // namespace inventory
