#include "core/engine/reports/salesseries.h"

#include "core/engine/tickets/ticketstore.h"
#include "core/storage/dbconnection.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr qint64 kSlot = TicketStore::SlotMs;

qint64 floorTo(qint64 ms, qint64 grain)
{
    return ms / grain * grain;
}
} // namespace

SalesSeries::SalesSeries(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<SalesSeries::Point>> SalesSeries::points(const QString &storeId, qint64 fromMs,
                                                      qint64 toMs, Bucket bucket, qint64 offsetMs)
{
    const qint64 size = bucket == Bucket::Day ? 86'400'000 : 3'600'000;
    QMap<qint64, Point> buckets;
    // The quarters of an hour wholly inside [fromMs, toMs) come from the rollup; the ragged
    // ends, and everything when the offset does not fall on a quarter, from the tickets.
    const qint64 first = offsetMs % kSlot == 0 ? floorTo(fromMs + kSlot - 1, kSlot) : toMs;
    const qint64 last = std::max(first, floorTo(toMs, kSlot));
    if (first < last) {
        if (Status s = m_connection.forEachRow(
                u"SELECT (slot_ms + ?) / ? AS b, SUM(tickets), SUM(units), SUM(value_cents)"
                " FROM sales_slots WHERE store_id = ? AND slot_ms >= ? AND slot_ms < ?"
                " GROUP BY b"_s,
                { offsetMs, size, storeId, first, last },
                [&](const QSqlQuery &q) { add(buckets, q, size, offsetMs); });
            !s)
            return s.error();
    }
    for (const auto &[from, to] : { std::pair { fromMs, std::min(first, toMs) },
                                    std::pair { std::max(last, fromMs), toMs } }) {
        if (from >= to)
            continue;
        // Integer division on times at or after 1970 plus the offset: the same in both dialects.
        if (Status s = m_connection.forEachRow(
                u"SELECT (t.sold_at_ms + ?) / ? AS b, COUNT(DISTINCT t.id), SUM(l.quantity),"
                " SUM(l.quantity * l.unit_price_cents) FROM tickets t"
                " JOIN ticket_lines l ON l.ticket_id = t.id"
                " WHERE t.store_id = ? AND t.sold_at_ms >= ? AND t.sold_at_ms < ?"
                " GROUP BY b"_s,
                { offsetMs, size, storeId, from, to },
                [&](const QSqlQuery &q) { add(buckets, q, size, offsetMs); });
            !s)
            return s.error();
    }
    return buckets.values();
}

void SalesSeries::add(QMap<qint64, Point> &buckets, const QSqlQuery &row, qint64 size,
                      qint64 offsetMs)
{
    const qint64 b = row.value(0).toLongLong();
    Point &p = buckets[b];
    p.startMs = b * size - offsetMs;
    p.tickets += row.value(1).toLongLong();
    p.units += row.value(2).toLongLong();
    p.valueCents += row.value(3).toLongLong();
}

} // namespace inventory
