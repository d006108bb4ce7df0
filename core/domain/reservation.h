#pragma once

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
    // An offline sale took the units it held (API.md "Stock discrepancies"): it stays held for
    // its customer but no longer counts in the row's `reserved` until the stock covers it again.
    bool atRisk = false;

    // A new server-chosen id: a version 7 UUID (RFC 9562), whose leading 48 bits are the
    // time in ms. Ids made one after another sort together, so inserting a reservation
    // touches the last page of the id index instead of a random one (random v4 ids made
    // every commit write and checkpoint one index page per reservation).
    static QString generateId(qint64 nowMs);

    static QString statusName(ReservationStatus status);
    static std::optional<ReservationStatus> statusFromName(const QString &name);
    friend bool operator==(const Reservation &, const Reservation &) = default;
};

} // namespace inventory
