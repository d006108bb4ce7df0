#include "core/domain/reservation.h"

#include "core/domain/timestamp.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace inventory {

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
