#include "core/engine/reports/dayreport.h"

#include "core/storage/dbconnection.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// Sales lines of the store's tickets of the day, joined to what they are grouped by.
const auto kSales = u" FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id"
                    " JOIN products p ON p.id = l.product_id"
                    " WHERE t.store_id = ? AND t.sold_at_ms >= ? AND t.sold_at_ms < ?"_s;
// Returned lines of the day at the store, valued at the price they were sold for.
const auto kReturns = u" FROM ticket_returns r JOIN ticket_return_lines rl ON rl.return_id = r.id"
                      " JOIN ticket_lines tl ON tl.ticket_id = r.ticket_id"
                      " AND tl.product_id = rl.product_id"
                      " JOIN products p ON p.id = rl.product_id"
                      " WHERE r.store_id = ? AND r.at_ms >= ? AND r.at_ms < ?"_s;
} // namespace

DayReport::DayReport(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<DayReport::Group>> DayReport::groups(const QString &sql, const QVariantList &args)
{
    QList<Group> found;
    if (Status s = m_connection.forEachRow(
            sql, args,
            [&](const QSqlQuery &q) {
                found.append({ q.value(0).toString(), q.value(1).toLongLong(),
                               q.value(2).toLongLong(), q.value(3).toLongLong() });
            });
        !s)
        return s.error();
    return found;
}

Result<DayReport::Day> DayReport::day(const QString &storeId, qint64 fromMs, qint64 toMs)
{
    Day day;
    day.storeId = storeId;
    day.fromMs = fromMs;
    day.toMs = toMs;
    const QVariantList range { storeId, fromMs, toMs };
    const auto take = [](Result<QList<Group>> result, QList<Group> &into) -> Status {
        if (!result)
            return result.error();
        into = result.value();
        return {};
    };
    const QString salesBy = u"SELECT %1, COUNT(DISTINCT t.id), SUM(l.quantity),"
                            " SUM(l.quantity * l.unit_price_cents)"_s
        + kSales + u" GROUP BY %1 ORDER BY 4 DESC, 1"_s;
    const QString returnsBy = u"SELECT %1, COUNT(DISTINCT r.id), SUM(rl.quantity),"
                              " SUM(rl.quantity * tl.unit_price_cents)"_s
        + kReturns + u" GROUP BY %1 ORDER BY 4 DESC, 1"_s;
    if (Status s = take(groups(salesBy.arg(u"p.category"_s), range), day.salesByCategory); !s)
        return s.error();
    if (Status s = take(groups(salesBy.arg(u"t.seller"_s), range), day.salesBySeller); !s)
        return s.error();
    if (Status s = take(groups(returnsBy.arg(u"p.category"_s), range), day.returnsByCategory); !s)
        return s.error();
    if (Status s = take(groups(returnsBy.arg(u"r.actor"_s), range), day.returnsBySeller); !s)
        return s.error();
    for (const Group &g : std::as_const(day.salesBySeller)) {
        day.sales.count += g.count;
        day.sales.units += g.units;
        day.sales.valueCents += g.valueCents;
    }
    for (const Group &g : std::as_const(day.returnsBySeller)) {
        day.returns.count += g.count;
        day.returns.units += g.units;
        day.returns.valueCents += g.valueCents;
    }

    // Movements other than sales and transfers out, each direction through its partial index
    // (the WHERE clauses repeat the indexes' predicates so that they are used).
    QMap<QString, Adjustment> adjustments;
    if (Status s = m_connection.forEachRow(
            u"SELECT reason, -SUM(delta) FROM movements WHERE delta < 0"
            " AND reason NOT IN ('sale', 'transfer_out') AND store_id = ? AND at_ms >= ?"
            " AND at_ms < ? GROUP BY reason"_s,
            range,
            [&](const QSqlQuery &q) {
                Adjustment &a = adjustments[q.value(0).toString()];
                a.reason = q.value(0).toString();
                a.unitsOut = q.value(1).toLongLong();
            });
        !s)
        return s.error();
    if (Status s = m_connection.forEachRow(
            u"SELECT reason, SUM(delta) FROM movements WHERE delta > 0 AND store_id = ?"
            " AND at_ms >= ? AND at_ms < ? GROUP BY reason"_s,
            range,
            [&](const QSqlQuery &q) {
                const QString reason = q.value(0).toString();
                if (reason == u"transfer_in"_s) {
                    day.transfersIn.units = q.value(1).toLongLong();
                    return;
                }
                if (reason == u"return"_s)
                    return; // in the returns above, with their value
                Adjustment &a = adjustments[reason];
                a.reason = reason;
                a.unitsIn = q.value(1).toLongLong();
            });
        !s)
        return s.error();
    day.adjustments = adjustments.values();

    auto out = groups(u"SELECT '', COUNT(DISTINCT t.id), COALESCE(SUM(l.shipped), 0), 0"
                      " FROM transfers t JOIN transfer_lines l ON l.transfer_id = t.id"
                      " WHERE t.from_store_id = ? AND t.shipped_at_ms >= ?"
                      " AND t.shipped_at_ms < ?"_s,
                      range);
    if (!out)
        return out.error();
    day.transfersOut = out->value(0);
    auto open = groups(u"SELECT '', COUNT(*), COALESCE(SUM(short_by), 0), 0 FROM discrepancies"
                       " WHERE store_id = ? AND status = 'open'"_s,
                       { storeId });
    if (!open)
        return open.error();
    day.openDiscrepancies = open->value(0);
    auto offline = groups(u"SELECT '', COUNT(*), 0, COALESCE(SUM(total_cents), 0) FROM tickets"
                          " WHERE store_id = ? AND sold_at_ms >= ? AND sold_at_ms < ?"
                          " AND offline = 1"_s,
                          range);
    if (!offline)
        return offline.error();
    day.offlineTickets = offline->value(0);
    return day;
}

} // namespace inventory
