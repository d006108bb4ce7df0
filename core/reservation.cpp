#include "reservation.h"

#include "jsonwriter.h"
#include "timestamp.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject Reservation::toJson() const
{
    return { { u"reservationId"_s, id },
             { u"productId"_s, productId },
             { u"storeId"_s, storeId },
             { u"quantity"_s, quantity },
             { u"customerId"_s, customerId },
             { u"status"_s, statusName(status) },
             { u"createdAt"_s, timestamp::format(createdAtMs) },
             { u"expiresAt"_s, timestamp::format(expiresAtMs) },
             { u"eventSeq"_s, eventSeq } };
}

void Reservation::writeJson(JsonWriter &out) const
{
    out.beginObject();
    out.key("reservationId"_L1).value(id);
    out.key("productId"_L1).value(productId);
    out.key("storeId"_L1).value(storeId);
    out.key("quantity"_L1).value(quantity);
    out.key("customerId"_L1).value(customerId);
    out.key("status"_L1).value(statusName(status));
    out.key("createdAt"_L1).timestamp(createdAtMs);
    out.key("expiresAt"_L1).timestamp(expiresAtMs);
    out.key("eventSeq"_L1).value(eventSeq);
    out.endObject();
}

QJsonObject Reservation::toJson(qint64 nowMs) const
{
    QJsonObject json = toJson();
    const qint64 remainingMs
        = status == ReservationStatus::Pending ? qMax<qint64>(0, expiresAtMs - nowMs) : 0;
    json.insert(u"remainingSeconds"_s, (remainingMs + 999) / 1000);
    return json;
}

Reservation Reservation::fromJson(const QJsonObject &json)
{
    Reservation r;
    r.id = json.value(u"reservationId"_s).toString();
    r.productId = json.value(u"productId"_s).toString();
    r.storeId = json.value(u"storeId"_s).toString();
    r.quantity = json.value(u"quantity"_s).toInteger();
    r.customerId = json.value(u"customerId"_s).toString();
    r.status
        = statusFromName(json.value(u"status"_s).toString()).value_or(ReservationStatus::Pending);
    r.createdAtMs = timestamp::parse(json.value(u"createdAt"_s).toString()).value_or(0);
    r.expiresAtMs = timestamp::parse(json.value(u"expiresAt"_s).toString()).value_or(0);
    r.eventSeq = json.value(u"eventSeq"_s).toInteger();
    return r;
}

QString Reservation::generateId(qint64 nowMs)
{
    // QUuid in Qt 6.4 makes only version 4 (random) and name-based ids. Within a millisecond
    // (a batch shares its time) each id is the one before plus one, from a random start
    // (RFC 9562, 6.2, method 2): ids sort in the order they were made, so the read model
    // appends a new one instead of searching for its place, and the table's b-tree grows at
    // its right edge. The seeded generator: the system one costs a CPU instruction per word
    // that is slow on virtual machines, and an id must be unique, not secret (access is
    // checked by store).
    thread_local qint64 lastMs = -1;
    thread_local quint64 randA = 0; // the 12 bits after the version
    thread_local quint64 randB = 0; // the 62 bits after the variant
    constexpr quint64 kRandBMask = (quint64(1) << 62) - 1;
    if (nowMs != lastMs) {
        lastMs = nowMs;
        randA = QRandomGenerator::global()->generate64() & 0xFFF;
        randB = QRandomGenerator::global()->generate64() & kRandBMask;
    } else if (++randB > kRandBMask) {
        randB = 0;
        randA = (randA + 1) & 0xFFF;
    }
    std::array<quint8, 16> bytes;
    const auto ms = quint64(nowMs);
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | (randA >> 8)); // version 7
    bytes[7] = quint8(randA);
    bytes[8] = quint8(0x80 | (randB >> 56)); // RFC 9562 variant
    for (int i = 9; i < 16; ++i)
        bytes[i] = quint8(randB >> (8 * (15 - i)));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()))
        .toString(QUuid::WithoutBraces);
}

QString Reservation::statusName(ReservationStatus status)
{
    switch (status) {
    case ReservationStatus::Pending:
        return u"PENDING"_s;
    case ReservationStatus::Confirmed:
        return u"CONFIRMED"_s;
    case ReservationStatus::Cancelled:
        return u"CANCELLED"_s;
    case ReservationStatus::Expired:
        return u"EXPIRED"_s;
    }
    Q_UNREACHABLE();
}

std::optional<ReservationStatus> Reservation::statusFromName(const QString &name)
{
    for (auto status : { ReservationStatus::Pending, ReservationStatus::Confirmed,
                         ReservationStatus::Cancelled, ReservationStatus::Expired }) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace inventory
