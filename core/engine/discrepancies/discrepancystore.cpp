#include "core/engine/discrepancies/discrepancystore.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kColumns = u"SELECT id, product_id, store_id, short_by, unrecorded, ticket_id,"
                      " reservations_at_risk, actor, status, resolution, note, resolved_by,"
                      " created_at_ms, resolved_at_ms, event_seq FROM discrepancies"_s;

Discrepancy from(const QSqlQuery &q)
{
    Discrepancy d;
    d.id = q.value(0).toString();
    d.productId = q.value(1).toString();
    d.storeId = q.value(2).toString();
    d.shortBy = q.value(3).toLongLong();
    d.unrecorded = q.value(4).toLongLong();
    d.ticketId = q.value(5).toString();
    d.reservationsAtRisk = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
    d.actor = q.value(7).toString();
    d.open = q.value(8).toString() == u"open"_s;
    d.resolution = q.value(9).toString();
    d.note = q.value(10).toString();
    d.resolvedBy = q.value(11).toString();
    d.createdAtMs = q.value(12).toLongLong();
    d.resolvedAtMs = q.value(13).toLongLong();
    d.eventSeq = q.value(14).toLongLong();
    return d;
}
} // namespace

DiscrepancyStore::DiscrepancyStore(DbConnection &connection)
    : m_connection(connection)
{
}

Result<std::optional<Discrepancy>> DiscrepancyStore::load(const QString &id, qint64 maxSeq)
{
    auto ran = m_connection.run(kColumns + u" WHERE id = ? AND event_seq <= ?"_s, { id, maxSeq });
    if (!ran)
        return ran.error();
    if (!ran.value()->next()) {
        if (inventory::Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
        return std::optional<Discrepancy>();
    }
    const Discrepancy d = from(*ran.value());
    ran.value()->finish();
    return std::optional<Discrepancy>(d);
}

Result<DiscrepancyStore::Page> DiscrepancyStore::list(const QString &storeId, Status status,
                                                      int page, int limit, qint64 maxSeq)
{
    QString where = u" WHERE event_seq <= ?"_s;
    QVariantList args { maxSeq };
    if (!storeId.isEmpty()) {
        where += u" AND store_id = ?"_s;
        args << storeId;
    }
    if (status != Status::Any) {
        where += u" AND status = ?"_s;
        args << (status == Status::Open ? u"open"_s : u"resolved"_s);
    }
    auto counted = m_connection.run(u"SELECT COUNT(*) FROM discrepancies"_s + where, args);
    if (!counted)
        return counted.error();
    Page result;
    if (counted.value()->next())
        result.total = counted.value()->value(0).toLongLong();
    else if (inventory::Status s = m_connection.endOfRows(*counted.value()); !s)
        return s.error();
    counted.value()->finish();
    auto ran = m_connection.run(kColumns + where
                                    + u" ORDER BY created_at_ms DESC, id DESC LIMIT ? OFFSET ?"_s,
                                args + QVariantList { limit, qint64(page - 1) * limit });
    if (!ran)
        return ran.error();
    while (ran.value()->next())
        result.discrepancies.append(from(*ran.value()));
    if (inventory::Status s = m_connection.endOfRows(*ran.value()); !s)
        return s.error();
    ran.value()->finish();
    return result;
}

Status DiscrepancyStore::insert(const Discrepancy &d)
{
    return m_connection.write(
        u"INSERT INTO discrepancies (id, product_id, store_id, short_by, unrecorded, ticket_id,"
        " reservations_at_risk, actor, status, resolution, note, resolved_by, created_at_ms,"
        " resolved_at_ms, event_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { d.id, d.productId, d.storeId, d.shortBy, d.unrecorded, text(d.ticketId),
          text(d.reservationsAtRisk.join(u' ')), text(d.actor), d.open ? u"open"_s : u"resolved"_s,
          text(d.resolution), text(d.note), text(d.resolvedBy), d.createdAtMs, d.resolvedAtMs,
          d.eventSeq });
}

Status DiscrepancyStore::resolve(const Discrepancy &d)
{
    return m_connection.write(
        u"UPDATE discrepancies SET status = 'resolved', resolution = ?,"
        " note = ?, resolved_by = ?, resolved_at_ms = ? WHERE id = ?"_s,
        { text(d.resolution), text(d.note), text(d.resolvedBy), d.resolvedAtMs, d.id });
}

} // namespace inventory
